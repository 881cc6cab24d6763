/// The correspondence network: who wrote to whom (or which place to which), weighted by the
/// number of documented messages of each kind, with the regular contacts and the relays.
///
/// Built from letters, telegrams, circulars and the other messages, plus the contacts a
/// source describes (Trotsky in more or less regular contact with Barnaul) and the relays
/// (Alma Ata reached the lower Volga through Rakovsky in Astrakhan: two hops, Alma Ata →
/// Rakovsky and Rakovsky → the lower Volga). Aggregate figures (800 political letters sent
/// between April and October 1928) are never turned into letters: they stay `tallies`, set
/// beside the node they describe.
///
/// ```swift
/// let graph = CorrespondenceGraph(letters: letters, contacts: contacts, exiles: exiles,
///                                 tallies: tallies, by: .place,
///                                 during: try HistoricalDate(parsing: "1928-04/1928-10"))
/// let pageRank = Centrality.pageRank(graph.graph)
/// ```
public struct CorrespondenceGraph: Sendable {
    /// What the nodes are.
    public enum NodeKind: String, Sendable, CaseIterable {
        /// People, a person standing where they were on the letter's date in `.place` mode.
        case person
        /// Places: where the sender and recipient were.
        case place
    }

    /// One directed edge with its counts per kind ("letter": 3, "telegram": 1, "relay": 1).
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        public var counts: [String: Int]
        /// The letters and contacts behind the edge, by id.
        public var sources: [String]
        public var weight: Int { counts.values.reduce(0, +) }
    }

    /// What went into the graph and what was left out, so a reader can judge the counts.
    public struct Coverage: Sendable, Hashable {
        /// Messages counted.
        public var letters = 0
        /// Of those, messages whose date only overlaps the slice (loosely dated).
        public var partlyInside = 0
        /// Messages left out because they have no date and a slice was asked for.
        public var undated = 0
        /// Messages left out because a sender or recipient could not be placed.
        public var unplaced = 0
        /// Counted rows that stand for several or many messages (each counts once).
        public var batches = 0
        /// Contacts and relays counted.
        public var contacts = 0
    }

    public let kind: NodeKind
    public let during: HistoricalDate?
    public let edges: [Edge]
    /// The weighted digraph the measures run on (weight = all counts of an edge).
    public let graph: WeightedDigraph
    public let coverage: Coverage
    /// The tallies whose period overlaps the slice (all of them without a slice).
    public let tallies: [Tally]

    /// - Parameters:
    ///   - letters: the messages.
    ///   - contacts: regular contacts and relays.
    ///   - exiles: where people were, to place a sender or recipient whose place a letter omits.
    ///   - tallies: aggregate counts, kept apart.
    ///   - kind: people or places as nodes.
    ///   - during: only what overlaps this period; nil for everything, undated letters included.
    ///   - includeContacts: whether contacts and relays add edges (letters only when false).
    public init(letters: [Letter], contacts: [Contact], exiles: [Exile], tallies: [Tally],
                by kind: NodeKind, during: HistoricalDate? = nil, includeContacts: Bool = true) {
        self.kind = kind
        self.during = during
        var coverage = Coverage()
        var counts: [EdgeKey: (counts: [String: Int], sources: [String])] = [:]
        var order: [EdgeKey] = []
        func add(_ from: String, _ to: String, kind: String, source: String) {
            let key = EdgeKey(from: from, to: to)
            if counts[key] == nil { order.append(key) }
            counts[key, default: ([:], [])].counts[kind, default: 0] += 1
            counts[key]!.sources.append(source)
        }
        let placement = Placement(exiles: exiles)

        for letter in letters {
            if let during {
                guard let date = letter.date else { coverage.undated += 1; continue }
                guard date.overlaps(during) else { continue }
                if !date.lies(within: during) { coverage.partlyInside += 1 }
            }
            let ends: (String, String)?
            switch kind {
            case .person:
                ends = (letter.senderID ?? letter.senderPlaceID).flatMap { from in
                    (letter.recipientID ?? letter.recipientPlaceID).map { (from, $0) }
                }
            case .place:
                ends = (letter.senderPlaceID ?? placement.place(of: letter.senderID, at: letter.date)).flatMap { from in
                    (letter.recipientPlaceID ?? placement.place(of: letter.recipientID, at: letter.date)).map { (from, $0) }
                }
            }
            guard let (from, to) = ends else { coverage.unplaced += 1; continue }
            coverage.letters += 1
            if letter.multiplicity != .one { coverage.batches += 1 }
            add(from, to, kind: letter.kind.rawValue, source: letter.id)
        }

        if includeContacts {
            for contact in contacts {
                if let during, let period = contact.period, !period.overlaps(during) { continue }
                let from = kind == .person ? (contact.fromPersonID ?? contact.fromPlaceID) : contact.fromPlaceID
                let to = kind == .person ? (contact.toPersonID ?? contact.toPlaceID) : contact.toPlaceID
                let via = kind == .person ? (contact.viaPersonID ?? contact.viaPlaceID) : (contact.viaPlaceID ?? contact.viaPersonID)
                coverage.contacts += 1
                if let via {
                    add(from, via, kind: "relay", source: contact.id)
                    add(via, to, kind: "relay", source: contact.id)
                } else {
                    add(from, to, kind: "contact", source: contact.id)
                }
            }
        }

        edges = order.map { Edge(from: $0.from, to: $0.to, counts: counts[$0]!.counts, sources: counts[$0]!.sources) }
        graph = WeightedDigraph(nodes: [], edges: edges.map { (from: $0.from, to: $0.to, weight: Double($0.weight)) })
        self.coverage = coverage
        self.tallies = tallies.filter { tally in during.map { tally.period.overlaps($0) } ?? true }
    }

    /// The tallies of messages sent or received that describe a node: its person's, or in
    /// `.place` mode its place's.
    public func tallies(for node: String) -> [Tally] {
        tallies.filter { tally in
            tally.direction != .other
                && (kind == .person ? tally.personID == node : tally.placeID == node)
        }
    }

    private struct EdgeKey: Hashable {
        var from: String
        var to: String
    }
}

/// Where each person was, from their exiles, to place a letter whose place is not given.
public struct Placement: Sendable {
    private let exiles: [String: [Exile]]

    public init(exiles: [Exile]) {
        self.exiles = Dictionary(grouping: exiles, by: \.personID)
    }

    /// Where a letter's sender (or recipient) was: the letter's own place, else their exile.
    public func place(of letter: Letter, sender: Bool) -> String? {
        sender ? letter.senderPlaceID ?? place(of: letter.senderID, at: letter.date)
               : letter.recipientPlaceID ?? place(of: letter.recipientID, at: letter.date)
    }

    /// The place of the person's one exile overlapping `date` (the narrowest, if several
    /// nest: a house inside a town gives way to the town), or nil.
    public func place(of person: String?, at date: HistoricalDate?) -> String? {
        guard let person, let date, let stays = exiles[person] else { return nil }
        let current = stays.filter { $0.period.overlaps(date) && $0.kind != .residence }
        return current.count == 1 ? current[0].placeID : nil
    }
}
