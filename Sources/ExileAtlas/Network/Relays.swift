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
        public var from: String
        public var fromPerson: String?
        public var to: String
        public var toPerson: String?
        /// A message of some kind, a contact, or half of a relay.
        public var kind: TieKind
        /// The letter's or the contact's id.
        public var id: String
        /// The message's date or the contact's period.
        public var date: HistoricalDate?
        /// How often, for a contact ("more or less regular").
        public var regularity: String?
        public var evidence: Evidence
    }

    /// A chain of hops from the origin to the destination.
    public struct Chain: Sendable, Hashable {
        public var hops: [Hop]
    }

    /// The chains of at most `maxHops` hops from `origin` to `destination`: one chain per
    /// sequence of stops, shortest first.
    ///
    /// A place or a person id matches a stop. Each step of a sequence may rest on several
    /// messages and contacts; the chain takes, for each step, one relay described in one
    /// sentence for two consecutive steps where there is one, else the best single tie: a
    /// message before a contact or a relay, then the most precisely dated, then by id. A hop
    /// never lies wholly before the hop it continues (a message is not passed on before it
    /// arrived). Chains of equal length come fewest distinct sources first, then by their stops.
    ///
    /// - Parameters:
    ///   - origin, destination: place or person ids.
    ///   - letters: the messages; a party with no place of its own is placed by `placement`.
    ///   - contacts: regular contacts and relays (a relay gives two hops: to the relaying place
    ///     and person, and on from there).
    ///   - placement: where people were, for letters that do not say.
    ///   - maxHops: the longest chain.
    /// - Returns: the chains, shortest first.
    ///
    /// Complexity: a depth-first search over the simple paths of stops of at most `maxHops`
    /// steps (bounded by the hop limit), then O(ties) per path to choose the hops.
    public static func chains(from origin: String, to destination: String, letters: [Letter] = [],
                              contacts: [Contact], placement: Placement = Placement(exiles: []),
                              maxHops: Int = 4) -> [Chain] {
        let ties = letters.compactMap { hop(of: $0, placement: placement) } + contacts.flatMap(hops(of:))
        var steps: [String: [String: [Hop]]] = [:]
        for tie in ties { steps[tie.from, default: [:]][tie.to, default: []].append(tie) }
        func matches(_ stop: String, _ person: String?, _ id: String) -> Bool { stop == id || person == id }
        let starts = Set(ties.filter { matches($0.from, $0.fromPerson, origin) }.map(\.from))

        var paths: [[String]] = []
        func extend(_ path: [String]) {
            for (next, candidates) in steps[path.last!] ?? [:] where !path.contains(next) {
                let first = path.count == 1
                if candidates.contains(where: { matches($0.to, $0.toPerson, destination)
                                               && (!first || matches($0.from, $0.fromPerson, origin)) }) {
                    paths.append(path + [next])
                } else if path.count < maxHops {
                    extend(path + [next])
                }
            }
        }
        for start in starts.sorted() { extend([start]) }

        let chains = paths.compactMap { path -> Chain? in
            let candidates = (0..<(path.count - 1)).map { index in
                steps[path[index]]![path[index + 1]]!.filter { tie in
                    (index > 0 || matches(tie.from, tie.fromPerson, origin))
                        && (index < path.count - 2 || matches(tie.to, tie.toPerson, destination))
                }
            }
            return choose(candidates).map(Chain.init(hops:))
        }
        return chains.sorted { a, b in
            let keyA = (a.hops.count, Set(a.hops.map(\.id)).count), keyB = (b.hops.count, Set(b.hops.map(\.id)).count)
            return keyA != keyB ? keyA < keyB : a.stops.lexicographicallyPrecedes(b.stops)
        }
    }

    /// One tie per step: a relay across two steps where one is described, else the best tie
    /// that does not lie wholly before the previous hop; nil when a step has none.
    private static func choose(_ candidates: [[Hop]]) -> [Hop]? {
        var chosen: [Hop] = []
        var index = 0
        while index < candidates.count {
            let previous = chosen.last
            let usable = candidates[index].filter { tie in
                guard let before = previous?.date, let date = tie.date else { return true }
                return date.latest >= before.earliest
            }
            if index + 1 < candidates.count,
               let first = usable.filter({ $0.kind == .relay }).sorted(by: better).first(where: { half in
                   candidates[index + 1].contains { $0.id == half.id && $0.kind == .relay && $0.from == half.to }
               }),
               let second = candidates[index + 1].first(where: { $0.id == first.id && $0.from == first.to }) {
                chosen += [first, second]
                index += 2
                continue
            }
            guard let best = usable.min(by: better) else { return nil }
            chosen.append(best)
            index += 1
        }
        return chosen
    }

    /// A message before a contact or a relay, then the narrower date (undated last), then by id.
    private static func better(_ a: Hop, _ b: Hop) -> Bool {
        func span(_ hop: Hop) -> Int { hop.date.map { $0.latest - $0.earliest } ?? Int.max }
        let keyA = (a.kind.isMessage ? 0 : 1, span(a), a.id), keyB = (b.kind.isMessage ? 0 : 1, span(b), b.id)
        return keyA < keyB
    }

    /// The hop a message makes, or nil when a party has neither a person nor a place.
    static func hop(of letter: Letter, placement: Placement) -> Hop? {
        guard let from = placement.place(of: letter, sender: true) ?? letter.senderID,
              let to = placement.place(of: letter, sender: false) ?? letter.recipientID else { return nil }
        return Hop(from: from, fromPerson: letter.senderID, to: to, toPerson: letter.recipientID,
                   kind: .message(letter.kind), id: letter.id, date: letter.date, regularity: nil,
                   evidence: letter.evidence)
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
