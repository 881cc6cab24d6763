/// How a message from one place or person could reach another: chains over the documented
/// messages and the regular contacts together (Astrakhan to Alma Ata by Rakovsky's letter of
/// 17 February 1928; Alma Ata to the Crimea through Rakovsky in Astrakhan), shortest first,
/// each hop with its kind and its evidence.
///
/// ```swift
/// let chains = Relays.chains(from: "astrakhan", to: "alma-ata", letters: letters,
///                            contacts: contacts, placement: Placement(exiles: exiles))
/// chains.first?.hops.map(\.kind)   // [.message(.letter)]
/// ```
public enum Relays {
    /// One hop of a chain: from a stop to the next, by one message or contact.
    ///
    /// A stop is a place, or a person where no place is known (a letter to Sosnovsky, whose
    /// place the atlas does not hold); `fromPerson` and `toPerson` name the people at the stops.
    public struct Hop: Sendable, Hashable {
        /// The stop the hop leaves: a place id, or a person id where no place is known.
        public var from: String
        /// The person at the `from` stop (a letter's sender, a contact's person); nil when none
        /// is named.
        public var fromPerson: String?
        /// The stop the hop reaches: a place id, or a person id where no place is known.
        public var to: String
        /// The person at the `to` stop (a letter's addressee, a contact's person); nil when none
        /// is named.
        public var toPerson: String?
        /// A message of some kind, a contact, or half of a relay.
        public var kind: TieKind
        /// The letter's or the contact's id.
        public var id: String
        /// The message's date or the contact's period.
        public var date: HistoricalDate?
        /// How often, for a contact ("more or less regular").
        public var regularity: String?
        /// The source, locator and quote of the letter or contact behind the hop.
        public var evidence: Evidence
    }

    /// A chain of hops from the origin to the destination.
    public struct Chain: Sendable, Hashable {
        /// The hops in order, from the origin to the destination; each one's `to` is the next one's
        /// `from`.
        public var hops: [Hop]
    }

    /// The chains of at most `maxHops` hops from `origin` to `destination`: one chain per
    /// sequence of stops, shortest first.
    ///
    /// A place or a person id matches a stop. Each step of a sequence may rest on several
    /// messages and contacts; the chain takes, for each step, one relay described in one
    /// sentence for two consecutive steps where there is one, else the best single tie: a
    /// message before a contact or a relay, then the most precisely dated, then by id. A hop
    /// never lies wholly before a dated hop earlier in the chain (a message is not passed on
    /// before it arrived). Chains of equal length come fewest distinct sources first, then by
    /// their stops.
    ///
    /// - Parameters:
    ///   - origin: a place or person id.
    ///   - destination: a place or person id.
    ///   - letters: the messages; a party with no place of its own is placed by `placement`.
    ///   - contacts: regular contacts and relays (a relay gives two hops: to the relaying place
    ///     and person, and on from there).
    ///   - placement: where people were, for letters that do not say.
    ///   - maxHops: the longest chain.
    ///   - limit: stop searching after the first length at which this many chains are found
    ///     (all chains of that length are returned); nil searches every length to `maxHops`.
    /// - Returns: the chains, shortest first.
    ///
    /// Complexity: a breadth-first search backwards from the destination (O(stops + steps))
    /// gives each stop's distance to it; then, length by length, a depth-first search over the
    /// simple paths of stops that never enters a stop farther than the steps left (a hub's
    /// many correspondents are not searched when they lead nowhere), then O(ties) per path to
    /// choose the hops.
    public static func chains(from origin: String, to destination: String, letters: [Letter] = [],
                              contacts: [Contact], placement: Placement = Placement(exiles: []),
                              maxHops: Int = 4, limit: Int? = nil) -> [Chain] {
        guard maxHops >= 1 else { return [] }
        let ties = letters.flatMap { hops(of: $0, placement: placement) } + contacts.flatMap(hops(of:))
        var steps: [String: [String: [Hop]]] = [:]
        for tie in ties { steps[tie.from, default: [:]][tie.to, default: []].append(tie) }
        func matches(_ stop: String, _ person: String?, _ id: String) -> Bool { stop == id || person == id }
        let starts = Set(ties.filter { matches($0.from, $0.fromPerson, origin) }.map(\.from)).sorted()
        let distance = stepsToArrive(steps, at: { matches($0.to, $0.toPerson, destination) }, within: maxHops)

        var chains: [Chain] = []
        for length in 1...maxHops {
            var paths: [[String]] = []
            // Paths of exactly `length` steps; a step that arrives ends its path, and a stop
            // farther from the destination than the steps left is never entered.
            func extend(_ path: [String]) {
                let left = length - (path.count - 1)
                for (next, candidates) in steps[path.last!] ?? [:] where !path.contains(next) {
                    let arrives = candidates.contains { tie in
                        matches(tie.to, tie.toPerson, destination) && (path.count > 1 || matches(tie.from, tie.fromPerson, origin))
                    }
                    if arrives {
                        if left == 1 { paths.append(path + [next]) }
                    } else if left > 1, let steps = distance[next], steps <= left - 1 {
                        extend(path + [next])
                    }
                }
            }
            for start in starts { extend([start]) }
            chains += paths.compactMap { path -> Chain? in
                let candidates = (0..<(path.count - 1)).map { index in
                    steps[path[index]]![path[index + 1]]!.filter { tie in
                        (index > 0 || matches(tie.from, tie.fromPerson, origin))
                            && (index < path.count - 2 || matches(tie.to, tie.toPerson, destination))
                    }
                }
                return choose(candidates).map(Chain.init(hops:))
            }.sorted { a, b in
                let sourcesA = Set(a.hops.map(\.id)).count, sourcesB = Set(b.hops.map(\.id)).count
                return sourcesA != sourcesB ? sourcesA < sourcesB : a.stops.lexicographicallyPrecedes(b.stops)
            }
            if let limit, chains.count >= limit { break }
        }
        return chains
    }

    /// For each stop, the fewest steps to a step on which some tie arrives (`arrives`), up to
    /// `limit`: a breadth-first search backwards over the steps, O(stops + steps).
    private static func stepsToArrive(_ steps: [String: [String: [Hop]]], at arrives: (Hop) -> Bool,
                                      within limit: Int) -> [String: Int] {
        var predecessors: [String: [String]] = [:]
        var distance: [String: Int] = [:]
        for (from, targets) in steps {
            for (to, ties) in targets {
                predecessors[to, default: []].append(from)
                if ties.contains(where: arrives) { distance[from] = 1 }
            }
        }
        var frontier = Array(distance.keys), level = 1
        while !frontier.isEmpty && level < limit {
            level += 1
            var next: [String] = []
            for stop in frontier {
                for before in predecessors[stop] ?? [] where distance[before] == nil {
                    distance[before] = level
                    next.append(before)
                }
            }
            frontier = next
        }
        return distance
    }

    /// One tie per step: a relay across two steps where one is described, else the best tie;
    /// never a tie that lies wholly before a dated hop earlier in the chain. Nil when a step
    /// has no such tie.
    private static func choose(_ candidates: [[Hop]]) -> [Hop]? {
        var chosen: [Hop] = []
        var since: Day? = nil   // the latest earliest day of the hops so far
        var index = 0
        while index < candidates.count {
            let usable = candidates[index].filter { tie in
                guard let since, let date = tie.date else { return true }
                return date.latest >= since
            }
            var step: [Hop]
            if index + 1 < candidates.count,
               let first = usable.filter({ $0.kind == .relay }).sorted(by: better).first(where: { half in
                   candidates[index + 1].contains { $0.id == half.id && $0.kind == .relay && $0.from == half.to }
               }),
               let second = candidates[index + 1].first(where: { $0.id == first.id && $0.from == first.to }) {
                step = [first, second]
            } else if let best = usable.min(by: better) {
                step = [best]
            } else {
                return nil
            }
            for hop in step {
                if let earliest = hop.date?.earliest { since = max(since ?? earliest, earliest) }
            }
            chosen += step
            index += step.count
        }
        return chosen
    }

    /// A message before a contact or a relay, then the narrower date (undated last), then by id.
    private static func better(_ a: Hop, _ b: Hop) -> Bool {
        func span(_ hop: Hop) -> Int { hop.date.map { $0.latest - $0.earliest } ?? Int.max }
        let keyA = (a.kind.isMessage ? 0 : 1, span(a), a.id), keyB = (b.kind.isMessage ? 0 : 1, span(b), b.id)
        return keyA < keyB
    }

    /// The hops a message makes, one per sender and addressee (a party with neither a person
    /// nor a place makes none).
    static func hops(of letter: Letter, placement: Placement) -> [Hop] {
        letter.senders.flatMap { sender -> [Hop] in
            guard let from = placement.place(of: sender, in: letter) ?? sender.personID else { return [] }
            return letter.addressees.compactMap { addressee -> Hop? in
                guard let to = placement.place(of: addressee, in: letter) ?? addressee.personID else { return nil }
                return Hop(from: from, fromPerson: sender.personID, to: to, toPerson: addressee.personID,
                           kind: .message(letter.kind), id: letter.id, date: letter.date, regularity: nil,
                           evidence: letter.evidence)
            }
        }
    }

    /// The hops a contact stands for: one for a direct contact, two for a relay.
    static func hops(of contact: Contact) -> [Hop] {
        func hop(_ from: String, _ fromPerson: String?, _ to: String, _ toPerson: String?) -> Hop {
            Hop(from: from, fromPerson: fromPerson, to: to, toPerson: toPerson, kind: TieKind(contact), id: contact.id,
                date: contact.period, regularity: contact.regularity, evidence: contact.evidence)
        }
        guard let via = contact.viaPlaceID ?? contact.viaPersonID else {
            return [hop(contact.fromPlaceID, contact.fromPersonID, contact.toPlaceID, contact.toPersonID)]
        }
        return [
            hop(contact.fromPlaceID, contact.fromPersonID, via, contact.viaPersonID),
            hop(via, contact.viaPersonID, contact.toPlaceID, contact.toPersonID),
        ]
    }
}

extension Relays.Chain {
    /// The stops the chain passes, origin first.
    public var stops: [String] { (hops.first.map { [$0.from] } ?? []) + hops.map(\.to) }
}
