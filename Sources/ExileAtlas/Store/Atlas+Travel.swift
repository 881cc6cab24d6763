import GRDB

/// A mode's typical speed, with the evidence or assumption behind it.
public struct ModeSpeed: Sendable, Hashable {
    /// The mode the speed is for.
    public var mode: TravelMode
    /// The typical door-to-door speed in km/h, halts included (26 for rail in 1928).
    public var kmPerHour: Double
    /// The source, locator and quote the speed rests on, or the `estimate` row of an assumption.
    public var evidence: Evidence
    /// How the speed was derived or what it assumes; nil when there is no remark.
    public var note: String?
}

extension TransportLink {
    init(row: Row) throws {
        self.init(id: row["id"], fromPlaceID: row["from_place_id"], toPlaceID: row["to_place_id"],
                  mode: TravelMode(rawValue: row["mode"]) ?? .unknown, lengthKm: row["length_km"] ?? 0,
                  basis: Basis(rawValue: row["length_basis"]) ?? .estimate, circuity: row["circuity"],
                  bidirectional: row["bidirectional"], valid: try historicalDate(row, "valid"),
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Atlas {
    /// Every transport link with a length.
    public func links() throws(AtlasError) -> [TransportLink] {
        try read { db in
            // A cursor: each row is made into a link as it is read, not held as a `Row` too.
            try Array(Row.fetchCursor(db, sql: "SELECT * FROM link WHERE length_km IS NOT NULL ORDER BY id").map(TransportLink.init(row:)))
        }
    }

    /// The typical speed of each mode that has one.
    public func modeSpeeds() throws(AtlasError) -> [ModeSpeed] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM mode_speed ORDER BY mode").compactMap { row in
                TravelMode(rawValue: row["mode"]).map {
                    ModeSpeed(mode: $0, kmPerHour: row["speed_kmh"], evidence: Evidence(row: row), note: row["note"])
                }
            }
        }
    }

    /// The route planner over the links, with the modes' speeds.
    public func routePlanner() throws(AtlasError) -> RoutePlanner {
        let speeds = Dictionary(try modeSpeeds().map { ($0.mode, $0.kmPerHour) }, uniquingKeysWith: { first, _ in first })
        return RoutePlanner(links: try links(), speeds: speeds)
    }

    /// The journey traced leg by leg, or nil if there is no such journey.
    public func itinerary(of journeyID: String) throws(AtlasError) -> Itinerary? {
        guard let journey = try journey(id: journeyID) else { return nil }
        let legs = try legs(of: journeyID)
        let claims = try perform {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT * FROM claim WHERE (subject = 'journey' AND subject_id = ?)
                        OR (subject = 'leg' AND subject_id IN (SELECT id FROM leg WHERE journey_id = ?))
                    ORDER BY id
                    """, arguments: [journeyID, journeyID]).map(Claim.init(row:))
            }
        }
        return Itinerary(journey: journey, legs: legs, places: try placeIndex(), claims: claims)
    }
}
