/// One identification a source's place name allows, with its coordinate and the reason for
/// or against it.
///
/// Deutscher lists "Kaminsk" among the Siberian colonies (000 L266). No town of that name
/// existed; the name fits Kamensk in the Urals and Kamen on the Ob. The atlas keeps both,
/// marks the one it draws as `chosen`, and every view shows the place as uncertain
/// (``PlaceIndex/isUncertain(_:)``).
///
/// ```swift
/// for candidate in try atlas.placeCandidates(of: "kamensk") {
///     print(candidate.name, candidate.chosen, candidate.reason)
/// }
/// ```
public struct PlaceCandidate: Sendable, Hashable, Codable {
    /// The atlas place the source's name stands for.
    public var placeID: String
    /// The candidate as a gazetteer names it (`Kamen-na-Obi`).
    public var name: String
    public var coordinate: Coordinate?
    /// Where the coordinate comes from (a `source` id) and its record (`geonames:1504682`).
    public var coordinateSourceID: String?
    public var coordinateReference: String?
    /// Whether this is the identification the atlas draws (its coordinate is the place's).
    public var chosen: Bool
    /// Why it fits, or why it is less likely.
    public var reason: String
    public var evidence: Evidence
    public var note: String?

    public init(placeID: String, name: String, coordinate: Coordinate? = nil,
                coordinateSourceID: String? = nil, coordinateReference: String? = nil,
                chosen: Bool, reason: String, evidence: Evidence, note: String? = nil) {
        self.placeID = placeID; self.name = name; self.coordinate = coordinate
        self.coordinateSourceID = coordinateSourceID; self.coordinateReference = coordinateReference
        self.chosen = chosen; self.reason = reason; self.evidence = evidence; self.note = note
    }
}
