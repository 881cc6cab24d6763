extension Centrality {
    /// Closeness: how near, on average, each node is to the nodes that can reach it (how quickly
    /// news from the other colonies arrived).
    ///
    /// For a directed graph this uses distances *to* `v` (incoming paths), as NetworkX does. With
    /// `r(v)` the number of nodes that can reach `v` (counting `v`), `D(v)` the sum of their
    /// distances to `v`, and `n` the number of nodes:
    ///
    /// `C(v) = ((r − 1) / D) · ((r − 1) / (n − 1))`, and `C(v) = 0` when `D = 0` or `n = 1`.
    ///
    /// The first factor is the classic inverse mean distance over the reachable nodes; the
    /// second is Wasserman & Faust's correction, which scales it down by the share of nodes that
    /// reach `v` at all, so a node reached by one neighbour does not score 1. This is
    /// `nx.closeness_centrality(G)` (`wf_improved=True`). When `weighted`, an edge's length is
    /// `1 / weight` (more letters, nearer), which is `nx.closeness_centrality(G, distance="dist")`
    /// with an edge attribute `dist = 1 / weight`. Self-loops are ignored. For closeness *from*
    /// `v` (outgoing paths), pass `g.reversed()`.
    ///
    /// - Parameters:
    ///   - g: the graph.
    ///   - weighted: use path lengths `1 / weight` (Dijkstra) instead of hop counts (BFS).
    /// - Returns: every node's closeness, keyed by node id, in `[0, 1]` when unweighted.
    ///
    /// ```swift
    /// // a → b → c → d: d is reached by c, b, a at 1, 2, 3: (3/6) · (3/3) = 0.5;
    /// // b only by a: (1/1) · (1/3) = 1/3; nothing reaches a: 0.
    /// Centrality.closeness(path)   // ["a": 0, "b": 0.333…, "c": 0.444…, "d": 0.5]
    /// ```
    ///
    /// Complexity: O(V(V + E)) unweighted, O(V(V + E) log V) weighted (Dijkstra on an indexed
    /// 4-ary heap), O(V) memory per worker. Nodes are shared among all cores; each node's value is
    /// computed on its own, so the result does not depend on scheduling.
    ///
    /// Follows Bavelas, A. (1950). "Communication patterns in task-oriented groups." *Journal of
    /// the Acoustical Society of America* 22(6): 725–730; Freeman, L. C. (1979). "Centrality in
    /// social networks: conceptual clarification." *Social Networks* 1(3): 215–239; and, for the
    /// correction, Wasserman, S. & Faust, K. (1994). *Social Network Analysis: Methods and
    /// Applications*. Cambridge University Press, p. 201. Weights as inverse distances: Newman
    /// (2001), *Physical Review E* 64: 016132; Opsahl, Agneessens & Skvoretz (2010), *Social
    /// Networks* 32(3): 245–251.
    public static func closeness(_ g: WeightedDigraph, weighted: Bool = false) -> [String: Double] {
        g.keyedByNode(closenessValues(g, weighted: weighted))
    }

    /// Closeness in node order (`result[i]` belongs to `g.nodes[i]`); see `closeness(_:weighted:)`.
    ///
    /// - Parameters:
    ///   - g: the graph.
    ///   - weighted: path lengths `1 / weight` instead of hop counts.
    ///   - parallel: spread the nodes over all cores (default); the values are identical either way.
    public static func closenessValues(_ g: WeightedDigraph, weighted: Bool = false, parallel: Bool = true) -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        // Distances to v in g are distances from v along the in-edges.
        let lengths = weighted ? g.incoming.weights.map { 1 / $0 } : nil
        let chunks = sourceChunkCount(nodeCount: n, edgeCount: g.edgeCount, parallel: parallel)
        var result = [Double](repeating: 0, count: n)
        result.withUnsafeMutableBufferPointer { buffer in
            let output = SharedPointer(base: buffer.baseAddress!)
            g.incoming.withView(lengths: lengths) { rows in
                runChunks(chunks) { chunk in
                    var work = DistanceWorkspace(nodeCount: n)
                    defer { work.deallocate() }
                    for target in stride(from: chunk, to: n, by: chunks) {
                        let (reached, total) = weighted
                            ? work.singleSourceDijkstraLengths(rows, from: target)
                            : work.singleSourceShortestPathLengths(rows, from: target)
                        output.base[target] = correctedCloseness(reached: reached, totalDistance: total, nodeCount: n)
                        work.reset()
                    }
                }
            }
        }
        return result
    }

    /// `((r − 1) / D) · ((r − 1) / (n − 1))`, in NetworkX's order of operations.
    private static func correctedCloseness(reached: Int, totalDistance: Double, nodeCount n: Int) -> Double {
        guard totalDistance > 0, n > 1 else { return 0 }
        var closeness = Double(reached - 1) / totalDistance
        closeness *= Double(reached - 1) / Double(n - 1)
        return closeness
    }
}

/// Buffers for single-source distances, allocated once per worker and reset between sources.
private struct DistanceWorkspace {
    /// Nodes in the order reached (BFS queue) or settled (Dijkstra).
    let order: UnsafeMutablePointer<Int>
    var reached = 0
    /// Hop distance (BFS), −1 when not reached.
    let hops: UnsafeMutablePointer<Int>
    /// Path length (Dijkstra), +∞ when not reached.
    let distance: UnsafeMutablePointer<Double>
    /// Dijkstra's queue; it also marks the settled nodes.
    var queue: IndexedMinHeap

    init(nodeCount n: Int) {
        order = .allocate(capacity: n)
        hops = .allocate(capacity: n)
        hops.initialize(repeating: -1, count: n)
        distance = .allocate(capacity: n)
        distance.initialize(repeating: .infinity, count: n)
        queue = IndexedMinHeap(nodeCount: n)
    }

    func deallocate() {
        order.deallocate(); hops.deallocate(); distance.deallocate(); queue.deallocate()
    }

    /// Breadth-first search from `source`: how many nodes it reaches (itself included) and the sum
    /// of their hop distances. NetworkX: `single_source_shortest_path_length`.
    mutating func singleSourceShortestPathLengths(_ rows: RowsView, from source: Int) -> (reached: Int, total: Double) {
        hops[source] = 0
        order[0] = source
        reached = 1
        var head = 0
        var total = 0
        while head < reached {
            let v = order[head]
            head += 1
            let next = hops[v] + 1
            for e in rows.offsets[v]..<rows.offsets[v + 1] {
                let w = rows.targets[e]
                if hops[w] < 0 {
                    hops[w] = next
                    total += next
                    order[reached] = w
                    reached += 1
                }
            }
        }
        return (reached, Double(total))
    }

    /// Dijkstra from `source` with edge lengths `rows.weights`: how many nodes it reaches (itself
    /// included) and the sum of their distances, added in the order they are settled. NetworkX:
    /// `single_source_dijkstra_path_length`. Dijkstra, E. W. (1959). "A note on two problems in
    /// connexion with graphs." *Numerische Mathematik* 1: 269–271.
    mutating func singleSourceDijkstraLengths(_ rows: RowsView, from source: Int) -> (reached: Int, total: Double) {
        distance[source] = 0
        reached = 0
        var total = 0.0
        queue.insertOrDecrease(source, key: 0)
        while queue.count > 0 {
            let v = queue.popMin()
            order[reached] = v
            reached += 1
            let distanceToV = distance[v]
            total += distanceToV
            for e in rows.offsets[v]..<rows.offsets[v + 1] {
                let w = rows.targets[e]
                if queue.isSettled(w) { continue }   // includes a self-loop
                let candidate = distanceToV + rows.weights[e]
                if candidate < distance[w] {
                    distance[w] = candidate
                    queue.insertOrDecrease(w, key: candidate)
                }
            }
        }
        return (reached, total)
    }

    /// Clears what the last source touched.
    mutating func reset() {
        for i in 0..<reached {
            let v = order[i]
            hops[v] = -1
            distance[v] = .infinity
        }
        queue.clear(order, count: reached)
        reached = 0
    }
}
