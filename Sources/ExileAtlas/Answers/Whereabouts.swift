/// Where people were on a date, and how sure the sources make it: the one rule behind
/// `exile exiles --on/--during`, `exile timeline`, the network's placement of people and
/// the maps.
///
/// A stay (an ``Exile``: exile, residence, prison ...) and the ``Attestation``s of its person
/// give three kinds of days:
/// - **attested**: an attestation at the stay's place (or a place inside it) is dated within
///   the date asked about (a letter of 14 July 1928 attests July 1928, a letter of "1928"
///   does not attest 15 October 1928);
/// - **within**: the day lies between the stay's known start and its known end, where a
///   stated or inferred end is known and an unknown end is known only as far as the last
///   attestation there (its earliest day: a letter of "1928-10" proves October 1, not
///   October 31);
/// - **possible**: the day lies outside what is known but within the stay's reach: after the
///   last attestation and before an unknown end, which reaches until the next thing known of
///   the person elsewhere (another stay's start, an attestation at another place) or their
///   death; likewise before an unknown start.
///
/// The last attestation is never an end: Radek's last letter from Tomsk is of 14 July 1928,
/// so on 15 October 1928 he was *possibly* still at Tomsk, not "not in exile".
///
/// ```swift
/// let whereabouts = try atlas.whereabouts(personIDs: ["radek"])
/// let october = try HistoricalDate(parsing: "1928-10-15")
/// for presence in whereabouts.presences(on: october) {
///     print(presence.stay.placeID ?? "?", presence.status)   // tomsk possible
/// }
/// ```
public struct Whereabouts: Sendable {
    /// How sure the sources make a person's presence at a place on a date, strongest first.
    public enum Status: String, Sendable, Codable, CaseIterable, Comparable {
        /// Evidence dated then places the person there.
        case attested
        /// Inside a stated or inferred period, or between its start and its last attestation.
        case within
        /// After the last attestation and before an unknown end (or before an unknown start).
        case possible

        /// Orders statuses from the strongest: `attested` < `within` < `possible`, so that sorting
        /// puts the surest first.
        public static func < (a: Status, b: Status) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// What the sources establish about one stay.
    public struct Span: Sendable, Hashable {
        /// The stay, as the atlas holds it.
        public var stay: Exile
        /// Days the person was surely there (nil when nothing is known for sure).
        public var known: ClosedRange<Day>?
        /// Days the person may have been there: `known`, widened over an unknown end up to
        /// the next thing known of them (and over an unknown start back to the previous).
        public var reach: ClosedRange<Day>?
        /// What ends `reach` past an unknown end: the next stay or attestation elsewhere, the
        /// death, the period's uncertain end; nil when the end is known, or nothing ends it.
        public var possibleUntil: Limit?
        /// The attestations at the stay's place (or inside it) during the stay, oldest first.
        public var attestations: [Attestation]

        /// The status of the stay on `date`, or nil when the stay does not reach it.
        public func status(on date: HistoricalDate) -> Status? {
            if attestations.contains(where: { $0.date.lies(within: date) }) { return .attested }
            func meets(_ range: ClosedRange<Day>?) -> Bool {
                range.map { $0.lowerBound <= date.latest && date.earliest <= $0.upperBound } ?? false
            }
            if meets(known) { return .within }
            if meets(reach) { return .possible }
            return nil
        }

        /// Whether the person may have been there on some of these days, without it being known.
        public func isPossible(during days: ClosedRange<Day>) -> Bool {
            guard let reach, reach.overlaps(days) else { return false }
            guard let known else { return true }
            return days.lowerBound < known.lowerBound || days.upperBound > known.upperBound
        }
    }

    /// What ends a possible stay.
    public enum Limit: Sendable, Hashable {
        /// The person's next stay elsewhere begins.
        case stay(Exile)
        /// The person is attested elsewhere.
        case attestation(Attestation)
        /// The person died.
        case death(HistoricalDate)
        /// The period's own uncertain end (`1929~`).
        case periodEnd(HistoricalDate)
    }

    /// One stay's answer for a date: its status and the evidence that gives it.
    public struct Presence: Sendable, Hashable {
        /// How sure the sources make the person's presence in the stay on the date.
        public var status: Status
        /// The attestations on the date (attested); else the last one before it, if any.
        public var evidence: [Attestation]
        /// The stay and what the sources establish about it.
        public var span: Span
        /// The stay the answer is about.
        public var stay: Exile { span.stay }
    }

    let stays: [String: [Exile]]
    let attestations: [String: [Attestation]]
    private let parents: [String: String]
    private let deaths: [String: HistoricalDate]
    private let spans: [String: Span]

    /// Works out, once, what the sources establish about each stay (its `Span`); most callers
    /// use `Atlas.whereabouts(personIDs:)`, which reads all of this from the atlas.
    ///
    /// - Parameters:
    ///   - stays: exiles, residences and the other stays.
    ///   - attestations: the people's attestations (``Atlas/attestations(personID:)``).
    ///   - parents: each place's parent, so that a house counts as its town.
    ///   - deaths: when people died, to end a possible stay.
    public init(stays: [Exile], attestations: [Attestation], parents: [String: String] = [:],
                deaths: [String: HistoricalDate] = [:]) {
        self.stays = Dictionary(grouping: stays, by: \.personID)
            .mapValues { $0.sorted { ($0.period.earliest, $0.id) < ($1.period.earliest, $1.id) } }
        self.attestations = Dictionary(grouping: attestations, by: \.personID)
            .mapValues { $0.sorted { ($0.date.earliest, $0.id) < ($1.date.earliest, $1.id) } }
        self.parents = parents
        self.deaths = deaths
        var spans: [String: Span] = [:]
        for stay in stays {
            spans[stay.id] = Self.span(of: stay, others: self.stays[stay.personID] ?? [],
                                       attestations: self.attestations[stay.personID] ?? [],
                                       parents: parents, death: deaths[stay.personID])
        }
        self.spans = spans
    }

    // MARK: - Questions

    /// What the sources establish about a stay.
    public func span(of stay: Exile) -> Span {
        spans[stay.id] ?? Self.span(of: stay, others: stays[stay.personID] ?? [],
                                    attestations: attestations[stay.personID] ?? [],
                                    parents: parents, death: deaths[stay.personID])
    }

    /// Every stay that reaches `date`, with its status, by person then start.
    ///
    /// - Parameters:
    ///   - date: a day, a month, a year or an interval; a stay reaches it if any of its
    ///     days does, and the strongest status of those days is given.
    ///   - personID: only this person's stays.
    public func presences(on date: HistoricalDate, personID: String? = nil) -> [Presence] {
        let people = personID.map { [$0] } ?? stays.keys.sorted()
        return people.flatMap { person in
            (stays[person] ?? []).compactMap { presence(of: $0, on: date) }
        }
    }

    /// The stay's status on `date`, or nil when it does not reach it.
    public func presence(of stay: Exile, on date: HistoricalDate) -> Presence? {
        let span = span(of: stay)
        guard let status = span.status(on: date) else { return nil }
        let evidence = status == .attested
            ? span.attestations.filter { $0.date.lies(within: date) }
            : span.attestations.last { $0.date.earliest <= date.earliest }.map { [$0] } ?? []
        return Presence(status: status, evidence: evidence, span: span)
    }

    /// Where a person was on `date`, as one place id, for placing them on a map or in the
    /// network: the stays that are attested or within on that date (an exile before a
    /// residence inside it; of places inside one another, the narrowest), else a single
    /// possible one; nil when none, or when several places are equally likely. Without a
    /// date, the place of their first exile.
    public func place(of personID: String, at date: HistoricalDate?) -> String? {
        let all = stays[personID] ?? []
        guard let date else {
            return (all.first { $0.kind.isBanishment && $0.placeID != nil } ?? all.first { $0.placeID != nil })?.placeID
        }
        let present = all.compactMap { presence(of: $0, on: date) }.filter { $0.stay.placeID != nil }
        func single(_ presences: [Presence]) -> String? {
            let banished = presences.filter { $0.stay.kind.isBanishment }
            let places = Set((banished.isEmpty ? presences : banished).compactMap(\.stay.placeID))
            // Places inside one another (Constantinople in Turkey) give the narrowest.
            return places.first { inner in places.allSatisfy { self.place(inner, liesIn: $0) } }
        }
        let sure = present.filter { $0.status != .possible }
        return sure.isEmpty ? single(present) : single(sure)
    }

    /// Whether `placeID` is `ancestorID` or lies inside it.
    public func place(_ placeID: String, liesIn ancestorID: String) -> Bool {
        Self.place(placeID, liesIn: ancestorID, parents: parents)
    }

    // MARK: - The rule

    private static func place(_ placeID: String, liesIn ancestorID: String, parents: [String: String]) -> Bool {
        var current: String? = placeID
        var steps = 0
        while let id = current, steps < 64 {
            if id == ancestorID { return true }
            current = parents[id]
            steps += 1
        }
        return false
    }

    /// Whether two places are one, or one lies in the other.
    private static func related(_ a: String, _ b: String, parents: [String: String]) -> Bool {
        place(a, liesIn: b, parents: parents) || place(b, liesIn: a, parents: parents)
    }

    private static func span(of stay: Exile, others: [Exile], attestations: [Attestation],
                             parents: [String: String], death: HistoricalDate?) -> Span {
        let period = stay.period
        // The stay's own attestations: at its place or inside it, during the period. A stay
        // whose place is unknown is attested by mentions that give no place either.
        let own = attestations.filter { attestation in
            guard attestation.date.overlaps(period) else { return false }
            if let place = stay.placeID {
                return attestation.placeID.map { Self.place($0, liesIn: place, parents: parents) } ?? false
            }
            return attestation.placeID == nil && attestation.kind != .letter
        }
        let startKnown = stay.start.basis != .unknown && period.earliest != .distantPast
        let endKnown = stay.end.basis != .unknown && period.latest != .distantFuture
        let firstSure = own.map(\.date.latest).min()
        let lastSure = own.map(\.date.earliest).max()

        // A known end given to a month or a season (autumn 1928) is sure only from its
        // last day on (start) or up to its first day (end); the rest of it is possible.
        var knownStart: Day? = startKnown ? (period.start?.latest ?? period.earliest) : firstSure
        var knownEnd: Day?
        if endKnown {
            knownEnd = period.end?.earliest ?? period.latest
        } else {
            // Sure as far as the start and the last attestation.
            knownEnd = [startKnown ? knownStart : nil, lastSure].compactMap { $0 }.max()
        }
        // An attestation inside a vague start or end proves the stay had begun, or still held.
        if let lastSure, let end = knownEnd, lastSure > end { knownEnd = lastSure }
        if let firstSure, let start = knownStart, firstSure < start { knownStart = firstSure }
        var known: ClosedRange<Day>?
        if let knownStart, let knownEnd, knownStart <= knownEnd { known = knownStart...knownEnd }

        // What else is known of the person, to bound what is possible here.
        let elsewhere: [(day: ClosedRange<Day>, limit: Limit)] =
            others.filter { other in
                other.id != stay.id && other.kind.isBanishment == stay.kind.isBanishment
                    && !(other.placeID.flatMap { a in stay.placeID.map { b in related(a, b, parents: parents) } } ?? (other.placeID == stay.placeID))
            }.map { ($0.period.earliest...max($0.period.earliest, $0.period.start?.latest ?? $0.period.earliest), .stay($0)) }
            + attestations.filter { attestation in
                guard let place = attestation.placeID else { return false }
                return stay.placeID.map { !related(place, $0, parents: parents) } ?? true
            }.map { ($0.date.earliest...$0.date.latest, .attestation($0)) }

        // The reach: over an unknown end, until the next thing known elsewhere, the death,
        // or the period's own uncertain end; over an unknown start, back to the previous one.
        var upper = period.latest, possibleUntil: Limit?
        if !endKnown {
            let after = known?.upperBound ?? knownStart ?? period.earliest
            if period.latest != .distantFuture { possibleUntil = .periodEnd(period) }
            if let next = elsewhere.filter({ $0.day.lowerBound > after }).min(by: { $0.day.lowerBound < $1.day.lowerBound }),
               next.day.lowerBound.adding(days: -1) < upper {
                upper = next.day.lowerBound.adding(days: -1); possibleUntil = next.limit
            }
            if let death, death.latest < upper { upper = death.latest; possibleUntil = .death(death) }
        }
        var lower = period.earliest
        if !startKnown {
            let before = known?.lowerBound ?? knownEnd ?? period.latest
            if let previous = elsewhere.filter({ $0.day.upperBound < before }).max(by: { $0.day.upperBound < $1.day.upperBound }),
               previous.day.upperBound.adding(days: 1) > lower {
                lower = previous.day.upperBound.adding(days: 1)
            }
            // With nothing before it, an open start says nothing about what was possible.
            if lower == .distantPast { lower = known?.lowerBound ?? knownEnd ?? .distantPast }
        }
        if let known {
            lower = min(lower, known.lowerBound); upper = max(upper, known.upperBound)
        }
        let reach: ClosedRange<Day>? = lower <= upper ? lower...upper : nil
        return Span(stay: stay, known: known, reach: reach, possibleUntil: possibleUntil, attestations: own)
    }
}
