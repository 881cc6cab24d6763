import GRDB

// Row → Model: how each table's columns map to the library's value types. The schema's
// CHECK constraints guarantee the enumerations; an unknown value (a database edited by
// hand) falls back rather than trapping.

/// A row read by column name through positions found once per result.
///
/// GRDB's by-name access lowercases every column name on each lookup; reading a few
/// hundred exiles spent more instructions there than in SQLite (callgrind, docs/benchmarks.md).
struct RowReader {
    /// Column positions by name, from any row of the result.
    struct Columns {
        fileprivate let positions: [String: Int]
        init(_ row: Row) {
            positions = Dictionary(row.columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    let row: Row
    let columns: Columns

    init(_ row: Row, columns: Columns? = nil) {
        self.row = row
        self.columns = columns ?? Columns(row)
    }

    @_disfavoredOverload
    subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value {
        guard let index = columns.positions[name] else { return row[name] as Value }
        return row[index] as Value
    }

    subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value? {
        guard let index = columns.positions[name] else { return row[name] as Value? }
        return row[index] as Value?
    }
}

extension Evidence {
    init(row: Row) { self.init(reader: RowReader(row)) }

    init(reader row: RowReader) {
        self.init(sourceID: row["source_id"], locator: row["locator"], quote: row["quote"] ?? "")
    }
}

/// Parses an EDTF column, or nil when it is NULL.
func historicalDate(_ row: Row, _ column: String) throws -> HistoricalDate? {
    guard let text: String = row[column] else { return nil }
    return try HistoricalDate(parsing: text)
}

extension Source {
    init(row: Row) {
        self.init(id: row["id"], kind: Kind(rawValue: row["kind"]) ?? .text, title: row["title"],
                  author: row["author"], year: row["year"], language: row["language"],
                  file: row["file"], citation: row["citation"], url: row["url"], note: row["note"])
    }
}

extension Place {
    init(row: Row) {
        let latitude: Double? = row["latitude"], longitude: Double? = row["longitude"]
        self.init(id: row["id"], name: row["name"], kind: Kind(rawValue: row["kind"]) ?? .region,
                  parentID: row["parent_id"],
                  coordinate: latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } },
                  coordinateSourceID: row["coord_source_id"], coordinateReference: row["coord_ref"],
                  coordinateNote: row["coord_note"], evidence: Evidence(row: row), note: row["note"])
    }
}

extension PlaceName {
    init(row: Row) throws {
        self.init(placeID: row["place_id"], name: row["name"], language: row["language"],
                  kind: Kind(rawValue: row["kind"]) ?? .variant, period: try historicalDate(row, "period"),
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Person {
    init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], kind: Kind(rawValue: row["kind"]) ?? .individual,
                  born: try historicalDate(row, "born"), died: try historicalDate(row, "died"),
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension PersonName {
    init(row: Row) {
        self.init(personID: row["person_id"], name: row["name"], language: row["language"],
                  kind: Kind(rawValue: row["kind"]) ?? .variant, evidence: Evidence(row: row), note: row["note"])
    }
}

extension PersonRole {
    init?(row: Row) {
        guard let role = Role(rawValue: row["role"]) else { return nil }
        self.init(personID: row["person_id"], role: role, evidence: Evidence(row: row), note: row["note"])
    }
}

extension Exile {
    /// - Parameter columns: the result's column positions, found once for many rows.
    init(row: Row, columns: RowReader.Columns? = nil) throws {
        let row = RowReader(row, columns: columns)
        guard let text: String = row["period"] else { throw AtlasError.database("exile \(row["id"] ?? "?") has no period") }
        let evidence = Evidence(reader: row)
        self.init(id: row["id"], personID: row["person_id"], placeID: row["place_id"], placeNote: row["place_note"],
                  kind: Kind(rawValue: row["kind"]) ?? .exile, period: try HistoricalDate(parsing: text),
                  start: PeriodBound(reader: row, prefix: "start_", rowEvidence: evidence),
                  end: PeriodBound(reader: row, prefix: "end_", rowEvidence: evidence),
                  evidence: evidence, note: row["note"])
    }
}

extension PeriodBound {
    /// Reads `start_*` or `end_*`: a stated end without evidence of its own takes the row's.
    init(reader row: RowReader, prefix: String, rowEvidence: Evidence) {
        let basis = Basis(rawValue: row[prefix + "basis"] ?? "stated") ?? .stated
        let own: Evidence? = (row[prefix + "source_id"] as String?).map { source in
            Evidence(sourceID: source, locator: row[prefix + "locator"] ?? "", quote: row[prefix + "quote"] ?? "")
        }
        self.init(basis: basis, evidence: own ?? (basis == .stated ? rowEvidence : nil), note: row[prefix + "note"])
    }
}

extension Attestation {
    init(row: Row) throws {
        guard let date = try historicalDate(row, "date") else { throw AtlasError.database("attestation \(row["id"] ?? "?") has no date") }
        self.init(id: row["id"], personID: row["person_id"], placeID: row["place_id"], placeNote: row["place_note"],
                  kind: Kind(rawValue: row["kind"]) ?? .mention, date: date, evidence: Evidence(row: row),
                  note: row["note"])
    }
}

extension PlaceCandidate {
    init(row: Row) {
        let latitude: Double? = row["latitude"], longitude: Double? = row["longitude"]
        self.init(placeID: row["place_id"], name: row["name"],
                  coordinate: latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } },
                  coordinateSourceID: row["coord_source_id"], coordinateReference: row["coord_ref"],
                  chosen: (row["chosen"] as Int?) == 1, reason: row["reason"], evidence: Evidence(row: row),
                  note: row["note"])
    }
}

extension Journey {
    init(row: Row) throws {
        guard let period = try historicalDate(row, "period") else { throw AtlasError.database("journey \(row["id"] ?? "?") has no period") }
        self.init(id: row["id"], personID: row["person_id"], title: row["title"], period: period,
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Leg {
    init(row: Row) throws {
        self.init(id: row["id"], journeyID: row["journey_id"], sequence: row["seq"],
                  fromPlaceID: row["from_place_id"], toPlaceID: row["to_place_id"],
                  departed: try historicalDate(row, "departed"), arrived: try historicalDate(row, "arrived"),
                  modes: TravelMode.list(row["modes"]) ?? [.unknown], vehicle: row["vehicle"],
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Letter {
    /// The letter without its parties: `Atlas.attachParties` adds them.
    init(row: Row) throws {
        self.init(id: row["id"], kind: Kind(rawValue: row["kind"]) ?? .letter,
                  date: try historicalDate(row, "date"), senders: [], addressees: [],
                  channel: Channel(rawValue: row["channel"]) ?? .unknown, relayID: row["relay_id"],
                  multiplicity: Multiplicity(rawValue: row["multiplicity"]) ?? .one, title: row["title"],
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Tally {
    init(row: Row) throws {
        guard let period = try historicalDate(row, "period") else { throw AtlasError.database("tally \(row["id"] ?? "?") has no period") }
        self.init(id: row["id"], personID: row["person_id"], placeID: row["place_id"],
                  direction: Direction(rawValue: row["direction"]) ?? .other, item: row["item"],
                  count: row["count"], countMax: row["count_max"], period: period, scope: row["scope"],
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Contact {
    init(row: Row) throws {
        self.init(id: row["id"], fromPersonID: row["from_person_id"], fromPlaceID: row["from_place_id"],
                  toPersonID: row["to_person_id"], toPlaceID: row["to_place_id"],
                  viaPersonID: row["via_person_id"], viaPlaceID: row["via_place_id"],
                  regularity: row["regularity"], period: try historicalDate(row, "period"),
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Channel {
    init(row: Row) throws {
        self.init(id: row["id"], kind: row["kind"], fromPlaceID: row["from_place_id"],
                  toPlaceID: row["to_place_id"], carrier: row["carrier"],
                  carrierPersonID: row["carrier_person_id"],
                  mode: (row["mode"] as String?).flatMap(TravelMode.init(rawValue:)),
                  timesMin: row["times_min"], timesMax: row["times_max"], per: row["per"],
                  period: try historicalDate(row, "period"), evidence: Evidence(row: row), note: row["note"])
    }
}

extension Claim {
    init(row: Row) throws {
        self.init(id: row["id"], subject: row["subject"], subjectID: row["subject_id"],
                  property: row["property"], value: row["value"], quantity: row["quantity"],
                  unit: row["unit"], qualifier: row["qualifier"], moment: try historicalDate(row, "moment"),
                  momentNote: row["moment_note"], evidence: Evidence(row: row), note: row["note"])
    }
}

extension LetterParty {
    init(row: Row) {
        self.init(role: Role(rawValue: row["role"]) ?? .addressee, position: row["position"], personID: row["person_id"],
                  placeID: row["place_id"], name: row["name"],
                  certainty: Certainty(rawValue: row["certainty"]) ?? .certain,
                  placeCertainty: Certainty(rawValue: row["place_certainty"]) ?? .certain, note: row["note"])
    }
}
