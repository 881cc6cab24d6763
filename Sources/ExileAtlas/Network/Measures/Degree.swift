/// Centrality measures on a `WeightedDigraph`: who wrote most, who was written to, who lay
/// between, who was close, whose letters mattered.
///
/// Each measure comes as a dictionary keyed by node id and, where it pays, as an index-based
/// `…Values` variant returning an array in `WeightedDigraph.nodes` order (the dictionary
/// versions are thin wrappers; `WeightedDigraph.keyedByNode(_:)` does the pairing).
///
/// Conventions shared by all of them:
/// - weights are letter counts or other positive intensities, never distances; where a measure
///   needs a distance (betweenness, closeness with `weighted: true`) an edge of weight `w` has
///   length `1 / w`;
/// - self-loops count in degree, strength, PageRank and HITS, and are ignored by path measures;
/// - results agree with NetworkX 3.6 (the tests hold its values for several graphs).
public enum Centrality {}

extension Centrality {
    /// In-degree: for each node, how many distinct nodes write to it, `k_in(v) = |{u : u → v}|`.
    ///
    /// Parallel edges were merged when the graph was built, so a pair counts once however many
    /// letters it carried (use `inStrength` for those); a self-loop counts once, as in NetworkX's
    /// `G.in_degree()`.
    ///
    /// - Parameter g: the graph.
    /// - Returns: the in-degree of every node, keyed by node id.
    ///
    /// ```swift
    /// // a → b, c → b
    /// Centrality.inDegree(g)   // ["a": 0, "b": 2, "c": 0]
    /// ```
    ///
    /// Complexity: O(V). Follows Freeman, L. C. (1979). "Centrality in social networks: conceptual
    /// clarification." *Social Networks* 1(3): 215–239 (degree centrality, unnormalised).
    public static func inDegree(_ g: WeightedDigraph) -> [String: Int] {
        g.keyedByNode(inDegreeValues(g))
    }

    /// In-degree in node order (`result[i]` belongs to `g.nodes[i]`); see `inDegree(_:)`.
    public static func inDegreeValues(_ g: WeightedDigraph) -> [Int] {
        rowLengths(g.incoming)
    }

    /// Out-degree: for each node, to how many distinct nodes it writes, `k_out(u) = |{v : u → v}|`.
    ///
    /// - Parameter g: the graph.
    /// - Returns: the out-degree of every node, keyed by node id.
    ///
    /// ```swift
    /// // hub → l1, hub → l2, hub → l3, hub → l4
    /// Centrality.outDegree(g)["hub"]   // 4
    /// ```
    ///
    /// Complexity: O(V). Follows Freeman (1979), *Social Networks* 1(3): 215–239, as `inDegree`.
    public static func outDegree(_ g: WeightedDigraph) -> [String: Int] {
        g.keyedByNode(outDegreeValues(g))
    }

    /// Out-degree in node order; see `outDegree(_:)`.
    public static func outDegreeValues(_ g: WeightedDigraph) -> [Int] {
        rowLengths(g.outgoing)
    }

    /// In-strength: for each node, the total weight written to it, `s_in(v) = Σ_u w(u → v)`
    /// (letters received, when weights count letters). A self-loop's weight counts.
    ///
    /// - Parameter g: the graph.
    /// - Returns: the in-strength of every node, keyed by node id (NetworkX:
    ///   `G.in_degree(weight="weight")`).
    ///
    /// ```swift
    /// // a → b (5), c → b (2)
    /// Centrality.inStrength(g)["b"]   // 7
    /// ```
    ///
    /// Complexity: O(V + E). Follows Barrat, A., Barthélemy, M., Pastor-Satorras, R. & Vespignani, A.
    /// (2004). "The architecture of complex weighted networks." *PNAS* 101(11): 3747–3752; and
    /// Opsahl, T., Agneessens, F. & Skvoretz, J. (2010). "Node centrality in weighted networks:
    /// Generalizing degree and shortest paths." *Social Networks* 32(3): 245–251.
    public static func inStrength(_ g: WeightedDigraph) -> [String: Double] {
        g.keyedByNode(inStrengthValues(g))
    }

    /// In-strength in node order; see `inStrength(_:)`.
    public static func inStrengthValues(_ g: WeightedDigraph) -> [Double] {
        g.incoming.rowSums()
    }

    /// Out-strength: for each node, the total weight it wrote, `s_out(u) = Σ_v w(u → v)`.
    /// A self-loop's weight counts.
    ///
    /// - Parameter g: the graph.
    /// - Returns: the out-strength of every node, keyed by node id (NetworkX:
    ///   `G.out_degree(weight="weight")`).
    ///
    /// ```swift
    /// // a → b (5), a → c (2)
    /// Centrality.outStrength(g)["a"]   // 7
    /// ```
    ///
    /// Complexity: O(V + E). Follows Barrat et al. (2004), *PNAS* 101(11): 3747–3752, and
    /// Opsahl, Agneessens & Skvoretz (2010), *Social Networks* 32(3): 245–251, as `inStrength`.
    public static func outStrength(_ g: WeightedDigraph) -> [String: Double] {
        g.keyedByNode(outStrengthValues(g))
    }

    /// Out-strength in node order; see `outStrength(_:)`.
    public static func outStrengthValues(_ g: WeightedDigraph) -> [Double] {
        g.outgoing.rowSums()
    }

    private static func rowLengths(_ rows: CompressedRows) -> [Int] {
        (0..<(rows.offsets.count - 1)).map { rows.offsets[$0 + 1] - rows.offsets[$0] }
    }
}
