/// A recorded journey: ordered legs with their modes, dates and evidence.
public struct Journey: Sendable, Hashable, Codable, Identifiable {
    /// The journey's stable id, as in Fixtures/journey.csv (`deportation-1928`).
    public var id: String
    /// The principal traveller.
    public var personID: String
    /// The journey as a reader names it (`Deportation from Moscow to Alma Ata`).
    public var title: String
    /// From departure to arrival (EDTF, `1928-01-16/1928-01-25`); an end the sources do not date is
    /// open or uncertain.
    public var period: HistoricalDate
    /// The source, locator and quote the journey rests on.
    public var evidence: Evidence
    /// The compilers' remark (how an undated departure was read, say); nil when there is none.
    public var note: String?

    /// Creates a journey; its legs are separate `Leg` values that name it by `journeyID`.
    public init(id: String, personID: String, title: String, period: HistoricalDate,
                evidence: Evidence, note: String? = nil) {
        self.id = id; self.personID = personID; self.title = title; self.period = period
        self.evidence = evidence; self.note = note
    }
}

/// One leg of a journey, between two places (either may be unlocated).
public struct Leg: Sendable, Hashable, Codable, Identifiable {
    /// The leg's stable id, as in Fixtures/leg.csv (`deportation-1928-1`).
    public var id: String
    /// The journey the leg belongs to, a `journey` id.
    public var journeyID: String
    /// Position in the journey, from 1.
    public var sequence: Int
    /// Where the leg starts, a `place` id (the place may be unlocated).
    public var fromPlaceID: String
    /// Where the leg ends, a `place` id (the place may be unlocated).
    public var toPlaceID: String
    /// When the leg left, as precisely as the sources date it; nil when they do not.
    public var departed: HistoricalDate?
    /// When the leg arrived, as precisely as the sources date it; nil when they do not.
    public var arrived: HistoricalDate?
    /// The modes in the order the source gives them (bus, lorry, sleigh, on foot).
    public var modes: [TravelMode]
    /// The named vehicle, when a source names one (the steamship `Ilych`); nil otherwise.
    public var vehicle: String?
    /// The source, locator and quote the leg rests on.
    public var evidence: Evidence
    /// The compilers' remark on the leg; nil when there is none.
    public var note: String?

    /// Creates a leg; `sequence` counts from 1 within the journey.
    public init(id: String, journeyID: String, sequence: Int, fromPlaceID: String,
                toPlaceID: String, departed: HistoricalDate? = nil, arrived: HistoricalDate? = nil,
                modes: [TravelMode], vehicle: String? = nil, evidence: Evidence, note: String? = nil) {
        self.id = id; self.journeyID = journeyID; self.sequence = sequence
        self.fromPlaceID = fromPlaceID; self.toPlaceID = toPlaceID; self.departed = departed
        self.arrived = arrived; self.modes = modes; self.vehicle = vehicle
        self.evidence = evidence; self.note = note
    }
}

/// A way of travelling, as the sources name them.
public enum TravelMode: String, Sendable, Codable, CaseIterable {
    /// By rail, by road (unspecified), by bus, lorry or sleigh.
    case rail, road, bus, lorry, sleigh
    /// On foot.
    case onFoot = "on-foot"
    /// By ship, boat, icebreaker, car, tractor, on horseback, by river boat, by caravan, or
    /// `unknown` when the source does not say.
    case ship, boat, icebreaker, car, tractor, horseback, river, caravan, unknown

    /// How the mode reads in a sentence ("on foot").
    public var label: String {
        switch self {
        case .onFoot: "on foot"
        case .river: "river boat"
        case .unknown: "not stated"
        default: rawValue
        }
    }

    /// Parses `bus+lorry+sleigh+on-foot`; nil if any part is not a mode.
    public static func list(_ text: String) -> [TravelMode]? {
        let parts = text.split(separator: "+").map { TravelMode(rawValue: String($0)) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.compactMap { $0 }
    }
}
