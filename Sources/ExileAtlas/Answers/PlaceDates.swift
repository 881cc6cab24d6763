/// What the atlas dates at each place: the one rule for "when does the record know this
/// place", which the Linked Places export writes as each Feature's `when`.
///
/// A place's dates are those of the facts recorded there:
/// - the exiles, residences and other stays at it (their periods);
/// - the attestations at it (mentions, meetings, arrests, and the letters written from it);
/// - the letters sent or received there, placed as the network places them (the letter's
///   own place, else the whereabouts rule at its date);
/// - the legs that leave or reach it (departure and arrival, as `LegTiming` dates them);
/// - the tallies and contacts at it (800 letters from Alma Ata between April and October 1928).
///
/// The facts of a place inside another count for the outer one too: a letter from the house
/// on Krasin Street is a letter from Alma Ata, and a region is known when its colonies are.
///
/// Apart from these, the periods of the transport links through a place (the railway from
/// Moscow to Kursk, open from 1868) are kept as its routes: the only dates the atlas has for
/// a junction of the route planner's network that no one is recorded at.
///
/// ```swift
/// let dates = try atlas.placeDates()
/// dates.dates(at: "alma-ata").map(\.earliest).min()?.iso   // "1928-01-25"
/// ```
public struct PlaceDates: Sendable {
    private var byPlace: [String: [HistoricalDate]] = [:]
    private var routesByPlace: [String: [HistoricalDate]] = [:]

    /// Collects the dates of the given facts by place.
    ///
    /// - Parameters:
    ///   - exiles: stays, each at its place.
    ///   - attestations: attestations, at their place when stated.
    ///   - letters: letters, at the sender's and the recipient's place.
    ///   - legs: the timing of each leg, at its start and its end.
    ///   - tallies: tallies, at their place when stated.
    ///   - contacts: contacts and relays, at both ends and the relay's place.
    ///   - links: transport links, at both ends (their periods are the places' routes).
    ///   - placement: where a letter's parties were.
    ///   - parents: each place's parent, by id.
    public init(exiles: [Exile], attestations: [Attestation], letters: [Letter], legs: [LegTiming],
                tallies: [Tally], contacts: [Contact], links: [TransportLink] = [], placement: Placement,
                parents: [String: String]) {
        func add(_ date: HistoricalDate?, at placeID: String?, to table: inout [String: [HistoricalDate]]) {
            guard let date, var place = placeID else { return }
            var seen: Set<String> = []
            while seen.insert(place).inserted {
                table[place, default: []].append(date)
                guard let parent = parents[place] else { break }
                place = parent
            }
        }
        func add(_ date: HistoricalDate?, at placeID: String?) { add(date, at: placeID, to: &byPlace) }
        for link in links {
            add(link.valid, at: link.fromPlaceID, to: &routesByPlace)
            add(link.valid, at: link.toPlaceID, to: &routesByPlace)
        }
        for exile in exiles { add(exile.period, at: exile.placeID) }
        for attestation in attestations where attestation.letterID == nil { add(attestation.date, at: attestation.placeID) }
        for letter in letters {
            for party in letter.parties { add(letter.date, at: placement.place(of: party, in: letter)) }
        }
        for timing in legs {
            add(timing.departure, at: timing.leg.fromPlaceID)
            add(timing.arrival, at: timing.leg.toPlaceID)
        }
        for tally in tallies { add(tally.period, at: tally.placeID) }
        for contact in contacts {
            add(contact.period, at: contact.fromPlaceID)
            add(contact.period, at: contact.toPlaceID)
            add(contact.period, at: contact.viaPlaceID)
        }
    }

    /// The dates of the facts at a place and at the places inside it, in no order; empty
    /// when the record dates nothing there.
    public func dates(at placeID: String) -> [HistoricalDate] { byPlace[placeID] ?? [] }

    /// The periods of the transport links through a place and the places inside it.
    public func routes(at placeID: String) -> [HistoricalDate] { routesByPlace[placeID] ?? [] }
}

extension Atlas {
    /// The dates of what the atlas records at each place (see ``PlaceDates``).
    ///
    /// ```swift
    /// try atlas.placeDates().dates(at: "tobolsk").isEmpty   // false
    /// ```
    ///
    /// - Throws: `AtlasError` if the atlas cannot be read.
    public func placeDates() throws(AtlasError) -> PlaceDates {
        var legs: [LegTiming] = []
        for journey in try journeys() {
            legs += (try itinerary(of: journey.id)?.steps ?? []).map(\.timing)
        }
        let parents = try places().reduce(into: [String: String]()) { $0[$1.id] = $1.parentID }
        return PlaceDates(exiles: try exiles(), attestations: try attestations(), letters: try allLetters(), legs: legs,
                          tallies: try tallies(), contacts: try contacts(), links: try links(),
                          placement: try placement(), parents: parents)
    }
}
