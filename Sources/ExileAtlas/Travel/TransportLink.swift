/// A transport link of the period between two places: a railway, a road, a sea route.
///
/// Its length is either stated by a source or estimated from the geodesic times a circuity
/// factor; `basis` says which, and the evidence says from where.
public struct TransportLink: Sendable, Hashable, Codable, Identifiable {
    /// Whether a length comes from a source or from an estimate.
    public enum Basis: String, Sendable, Codable { case stated, estimate }

    /// The link's stable id, as in Fixtures/link.csv (`rail-moscow-ryazan`).
    public var id: String
    /// One end of the link, a `place` id; the start when it runs one way only.
    public var fromPlaceID: String
    /// The other end, a `place` id.
    public var toPlaceID: String
    /// How the link is travelled (rail, road, ship ...); never `unknown`.
    public var mode: TravelMode
    /// The length in kilometres: a source's figure, or the WGS84 geodesic times `circuity`, rounded
    /// to 0.1 km.
    public var lengthKm: Double
    /// Whether `lengthKm` is a source's figure or an estimate.
    public var basis: Basis
    /// Route length over geodesic length, for an estimated link.
    public var circuity: Double?
    /// Whether the link runs both ways.
    public var bidirectional: Bool
    /// When the link could be used (the Turksib only from 1930); nil means always.
    public var valid: HistoricalDate?
    /// The source, locator and quote of a stated length, or the `estimate` row of an estimated one.
    public var evidence: Evidence
    /// The compilers' remark (the line's name and opening year, say); nil when there is none.
    public var note: String?

    /// Creates a link; by default an estimated one that runs both ways and is always open.
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
