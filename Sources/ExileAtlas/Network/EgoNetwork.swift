extension WeightedDigraph {
    /// The nodes within `depth` steps of `node`, following edges either way (the ego
    /// network's members; pass them to `subgraph` for the graph itself).
    ///
    /// Breadth-first search over successors and predecessors: O(V + E).
    ///
    /// ```swift
    /// let around = graph.ego("rakovsky", depth: 1)   // Rakovsky and everyone he wrote to or heard from
    /// ```
    public func ego(_ node: String, depth: Int) -> Set<String> {
        guard index(of: node) != nil else { return [] }
        var seen: Set<String> = [node]
        var frontier = [node]
        for _ in 0..<max(0, depth) {
            var next: [String] = []
            for current in frontier {
                for neighbour in successors(of: current).map(\.node) + predecessors(of: current).map(\.node)
                where seen.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return seen
    }
}
