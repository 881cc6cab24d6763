import Testing
@testable import ExileAtlas

// Tests of the correspondence-network measures (Sources/ExileAtlas/Network): the graph type,
// small graphs worked by hand, and three larger graphs against NetworkX 3.6.1.

// MARK: - Helpers

/// A graph from unlabelled `(from, to, weight)` triples.
private func digraph(_ edges: [(String, String, Double)], nodes: [String] = []) -> WeightedDigraph {
    WeightedDigraph(nodes: nodes, edges: edges.map { (from: $0.0, to: $0.1, weight: $0.2) })
}

/// Every expected node is present and within `tolerance`; with `complete`, no other node is.
private func expectClose(_ actual: [String: Double], _ expected: [String: Double], within tolerance: Double,
                         complete: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
    if complete {
        #expect(Set(actual.keys) == Set(expected.keys), sourceLocation: sourceLocation)
    }
    for (node, value) in expected.sorted(by: { $0.key < $1.key }) {
        let got = actual[node] ?? .nan
        #expect(abs(got - value) < tolerance, "\(node): got \(got), expected \(value)", sourceLocation: sourceLocation)
    }
}

/// The same value for every node.
private func uniform(_ nodes: [String], _ value: Double) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: nodes.map { ($0, value) })
}

/// A pseudo-random multigraph that Python can rebuild: a 64-bit LCG with Knuth's MMIX constants,
/// three draws per edge (`from`, `to`, weight 1...9); repeats and self-loops are left in.
private func lcgGraph(nodes n: Int, edges m: Int, seed: UInt64) -> WeightedDigraph {
    var state = seed
    func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33)
    }
    let names = (0..<n).map { "v" + String(repeating: "0", count: max(0, 3 - String($0).count)) + String($0) }
    var edges: [(from: String, to: String, weight: Double)] = []
    for _ in 0..<m {
        let u = next() % n, v = next() % n, w = 1 + next() % 9
        edges.append((names[u], names[v], Double(w)))
    }
    return WeightedDigraph(nodes: names, edges: edges)
}

// MARK: - The graph type

@Suite("WeightedDigraph") struct WeightedDigraphTests {
    @Test func parallelEdgesAddAndCountOnce() {
        let g = digraph([("a", "b", 2), ("a", "b", 3), ("b", "a", 1)])
        #expect(g.weight(from: "a", to: "b") == 5)
        #expect(g.weight(from: "b", to: "a") == 1)
        #expect(g.edgeCount == 2)
        #expect(Centrality.outDegree(g) == ["a": 1, "b": 1])
        #expect(Centrality.outStrength(g) == ["a": 5, "b": 1])
        #expect(Centrality.inStrength(g) == ["a": 1, "b": 5])
    }

    @Test func nodeOrderIsGivenThenFirstNamedAndRepeatsAreDropped() {
        let g = digraph([("x", "a", 1), ("y", "z", 1), ("z", "x", 1)], nodes: ["a", "b", "a"])
        #expect(g.nodes == ["a", "b", "x", "y", "z"])
        #expect(g.nodeCount == 5)
        #expect(g.index(of: "x") == 2)
        #expect(g.index(of: "nobody") == nil)
        #expect(g.weight(from: "a", to: "x") == nil)
        #expect(g.weight(from: "nobody", to: "x") == nil)
        // Values of the index-based variants come in that order.
        #expect(Centrality.inDegreeValues(g) == [1, 0, 1, 0, 1])
        #expect(Centrality.outDegreeValues(g) == [0, 0, 1, 1, 1])
    }

    @Test func successorsAndPredecessorsInNodeOrder() {
        let g = digraph([("a", "d", 4), ("a", "b", 1), ("c", "b", 2), ("a", "c", 3)], nodes: ["a", "b", "c", "d"])
        #expect(g.successors(of: "a").map(\.node) == ["b", "c", "d"])
        #expect(g.successors(of: "a").map(\.weight) == [1, 3, 4])
        #expect(g.predecessors(of: "b").map(\.node) == ["a", "c"])
        #expect(g.predecessors(of: "b").map(\.weight) == [1, 2])
        #expect(g.successors(of: "d").isEmpty)
        #expect(g.predecessors(of: "nobody").isEmpty)
    }

    /// A self-loop (a letter kept within the colony) counts in degree and strength, as in NetworkX's
    /// `G.in_degree()` / `G.out_degree(weight=...)`, but changes no path measure.
    @Test func selfLoopsCountInStrengthButNotInPaths() {
        let plain = [("a", "b", 1.0), ("b", "c", 2.0), ("c", "a", 1.0), ("a", "c", 3.0)]
        let withLoop = digraph(plain + [("a", "a", 4)])
        let without = digraph(plain)
        #expect(withLoop.edgeCount == 5)
        #expect(withLoop.weight(from: "a", to: "a") == 4)
        #expect(Centrality.outStrength(withLoop)["a"] == 8)   // 1 + 3 + 4
        #expect(Centrality.inStrength(withLoop)["a"] == 5)    // 1 + 4
        #expect(Centrality.outDegree(withLoop)["a"] == 3)
        #expect(Centrality.inDegree(withLoop)["a"] == 2)
        for weighted in [false, true] {
            #expect(Centrality.betweenness(withLoop, weighted: weighted) == Centrality.betweenness(without, weighted: weighted))
            #expect(Centrality.closeness(withLoop, weighted: weighted) == Centrality.closeness(without, weighted: weighted))
        }
        // PageRank does follow the loop: a keeps more of its own rank.
        #expect(Centrality.pageRank(withLoop)["a"]! > Centrality.pageRank(without)["a"]! + 0.01)
    }

    @Test func reversedTurnsEveryEdgeRound() {
        let g = digraph([("a", "b", 2), ("b", "c", 3), ("c", "c", 1)], nodes: ["c", "b", "a"])
        let r = g.reversed()
        #expect(r.nodes == g.nodes)
        #expect(r.weight(from: "b", to: "a") == 2)
        #expect(r.weight(from: "c", to: "b") == 3)
        #expect(r.weight(from: "a", to: "b") == nil)
        #expect(r.weight(from: "c", to: "c") == 1)
        #expect(Centrality.inDegree(r) == Centrality.outDegree(g))
        #expect(Centrality.outStrength(r) == Centrality.inStrength(g))
        #expect(r.reversed().edges.map { "\($0.from)>\($0.to):\($0.weight)" } == g.edges.map { "\($0.from)>\($0.to):\($0.weight)" })
    }

    @Test func undirectedAddsTheTwoDirections() {
        let g = digraph([("a", "b", 2), ("b", "a", 3), ("b", "c", 1), ("c", "c", 2)])
        let u = g.undirected()
        #expect(u.nodes == ["a", "b", "c"])
        #expect(u.edges.map { "\($0.from)>\($0.to):\($0.weight)" } == ["a>b:5.0", "b>a:5.0", "b>c:1.0", "c>b:1.0", "c>c:2.0"])
        #expect(u.edgeCount == 5)
    }

    @Test func subgraphKeepsTheEdgesInside() {
        let g = digraph([("a", "b", 2), ("b", "c", 3), ("c", "a", 1), ("c", "d", 5), ("d", "d", 1)])
        let s = g.subgraph(["d", "c", "b", "nobody"])
        #expect(s.nodes == ["b", "c", "d"])
        #expect(s.edges.map { "\($0.from)>\($0.to):\($0.weight)" } == ["b>c:3.0", "c>d:5.0", "d>d:1.0"])
        #expect(s.index(of: "a") == nil)
        #expect(g.subgraph([]).nodeCount == 0)
    }

    @Test func emptyAndEdgelessGraphs() {
        let empty = WeightedDigraph(nodes: [], edges: [])
        #expect(Centrality.betweenness(empty).isEmpty)
        #expect(Centrality.closeness(empty, weighted: true).isEmpty)
        #expect(Centrality.pageRank(empty).isEmpty)
        #expect(Centrality.hits(empty).hubs.isEmpty)
        let lonely = WeightedDigraph(nodes: ["tara", "narym"], edges: [])
        #expect(Centrality.betweenness(lonely) == ["tara": 0, "narym": 0])
        #expect(Centrality.closeness(lonely) == ["tara": 0, "narym": 0])
        #expect(Centrality.pageRank(lonely) == ["tara": 0.5, "narym": 0.5])
        #expect(Centrality.hits(lonely).authorities == ["tara": 0.5, "narym": 0.5])
    }

    /// The row ranges that spread PageRank and HITS products over the cores cover every row once.
    @Test func balancedRangesCoverEveryRow() {
        let g = lcgGraph(nodes: 97, edges: 500, seed: 7)
        for parts in [1, 2, 3, 8, 200] {
            let ranges = g.incoming.balancedRanges(parts: parts)
            #expect(ranges.first?.lowerBound == 0)
            #expect(ranges.last?.upperBound == 97)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(ranges.allSatisfy { !$0.isEmpty })
        }
    }

    /// The parallel matrix-vector product (used from 200,000 edges up) equals a plain serial one.
    @Test func parallelProductMatchesSerial() {
        let g = lcgGraph(nodes: 5_000, edges: 210_000, seed: 11)
        #expect(g.edgeCount >= 200_000)
        let x = (0..<g.nodeCount).map { Double($0 % 17) / 17 }
        var product = [Double](repeating: 0, count: g.nodeCount)
        g.incoming.multiply(x, into: &product)
        var serial = [Double](repeating: 0, count: g.nodeCount)
        for edge in g.edges {
            serial[g.index(of: edge.to)!] += edge.weight * x[g.index(of: edge.from)!]
        }
        let worst = zip(product, serial).map { abs($0 - $1) / max(1, abs($1)) }.max()!
        #expect(worst < 1e-12)
    }
}

// MARK: - Hand-worked graphs

@Suite("Centrality on hand-worked graphs") struct HandWorkedCentralityTests {
    /// a → b → c → d, unit weights.
    private let path = digraph([("a", "b", 1), ("b", "c", 1), ("c", "d", 1)])

    /// Ordered pairs joined by a path: ab, ac, ad, bc, bd, cd, one shortest path each. b is inside
    /// a→c and a→d (2), c inside a→d and b→d (2), a and d inside none. Normalised by
    /// (n − 1)(n − 2) = 3 · 2 = 6: 2/6 = 1/3. Weights do not change which paths are shortest here.
    @Test func pathBetweenness() {
        #expect(Centrality.betweenness(path, normalized: false) == ["a": 0, "b": 2, "c": 2, "d": 0])
        expectClose(Centrality.betweenness(path), ["a": 0, "b": 1.0 / 3, "c": 1.0 / 3, "d": 0], within: 1e-15)
        expectClose(Centrality.betweenness(path, weighted: true), ["a": 0, "b": 1.0 / 3, "c": 1.0 / 3, "d": 0], within: 1e-15)
        #expect(Centrality.betweennessValues(path, normalized: false) == [0, 2, 2, 0])
    }

    @Test func pathDegree() {
        #expect(Centrality.inDegree(path) == ["a": 0, "b": 1, "c": 1, "d": 1])
        #expect(Centrality.outDegree(path) == ["a": 1, "b": 1, "c": 1, "d": 0])
        #expect(Centrality.inStrength(path) == ["a": 0, "b": 1, "c": 1, "d": 1])
    }

    /// Distances *to* each node, C = ((r−1)/D)·((r−1)/(n−1)) with n = 4:
    /// a: nobody reaches it → 0. b: a at 1 → (1/1)(1/3) = 1/3. c: b at 1, a at 2, D = 3 →
    /// (2/3)(2/3) = 4/9. d: c, b, a at 1, 2, 3, D = 6 → (3/6)(3/3) = 1/2.
    /// With every weight 2, each edge has length 1/2, so D halves and C doubles: 2/3, 8/9, 1.
    @Test func pathCloseness() {
        expectClose(Centrality.closeness(path), ["a": 0, "b": 1.0 / 3, "c": 4.0 / 9, "d": 0.5], within: 1e-15)
        let heavy = digraph([("a", "b", 2), ("b", "c", 2), ("c", "d", 2)])
        expectClose(Centrality.closeness(heavy, weighted: true), ["a": 0, "b": 2.0 / 3, "c": 8.0 / 9, "d": 1], within: 1e-15)
        // Unweighted closeness ignores the weights.
        expectClose(Centrality.closeness(heavy), ["a": 0, "b": 1.0 / 3, "c": 4.0 / 9, "d": 0.5], within: 1e-15)
    }

    /// centre → l1, l2, l3, l4 (weight 1 each).
    private let star = digraph([("centre", "l1", 1), ("centre", "l2", 1), ("centre", "l3", 1), ("centre", "l4", 1)])
    private let leaves = ["l1", "l2", "l3", "l4"]

    @Test func starDegree() {
        #expect(Centrality.outDegree(star) == ["centre": 4, "l1": 0, "l2": 0, "l3": 0, "l4": 0])
        #expect(Centrality.inDegree(star) == ["centre": 0, "l1": 1, "l2": 1, "l3": 1, "l4": 1])
        #expect(Centrality.betweenness(star) == uniform(star.nodes, 0))
    }

    /// A has one non-zero row (the centre's), so A Aᵀ = diag(4, 0, 0, 0, 0): every bit of hub score
    /// is the centre's, and a = Aᵀh puts 1/4 on each leaf. With weights 1, 1, 2, 4 the authorities
    /// follow the weights: 1/8, 1/8, 2/8, 4/8.
    @Test func starHITS() {
        let (hubs, authorities) = Centrality.hits(star)
        expectClose(hubs, ["centre": 1, "l1": 0, "l2": 0, "l3": 0, "l4": 0], within: 1e-15)
        expectClose(authorities, ["centre": 0, "l1": 0.25, "l2": 0.25, "l3": 0.25, "l4": 0.25], within: 1e-15)
        let weightedStar = digraph([("centre", "l1", 1), ("centre", "l2", 1), ("centre", "l3", 2), ("centre", "l4", 4)])
        let weightedResult = Centrality.hits(weightedStar)
        expectClose(weightedResult.hubs, ["centre": 1, "l1": 0, "l2": 0, "l3": 0, "l4": 0], within: 1e-15)
        expectClose(weightedResult.authorities, ["centre": 0, "l1": 0.125, "l2": 0.125, "l3": 0.25, "l4": 0.5], within: 1e-15)
    }

    /// Leaves are dangling; by symmetry each has x_l and 4x_l = 1 − x_c. Nothing links to the
    /// centre, so it gets only the dangling share and the jump: x_c = 0.85 · (1 − x_c)/5 + 0.15/5,
    /// 1.17 x_c = 0.2, x_c = 20/117; x_l = (1 − 20/117)/4 = 97/468. (Check: 0.85 · (x_c/4 +
    /// (1 − x_c)/5) + 0.03 = 0.85 · 122/585 + 0.03 = 97/468.)
    @Test func starPageRank() {
        let expected = ["centre": 20.0 / 117, "l1": 97.0 / 468, "l2": 97.0 / 468, "l3": 97.0 / 468, "l4": 97.0 / 468]
        // The default tolerance (L1 change < 1e-10) leaves an error of a few 1e-11 …
        expectClose(Centrality.pageRank(star), expected, within: 1e-9)
        // … and iterating further reaches the fixed point to rounding.
        expectClose(Centrality.pageRank(star, tolerance: 1e-15), expected, within: 1e-14)
    }

    /// a → b → c → a. PageRank: the transition matrix permutes the nodes, so the uniform start is
    /// already the fixed point: 1/3 each. Betweenness: b is inside a→c, c inside b→a, a inside c→b:
    /// 1 each, normalised by 2 · 1: 1/2. Closeness: each node reached by the others at 1 and 2:
    /// (2/3)(2/2) = 2/3. HITS: A Aᵀ = I, so every singular value is 1 and the scores are not unique;
    /// power iteration from the uniform start stays there: 1/3 each.
    @Test func threeCycle() {
        let cycle = digraph([("a", "b", 1), ("b", "c", 1), ("c", "a", 1)])
        let nodes = ["a", "b", "c"]
        expectClose(Centrality.pageRank(cycle), uniform(nodes, 1.0 / 3), within: 1e-15)
        let result = Centrality.pageRankValues(cycle)
        #expect(result.converged && result.iterations == 1)
        expectClose(Centrality.betweenness(cycle), uniform(nodes, 0.5), within: 1e-15)
        expectClose(Centrality.betweenness(cycle, weighted: true), uniform(nodes, 0.5), within: 1e-15)
        expectClose(Centrality.closeness(cycle), uniform(nodes, 2.0 / 3), within: 1e-15)
        expectClose(Centrality.hits(cycle).hubs, uniform(nodes, 1.0 / 3), within: 1e-15)
    }

    /// The complete digraph on four nodes: every pair joined directly, so no node lies between any
    /// two (betweenness 0), and each is reached by all three others at distance 1: (3/3)(3/3) = 1.
    /// Symmetry gives PageRank and HITS 1/4 each.
    @Test func completeDigraphK4() {
        let nodes = ["a", "b", "c", "d"]
        var edges: [(String, String, Double)] = []
        for u in nodes { for v in nodes where u != v { edges.append((u, v, 1)) } }
        let k4 = digraph(edges)
        #expect(k4.edgeCount == 12)
        #expect(Centrality.betweenness(k4) == uniform(nodes, 0))
        #expect(Centrality.betweenness(k4, weighted: true) == uniform(nodes, 0))
        #expect(Centrality.closeness(k4) == uniform(nodes, 1))
        #expect(Centrality.closeness(k4, weighted: true) == uniform(nodes, 1))
        #expect(Centrality.inDegree(k4) == ["a": 3, "b": 3, "c": 3, "d": 3])
        expectClose(Centrality.pageRank(k4), uniform(nodes, 0.25), within: 1e-15)
        let (hubs, authorities) = Centrality.hits(k4)
        expectClose(hubs, uniform(nodes, 0.25), within: 1e-15)
        expectClose(authorities, uniform(nodes, 0.25), within: 1e-15)
    }

    /// a → b, b dangling: its rank is spread over both. x_a = 0.85 · x_b/2 + 0.075,
    /// x_b = 0.85 · (x_a + x_b/2) + 0.075, x_a + x_b = 1 ⇒ x_a = 0.425(1 − x_a) + 0.075,
    /// 1.425 x_a = 0.5, x_a = 20/57, x_b = 37/57. Closeness of b: reached by a at 1: (1/1)(1/1) = 1.
    @Test func danglingNodePageRank() {
        let g = digraph([("a", "b", 3)])
        expectClose(Centrality.pageRank(g), ["a": 20.0 / 57, "b": 37.0 / 57], within: 1e-9)
        expectClose(Centrality.pageRank(g, tolerance: 1e-15), ["a": 20.0 / 57, "b": 37.0 / 57], within: 1e-14)
        let sum = Centrality.pageRankValues(g).values.reduce(0, +)
        #expect(abs(sum - 1) < 1e-15)
        #expect(Centrality.closeness(g) == ["a": 0, "b": 1])
        // Other damping factors: x_a = (1 − α)/2 + α x_b/2 with α = 0.5: x_a = 1/4 + (1 − x_a)/4 ⇒ x_a = 2/5.
        expectClose(Centrality.pageRank(g, damping: 0.5, tolerance: 1e-15), ["a": 0.4, "b": 0.6], within: 1e-14)
    }

    /// More letters make a shorter tie: a → b with 1 letter has length 1, a → c → b with 4 letters
    /// each has length 1/4 + 1/4 = 1/2, so weighted, the route runs through c (raw 1 for the one
    /// pair a→b); unweighted, a → b is one hop and c lies on nothing.
    @Test func strongerTiesAreShorterPaths() {
        let g = digraph([("a", "b", 1), ("a", "c", 4), ("c", "b", 4)])
        #expect(Centrality.betweenness(g, weighted: true, normalized: false) == ["a": 0, "b": 0, "c": 1])
        #expect(Centrality.betweenness(g, weighted: false, normalized: false) == ["a": 0, "b": 0, "c": 0])
    }

    /// a → b (10 letters), b → c (15), a → c (6): lengths 1/10 + 1/15 = 1/6 exactly, a tie, so a→c
    /// has two shortest paths and b lies on one: raw 1/2. In binary floating point
    /// 0.1 + 0.0666…67 = 0.16666666666666669 ≠ 0.16666666666666666, and NetworkX (exact `==`) keeps
    /// only the direct path and gives b 0; with `Fraction` distances it gives 1/2, as here.
    /// With 5 letters on a → c (1/5 > 1/6) the route via b is the only shortest: 1; with 7
    /// (1/7 < 1/6) the direct one is: 0.
    @Test func weightedTiesUseRelativeTolerance() {
        func bValue(_ direct: Double) -> Double? {
            Centrality.betweenness(digraph([("a", "b", 10), ("b", "c", 15), ("a", "c", direct)]),
                                   weighted: true, normalized: false)["b"]
        }
        let viaB: Double = 1.0 / 10 + 1.0 / 15, direct: Double = 1.0 / 6
        #expect(viaB != direct)   // the premise: floats miss this tie
        #expect(bValue(6) == 0.5)
        #expect(bValue(5) == 1)
        #expect(bValue(7) == 0)
    }
}

// MARK: - Against NetworkX 3.6.1

/*
 The reference values below were produced by NetworkX 3.6.1 (Python 3, NumPy, SciPy) with these
 calls, for each graph's `nodes` and `edges` as listed in this file, rounded to 12 decimals:

     import random
     from fractions import Fraction
     import networkx as nx

     def graph(nodes, edges, exact=False):
         G = nx.DiGraph(); G.add_nodes_from(nodes)
         for u, v, w in edges:                       # parallel edges add
             w = w + (G[u][v]["weight"] if G.has_edge(u, v) else 0)
             G.add_edge(u, v, weight=w, dist=(Fraction(1, w) if exact else 1 / w))
         return G

     G, Gx = graph(nodes, edges), graph(nodes, edges, exact=True)
     betweenness         = nx.betweenness_centrality(G, normalized=True)
     betweennessRaw      = nx.betweenness_centrality(G, normalized=False)
     betweennessWeighted = nx.betweenness_centrality(Gx, normalized=True, weight="dist")
     closeness           = nx.closeness_centrality(G)
     closenessWeighted   = nx.closeness_centrality(G, distance="dist")
     pageRank            = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-15, max_iter=10000)
     hubs, authorities   = nx.hits(G, max_iter=10000, tol=1e-14)
     inDegree, outDegree = dict(G.in_degree()), dict(G.out_degree())
     inStrength          = dict(G.in_degree(weight="weight"))
     outStrength         = dict(G.out_degree(weight="weight"))

 Notes on the calls:
 - Distances are 1/weight, passed as an edge attribute, because NetworkX reads `weight=` as a
   distance. Weighted betweenness uses exact `Fraction` distances so that equal routes tie (see
   `weightedTiesUseRelativeTolerance`); for the correspondence and random graphs the float and
   exact results are identical, for the LCG graph they differ by up to 1.9e-4 (v197: float
   0.016464276896, exact 0.016279095868; this library gives the exact one).
 - PageRank with the default `tol=1e-06` stops early (L1 change < 1e-6 · n): its values differ from
   the converged ones by up to 1.4e-6 here, so the reference is computed to `tol=1e-15`.
 - `nx.hits` with its defaults agrees with the tight call and with a dense SVD to 1e-15.
 */

@Suite("Centrality against NetworkX 3.6.1") struct NetworkXReferenceTests {
    /// Checks every measure of `Reference` on `g` (PageRank and HITS to 1e-8, the rest to 1e-9).
    private func checkAll(_ g: WeightedDigraph, _ ref: any Reference.Type, complete: Bool = true,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        expectClose(Centrality.betweenness(g), ref.betweenness, within: 1e-9, complete: complete, sourceLocation: sourceLocation)
        expectClose(Centrality.betweenness(g, normalized: false), ref.betweennessRaw, within: 1e-9, complete: complete, sourceLocation: sourceLocation)
        expectClose(Centrality.betweenness(g, weighted: true), ref.betweennessWeighted, within: 1e-9, complete: complete, sourceLocation: sourceLocation)
        expectClose(Centrality.closeness(g), ref.closeness, within: 1e-9, complete: complete, sourceLocation: sourceLocation)
        expectClose(Centrality.closeness(g, weighted: true), ref.closenessWeighted, within: 1e-9, complete: complete, sourceLocation: sourceLocation)
        expectClose(Centrality.pageRank(g), ref.pageRank, within: 1e-8, complete: complete, sourceLocation: sourceLocation)
        let (hubs, authorities) = Centrality.hits(g)
        expectClose(hubs, ref.hubs, within: 1e-8, complete: complete, sourceLocation: sourceLocation)
        expectClose(authorities, ref.authorities, within: 1e-8, complete: complete, sourceLocation: sourceLocation)
    }

    /// An illustrative correspondence network of the Opposition's colonies (weights are made-up
    /// letter counts, not the fixtures): a self-loop (alma-ata), a dangling node (constantinople),
    /// an isolated one (tara), and alma-ata → astrakhan given as two rows, 3 + 2, merged to 5.
    @Test func correspondenceNetwork() {
        let g = WeightedDigraph(nodes: Correspondence.nodes, edges: Correspondence.edges)
        #expect(g.nodeCount == 12)
        #expect(g.edgeCount == 21)
        #expect(g.weight(from: "alma-ata", to: "astrakhan") == 5)
        checkAll(g, Correspondence.self)
        #expect(Centrality.inDegree(g) == Correspondence.inDegree)
        #expect(Centrality.outDegree(g) == Correspondence.outDegree)
        expectClose(Centrality.inStrength(g), Correspondence.inStrength, within: 1e-12)
        expectClose(Centrality.outStrength(g), Correspondence.outStrength, within: 1e-12)
        // Alma-Ata is the hub of the letters by every measure.
        let pageRank = Centrality.pageRank(g)
        #expect(pageRank.max { $0.value < $1.value }?.key == "alma-ata")
        #expect(abs(pageRank.values.reduce(0, +) - 1) < 1e-12)
    }

    /// 30 nodes, 100 distinct edges with weights 1...9, drawn by Python's `random.Random(1929)`:
    ///
    ///     rng = random.Random(1929); pairs = set(); edges = []
    ///     while len(edges) < 100:
    ///         u, v = rng.randrange(30), rng.randrange(30)
    ///         if u == v or (u, v) in pairs: continue
    ///         pairs.add((u, v)); edges.append((f"n{u:02d}", f"n{v:02d}", rng.randint(1, 9)))
    @Test func seededRandomGraph() {
        let g = WeightedDigraph(nodes: RandomThirty.nodes, edges: RandomThirty.edges)
        #expect(g.nodeCount == 30)
        #expect(g.edgeCount == 100)
        checkAll(g, RandomThirty.self)
        #expect(Centrality.inDegree(g) == RandomThirty.inDegree)
        #expect(Centrality.outDegree(g) == RandomThirty.outDegree)
        expectClose(Centrality.inStrength(g), RandomThirty.inStrength, within: 1e-12)
        expectClose(Centrality.outStrength(g), RandomThirty.outStrength, within: 1e-12)
    }

    /// 300 nodes, 1,500 LCG-drawn rows (1,487 distinct edges, 5 self-loops): large enough for the
    /// all-sources measures to run in parallel chunks. Values of nine nodes and the totals over all
    /// 300. Python builds the same graph with the same LCG:
    ///
    ///     state = 1928
    ///     def nxt():
    ///         global state
    ///         state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    ///         return state >> 33
    ///     for _ in range(1500):
    ///         u = nxt() % 300; v = nxt() % 300; w = 1 + nxt() % 9
    ///         edges.append((f"v{u:03d}", f"v{v:03d}", w))
    @Test func lcgGraphInParallel() {
        let g = lcgGraph(nodes: 300, edges: 1_500, seed: 1928)
        #expect(g.edgeCount == 1_487)
        checkAll(g, LCG300.self, complete: false)
        func total(_ values: [Double]) -> Double { values.reduce(0, +) }
        #expect(abs(total(Centrality.betweennessValues(g)) - LCG300.betweennessTotal) < 1e-9)
        #expect(abs(total(Centrality.betweennessValues(g, normalized: false)) - LCG300.betweennessRawTotal) < 1e-6)
        #expect(abs(total(Centrality.betweennessValues(g, weighted: true)) - LCG300.betweennessWeightedTotal) < 1e-9)
        #expect(abs(total(Centrality.closenessValues(g)) - LCG300.closenessTotal) < 1e-9)
        #expect(abs(total(Centrality.closenessValues(g, weighted: true)) - LCG300.closenessWeightedTotal) < 1e-9)
    }

    /// Splitting the sources over threads changes only the order of the sums.
    @Test func parallelAndSerialAgree() {
        let g = lcgGraph(nodes: 300, edges: 1_500, seed: 1928)
        for weighted in [false, true] {
            let parallel = Centrality.betweennessValues(g, weighted: weighted, normalized: false)
            let serial = Centrality.betweennessValues(g, weighted: weighted, normalized: false, parallel: false)
            #expect(zip(parallel, serial).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) })
            #expect(parallel == Centrality.betweennessValues(g, weighted: weighted, normalized: false))   // reproducible
            #expect(Centrality.closenessValues(g, weighted: weighted) == Centrality.closenessValues(g, weighted: weighted, parallel: false))
        }
    }

    @Test func powerIterationsConverge() {
        let g = lcgGraph(nodes: 300, edges: 1_500, seed: 1928)
        let pageRank = Centrality.pageRankValues(g)
        #expect(pageRank.converged && pageRank.iterations < 200)
        #expect(abs(pageRank.values.reduce(0, +) - 1) < 1e-12)
        let hits = Centrality.hitsValues(g)
        #expect(hits.converged)
        #expect(abs(hits.hubs.reduce(0, +) - 1) < 1e-12 && abs(hits.authorities.reduce(0, +) - 1) < 1e-12)
        let capped = Centrality.pageRankValues(g, maxIterations: 3)
        #expect(!capped.converged && capped.iterations == 3)
    }
}

// MARK: - Reference data (NetworkX 3.6.1)

private protocol Reference {
    static var betweenness: [String: Double] { get }
    static var betweennessRaw: [String: Double] { get }
    static var betweennessWeighted: [String: Double] { get }
    static var closeness: [String: Double] { get }
    static var closenessWeighted: [String: Double] { get }
    static var pageRank: [String: Double] { get }
    static var hubs: [String: Double] { get }
    static var authorities: [String: Double] { get }
}

private enum Correspondence: Reference {
    static let nodes = ["alma-ata", "astrakhan", "voronezh", "crimea", "northern-colonies", "tobolsk",
                        "barnaul", "kolpashevo", "tomsk", "moscow", "constantinople", "tara"]
    static let edges: [(from: String, to: String, weight: Double)] = [
        ("alma-ata", "astrakhan", 3), ("alma-ata", "voronezh", 4), ("astrakhan", "crimea", 2),
        ("voronezh", "northern-colonies", 3), ("astrakhan", "alma-ata", 3), ("voronezh", "alma-ata", 2),
        ("crimea", "moscow", 1), ("northern-colonies", "tobolsk", 2), ("tobolsk", "alma-ata", 1),
        ("barnaul", "alma-ata", 4), ("alma-ata", "barnaul", 3), ("kolpashevo", "barnaul", 2),
        ("barnaul", "kolpashevo", 1), ("moscow", "alma-ata", 1), ("astrakhan", "constantinople", 1),
        ("barnaul", "constantinople", 2), ("alma-ata", "alma-ata", 1), ("crimea", "voronezh", 1),
        ("northern-colonies", "barnaul", 1), ("tomsk", "kolpashevo", 2), ("kolpashevo", "tomsk", 1),
        ("alma-ata", "astrakhan", 2),
    ]
    static let betweenness: [String: Double] = ["alma-ata": 0.486060606061, "astrakhan": 0.156666666667, "voronezh": 0.169090909091, "crimea": 0.086363636364, "northern-colonies": 0.100303030303, "tobolsk": 0.022727272727, "barnaul": 0.329696969697, "kolpashevo": 0.154545454545, "tomsk": 0.0, "moscow": 0.021818181818, "constantinople": 0.0, "tara": 0.0]
    static let betweennessRaw: [String: Double] = ["alma-ata": 53.466666666667, "astrakhan": 17.233333333333, "voronezh": 18.6, "crimea": 9.5, "northern-colonies": 11.033333333333, "tobolsk": 2.5, "barnaul": 36.266666666667, "kolpashevo": 17.0, "tomsk": 0.0, "moscow": 2.4, "constantinople": 0.0, "tara": 0.0]
    static let betweennessWeighted: [String: Double] = ["alma-ata": 0.527272727273, "astrakhan": 0.136363636364, "voronezh": 0.190909090909, "crimea": 0.072727272727, "northern-colonies": 0.072727272727, "tobolsk": 0.0, "barnaul": 0.372727272727, "kolpashevo": 0.154545454545, "tomsk": 0.0, "moscow": 0.0, "constantinople": 0.0, "tara": 0.0]
    static let closeness: [String: Double] = ["alma-ata": 0.525974025974, "astrakhan": 0.334710743802, "voronezh": 0.368181818182, "crimea": 0.262987012987, "northern-colonies": 0.283216783217, "tobolsk": 0.230113636364, "barnaul": 0.460227272727, "kolpashevo": 0.334710743802, "tomsk": 0.245454545455, "moscow": 0.216577540107, "constantinople": 0.378787878788, "tara": 0.0]
    static let closenessWeighted: [String: Double] = ["alma-ata": 0.94003868472, "astrakhan": 0.791788856305, "voronezh": 0.833619210978, "crimea": 0.60856498873, "northern-colonies": 0.712609970674, "tobolsk": 0.555746140652, "barnaul": 0.833619210978, "kolpashevo": 0.465071770335, "tomsk": 0.302615193026, "moscow": 0.379568884724, "constantinople": 0.665188470067, "tara": 0.0]
    static let pageRank: [String: Double] = ["alma-ata": 0.260649376199, "astrakhan": 0.103527915572, "voronezh": 0.106736081149, "crimea": 0.047648528919, "northern-colonies": 0.072751020893, "tobolsk": 0.059541198013, "barnaul": 0.126844817251, "kolpashevo": 0.064921819152, "tomsk": 0.036710134933, "moscow": 0.038566244297, "constantinople": 0.063787244117, "tara": 0.018315619507]
    static let hubs: [String: Double] = ["alma-ata": 0.514353483153, "astrakhan": 0.096206628773, "voronezh": 0.066111147207, "crimea": 0.039447627749, "northern-colonies": 0.034002096101, "tobolsk": 0.027562138604, "barnaul": 0.125580920116, "kolpashevo": 0.064166164776, "tomsk": 0.005007654915, "moscow": 0.027562138604, "constantinople": 0.0, "tara": 0.0]
    static let authorities: [String: Double] = ["alma-ata": 0.167487000471, "astrakhan": 0.288573644877, "voronezh": 0.235285267076, "crimea": 0.021590364165, "northern-colonies": 0.022254657944, "tobolsk": 0.007630634672, "barnaul": 0.191359456555, "kolpashevo": 0.015215022193, "tomsk": 0.007199976146, "moscow": 0.004426351174, "constantinople": 0.038977624727, "tara": 0.0]
    static let inDegree: [String: Int] = ["alma-ata": 6, "astrakhan": 1, "voronezh": 2, "crimea": 1, "northern-colonies": 1, "tobolsk": 1, "barnaul": 3, "kolpashevo": 2, "tomsk": 1, "moscow": 1, "constantinople": 2, "tara": 0]
    static let outDegree: [String: Int] = ["alma-ata": 4, "astrakhan": 3, "voronezh": 2, "crimea": 2, "northern-colonies": 2, "tobolsk": 1, "barnaul": 3, "kolpashevo": 2, "tomsk": 1, "moscow": 1, "constantinople": 0, "tara": 0]
    static let inStrength: [String: Double] = ["alma-ata": 12.0, "astrakhan": 5.0, "voronezh": 5.0, "crimea": 2.0, "northern-colonies": 3.0, "tobolsk": 2.0, "barnaul": 6.0, "kolpashevo": 3.0, "tomsk": 1.0, "moscow": 1.0, "constantinople": 3.0, "tara": 0.0]
    static let outStrength: [String: Double] = ["alma-ata": 13.0, "astrakhan": 6.0, "voronezh": 5.0, "crimea": 2.0, "northern-colonies": 3.0, "tobolsk": 1.0, "barnaul": 7.0, "kolpashevo": 3.0, "tomsk": 2.0, "moscow": 1.0, "constantinople": 0.0, "tara": 0.0]
}

private enum RandomThirty: Reference {
    static let nodes = (0..<30).map { $0 < 10 ? "n0\($0)" : "n\($0)" }
    static let edges: [(from: String, to: String, weight: Double)] = [
        ("n24", "n17", 1), ("n17", "n10", 7), ("n25", "n18", 2), ("n07", "n16", 1), ("n13", "n21", 8), ("n25", "n08", 1),
        ("n05", "n16", 2), ("n05", "n14", 1), ("n05", "n04", 4), ("n20", "n23", 7), ("n26", "n06", 7), ("n20", "n12", 9),
        ("n15", "n08", 1), ("n26", "n07", 3), ("n15", "n13", 2), ("n21", "n22", 6), ("n22", "n03", 2), ("n09", "n12", 2),
        ("n18", "n07", 8), ("n26", "n10", 8), ("n16", "n19", 7), ("n23", "n29", 4), ("n29", "n27", 2), ("n07", "n25", 7),
        ("n13", "n14", 5), ("n20", "n13", 3), ("n01", "n13", 7), ("n28", "n23", 8), ("n02", "n06", 2), ("n12", "n03", 5),
        ("n22", "n10", 9), ("n12", "n19", 8), ("n09", "n10", 7), ("n20", "n00", 8), ("n18", "n01", 5), ("n23", "n20", 4),
        ("n16", "n13", 7), ("n00", "n02", 1), ("n28", "n24", 1), ("n16", "n17", 7), ("n18", "n27", 8), ("n13", "n20", 5),
        ("n21", "n26", 2), ("n06", "n08", 6), ("n17", "n07", 5), ("n22", "n02", 1), ("n01", "n16", 9), ("n10", "n22", 1),
        ("n13", "n23", 3), ("n24", "n07", 5), ("n06", "n13", 2), ("n05", "n17", 8), ("n22", "n20", 2), ("n06", "n11", 2),
        ("n08", "n14", 3), ("n21", "n07", 3), ("n15", "n27", 6), ("n03", "n27", 7), ("n07", "n06", 2), ("n17", "n03", 8),
        ("n02", "n19", 3), ("n26", "n20", 8), ("n27", "n05", 5), ("n00", "n03", 5), ("n01", "n18", 9), ("n19", "n03", 6),
        ("n06", "n19", 4), ("n07", "n02", 2), ("n16", "n06", 5), ("n27", "n16", 4), ("n02", "n15", 7), ("n09", "n27", 7),
        ("n13", "n07", 9), ("n28", "n21", 1), ("n26", "n11", 9), ("n04", "n15", 6), ("n15", "n20", 4), ("n12", "n24", 6),
        ("n03", "n22", 5), ("n01", "n07", 9), ("n04", "n09", 8), ("n14", "n05", 8), ("n13", "n25", 9), ("n10", "n25", 9),
        ("n14", "n09", 2), ("n17", "n25", 5), ("n03", "n24", 1), ("n17", "n26", 8), ("n23", "n10", 1), ("n29", "n18", 9),
        ("n13", "n01", 2), ("n20", "n22", 4), ("n13", "n05", 3), ("n25", "n00", 2), ("n22", "n11", 3), ("n02", "n11", 5),
        ("n17", "n24", 2), ("n28", "n19", 8), ("n27", "n29", 8), ("n22", "n15", 7),
    ]
    static let betweenness: [String: Double] = ["n00": 0.016040240548, "n01": 0.024229806865, "n02": 0.041284146888, "n03": 0.108453020707, "n04": 0.014747536946, "n05": 0.108787336774, "n06": 0.051230727401, "n07": 0.090736757085, "n08": 0.021809758386, "n09": 0.041112479475, "n10": 0.038080754768, "n11": 0.0, "n12": 0.025029855202, "n13": 0.199181603153, "n14": 0.065795801079, "n15": 0.069774006781, "n16": 0.099871693714, "n17": 0.08784462322, "n18": 0.041444396463, "n19": 0.016021270055, "n20": 0.110666748413, "n21": 0.024607661769, "n22": 0.106485243, "n23": 0.030581989849, "n24": 0.038076178747, "n25": 0.063360736144, "n26": 0.021339139104, "n27": 0.121034678239, "n28": 0.0, "n29": 0.021879198388]
    static let betweennessRaw: [String: Double] = ["n00": 13.024675324675, "n01": 19.674603174603, "n02": 33.522727272727, "n03": 88.063852813853, "n04": 11.975, "n05": 88.335317460317, "n06": 41.599350649351, "n07": 73.678246753247, "n08": 17.709523809524, "n09": 33.383333333333, "n10": 30.921572871573, "n11": 0.0, "n12": 20.324242424242, "n13": 161.735461760462, "n14": 53.42619047619, "n15": 56.656493506494, "n16": 81.095815295815, "n17": 71.329834054834, "n18": 33.65284992785, "n19": 13.009271284271, "n20": 89.8613997114, "n21": 19.981421356421, "n22": 86.466017316017, "n23": 24.832575757576, "n24": 30.917857142857, "n25": 51.448917748918, "n26": 17.327380952381, "n27": 98.280158730159, "n28": 0.0, "n29": 17.765909090909]
    static let betweennessWeighted: [String: Double] = ["n00": 0.012315270936, "n01": 0.069581280788, "n02": 0.01354679803, "n03": 0.177339901478, "n04": 0.038177339901, "n05": 0.209359605911, "n06": 0.043103448276, "n07": 0.067733990148, "n08": 0.01724137931, "n09": 0.023399014778, "n10": 0.012315270936, "n11": 0.0, "n12": 0.06157635468, "n13": 0.12684729064, "n14": 0.054187192118, "n15": 0.114532019704, "n16": 0.091748768473, "n17": 0.144088669951, "n18": 0.176724137931, "n19": 0.03078817734, "n20": 0.156403940887, "n21": 0.01354679803, "n22": 0.098522167488, "n23": 0.023399014778, "n24": 0.003694581281, "n25": 0.068349753695, "n26": 0.064039408867, "n27": 0.290640394089, "n28": 0.0, "n29": 0.086822660099]
    static let closeness: [String: Double] = ["n00": 0.342208642514, "n01": 0.310741181134, "n02": 0.375478927203, "n03": 0.409613375131, "n04": 0.278706007821, "n05": 0.375478927203, "n06": 0.386206896552, "n07": 0.443188241945, "n08": 0.365330848089, "n09": 0.27307558342, "n10": 0.397565922921, "n11": 0.381578947368, "n12": 0.32968881413, "n13": 0.397565922921, "n14": 0.351097178683, "n15": 0.360459770115, "n16": 0.409613375131, "n17": 0.360459770115, "n18": 0.337931034483, "n19": 0.409613375131, "n20": 0.391804097951, "n21": 0.300383141762, "n22": 0.375478927203, "n23": 0.32968881413, "n24": 0.375478927203, "n25": 0.409613375131, "n26": 0.303758233243, "n27": 0.422413793103, "n28": 0.0, "n29": 0.342208642514]
    static let closenessWeighted: [String: Double] = ["n00": 1.643552545215, "n01": 1.33776256827, "n02": 1.058544982857, "n03": 1.952507639336, "n04": 1.237365987717, "n05": 1.765082689114, "n06": 1.532560154584, "n07": 2.148232477272, "n08": 1.281255107044, "n09": 1.092057202996, "n10": 1.918527078336, "n11": 1.578538102644, "n12": 1.509837696727, "n13": 1.534009514574, "n14": 1.294425273161, "n15": 1.670841628286, "n16": 1.575625527354, "n17": 1.562830256738, "n18": 1.774507620122, "n19": 1.783987026074, "n20": 1.698543881715, "n21": 1.330837384535, "n22": 1.689236215019, "n23": 1.408249716843, "n24": 1.273447541062, "n25": 2.348474492458, "n26": 1.387852358045, "n27": 2.241753752936, "n28": 0.0, "n29": 1.895467602018]
    static let pageRank: [String: Double] = ["n00": 0.035351548805, "n01": 0.019761713935, "n02": 0.019820994561, "n03": 0.069823904808, "n04": 0.017361606858, "n05": 0.05193056387, "n06": 0.023931842857, "n07": 0.05533809956, "n08": 0.028130592019, "n09": 0.019970373346, "n10": 0.036470998339, "n11": 0.020847495804, "n12": 0.014291606804, "n13": 0.026269882246, "n14": 0.034981846024, "n15": 0.028530919798, "n16": 0.036666126993, "n17": 0.039817052977, "n18": 0.065006424812, "n19": 0.029993674514, "n20": 0.026660306307, "n21": 0.009914574229, "n22": 0.039038550447, "n23": 0.014342231231, "n24": 0.016190231784, "n25": 0.070331772258, "n26": 0.014858816007, "n27": 0.084119081764, "n28": 0.005590679048, "n29": 0.044656487996]
    static let hubs: [String: Double] = ["n00": 0.010045562438, "n01": 0.095650899817, "n02": 0.024389509695, "n03": 0.016943446842, "n04": 0.007164480722, "n05": 0.008811620175, "n06": 0.013346963671, "n07": 0.030613210155, "n08": 0.003269425617, "n09": 0.04207963998, "n10": 0.033133525773, "n11": 0.0, "n12": 0.022956594981, "n13": 0.1281160966, "n14": 0.006889801926, "n15": 0.026715164335, "n16": 0.032185696869, "n17": 0.104398108526, "n18": 0.068023939991, "n19": 0.011796015108, "n20": 0.022486315162, "n21": 0.024358838561, "n22": 0.059109214473, "n23": 0.016694445118, "n24": 0.030414800127, "n25": 0.004256907961, "n26": 0.102988996838, "n27": 0.012738995634, "n28": 0.021071761976, "n29": 0.01935002093]
    static let authorities: [String: Double] = ["n00": 0.007423658159, "n01": 0.023497933554, "n02": 0.005137384058, "n03": 0.046857420986, "n04": 0.001388809981, "n05": 0.019825978485, "n06": 0.039081937769, "n07": 0.142409694754, "n08": 0.004375832658, "n09": 0.002801359685, "n10": 0.094485294343, "n11": 0.049366587888, "n12": 0.011290324894, "n13": 0.0410750289, "n14": 0.025974339826, "n15": 0.024724387442, "n16": 0.037828677757, "n17": 0.012853493933, "n18": 0.041117691269, "n19": 0.027742845293, "n20": 0.069205078743, "n21": 0.041215348431, "n22": 0.013946583219, "n23": 0.027988855651, "n24": 0.015152385446, "n25": 0.086194788904, "n26": 0.034828233996, "n27": 0.0455631959, "n28": 0.0, "n29": 0.006646848074]
    static let inDegree: [String: Int] = ["n00": 2, "n01": 2, "n02": 3, "n03": 5, "n04": 1, "n05": 3, "n06": 4, "n07": 7, "n08": 3, "n09": 2, "n10": 5, "n11": 4, "n12": 2, "n13": 5, "n14": 3, "n15": 3, "n16": 4, "n17": 3, "n18": 3, "n19": 5, "n20": 5, "n21": 2, "n22": 4, "n23": 3, "n24": 4, "n25": 4, "n26": 2, "n27": 5, "n28": 0, "n29": 2]
    static let outDegree: [String: Int] = ["n00": 2, "n01": 4, "n02": 4, "n03": 3, "n04": 2, "n05": 4, "n06": 4, "n07": 4, "n08": 1, "n09": 3, "n10": 2, "n11": 0, "n12": 3, "n13": 8, "n14": 2, "n15": 4, "n16": 4, "n17": 6, "n18": 3, "n19": 1, "n20": 5, "n21": 3, "n22": 6, "n23": 3, "n24": 2, "n25": 3, "n26": 5, "n27": 3, "n28": 4, "n29": 2]
    static let inStrength: [String: Double] = ["n00": 10.0, "n01": 7.0, "n02": 4.0, "n03": 26.0, "n04": 4.0, "n05": 16.0, "n06": 16.0, "n07": 42.0, "n08": 8.0, "n09": 10.0, "n10": 32.0, "n11": 19.0, "n12": 11.0, "n13": 21.0, "n14": 9.0, "n15": 20.0, "n16": 16.0, "n17": 16.0, "n18": 20.0, "n19": 30.0, "n20": 23.0, "n21": 9.0, "n22": 16.0, "n23": 18.0, "n24": 10.0, "n25": 30.0, "n26": 10.0, "n27": 30.0, "n28": 0.0, "n29": 12.0]
    static let outStrength: [String: Double] = ["n00": 6.0, "n01": 34.0, "n02": 17.0, "n03": 13.0, "n04": 14.0, "n05": 15.0, "n06": 14.0, "n07": 12.0, "n08": 3.0, "n09": 16.0, "n10": 10.0, "n11": 0.0, "n12": 19.0, "n13": 44.0, "n14": 10.0, "n15": 13.0, "n16": 26.0, "n17": 35.0, "n18": 21.0, "n19": 6.0, "n20": 31.0, "n21": 11.0, "n22": 24.0, "n23": 9.0, "n24": 6.0, "n25": 5.0, "n26": 35.0, "n27": 17.0, "n28": 18.0, "n29": 11.0]
}

private enum LCG300: Reference {
    static let betweenness: [String: Double] = ["v000": 0.004252431752, "v001": 0.007851991066, "v002": 0.014379081743, "v003": 0.015256530827, "v004": 0.012739477174, "v005": 0.011071359238, "v006": 0.008240413652, "v007": 0.008986136967, "v197": 0.009655121671]
    static let betweennessTotal = 2.780970124127
    static let betweennessRaw: [String: Double] = ["v000": 378.900173948424, "v001": 699.628108003407, "v002": 1281.204941478321, "v003": 1359.387409759305, "v004": 1135.11289511924, "v005": 986.480250802689, "v006": 734.237337231289, "v007": 800.682776038506, "v197": 860.290651152477]
    static let betweennessRawTotal = 247790.0
    static let betweennessWeighted: [String: Double] = ["v000": 4.4892371e-05, "v001": 0.010033444816, "v002": 0.012452021279, "v003": 0.007295010213, "v004": 0.005431976836, "v005": 0.024286772463, "v006": 0.005970685282, "v007": 0.013692173015, "v197": 0.016279095868]
    static let betweennessWeightedTotal = 3.669848413429
    static let closeness: [String: Double] = ["v000": 0.231746565535, "v001": 0.262701137958, "v002": 0.280430967611, "v003": 0.240827247287, "v004": 0.283394215107, "v005": 0.27963353358, "v006": 0.277529047908, "v007": 0.24502772253, "v197": 0.287537405386]
    static let closenessTotal = 79.072608809816
    static let closenessWeighted: [String: Double] = ["v000": 0.688786740336, "v001": 1.248584971599, "v002": 1.34440608911, "v003": 1.018696664057, "v004": 1.222793039861, "v005": 1.545063707935, "v006": 1.277695838954, "v007": 1.265079935804, "v197": 1.450127006902]
    static let closenessWeightedTotal = 391.243605388615
    static let pageRank: [String: Double] = ["v000": 0.000664102232, "v001": 0.002171066574, "v002": 0.004620934236, "v003": 0.002330933294, "v004": 0.002112163215, "v005": 0.004527940893, "v006": 0.00322783467, "v007": 0.002750829272, "v197": 0.004732885458]
    static let pageRankTotal = 1.0
    static let hubs: [String: Double] = ["v000": 0.006575616323, "v001": 0.00083958646, "v002": 0.003442961045, "v003": 0.003920960919, "v004": 0.005198028276, "v005": 0.00080758028, "v006": 0.007144612022, "v007": 0.003957789143, "v197": 0.002583333319]
    static let hubsTotal = 1.0
    static let authorities: [String: Double] = ["v000": 0.000709326027, "v001": 0.001380187812, "v002": 0.002203915816, "v003": 0.001359321613, "v004": 0.003021083046, "v005": 0.003615804391, "v006": 0.003251027953, "v007": 0.001312797183, "v197": 0.007840148827]
    static let authoritiesTotal = 1.0
}
