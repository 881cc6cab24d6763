/// Which centrality measure ranks the hubs of a network: the choice `exile hubs --measure`
/// parses, with the computation behind each case (the functions of `Centrality`).
///
/// | case | what it scores | follows |
/// |---|---|---|
/// | `degree` | distinct correspondents, in + out | Freeman (1979) |
/// | `strength` | ties, in + out (messages, contacts, relay hops) | Barrat et al. (2004); Opsahl et al. (2010) |
/// | `betweenness` | shortest paths between others through the node | Brandes (2001); Freeman (1977) |
/// | `closeness` | nearness of the nodes that reach it | Bavelas (1950); Wasserman & Faust (1994) |
/// | `pagerank` | a random reader's share of time | Page, Brin, Motwani & Winograd (1999) |
/// | `hits` | hubs (writing to authorities) and authorities | Kleinberg (1999) |
///
/// Each measure runs on the graph it is given; for the correspondence network that is
/// `CorrespondenceGraph.graph` (messages, contacts and relay hops, self-loops left out).
///
/// ```swift
/// let scores = CentralityMeasure.betweenness.scores(network.graph)
/// let ranked = scores.ranked { names[$0] ?? $0 }
/// ranked.first?.node   // "trotsky"
/// ```
public enum CentralityMeasure: String, Sendable, Hashable, CaseIterable {
    /// Degree, strength, betweenness, closeness, PageRank and HITS: see the table above for what
    /// each scores and the paper it follows.
    case degree, strength, betweenness, closeness, pagerank, hits

    /// One measure's scores for every node: for `hits` the hub scores, with the authority
    /// scores beside them.
    public struct Scores: Sendable {
        /// The measure the scores come from.
        public var measure: CentralityMeasure
        /// Every node of the graph, in the graph's order.
        public var nodes: [String]
        /// The score each node is ranked by (the hub score for `hits`).
        public var values: [String: Double]
        /// The authority scores of `hits`; nil for the other measures.
        public var authorities: [String: Double]?

        /// One node's place in a ranking.
        public struct Ranked: Sendable, Hashable {
            /// 1 for the highest score; equal scores share a rank (1, 2, 2, 4).
            public var rank: Int
            /// The node's id.
            public var node: String
            /// The node's score under the measure (the hub score for `hits`).
            public var score: Double
        }

        /// The nodes from the highest score down; equal scores share a rank and are ordered
        /// by `label`, then by id.
        ///
        /// ```swift
        /// CentralityMeasure.degree.scores(star).ranked { $0 }.map(\.rank)   // [1, 2, 2, 2, 2]
        /// ```
        public func ranked(label: (String) -> String = { $0 }) -> [Ranked] {
            let labels = Dictionary(nodes.map { ($0, label($0)) }, uniquingKeysWith: { first, _ in first })
            let sorted = nodes.sorted { a, b in
                let (x, y) = (values[a] ?? 0, values[b] ?? 0)
                return x != y ? x > y : (labels[a]!, a) < (labels[b]!, b)
            }
            var rank = 0, previous: Double? = nil
            return sorted.enumerated().map { position, node in
                let score = values[node] ?? 0
                if score != previous { rank = position + 1; previous = score }
                return Ranked(rank: rank, node: node, score: score)
            }
        }
    }

    /// What the score is called in a table or a JSON field: the case's name, `hub` for `hits`.
    public var scoreName: String { self == .hits ? "hub" : rawValue }

    /// Whether the scores are whole counts (degree, strength) rather than fractions.
    public var countsWholeTies: Bool { self == .degree || self == .strength }

    /// One short line on what the measure scores and the paper it follows, for help texts
    /// (at most 60 characters).
    public var summary: String {
        switch self {
        case .degree: "distinct correspondents, in + out (Freeman 1979)"
        case .strength: "messages, contacts and relay hops, in + out (Barrat 2004)"
        case .betweenness: "shortest paths between others through it (Brandes 2001)"
        case .closeness: "how near the nodes that reach it are (Bavelas 1950)"
        case .pagerank: "a random reader's share of time at it (Page et al. 1999)"
        case .hits: "hub score, the authority beside it (Kleinberg 1999)"
        }
    }

    /// The measure on `g`.
    ///
    /// - Parameters:
    ///   - g: the graph; weights count ties.
    ///   - weighted: for `betweenness` and `closeness`, take a tie of weight `w` as a path of
    ///     length `1 / w` (more messages, nearer); the other measures use the weights anyway
    ///     (strength, PageRank, HITS) or not at all (degree).
    /// - Returns: every node's score.
    ///
    /// ```swift
    /// // a → b (5), c → b (2)
    /// CentralityMeasure.strength.scores(g).values["b"]   // 7
    /// ```
    public func scores(_ g: WeightedDigraph, weighted: Bool = false) -> Scores {
        var authorities: [String: Double]? = nil
        let values: [String: Double]
        switch self {
        case .degree:
            let din = Centrality.inDegree(g), dout = Centrality.outDegree(g)
            values = Dictionary(uniqueKeysWithValues: g.nodes.map { ($0, Double(din[$0, default: 0] + dout[$0, default: 0])) })
        case .strength:
            let sin = Centrality.inStrength(g), sout = Centrality.outStrength(g)
            values = Dictionary(uniqueKeysWithValues: g.nodes.map { ($0, sin[$0, default: 0] + sout[$0, default: 0]) })
        case .betweenness:
            values = Centrality.betweenness(g, weighted: weighted)
        case .closeness:
            values = Centrality.closeness(g, weighted: weighted)
        case .pagerank:
            values = Centrality.pageRank(g)
        case .hits:
            let result = Centrality.hits(g)
            values = result.hubs
            authorities = result.authorities
        }
        return Scores(measure: self, nodes: g.nodes, values: values, authorities: authorities)
    }
}
