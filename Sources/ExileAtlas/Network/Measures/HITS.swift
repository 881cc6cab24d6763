extension Centrality {
    /// Hubs and authorities: a good hub writes (much) to good authorities, a good authority is
    /// written to (much) by good hubs. In the correspondence network the hubs are the organisers
    /// who kept many comrades informed, the authorities those whose views everyone sought.
    ///
    /// With `A` the weighted adjacency matrix (`A[u][v] = w(u → v)`, self-loops included):
    ///
    /// `a ← Aᵀ h`,  `h ← A a`,  each rescaled to sum 1,
    ///
    /// iterated from `h = 1/n` until the L1 change of hubs plus authorities falls below
    /// `tolerance`. The fixed point is the principal singular pair of `A`: `h` is the leading
    /// eigenvector of `A Aᵀ`, `a` of `Aᵀ A`, and `h ∝ A a`. This is `nx.hits(G)` (which reads the
    /// `weight` attribute and returns both vectors normalised to sum 1); NetworkX finds the same
    /// vectors with a sparse SVD (ARPACK) rather than power iteration.
    ///
    /// When the leading singular value is shared (say, two disconnected stars of the same size),
    /// the scores are not unique: power iteration from the uniform start returns one valid answer,
    /// ARPACK may return another. A graph without edges gives every node `1/n` for both.
    ///
    /// - Parameters:
    ///   - g: the graph; weights are the link intensities.
    ///   - tolerance: stop when the L1 change of one iteration (hubs + authorities) is below this.
    ///   - maxIterations: stop after this many even if not converged; see `hitsValues` to check.
    /// - Returns: hub and authority scores, keyed by node id, each summing to 1.
    ///
    /// ```swift
    /// // centre → l1, l2, l3, l4: A Aᵀ has a single non-zero entry, the centre's.
    /// let (hubs, authorities) = Centrality.hits(star)
    /// hubs["centre"]        // 1 (every leaf 0)
    /// authorities["l1"]     // 0.25 (the centre 0)
    /// ```
    ///
    /// Complexity: O(V + E) per iteration; the number of iterations grows with `1 / log(σ₁/σ₂)²`
    /// (the gap between the two largest singular values of `A`). O(V) extra memory.
    ///
    /// Follows Kleinberg, J. M. (1999). "Authoritative sources in a hyperlinked environment."
    /// *Journal of the ACM* 46(5): 604–632 (doi:10.1145/324133.324140).
    public static func hits(_ g: WeightedDigraph, tolerance: Double = 1e-10,
                            maxIterations: Int = 1000) -> (hubs: [String: Double], authorities: [String: Double]) {
        let result = hitsValues(g, tolerance: tolerance, maxIterations: maxIterations)
        return (g.keyedByNode(result.hubs), g.keyedByNode(result.authorities))
    }

    /// Hubs and authorities in node order (`hubs[i]` belongs to `g.nodes[i]`), with the number of
    /// iterations run and whether the change fell below `tolerance`; see `hits(_:tolerance:maxIterations:)`.
    public static func hitsValues(_ g: WeightedDigraph, tolerance: Double = 1e-10, maxIterations: Int = 1000)
        -> (hubs: [Double], authorities: [Double], iterations: Int, converged: Bool) {
        precondition(maxIterations >= 1, "at least one iteration")
        let n = g.nodeCount
        guard n > 0 else { return ([], [], 0, true) }
        guard g.edgeCount > 0 else {
            let uniform = [Double](repeating: 1 / Double(n), count: n)
            return (uniform, uniform, 0, true)
        }
        var hubs = [Double](repeating: 1 / Double(n), count: n)
        var authorities = [Double](repeating: 0, count: n)
        var nextHubs = [Double](repeating: 0, count: n)
        var nextAuthorities = [Double](repeating: 0, count: n)
        for iteration in 1...maxIterations {
            authorityStep(g, hubs: hubs, into: &nextAuthorities)
            hubStep(g, authorities: nextAuthorities, into: &nextHubs)
            let change = l1Distance(hubs, nextHubs) + l1Distance(authorities, nextAuthorities)
            swap(&hubs, &nextHubs)
            swap(&authorities, &nextAuthorities)
            if change < tolerance { return (hubs, authorities, iteration, true) }
        }
        return (hubs, authorities, maxIterations, false)
    }

    /// `a(v) = Σ_{u → v} w(u → v) · h(u)` (`a = Aᵀ h`, along the in-edges), rescaled to sum 1.
    private static func authorityStep(_ g: WeightedDigraph, hubs: [Double], into authorities: inout [Double]) {
        g.incoming.multiply(hubs, into: &authorities)
        rescaleToUnitSum(&authorities)
    }

    /// `h(u) = Σ_{u → v} w(u → v) · a(v)` (`h = A a`, along the out-edges), rescaled to sum 1.
    private static func hubStep(_ g: WeightedDigraph, authorities: [Double], into hubs: inout [Double]) {
        g.outgoing.multiply(authorities, into: &hubs)
        rescaleToUnitSum(&hubs)
    }

    private static func rescaleToUnitSum(_ values: inout [Double]) {
        let sum = values.reduce(0, +)
        let inverse = 1 / sum   // > 0: the graph has an edge and every score starts positive
        for i in values.indices { values[i] *= inverse }
    }
}
