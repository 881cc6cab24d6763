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
/// What counts (the rule, written once):
/// - each message row counts once (a row standing for several or many messages too: see
///   `Coverage.batches`), under its `TieKind`; a contact counts once as `contact`, a relay
///   once on each of its two hops as `relay`. `Counts` keeps messages apart from contacts
///   and relays;
/// - a tie from a node to itself (Trotsky to the head of the local GPU, both at Alma Ata) is a
///   self-loop: it stays in `edges` but is counted apart (`Counts.selfLoops`,
///   `Coverage.selfLoops`), never in a node's messages or contacts out and in;
/// - the measures run on `graph`: messages, contacts and relay hops together, each weighing
///   1 (messages alone with `includeContacts: false`), self-loops left out.
///
/// ```swift
/// let graph = CorrespondenceGraph(letters: letters, contacts: contacts, exiles: exiles,
///                                 tallies: tallies, people: people, by: .place,
///                                 during: try HistoricalDate(parsing: "1928-04/1928-10"))
/// graph.counts(of: "alma-ata").messagesOut
/// let pageRank = Centrality.pageRank(graph.graph)
/// ```
public struct CorrespondenceGraph: Sendable {
    /// One directed edge with its counts per kind of tie (letter 3, telegram 1, relay 1).
    public struct Edge: Sendable, Hashable {
        /// The sending node: a person id in a network by person, a place id in one by place.
        public var from: String
        /// The receiving node, of the same kind as `from`.
        public var to: String
        /// How many ties of each kind.
        public var ties: [TieKind: Int]
        /// The letters (messages) behind the edge, by id, in the order counted.
        public var letterIDs: [String]
        /// The contacts and relays behind the edge, by id (a relay on each of its two hops).
        public var contactIDs: [String]

        /// The letters and contacts behind the edge, by id: letters first.
        public var sources: [String] { letterIDs + contactIDs }

        /// The counts by kind name ("letter": 3, "telegram": 1, "relay": 1), for the exports.
        public var counts: [String: Int] {
            Dictionary(ties.map { ($0.key.name, $0.value) }, uniquingKeysWith: +)
        }
        /// All ties: messages, contacts and relay hops.
        public var weight: Int { ties.values.reduce(0, +) }
        /// The documented messages.
        public var messages: Int { ties.filter { $0.key.isMessage }.values.reduce(0, +) }
        /// The contacts and relay hops.
        public var contacts: Int { weight - messages }
        /// Whether the edge goes from a node to itself.
        public var isSelfLoop: Bool { from == to }
    }

    /// What one node sent and received, kind by kind: the columns of `exile hubs`.
    ///
    /// ```swift
    /// let alma = graph.counts(of: "alma-ata")
    /// (alma.messagesOut, alma.contactsOut, alma.selfLoops)
    /// ```
    public struct Counts: Sendable, Hashable {
        /// Messages to other nodes.
        public var messagesOut = 0
        /// Messages from other nodes.
        public var messagesIn = 0
        /// Contacts and relay hops to other nodes.
        public var contactsOut = 0
        /// Contacts and relay hops from other nodes.
        public var contactsIn = 0
        /// Messages, contacts and relay hops from the node to itself, in none of the above.
        public var selfLoops = 0

        /// Creates counts of zero.
        public init() {}
    }

    /// What went into the graph and what was left out, so a reader can judge the counts.
    public struct Coverage: Sendable, Hashable {
        /// Letters counted (self-loops included); each gives one message per pair of its
        /// sender and addressee nodes.
        public var messages = 0
        /// Of those, letters with several senders or addressees.
        public var multiParty = 0
        /// Messages (sender-addressee node pairs) counted on the edges.
        public var pairs = 0
        /// Of those, messages whose date only overlaps the slice (loosely dated).
        public var partlyInside = 0
        /// Messages left out because they have no date and a slice was asked for.
        public var undated = 0
        /// Messages left out because a sender or recipient could not be placed.
        public var unplaced = 0
        /// Counted rows that stand for several or many messages (each counts once).
        public var batches = 0
        /// Contacts and relays counted (a relay once, though it gives two hops).
        public var contacts = 0
        /// Counted ties (messages, contacts, relay hops) from a node to itself.
        public var selfLoops = 0
    }

    /// People or places as nodes.
    public let mode: NetworkMode
    /// The period the network was sliced to; nil when it holds everything, undated letters
    /// included.
    public let during: HistoricalDate?
    /// Every edge, self-loops included, in the order first met.
    public let edges: [Edge]
    /// The weighted digraph the measures run on: every node, and every edge but the
    /// self-loops, weighing all its ties.
    public let graph: WeightedDigraph
    /// What went into the graph and what was left out (undated, unplaced, self-loops ...).
    public let coverage: Coverage
    /// The tallies whose period overlaps the slice (all of them without a slice).
    public let tallies: [Tally]
    /// Whether contacts and relays were counted.
    public let includesContacts: Bool
    private let nodeKinds: [String: NodeKind]
    private let countsByNode: [String: Counts]

    /// Builds the network from the messages and contacts, counting by the rule above.
    ///
    /// - Parameters:
    ///   - letters: the messages.
    ///   - contacts: regular contacts and relays.
    ///   - exiles: where people were, to place a sender or recipient whose place a letter
    ///     omits (by `Placement`), when no `placement` is given.
    ///   - tallies: aggregate counts, kept apart.
    ///   - people: the person rows, to tell groups from individuals (`NodeKind`); a person id
    ///     missing here counts as a person.
    ///   - mode: people or places as nodes.
    ///   - during: only what overlaps this period; nil for everything, undated letters included.
    ///   - includeContacts: whether contacts and relays add edges (messages only when false).
    ///   - placement: the whereabouts rule over stays and attestations (``Atlas/placement()``);
    ///     by default, over `exiles` alone.
    public init(letters: [Letter], contacts: [Contact], exiles: [Exile], tallies: [Tally], people: [Person] = [],
                by mode: NetworkMode, during: HistoricalDate? = nil, includeContacts: Bool = true,
                placement: Placement? = nil) {
        self.mode = mode
        self.during = during
        self.includesContacts = includeContacts
        let groups = Set(people.filter { NodeKind($0.kind) == .group }.map(\.id))
        var kinds: [String: NodeKind] = [:]
        // The node a party stands for: the person (else the place) by person, the place by
        // place; a relay through a person of no known place is that person in both modes.
        func node(person: String?, place: String?, personIfNoPlace: Bool = false) -> String? {
            let id = mode == .person || personIfNoPlace ? person ?? place : place
            if let id, kinds[id] == nil {
                kinds[id] = id == person ? (groups.contains(id) ? .group : .person) : .place
            }
            return id
        }
        var coverage = Coverage()
        var ties: [EdgeKey: (ties: [TieKind: Int], letters: [String], contacts: [String])] = [:]
        var order: [EdgeKey] = []
        func add(_ from: String, _ to: String, _ kind: TieKind, source: String) {
            let key = EdgeKey(from: from, to: to)
            if ties[key] == nil { order.append(key) }
            ties[key, default: ([:], [], [])].ties[kind, default: 0] += 1
            if kind.isMessage { ties[key]!.letters.append(source) } else { ties[key]!.contacts.append(source) }
            if from == to { coverage.selfLoops += 1 }
        }
        let placement = placement ?? Placement(exiles: exiles)

        for letter in letters {
            if let during {
                guard let date = letter.date else { coverage.undated += 1; continue }
                guard date.overlaps(during) else { continue }
                if !date.lies(within: during) { coverage.partlyInside += 1 }
            }
            // One message per pair of sender and addressee nodes: a telegram to Kalinin and
            // Menzhinsky is two messages between people, one between Alma Ata and Moscow.
            let froms = letter.senders.compactMap { node(person: $0.personID, place: placement.place(of: $0, in: letter)) }
            let tos = letter.addressees.compactMap { node(person: $0.personID, place: placement.place(of: $0, in: letter)) }
            var pairs: [EdgeKey] = []
            for from in froms {
                for to in tos where !pairs.contains(EdgeKey(from: from, to: to)) { pairs.append(EdgeKey(from: from, to: to)) }
            }
            guard !pairs.isEmpty else { coverage.unplaced += 1; continue }
            coverage.messages += 1
            coverage.pairs += pairs.count
            if letter.senders.count > 1 || letter.addressees.count > 1 { coverage.multiParty += 1 }
            if letter.multiplicity != .one { coverage.batches += 1 }
            for pair in pairs { add(pair.from, pair.to, .message(letter.kind), source: letter.id) }
        }

        if includeContacts {
            for contact in contacts {
                if let during, let period = contact.period, !period.overlaps(during) { continue }
                let from = node(person: contact.fromPersonID, place: contact.fromPlaceID)!
                let to = node(person: contact.toPersonID, place: contact.toPlaceID)!
                coverage.contacts += 1
                let via = mode == .person ? node(person: contact.viaPersonID, place: contact.viaPlaceID)
                    : contact.viaPlaceID.map { node(person: nil, place: $0)! }
                        ?? node(person: contact.viaPersonID, place: nil, personIfNoPlace: true)
                if let via {
                    add(from, via, .relay, source: contact.id)
                    add(via, to, .relay, source: contact.id)
                } else {
                    add(from, to, .contact, source: contact.id)
                }
            }
        }

        edges = order.map { Edge(from: $0.from, to: $0.to, ties: ties[$0]!.ties, letterIDs: ties[$0]!.letters,
                                 contactIDs: ties[$0]!.contacts) }
        var counts: [String: Counts] = [:]
        for edge in edges {
            if edge.isSelfLoop {
                counts[edge.from, default: Counts()].selfLoops += edge.weight
            } else {
                counts[edge.from, default: Counts()].messagesOut += edge.messages
                counts[edge.from, default: Counts()].contactsOut += edge.contacts
                counts[edge.to, default: Counts()].messagesIn += edge.messages
                counts[edge.to, default: Counts()].contactsIn += edge.contacts
            }
        }
        countsByNode = counts
        nodeKinds = kinds
        graph = WeightedDigraph(nodes: order.flatMap { [$0.from, $0.to] },
                                edges: edges.filter { !$0.isSelfLoop }.map { (from: $0.from, to: $0.to, weight: Double($0.weight)) })
        self.coverage = coverage
        self.tallies = tallies.filter { tally in during.map { tally.period.overlaps($0) } ?? true }
    }

    /// What `node` sent and received: messages apart from contacts and relays, self-loops apart.
    ///
    /// ```swift
    /// graph.counts(of: "alma-ata").contactsOut   // the regular contacts and relays from Alma Ata
    /// ```
    public func counts(of node: String) -> Counts {
        countsByNode[node] ?? Counts()
    }

    /// The letters and contacts behind `node`'s counts out and in, by id, each once, in the
    /// order of its edges: the ties of its edges to other nodes (its self-loops are counted
    /// apart, so they are not here). The evidence of a hub's row.
    ///
    /// ```swift
    /// graph.sources(of: "alma-ata").letterIDs   // ["l02-protest-february", ...]
    /// ```
    public func sources(of node: String) -> (letterIDs: [String], contactIDs: [String]) {
        var letters: [String] = [], contacts: [String] = [], seen: Set<String> = []
        for edge in edges where !edge.isSelfLoop && (edge.from == node || edge.to == node) {
            for id in edge.letterIDs where seen.insert("l:" + id).inserted { letters.append(id) }
            for id in edge.contactIDs where seen.insert("c:" + id).inserted { contacts.append(id) }
        }
        return (letters, contacts)
    }

    /// Whether `node` is a person, a group or a place (`NodeKind`); an id not in the graph
    /// is taken for a place in `.place` mode and a person in `.person` mode.
    ///
    /// ```swift
    /// people.kind(of: "colonies")   // .group
    /// ```
    public func kind(of node: String) -> NodeKind {
        nodeKinds[node] ?? (mode == .place ? .place : .person)
    }

    /// The tallies of messages sent or received that describe a node: its person's, or in
    /// `.place` mode its place's.
    public func tallies(for node: String) -> [Tally] {
        tallies.filter { tally in
            tally.direction != .other
                && (mode == .person ? tally.personID == node : tally.placeID == node)
        }
    }

    private struct EdgeKey: Hashable {
        var from: String
        var to: String
    }
}
