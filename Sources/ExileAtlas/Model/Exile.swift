/// A person's exile (or deportation, residence, asylum, prison) at a place over a period.
///
/// ```swift
/// for exile in try atlas.exiles(ExileFilter(placeID: "astrakhan")) {
///     print(exile.personID, exile.period.edtf)   // rakovsky 1928/1929-01
/// }
/// ```
public struct Exile: Sendable, Hashable, Codable, Identifiable {
    /// The sort of stay.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case exile
        case semiExile = "semi-exile"
        case deportation, residence, asylum
        case houseArrest = "house-arrest"
        case prison
    }
    public var id: String
    public var personID: String
    public var placeID: String
    public var kind: Kind
    public var period: HistoricalDate
    public var evidence: Evidence
    public var note: String?

    public init(id: String, personID: String, placeID: String, kind: Kind = .exile,
                period: HistoricalDate, evidence: Evidence, note: String? = nil) {
        self.id = id; self.personID = personID; self.placeID = placeID; self.kind = kind
        self.period = period; self.evidence = evidence; self.note = note
    }
}
