import Dispatch

/// A directed graph with weighted edges over string node ids, stored as index arrays (CSR) for speed.
///
/// Built for the correspondence network: a node is a person or a colony, an edge `u → v` says that
/// letters went from `u` to `v`, and its weight is how many (or any other positive intensity).
///
/// Conventions every measure relies on:
/// - **Parallel edges add**: two rows `a → b, 2` and `a → b, 3` make one edge `a → b` of weight 5.
///   `edgeCount` counts distinct `(from, to)` pairs.
/// - **Weights are positive and finite** (a precondition of `init`): a tie of zero letters is no tie.
/// - **Self-loops** (`a → a`, say a letter forwarded within one colony) are kept: they count in
///   degree and strength, and in PageRank and HITS (as in NetworkX), but the path measures
///   (betweenness, closeness) ignore them, since no shortest path uses one.
/// - **Node order** is stable: the order of `nodes` as given (first occurrence wins), then nodes
///   named only by edges, in the order the edges name them (`from` before `to`). The index-based
///   measure variants (`Centrality.betweennessValues` and the like) return arrays in this order.
///
/// Storage is compressed sparse rows twice over: for each node, a slice of `targets`/`weights`
/// holding its out-edges sorted by target index, and the same for its in-edges sorted by source
/// index. The measures work on these `Int`/`Double` arrays only; names are looked up once, at the
/// edges of the API.
///
/// ```swift
/// let g = WeightedDigraph(nodes: ["alma-ata"], edges: [
///     (from: "alma-ata", to: "astrakhan", weight: 5),
///     (from: "alma-ata", to: "astrakhan", weight: 1),   // parallel: the edge weighs 6
///     (from: "astrakhan", to: "crimea", weight: 2),
/// ])
/// g.nodes                                   // ["alma-ata", "astrakhan", "crimea"]
/// g.weight(from: "alma-ata", to: "astrakhan") // 6
/// ```
///
/// Building takes O(V + E) time after the name look-ups (two counting-sort passes, no comparison sort).
public struct WeightedDigraph: Sendable {
    /// The node ids, in the graph's stable order (see the type's documentation).
    public let nodes: [String]
    let indexByName: [String: Int]
    /// Out-edges of each node, sorted by target index.
    let outgoing: CompressedRows
    /// In-edges of each node, sorted by source index (`targets` here holds the sources).
    let incoming: CompressedRows

    /// Builds the graph.
    ///
    /// - Parameters:
    ///   - nodes: node ids, in the order the graph should keep; repeats are dropped (first one wins).
    ///     Isolated nodes belong here, since no edge names them.
    ///   - edges: directed, weighted edges. Parallel edges are merged by adding their weights;
    ///     nodes named here but missing from `nodes` are appended in the order first named;
    ///     self-loops are kept (see the type's documentation).
    /// - Precondition: every weight is finite and greater than zero.
    /// - Complexity: O(V + E) plus one dictionary look-up per endpoint.
    public init(nodes: [String], edges: [(from: String, to: String, weight: Double)]) {
        var names: [String] = []
        names.reserveCapacity(nodes.count)
        var indexByName: [String: Int] = [:]
        indexByName.reserveCapacity(nodes.count)
        func indexAdding(_ name: String) -> Int {
            if let index = indexByName[name] { return index }
            indexByName[name] = names.count
            names.append(name)
            return names.count - 1
        }
        for name in nodes { _ = indexAdding(name) }
        var sources: [Int] = [], targets: [Int] = [], weights: [Double] = []
        sources.reserveCapacity(edges.count)
        targets.reserveCapacity(edges.count)
        weights.reserveCapacity(edges.count)
        for edge in edges {
            precondition(edge.weight > 0 && edge.weight.isFinite,
                         "WeightedDigraph: the weight of \(edge.from) → \(edge.to) is \(edge.weight); weights must be positive and finite")
            sources.append(indexAdding(edge.from))
            targets.append(indexAdding(edge.to))
            weights.append(edge.weight)
        }
        self.init(names: names, indexByName: indexByName, sources: sources, targets: targets, weights: weights)
    }

    /// Builds from indices into `names` (unique), merging parallel edges. Weights are checked by the caller.
    init(names: [String], indexByName: [String: Int], sources: [Int], targets: [Int], weights: [Double]) {
        self.nodes = names
        self.indexByName = indexByName
        let outgoing = CompressedRows.sortedMerged(nodeCount: names.count, sources: sources,
                                                   targets: targets, weights: weights)
        self.outgoing = outgoing
        self.incoming = outgoing.transposed()
    }

    private init(nodes: [String], indexByName: [String: Int], outgoing: CompressedRows, incoming: CompressedRows) {
        self.nodes = nodes
        self.indexByName = indexByName
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }

    /// The number of distinct `(from, to)` pairs, self-loops included.
    public var edgeCount: Int { outgoing.targets.count }

    /// The node's position in `nodes`, or `nil` if the graph has no such node. O(1) expected.
    public func index(of node: String) -> Int? { indexByName[node] }

    /// The (merged) weight of the edge `from → to`, or `nil` if there is none. O(log out-degree).
    public func weight(from: String, to: String) -> Double? {
        guard let u = indexByName[from], let v = indexByName[to] else { return nil }
        let row = outgoing.offsets[u]..<outgoing.offsets[u + 1]
        var low = row.lowerBound, high = row.upperBound
        while low < high {
            let mid = (low + high) / 2
            if outgoing.targets[mid] < v { low = mid + 1 } else { high = mid }
        }
        return low < row.upperBound && outgoing.targets[low] == v ? outgoing.weights[low] : nil
    }

    /// The nodes `node` writes to, with the edge weights, in node order; empty for an unknown node.
    public func successors(of node: String) -> [(node: String, weight: Double)] {
        guard let u = indexByName[node] else { return [] }
        return (outgoing.offsets[u]..<outgoing.offsets[u + 1]).map { (nodes[outgoing.targets[$0]], outgoing.weights[$0]) }
    }

    /// The nodes that write to `node`, with the edge weights, in node order; empty for an unknown node.
    public func predecessors(of node: String) -> [(node: String, weight: Double)] {
        guard let v = indexByName[node] else { return [] }
        return (incoming.offsets[v]..<incoming.offsets[v + 1]).map { (nodes[incoming.targets[$0]], incoming.weights[$0]) }
    }

    /// Every distinct edge with its merged weight, sorted by source then target in node order.
    public var edges: [(from: String, to: String, weight: Double)] {
        var result: [(from: String, to: String, weight: Double)] = []
        result.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for e in outgoing.offsets[u]..<outgoing.offsets[u + 1] {
                result.append((nodes[u], nodes[outgoing.targets[e]], outgoing.weights[e]))
            }
        }
        return result
    }

    /// The same graph with every edge turned round (`u → v` becomes `v → u`), same node order. O(1):
    /// the two halves of the storage swap places.
    public func reversed() -> WeightedDigraph {
        WeightedDigraph(nodes: nodes, indexByName: indexByName, outgoing: incoming, incoming: outgoing)
    }

    /// The symmetric graph: for every pair joined either way, both `u → v` and `v → u`, each weighing
    /// `w(u → v) + w(v → u)` (a missing direction counts 0). A self-loop keeps its weight (it is one
    /// edge, not two directions). Same node order. O(V + E).
    public func undirected() -> WeightedDigraph {
        var sources: [Int] = [], targets: [Int] = [], weights: [Double] = []
        sources.reserveCapacity(2 * edgeCount)
        targets.reserveCapacity(2 * edgeCount)
        weights.reserveCapacity(2 * edgeCount)
        for u in 0..<nodeCount {
            for e in outgoing.offsets[u]..<outgoing.offsets[u + 1] {
                let v = outgoing.targets[e], w = outgoing.weights[e]
                sources.append(u); targets.append(v); weights.append(w)
                if u != v { sources.append(v); targets.append(u); weights.append(w) }
            }
        }
        return WeightedDigraph(names: nodes, indexByName: indexByName, sources: sources, targets: targets, weights: weights)
    }

    /// The subgraph induced by `nodes`: those nodes (in this graph's order) and every edge between
    /// two of them. Ids not in the graph are ignored, as NetworkX's `G.subgraph` does. O(V + E).
    public func subgraph(_ nodes: Set<String>) -> WeightedDigraph {
        var newIndex = [Int](repeating: -1, count: nodeCount)
        var names: [String] = []
        var indexByName: [String: Int] = [:]
        for (i, name) in self.nodes.enumerated() where nodes.contains(name) {
            newIndex[i] = names.count
            indexByName[name] = names.count
            names.append(name)
        }
        var sources: [Int] = [], targets: [Int] = [], weights: [Double] = []
        for u in 0..<nodeCount where newIndex[u] >= 0 {
            for e in outgoing.offsets[u]..<outgoing.offsets[u + 1] where newIndex[outgoing.targets[e]] >= 0 {
                sources.append(newIndex[u]); targets.append(newIndex[outgoing.targets[e]]); weights.append(outgoing.weights[e])
            }
        }
        return WeightedDigraph(names: names, indexByName: indexByName, sources: sources, targets: targets, weights: weights)
    }

    /// Pairs each value of an index-based measure (`values[i]` belongs to `nodes[i]`) with its node id.
    public func keyedByNode<Value>(_ values: [Value]) -> [String: Value] {
        precondition(values.count == nodeCount, "one value per node expected")
        return Dictionary(uniqueKeysWithValues: zip(nodes, values))
    }
}

// MARK: - Storage

/// Compressed sparse rows: row `u` is `targets[offsets[u]..<offsets[u+1]]` with the matching `weights`.
struct CompressedRows: Sendable {
    var offsets: [Int]
    var targets: [Int]
    var weights: [Double]

    /// Rows sorted by target with parallel edges merged (weights added in input order): a stable
    /// counting sort by target, then a stable counting sort by source, then one merging pass.
    static func sortedMerged(nodeCount n: Int, sources: [Int], targets: [Int], weights: [Double]) -> CompressedRows {
        let m = sources.count
        // Pass 1: order the edges by target.
        var byTarget = [Int](repeating: 0, count: m)
        var start = [Int](repeating: 0, count: n + 1)
        for t in targets { start[t + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        for e in 0..<m { byTarget[start[targets[e]]] = e; start[targets[e]] += 1 }
        // Pass 2: stable by source, so each row ends up sorted by target.
        var order = [Int](repeating: 0, count: m)
        var rowStart = [Int](repeating: 0, count: n + 1)
        for s in sources { rowStart[s + 1] += 1 }
        for i in 0..<n { rowStart[i + 1] += rowStart[i] }
        var cursor = rowStart
        for e in byTarget { order[cursor[sources[e]]] = e; cursor[sources[e]] += 1 }
        // Pass 3: merge runs of the same (source, target).
        var offsets = [Int](repeating: 0, count: n + 1)
        var mergedTargets: [Int] = [], mergedWeights: [Double] = []
        mergedTargets.reserveCapacity(m)
        mergedWeights.reserveCapacity(m)
        for u in 0..<n {
            var k = rowStart[u]
            while k < rowStart[u + 1] {
                let t = targets[order[k]]
                var w = weights[order[k]]
                k += 1
                while k < rowStart[u + 1] && targets[order[k]] == t { w += weights[order[k]]; k += 1 }
                mergedTargets.append(t)
                mergedWeights.append(w)
            }
            offsets[u + 1] = mergedTargets.count
        }
        return CompressedRows(offsets: offsets, targets: mergedTargets, weights: mergedWeights)
    }

    /// The transpose (in-edges from out-edges); rows come out sorted because sources are visited in order.
    func transposed() -> CompressedRows {
        let n = offsets.count - 1, m = targets.count
        var newOffsets = [Int](repeating: 0, count: n + 1)
        for t in targets { newOffsets[t + 1] += 1 }
        for i in 0..<n { newOffsets[i + 1] += newOffsets[i] }
        var cursor = newOffsets
        var newTargets = [Int](repeating: 0, count: m), newWeights = [Double](repeating: 0, count: m)
        for u in 0..<n {
            for e in offsets[u]..<offsets[u + 1] {
                let slot = cursor[targets[e]]
                newTargets[slot] = u
                newWeights[slot] = weights[e]
                cursor[targets[e]] += 1
            }
        }
        return CompressedRows(offsets: newOffsets, targets: newTargets, weights: newWeights)
    }

    /// Row sums of the weights (strength).
    func rowSums() -> [Double] {
        (0..<(offsets.count - 1)).map { u in
            var sum = 0.0
            for e in offsets[u]..<offsets[u + 1] { sum += weights[e] }
            return sum
        }
    }

    /// Runs `body` with raw views of the rows, for inner loops free of bounds checks and reference
    /// counting. `lengths` replaces `weights` when given (it must have one entry per edge).
    func withView<Result>(lengths: [Double]? = nil, _ body: (RowsView) throws -> Result) rethrows -> Result {
        try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                try (lengths ?? weights).withUnsafeBufferPointer { weights in
                    try body(RowsView(offsets: offsets, targets: targets, weights: weights))
                }
            }
        }
    }
}

/// Raw, read-only view of `CompressedRows`, valid only inside `withView`. (Unsafe buffer
/// subscripts are checked in debug builds only.)
struct RowsView: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int>
    let weights: UnsafeBufferPointer<Double>
}

/// A raw pointer that may cross into `concurrentPerform`'s work items; each item writes a
/// disjoint part, which is what makes this safe.
struct SharedPointer<Pointee>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Pointee>
}

/// A read-only buffer that may cross into `concurrentPerform`'s work items (nobody writes it meanwhile).
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeBufferPointer<Element>
}

/// Runs `body(chunk)` for `chunk` in `0..<chunks`, on all cores when `chunks > 1`. Callers give
/// each chunk a fixed share of the work and combine the chunks' results in chunk order, so the
/// answer does not depend on which thread ran what.
func runChunks(_ chunks: Int, _ body: @Sendable (Int) -> Void) {
    if chunks <= 1 {
        body(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: chunks, execute: body)
    }
}

/// How many chunks an all-sources computation (betweenness, closeness) is split into: one for
/// small graphs, else a fixed 16 (independent of the machine, so results are reproducible bit for
/// bit anywhere), and never more than the number of sources.
func sourceChunkCount(nodeCount n: Int, edgeCount m: Int, parallel: Bool) -> Int {
    guard parallel, n * (n + m) >= 200_000 else { return 1 }
    return min(16, n)
}

// MARK: - Sparse matrix-vector products (PageRank, HITS)

extension CompressedRows {
    /// Splits the rows into at most `parts` contiguous ranges holding about the same number of
    /// edges each (so the work of a product is balanced).
    func balancedRanges(parts: Int) -> [Range<Int>] {
        let n = offsets.count - 1, m = targets.count
        guard parts > 1, n > 0 else { return [0..<n] }
        var ranges: [Range<Int>] = []
        var start = 0
        for part in 1...parts {
            var end = n
            if part < parts {
                // First row whose start offset reaches this part's share of the edges.
                let goal = m / parts * part
                var low = start, high = n
                while low < high {
                    let mid = (low + high) / 2
                    if offsets[mid] < goal { low = mid + 1 } else { high = mid }
                }
                end = low
            }
            if end > start { ranges.append(start..<end) }
            start = end
        }
        return ranges
    }

    /// `out[r] = scale · (Σ_{e in row r} weights[e] · values[targets[e]] + shift) + add` for every row
    /// `r`: the product of this matrix with `values`, with the affine part PageRank needs. Rows are
    /// spread over all cores for large graphs; each row is summed by one thread in edge order, so
    /// the result is the same however the rows are split.
    func multiply(_ values: [Double], into out: inout [Double], scale: Double = 1, shift: Double = 0, add: Double = 0) {
        let ranges = balancedRanges(parts: targets.count >= 200_000 ? 8 : 1)
        values.withUnsafeBufferPointer { values in
            out.withUnsafeMutableBufferPointer { out in
                let input = SharedBuffer(base: values)
                let output = SharedPointer(base: out.baseAddress!)
                withView { rows in
                    runChunks(ranges.count) { chunk in
                        for r in ranges[chunk] {
                            var sum = 0.0
                            for e in rows.offsets[r]..<rows.offsets[r + 1] {
                                sum += rows.weights[e] * input.base[rows.targets[e]]
                            }
                            output.base[r] = scale * (sum + shift) + add
                        }
                    }
                }
            }
        }
    }
}

// MARK: - Dijkstra's queue

/// A 4-ary min-heap of node indices keyed by tentative distance, with decrease-key: each node is
/// in the heap at most once, so the heap never holds more than `n` entries and never grows. Four
/// children a node halve the depth of a binary heap, and they sit side by side in memory. Keys are
/// kept beside the nodes (no indirection when sifting). Allocated once per worker and reused for
/// every source; `position` doubles as the settled flag.
struct IndexedMinHeap {
    private let keys: UnsafeMutablePointer<Double>
    private let nodes: UnsafeMutablePointer<Int>
    /// Where each node sits in the heap; `notSeen` or `settled` when it is not in it.
    let position: UnsafeMutablePointer<Int>
    private(set) var count = 0
    static let notSeen = -1, settled = -2

    init(nodeCount n: Int) {
        keys = .allocate(capacity: max(n, 1))
        nodes = .allocate(capacity: max(n, 1))
        position = .allocate(capacity: max(n, 1))
        position.initialize(repeating: Self.notSeen, count: n)
    }

    func deallocate() {
        keys.deallocate(); nodes.deallocate(); position.deallocate()
    }

    @inline(__always) func isSettled(_ node: Int) -> Bool { position[node] == Self.settled }

    /// Adds `node` with `key`, or lowers its key if it is already waiting.
    @inline(__always) mutating func insertOrDecrease(_ node: Int, key: Double) {
        var i = position[node]
        if i < 0 {
            i = count
            count += 1
        }
        // Sift up.
        while i > 0 {
            let parent = (i - 1) >> 2
            let parentKey = keys[parent]
            if parentKey <= key { break }
            keys[i] = parentKey
            nodes[i] = nodes[parent]
            position[nodes[i]] = i
            i = parent
        }
        keys[i] = key
        nodes[i] = node
        position[node] = i
    }

    /// Removes and returns the node with the smallest key, marking it settled. The heap must not be empty.
    @inline(__always) mutating func popMin() -> Int {
        let top = nodes[0]
        position[top] = Self.settled
        count -= 1
        guard count > 0 else { return top }
        let key = keys[count], node = nodes[count]
        // Sift the last entry down from the root.
        var i = 0
        while true {
            let first = 4 * i + 1
            if first >= count { break }
            var child = first
            var childKey = keys[first]
            let last = min(first + 4, count)
            var c = first + 1
            while c < last {
                let k = keys[c]
                if k < childKey { childKey = k; child = c }
                c += 1
            }
            if childKey >= key { break }
            keys[i] = childKey
            nodes[i] = nodes[child]
            position[nodes[i]] = i
            i = child
        }
        keys[i] = key
        nodes[i] = node
        position[node] = i
        return top
    }

    /// Forgets the settled marks of `nodes` (the heap itself is empty after a full search).
    func clear(_ visited: UnsafeMutablePointer<Int>, count: Int) {
        for i in 0..<count { position[visited[i]] = Self.notSeen }
    }
}
