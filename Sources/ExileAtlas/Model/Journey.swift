/// A recorded journey: ordered legs with their modes, dates and evidence.
public struct Journey: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// The principal traveller.
    public var personID: String
    public var title: String
    public var period: HistoricalDate
    public var evidence: Evidence
    public var note: String?

    public init(id: String, personID: String, title: String, period: HistoricalDate,
                evidence: Evidence, note: String? = nil) {
        self.id = id; self.personID = personID; self.title = title; self.period = period
        self.evidence = evidence; self.note = note
    }
}

/// One leg of a journey, between two places (either may be unlocated).
public struct Leg: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var journeyID: String
    /// Position in the journey, from 1.
    public var sequence: Int
    public var fromPlaceID: String
    public var toPlaceID: String
    public var departed: HistoricalDate?
    public var arrived: HistoricalDate?
    /// The modes in the order the source gives them (bus, lorry, sleigh, on foot).
    public var modes: [TravelMode]
    public var vehicle: String?
    public var evidence: Evidence
    public var note: String?

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
    case rail, road, bus, lorry, sleigh
    case onFoot = "on-foot"
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
