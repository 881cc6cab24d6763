/// A transport link of the period between two places: a railway, a road, a sea route.
///
/// Its length is either stated by a source or estimated from the geodesic times a circuity
/// factor; `basis` says which, and the evidence says from where.
public struct TransportLink: Sendable, Hashable, Codable, Identifiable {
    /// Whether a length comes from a source or from an estimate.
    public enum Basis: String, Sendable, Codable { case stated, estimate }

    public var id: String
    public var fromPlaceID: String
    public var toPlaceID: String
    public var mode: TravelMode
    public var lengthKm: Double
    public var basis: Basis
    /// Route length over geodesic length, for an estimated link.
    public var circuity: Double?
    /// Whether the link runs both ways.
    public var bidirectional: Bool
    /// When the link could be used (the Turksib only from 1930); nil means always.
    public var valid: HistoricalDate?
    public var evidence: Evidence
    public var note: String?

    public init(id: String, fromPlaceID: String, toPlaceID: String, mode: TravelMode, lengthKm: Double,
                basis: Basis = .estimate, circuity: Double? = nil, bidirectional: Bool = true,
                valid: HistoricalDate? = nil, evidence: Evidence, note: String? = nil) {
        self.id = id; self.fromPlaceID = fromPlaceID; self.toPlaceID = toPlaceID; self.mode = mode
        self.lengthKm = lengthKm; self.basis = basis; self.circuity = circuity
        self.bidirectional = bidirectional; self.valid = valid; self.evidence = evidence; self.note = note
    }

    /// Whether the link could be used at `date` (any overlap counts); always true without a date.
    public func isOpen(at date: HistoricalDate?) -> Bool {
        guard let date, let valid else { return true }
        return valid.overlaps(date)
    }
}
