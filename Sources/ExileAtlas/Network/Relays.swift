/// How a message from one place reached another through relays: the chains of regular
/// contacts a source describes (Alma Ata → Rakovsky in Astrakhan → the lower Volga), each
/// hop with its evidence.
///
/// ```swift
/// let chains = Relays.chains(from: "alma-ata", to: "crimea", contacts: contacts)
/// chains.first?.hops.map(\.to)   // ["astrakhan", "crimea"]
/// ```
public enum Relays {
    /// One hop of a chain: from a place (and person) to the next, and the contact behind it.
    public struct Hop: Sendable, Hashable {
        public var from: String
        public var fromPerson: String?
        public var to: String
        public var toPerson: String?
        public var contact: Contact
        /// Whether the hop is half of a relay (to or from the relaying person).
        public var isRelay: Bool
    }

    /// A chain of hops from the origin to the destination.
    public struct Chain: Sendable, Hashable {
        public var hops: [Hop]
    }

    /// Every simple chain of at most `maxHops` hops from `origin` to `destination`, shortest
    /// first. A place or a person id matches a stop.
    ///
    /// Depth-first search over the contacts; a contact with a relay gives two hops (origin →
    /// relay, relay → destination), a direct contact one. Complexity grows with the number
    /// of chains, which the hop limit bounds.
    public static func chains(from origin: String, to destination: String, contacts: [Contact],
                              maxHops: Int = 4) -> [Chain] {
        let hops = contacts.flatMap(Self.hops(of:))
        let outgoing = Dictionary(grouping: hops, by: \.from)
        var chains: [Chain] = []
        func matches(_ place: String, _ person: String?, _ id: String) -> Bool { place == id || person == id }
        func extend(_ path: [Hop], visited: Set<String>) {
            guard let last = path.last, path.count <= maxHops else { return }
            if matches(last.to, last.toPerson, destination) { chains.append(Chain(hops: path)); return }
            for hop in outgoing[last.to] ?? [] where !visited.contains(hop.to) {
                extend(path + [hop], visited: visited.union([hop.to]))
            }
        }
        for start in hops where matches(start.from, start.fromPerson, origin) {
            extend([start], visited: [start.from, start.to])
        }
        // One chain per sequence of places (a relay described twice is one way, not two).
        var seen = Set<[String]>()
        return chains
            .sorted { a, b in
                // Shortest first; among equals, the one resting on fewest contacts (a relay
                // described in one sentence), then by the places' ids.
                let keyA = (a.hops.count, Set(a.hops.map(\.contact.id)).count), keyB = (b.hops.count, Set(b.hops.map(\.contact.id)).count)
                return keyA != keyB ? keyA < keyB : a.hops.map(\.to).lexicographicallyPrecedes(b.hops.map(\.to))
            }
            .filter { seen.insert([$0.hops[0].from] + $0.hops.map(\.to)).inserted }
    }

    /// The hops a contact stands for.
    static func hops(of contact: Contact) -> [Hop] {
        guard let via = contact.viaPlaceID ?? contact.viaPersonID else {
            return [Hop(from: contact.fromPlaceID, fromPerson: contact.fromPersonID, to: contact.toPlaceID,
                        toPerson: contact.toPersonID, contact: contact, isRelay: false)]
        }
        return [
            Hop(from: contact.fromPlaceID, fromPerson: contact.fromPersonID, to: via, toPerson: contact.viaPersonID,
                contact: contact, isRelay: true),
            Hop(from: via, fromPerson: contact.viaPersonID, to: contact.toPlaceID, toPerson: contact.toPersonID,
                contact: contact, isRelay: true),
        ]
    }
}
