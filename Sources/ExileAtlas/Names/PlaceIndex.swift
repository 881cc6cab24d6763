/// Every place with its names, for showing each place by the name in use at a date.
///
/// The name shown for an event is the name in use then: Constantinople in 1929, Istanbul
/// in 1940; Pishpek-Frunze in the text of 1928, Frunze in 1929.
///
/// ```swift
/// let index = try atlas.placeIndex()
/// index.name(of: "constantinople", at: try HistoricalDate(parsing: "1940"))   // "Istanbul"
/// ```
public struct PlaceIndex: Sendable {
    /// Every place, keyed by id.
    public let places: [String: Place]
    /// Every place's names (official, a source's spelling, variant, OCR, modern), keyed by place
    /// id.
    public let names: [String: [PlaceName]]
    /// The candidate identifications of the places whose identification is uncertain
    /// (the chosen one first), keyed by place id.
    public let candidates: [String: [PlaceCandidate]]

    /// Indexes the places, their names and their candidate identifications; the first place given
    /// for an id wins.
    public init(places: [Place], names: [PlaceName], candidates: [PlaceCandidate] = []) {
        self.places = Dictionary(places.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.names = Dictionary(grouping: names, by: \.placeID)
        self.candidates = Dictionary(grouping: candidates, by: \.placeID)
            .mapValues { $0.sorted { ($0.chosen ? 0 : 1, $0.name) < ($1.chosen ? 0 : 1, $1.name) } }
    }

    /// Whether the place's identification is uncertain: a source's name with several
    /// candidate places (Deutscher's "Kaminsk"). Every map and export marks such a place.
    ///
    /// ```swift
    /// try atlas.placeIndex().isUncertain("kaminsk")   // true
    /// ```
    public func isUncertain(_ placeID: String) -> Bool {
        (candidates[placeID]?.count ?? 0) > 1
    }

    /// The place's canonical name, or its id if the place is unknown.
    public func name(of placeID: String) -> String {
        places[placeID]?.name ?? placeID
    }

    /// The name in use at `date`.
    ///
    /// The canonical name stands unless the place's own names date it to other years (a
    /// dated `official` or `text` row carrying the canonical name whose period misses
    /// `date`). Then the best dated name whose period overlaps `date` is used: a source's
    /// own spelling before an official name, English before other languages, the narrowest
    /// period first.
    /// - Parameters:
    ///   - placeID: the place.
    ///   - date: when; nil gives the canonical name.
    public func name(of placeID: String, at date: HistoricalDate?) -> String {
        let canonical = name(of: placeID)
        guard let date, let names = names[placeID] else { return canonical }
        let dated = names.filter { $0.period != nil && ($0.kind == .official || $0.kind == .text) }
        let canonicalRows = dated.filter { $0.name == canonical }
        if canonicalRows.isEmpty || canonicalRows.contains(where: { $0.period!.overlaps(date) }) {
            return canonical
        }
        let current = dated.filter { $0.period!.overlaps(date) }
        let best = current.min { a, b in
            let rankA = (a.kind == .text ? 0 : 1, a.language == "en" ? 0 : 1, a.period!.latest - a.period!.earliest)
            let rankB = (b.kind == .text ? 0 : 1, b.language == "en" ? 0 : 1, b.period!.latest - b.period!.earliest)
            return rankA < rankB
        }
        return best?.name ?? canonical
    }
}
