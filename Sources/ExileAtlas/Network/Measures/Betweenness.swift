extension Centrality {
    /// Shortest-path betweenness: how much of the traffic between other pairs runs through each
    /// node (who relayed the letters).
    ///
    /// `c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st`, where `σ_st` is the number of shortest paths from
    /// `s` to `t` and `σ_st(v)` the number of those passing through `v` (pairs with no path add 0).
    /// With `normalized`, divided by `(n − 1)(n − 2)`, the number of ordered pairs not containing
    /// `v` (nothing is divided when `n ≤ 2`), exactly as NetworkX's
    /// `nx.betweenness_centrality(G, normalized=True)` for a directed graph; without it, the raw
    /// sums (NetworkX halves them only for undirected graphs, which this type never is).
    ///
    /// Path length, when `weighted`, is the sum of `1 / weight` over the edges: more letters make a
    /// shorter, stronger tie, after Newman (2001) and Opsahl, Agneessens & Skvoretz (2010). NetworkX's
    /// `weight=` argument reads the attribute as a *distance*, so the same numbers come from
    /// `nx.betweenness_centrality(G, weight="dist")` with an edge attribute `dist = 1 / weight`.
    /// Unweighted, every edge has length 1 (breadth-first search). Self-loops are never on a
    /// shortest path and are ignored.
    ///
    /// Two weighted path lengths count as equal (both paths are shortest) when they differ by at
    /// most a relative 1e-12. NetworkX compares floats exactly, so where two routes are equal in
    /// exact arithmetic but rounding makes one a hair longer (10 letters then 15, against 6 direct:
    /// `0.1 + 0.0666…67 = 0.16666666666666669` but `1/6 = 0.16666666666666666`), NetworkX keeps
    /// only one of them and this function keeps both, as exact arithmetic (or NetworkX with
    /// `fractions.Fraction` distances) would. On random graphs with letter counts 1…9 this changes
    /// a few values by up to 1e-4 (normalised).
    ///
    /// - Parameters:
    ///   - g: the graph.
    ///   - weighted: use path lengths `1 / weight` (Dijkstra) instead of hop counts (BFS).
    ///   - normalized: divide by `(n − 1)(n − 2)`.
    /// - Returns: every node's betweenness, keyed by node id.
    ///
    /// ```swift
    /// // a → b → c → d: b lies on a→c and a→d, c on a→d and b→d.
    /// Centrality.betweenness(path, normalized: false)   // ["a": 0, "b": 2, "c": 2, "d": 0]
    /// Centrality.betweenness(path)["b"]                 // 2 / ((4 − 1)(4 − 2)) = 1/3
    /// ```
    ///
    /// Complexity: O(VE) time unweighted, O(VE log V) weighted (Dijkstra on an indexed 4-ary heap),
    /// O(V + E) memory per worker. Sources are shared among all cores in a fixed number of chunks
    /// (16 once `V(V + E)` reaches 200,000, else one) whose sums are added in chunk order, so the
    /// result does not depend on scheduling or on the machine.
    ///
    /// Follows Brandes, U. (2001). "A faster algorithm for betweenness centrality." *Journal of
    /// Mathematical Sociology* 25(2): 163–177 (doi:10.1080/0022250X.2001.9990249), as NetworkX does:
    /// a single-source shortest-path step that counts paths (σ), then a dependency accumulation
    /// `δ_s(v) = Σ_{w : v ∈ P_s(w)} (σ_sv / σ_sw)(1 + δ_s(w))` in order of decreasing distance.
    /// The measure is Freeman, L. C. (1977). "A set of measures of centrality based on
    /// betweenness." *Sociometry* 40(1): 35–41. Weights as inverse distances: Newman, M. E. J.
    /// (2001). "Scientific collaboration networks. II. Shortest paths, weighted networks, and
    /// centrality." *Physical Review E* 64: 016132; Opsahl, T., Agneessens, F. & Skvoretz, J. (2010).
    /// "Node centrality in weighted networks: Generalizing degree and shortest paths." *Social
    /// Networks* 32(3): 245–251.
    public static func betweenness(_ g: WeightedDigraph, weighted: Bool = false, normalized: Bool = true) -> [String: Double] {
        g.keyedByNode(betweennessValues(g, weighted: weighted, normalized: normalized))
    }

    /// Betweenness in node order (`result[i]` belongs to `g.nodes[i]`); see `betweenness(_:weighted:normalized:)`.
    ///
    /// - Parameters:
    ///   - g: the graph.
    ///   - weighted: path lengths `1 / weight` instead of hop counts.
    ///   - normalized: divide by `(n − 1)(n − 2)`.
    ///   - parallel: spread the sources over all cores (default). `false` runs on the
    ///     calling thread only; the values then differ from the parallel ones by rounding (≈1e-16
    ///     relative), since the sums are added in another order.
    public static func betweennessValues(_ g: WeightedDigraph, weighted: Bool = false, normalized: Bool = true,
                                         parallel: Bool = true) -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let lengths = weighted ? g.outgoing.weights.map { 1 / $0 } : nil
        let chunks = sourceChunkCount(nodeCount: n, edgeCount: g.edgeCount, parallel: parallel)
        let partials = UnsafeMutablePointer<Double>.allocate(capacity: chunks * n)
        partials.initialize(repeating: 0, count: chunks * n)
        defer { partials.deallocate() }
        let shared = SharedPointer(base: partials)
        g.outgoing.withView(lengths: lengths) { rows in
            runChunks(chunks) { chunk in
                var work = BrandesWorkspace(nodeCount: n, edgeCount: g.edgeCount)
                defer { work.deallocate() }
                let scores = shared.base + chunk * n
                for source in stride(from: chunk, to: n, by: chunks) {
                    if weighted {
                        work.singleSourceDijkstra(rows, from: source)
                    } else {
                        work.singleSourceShortestPaths(rows, from: source)
                    }
                    work.accumulateDependencies(rows, weighted: weighted, source: source, into: scores)
                    work.reset()
                }
            }
        }
        var raw = [Double](repeating: 0, count: n)
        for chunk in 0..<chunks {
            for v in 0..<n { raw[v] += partials[chunk * n + v] }
        }
        return rescale(raw, normalized: normalized)
    }

    /// NetworkX's `_rescale` for a directed graph without endpoints: `1 / ((n − 1)(n − 2))` when
    /// normalised and `n > 2`, else unchanged.
    private static func rescale(_ raw: [Double], normalized: Bool) -> [Double] {
        let n = raw.count
        guard normalized, n > 2 else { return raw }
        let scale = 1 / (Double(n - 1) * Double(n - 2))
        return raw.map { $0 * scale }
    }
}

/// `value` if `condition`, else 0, without a branch (the compiler otherwise tends to emit one,
/// and on random graphs it is mispredicted about once an edge).
@inline(__always) private func masked(_ value: Double, keepIf condition: Bool) -> Double {
    let mask = 0 &- UInt64(unsafeBitCast(condition, to: UInt8.self))
    return Double(bitPattern: value.bitPattern & mask)
}

/// Two weighted path lengths closer than this (relative) are the same length.
private let tieTolerance = 1e-12

/// What the breadth-first search knows about a node: 16 bytes, so that following an edge touches
/// one cache line and the whole table stays in the L1 cache for graphs of a few thousand nodes.
private struct HopState {
    /// Hop distance from the source, −1 when not reached.
    var hops: Int
    /// σ, the number of shortest paths from the source, until step 2 has handled the node; then
    /// its coefficient `(1 + δ) / σ` (see `accumulateDependencies`).
    var paths: Double
    static let unreached = HopState(hops: -1, paths: 0)
}

/// What Dijkstra's search knows about a node (as `HopState`, with a path length for the hops).
private struct LengthState {
    /// Path length from the source, +∞ when not reached.
    var distance: Double
    /// σ, then the coefficient, as in `HopState`.
    var paths: Double
    static let unreached = LengthState(distance: .infinity, paths: 0)
}

/// The buffers of Brandes' algorithm for one worker, allocated once and reset between sources
/// (only the entries a source reached are touched, so a reset costs what the search did).
private struct BrandesWorkspace {
    /// Nodes in the order reached (BFS) or settled (Dijkstra): first the queue, then read
    /// backwards as Brandes' stack S. One spare slot: the BFS writes a candidate before it knows
    /// whether to keep it.
    let order: UnsafeMutablePointer<Int>
    var reached = 0
    let hopState: UnsafeMutablePointer<HopState>
    let lengthState: UnsafeMutablePointer<LengthState>
    /// The BFS's shortest-path DAG as a flat list: the successors `w` of the `i`-th node reached
    /// (those with `d(w) = d(v) + 1`) are `successors[successorStart[i] ..< successorStart[i + 1]]`.
    /// One spare slot, as for `order`.
    let successors: UnsafeMutablePointer<Int>
    let successorStart: UnsafeMutablePointer<Int>
    /// Dijkstra's queue; it also marks the settled nodes.
    var queue: IndexedMinHeap

    init(nodeCount n: Int, edgeCount m: Int) {
        order = .allocate(capacity: n + 1)
        successors = .allocate(capacity: m + 1)
        successorStart = .allocate(capacity: n + 1)
        hopState = .allocate(capacity: n)
        hopState.initialize(repeating: .unreached, count: n)
        lengthState = .allocate(capacity: n)
        lengthState.initialize(repeating: .unreached, count: n)
        queue = IndexedMinHeap(nodeCount: n)
    }

    func deallocate() {
        order.deallocate(); hopState.deallocate(); lengthState.deallocate(); queue.deallocate()
        successors.deallocate(); successorStart.deallocate()
    }

    /// Step 1, unweighted: breadth-first search from `source`, counting shortest paths
    /// (`σ(w) += σ(v)` for every edge `v → w` with `d(w) = d(v) + 1`). NetworkX:
    /// `_single_source_shortest_path_basic`. NetworkX keeps each node's predecessors; here each
    /// node's successors in the DAG go to one flat list, in the order the nodes are reached (a
    /// node's out-edges are scanned together, so its successors are contiguous). The loop body has
    /// no branches that depend on the data (on random graphs those would mispredict about once an
    /// edge).
    mutating func singleSourceShortestPaths(_ rows: RowsView, from source: Int) {
        let state = hopState
        state[source] = HopState(hops: 0, paths: 1)
        order[0] = source
        var reached = 1
        var head = 0
        var successorCount = 0
        while head < reached {
            let v = order[head]
            successorStart[head] = successorCount
            head += 1
            let next = state[v].hops + 1
            let pathsToV = state[v].paths
            for e in rows.offsets[v]..<rows.offsets[v + 1] {
                let w = rows.targets[e]
                let known = state[w].hops
                let newMask = known >> 63                  // all ones if w is new (hops −1), else 0
                order[reached] = w                         // kept only if new
                reached &-= newMask
                let hopsToW = known ^ ((known ^ next) & newMask)
                state[w].hops = hopsToW
                let onShortestPath = hopsToW == next
                state[w].paths += masked(pathsToV, keepIf: onShortestPath)
                successors[successorCount] = w             // kept only if on a shortest path
                successorCount &+= Int(unsafeBitCast(onShortestPath, to: UInt8.self))
            }
        }
        successorStart[reached] = successorCount
        self.reached = reached
    }

    /// Step 1, weighted: Dijkstra from `source` with edge lengths `rows.weights` (here `1 / weight`),
    /// counting shortest paths; lengths within `tieTolerance` of each other are equal. NetworkX:
    /// `_single_source_dijkstra_path_basic`. Dijkstra, E. W. (1959). "A note on two problems in
    /// connexion with graphs." *Numerische Mathematik* 1: 269–271.
    mutating func singleSourceDijkstra(_ rows: RowsView, from source: Int) {
        let state = lengthState
        state[source] = LengthState(distance: 0, paths: 1)
        reached = 0
        queue.insertOrDecrease(source, key: 0)
        while queue.count > 0 {
            let v = queue.popMin()
            order[reached] = v
            reached += 1
            let distanceToV = state[v].distance
            let pathsToV = state[v].paths
            for e in rows.offsets[v]..<rows.offsets[v + 1] {
                let w = rows.targets[e]
                if queue.isSettled(w) { continue }   // includes a self-loop
                let candidate = distanceToV + rows.weights[e]
                let current = state[w].distance
                if candidate < current * (1 - tieTolerance) {
                    state[w] = LengthState(distance: candidate, paths: pathsToV)
                    queue.insertOrDecrease(w, key: candidate)
                } else if candidate <= current * (1 + tieTolerance) {
                    state[w].paths += pathsToV
                }
            }
        }
    }

    /// Step 2: the dependency of `source` on each node, `δ(v) = Σ_w (σ(v)/σ(w))(1 + δ(w))` over the
    /// `w` that have `v` as a shortest-path predecessor, taken in reverse order of distance so each
    /// `δ(w)` is complete before it is used; `δ(v)` is added to `v`'s score (the source's own is not).
    /// NetworkX: `_accumulate_basic`. Unweighted, the DAG successors of `v` come from the list the
    /// BFS made. Weighted, a successor is recognised by its distance (`d(w) = d(v) + length(v → w)`,
    /// to `tieTolerance`), scanning `v`'s out-edges: Dijkstra cannot list them as it goes, since
    /// a node's tentative predecessors are dropped whenever a shorter path turns up.
    ///
    /// Once `v` is done its σ is needed no more, so its slot takes `(1 + δ(v)) / σ(v)`, the factor
    /// each predecessor `u` of `v` multiplies by `σ(u)`. A slot read for an edge that is not on a
    /// shortest path may still hold a σ, but it is masked to 0.
    func accumulateDependencies(_ rows: RowsView, weighted: Bool, source: Int, into scores: UnsafeMutablePointer<Double>) {
        for i in stride(from: reached - 1, through: 0, by: -1) {
            let v = order[i]
            var sum = 0.0
            let pathsToV: Double
            if weighted {
                let state = lengthState
                let distanceToV = state[v].distance
                pathsToV = state[v].paths
                for e in rows.offsets[v]..<rows.offsets[v + 1] {
                    let w = rows.targets[e]
                    let candidate = distanceToV + rows.weights[e]
                    let shortest = state[w].distance
                    // w ≠ v: a self-loop fails the test, since its candidate exceeds d(v).
                    let onShortestPath = candidate >= shortest * (1 - tieTolerance) && candidate <= shortest * (1 + tieTolerance)
                    sum += masked(state[w].paths, keepIf: onShortestPath)
                }
                let dependency = pathsToV * sum
                if v != source { scores[v] += dependency }
                state[v].paths = (1 + dependency) / pathsToV
            } else {
                let state = hopState
                pathsToV = state[v].paths
                for j in successorStart[i]..<successorStart[i + 1] {
                    sum += state[successors[j]].paths
                }
                let dependency = pathsToV * sum
                if v != source { scores[v] += dependency }
                state[v].paths = (1 + dependency) / pathsToV
            }
        }
    }

    /// Clears what the last source touched.
    mutating func reset() {
        for i in 0..<reached {
            let v = order[i]
            hopState[v] = .unreached
            lengthState[v] = .unreached
        }
        queue.clear(order, count: reached)
        reached = 0
    }
}
