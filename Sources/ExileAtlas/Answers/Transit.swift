/// How long a letter took over the transport network of its date, and whether the sources'
/// datings of its receipt or its reply leave time for it: the one rule behind
/// `exile letters --transit` and `exile check --plausibility`.
///
/// **Places.** A letter goes from its sender's place to its addressee's at its date: the
/// place the source gives the party (``LetterParty/placeID``), else the place the
/// whereabouts rule gives the person on the letter's date when it is *attested* or *within*
/// (a *possible* place is not used: it is named, and the transit left unknown). Of several
/// senders (or addressees) the first with a known place is used. A place that is not on the
/// network (a house, a street) travels from the nearest place it lies in that is.
///
/// **Route.** The fastest route (``RoutePlanner/plan(from:to:on:modes:avoiding:by:)`` by time)
/// over the links open on the letter's earliest day (a letter dated `1928-06` uses the
/// network of 1 June 1928), through the place the source says it went by, if any. Days are
/// its hours at the modes' speeds over 24: travelling time, not the post's.
///
/// **Datings.** A receipt dated by a source, or a reply (a later letter answering it, whose
/// writer had it by then), gives the *slack*: the days from sending to receipt (or to the
/// reply), as a range over every reading of the two EDTF dates: `min` = earliest receipt −
/// latest sending, `max` = latest receipt − earliest sending. A letter sent on day S over a
/// route of T days can arrive from day S + ⌊T⌋ (sent at the day's first hour), so with
/// `needed` = ⌊T⌋ the dating is
/// - **impossible** when `max < needed`: under every reading the letter is received (or
///   answered) before the fastest route could bring it;
/// - **tight** when `min < needed ≤ max`: possible only for some readings of the dates (the
///   letter sent by `latestSent`, or received from `earliestReceipt`);
/// - **plausible** when `needed ≤ min`: every reading leaves time;
/// - **unjudged** when a date or a place is unknown (but a reply dated before the letter
///   under every reading is impossible whatever the route).
///
/// ```swift
/// let rule = TransitRule(planner: planner, whereabouts: whereabouts, parents: parents,
///                        letters: letters, links: links)
/// let transit = rule.transit(of: letter)
/// transit.days                              // 7.0 from Alma Ata to Moscow in June 1928
/// transit.datings.first?.judgement          // .tight
/// ```
public struct TransitRule: Sendable {
    private let planner: RoutePlanner
    private let whereabouts: Whereabouts
    private let parents: [String: String]
    private let letters: [String: Letter]
    private let links: [String: [LetterLink]]

    /// Prepares the rule over the network, the whereabouts and the letters with their links.
    ///
    /// - Parameters:
    ///   - planner: the transport network and the modes' speeds.
    ///   - whereabouts: where people were, for parties whose place the letter does not give.
    ///   - parents: each place's parent, so a house travels from its town.
    ///   - letters: every letter a link may name (the replies too).
    ///   - links: the dated receipts and replies.
    public init(planner: RoutePlanner, whereabouts: Whereabouts, parents: [String: String] = [:],
                letters: [Letter], links: [LetterLink]) {
        self.planner = planner
        self.whereabouts = whereabouts
        self.parents = parents
        self.letters = Dictionary(letters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.links = Dictionary(grouping: links, by: \.letterID)
    }

    // MARK: - Questions

    /// The letter's transit from its sender's place to its addressee's, with the judgement of
    /// every receipt and reply the sources date.
    public func transit(of letter: Letter) -> LetterTransit {
        let from = end(of: letter.senders, on: letter.date)
        let to = end(of: letter.addressees, on: letter.date)
        let (route, gap) = route(letter: letter, from: from, to: to, via: nil)
        let datings = (links[letter.id] ?? []).map { dating($0, of: letter, from: from, to: to) }
        return LetterTransit(letter: letter, from: from.end, to: to.end, networkDate: Self.networkDate(of: letter),
                             route: route, gap: gap, datings: datings)
    }

    /// Every receipt and reply judged, in the order of the links' letters and ids.
    public func datings() -> [LetterTransit.Dating] {
        links.keys.sorted().flatMap { id in letters[id].map { transit(of: $0).datings } ?? [] }
    }

    // MARK: - The rule

    /// The network's date for a letter: its earliest day; nil when undated or open at the start.
    static func networkDate(of letter: Letter) -> HistoricalDate? {
        guard let date = letter.date, date.earliest != .distantPast else { return nil }
        return try? HistoricalDate(parsing: date.earliest.iso)
    }

    /// The first party with a known place, and the place a party may only possibly have been.
    private func end(of parties: [LetterParty], on date: HistoricalDate?) -> (end: LetterTransit.End?, possible: String?) {
        for party in parties {
            if let place = party.placeID {
                return (LetterTransit.End(placeID: place, networkPlaceID: networkPlace(place), basis: .letter,
                                          certainty: party.placeCertainty), nil)
            }
        }
        var possible: String?
        for party in parties {
            guard let person = party.personID, let date, let place = whereabouts.place(of: person, at: date) else { continue }
            let statuses = whereabouts.presences(on: date, personID: person)
                .filter { $0.stay.placeID.map { whereabouts.place(place, liesIn: $0) } ?? false }.map(\.status)
            if let best = statuses.min(), best != .possible {
                return (LetterTransit.End(placeID: place, networkPlaceID: networkPlace(place),
                                          basis: best == .attested ? .attested : .within, certainty: party.placeCertainty), nil)
            }
            possible = possible ?? place
        }
        return (nil, possible)
    }

    /// The place itself if it is on the network, else the nearest place it lies in that is.
    private func networkPlace(_ place: String) -> String {
        var current = place, steps = 0
        while !planner.isOnNetwork(current), let parent = parents[current], steps < 64 {
            current = parent
            steps += 1
        }
        return planner.isOnNetwork(current) ? current : place
    }

    /// The fastest route between two ends at the letter's date (through `via`), or why none.
    private func route(letter: Letter, from: (end: LetterTransit.End?, possible: String?),
                       to: (end: LetterTransit.End?, possible: String?), via: String?) -> (RoutePlanner.Route?, LetterTransit.Gap?) {
        guard let start = from.end else { return (nil, .placeUnknown(role: .sender, possible: from.possible)) }
        guard let finish = to.end else { return (nil, .placeUnknown(role: .addressee, possible: to.possible)) }
        guard let date = Self.networkDate(of: letter) else { return (nil, .undated) }
        let stops = [start.networkPlaceID] + (via.map { [networkPlace($0)] } ?? []) + [finish.networkPlaceID]
        var steps: [RoutePlanner.Step] = []
        for (a, b) in zip(stops, stops.dropFirst()) {
            switch planner.plan(from: a, to: b, on: date, by: .time) {
            case let .success(route): steps += route.steps
            case let .failure(failure): return (nil, .noRoute(failure))
            }
        }
        return (RoutePlanner.Route(steps: steps), nil)
    }

    /// One receipt or reply, judged against the fastest route.
    private func dating(_ link: LetterLink, of letter: Letter, from: (end: LetterTransit.End?, possible: String?),
                        to: (end: LetterTransit.End?, possible: String?)) -> LetterTransit.Dating {
        let reply = link.replyID.flatMap { letters[$0] }
        let by: HistoricalDate? = link.kind == .receipt ? link.received : reply?.date
        // Who had the letter: the reply's writer, a named receiver, else its addressees.
        let receiver: (end: LetterTransit.End?, possible: String?)
        if let reply {
            receiver = end(of: reply.senders, on: reply.date)
        } else if let person = link.receiverID {
            receiver = end(of: [LetterParty(role: .addressee, personID: person)], on: by)
        } else {
            receiver = to.end != nil ? to : end(of: letter.addressees, on: by)
        }
        let (route, gap) = self.route(letter: letter, from: from, to: receiver, via: link.viaPlaceID)
        let sent = letter.date
        func day(_ d: Day?) -> Day? { d == .distantPast || d == .distantFuture ? nil : d }
        let (sentEarliest, sentLatest) = (day(sent?.earliest), day(sent?.latest))
        let (byEarliest, byLatest) = (day(by?.earliest), day(by?.latest))
        let minSlack = byEarliest.flatMap { b in sentLatest.map { b - $0 } }
        let maxSlack = byLatest.flatMap { b in sentEarliest.map { b - $0 } }
        let needed = route.flatMap { $0.hours.isNaN ? nil : Int(($0.hours / 24).rounded(.down)) }
        let judgement: LetterTransit.Judgement
        if sent == nil || by == nil {
            judgement = .unjudged
        } else if let needed {
            if let maxSlack, maxSlack < needed { judgement = .impossible }
            else if let minSlack, minSlack >= needed { judgement = .plausible }
            else { judgement = .tight }
        } else {
            judgement = (maxSlack.map { $0 < 0 } ?? false) ? .impossible : .unjudged
        }
        let need = needed ?? 0
        return LetterTransit.Dating(
            link: link, letter: letter, reply: reply, by: by, from: from.end, to: receiver.end, route: route,
            gap: sent == nil ? .undated : gap, slackDays: (minSlack, maxSlack), neededDays: needed, judgement: judgement,
            latestSent: judgement == .tight ? byLatest?.adding(days: -need) : nil,
            earliestReceipt: judgement == .tight ? sentEarliest?.adding(days: need) : nil)
    }
}

/// A letter's transit over the network of its date, and its dated receipts and replies
/// judged against it (``TransitRule``).
public struct LetterTransit: Sendable {
    /// Where an end's place comes from.
    public enum Basis: String, Sendable, CaseIterable {
        /// The source gives the party's place on the letter.
        case letter
        /// The whereabouts rule: evidence dated then places the person there.
        case attested
        /// The whereabouts rule: inside a stated or inferred stay.
        case within
    }

    /// One end of a letter's route.
    public struct End: Sendable, Hashable {
        /// The place, a `place` id, as the letter or the whereabouts rule gives it.
        public var placeID: String
        /// Where the route starts or ends: the place, or the nearest on the network that it lies in.
        public var networkPlaceID: String
        /// Where the place comes from.
        public var basis: Basis
        /// How sure the letter's place is (certain for the whereabouts rule's).
        public var certainty: LetterParty.Certainty
    }

    /// Why there is no transit.
    public enum Gap: Sendable, Equatable {
        /// The letter is undated (or its date has no earliest day).
        case undated
        /// No place is known for the sender or the addressee at the date; `possible` is where
        /// the whereabouts rule says they possibly were.
        case placeUnknown(role: LetterParty.Role, possible: String?)
        /// The planner finds no route (a place off the network, links closed at the date).
        case noRoute(RoutePlanner.Failure)
    }

    /// What a dating of the receipt or the reply says against the fastest route.
    public enum Judgement: String, Sendable, CaseIterable {
        /// Every reading of the dates leaves time; only some do; none does; not known.
        case plausible, tight, impossible, unjudged
    }

    /// A receipt or reply, judged.
    public struct Dating: Sendable {
        /// The link as the source gives it.
        public var link: LetterLink
        /// The letter that arrived.
        public var letter: Letter
        /// The letter written in answer (kind `reply`).
        public var reply: Letter?
        /// When it was received, or when the answer was written.
        public var by: HistoricalDate?
        /// Where it was sent from.
        public var from: End?
        /// Where the one who had it was: the addressee (or the receiver) at the receipt, the
        /// reply's writer at the reply.
        public var to: End?
        /// The fastest route between them (through the link's `via`), or nil with `gap`.
        public var route: RoutePlanner.Route?
        /// Why there is no route, or why the dating cannot be judged; nil when there is one.
        public var gap: Gap?
        /// The days from sending to receipt (or reply) over every reading of the two dates;
        /// nil at an open end.
        public var slackDays: (min: Int?, max: Int?)
        /// Whole days the fastest route needs: ⌊hours / 24⌋.
        public var neededDays: Int?
        /// The verdict.
        public var judgement: Judgement
        /// For a tight dating: the latest day it can have been sent, given the route and the
        /// latest reading of the receipt.
        public var latestSent: Day?
        /// For a tight dating: the earliest day it can have been received (or answered), given
        /// the route and the earliest reading of the sending.
        public var earliestReceipt: Day?
    }

    /// The letter.
    public var letter: Letter
    /// The sender's place, when known.
    public var from: End?
    /// The addressee's place, when known.
    public var to: End?
    /// The network's date: the letter's earliest day.
    public var networkDate: HistoricalDate?
    /// The fastest route, or nil with `gap`.
    public var route: RoutePlanner.Route?
    /// Why there is no route (a place unknown or off the network, the letter undated); nil
    /// when there is one.
    public var gap: Gap?
    /// The receipts and replies the sources date, judged.
    public var datings: [Dating]

    /// Kilometres of the route; nil without one.
    public var km: Double? { route?.lengthKm }
    /// Hours of the route at the modes' speeds; nil without one (or without a speed).
    public var hours: Double? { route.flatMap { $0.hours.isNaN ? nil : $0.hours } }
    /// Days of the route: its hours over 24 (travelling around the clock); nil without one.
    public var days: Double? { hours.map { $0 / 24 } }
}
