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

/// Which node an ego network centres on, and by what, from what a name found: the name says
/// whether it is a person or a place, as `exile relay` reads it.
///
/// - A person in a network by person, or a place in a network by place: that node.
/// - No mode asked: the name's own (a person gives a network by person).
/// - A place in a network by person: the place's node (it stands for the unnamed people there).
/// - A person in a network by place: the person's place by `Placement` during the period
///   (with none, their first stay), with the other places of the period as `alternatives`;
///   a failure when the person has no place then.
///
/// ```swift
/// let ego = try EgoChoice.choose(.person("rakovsky"), mode: nil, during: nil, placement: placement).get()
/// (ego.mode, ego.node)   // (.person, "rakovsky")
/// ```
public struct EgoChoice: Sendable, Hashable {
    /// Why the node and the mode are these.
    public enum Reason: Sendable, Hashable {
        /// The name is of the kind the mode asks for.
        case asAsked
        /// No mode was asked: the mode follows the name.
        case modeFromName
        /// A network by place was asked for a person: the node is their place.
        case personsPlace(person: String)
    }

    /// Why no node can be chosen.
    public enum Failure: Error, Sendable, Hashable {
        /// A network by place was asked for a person of no known place in the period; the
        /// places the stays give, if several overlap and none can be chosen.
        case unplaced(person: String, candidates: [String])
    }

    /// Whether the ego network is by person or by place.
    public var mode: NetworkMode
    /// The ego node: a person id, or a place id in a network by place.
    public var node: String
    /// Why the node and the mode are these (as asked, from the name, or a person's place).
    public var reason: Reason
    /// For `.personsPlace`: the person's other places in the period.
    public var alternatives: [String] = []

    /// The node and mode for `party`.
    /// - Parameters:
    ///   - party: what the name found (a person, or a place with the places inside it).
    ///   - mode: the mode asked for, or nil to follow the name.
    ///   - during: the network's period, to place a person.
    ///   - placement: where people were.
    public static func choose(_ party: Party, mode: NetworkMode?, during: HistoricalDate?,
                              placement: Placement) -> Result<EgoChoice, Failure> {
        switch (party, mode) {
        case let (.person(id), nil):
            return .success(EgoChoice(mode: .person, node: id, reason: .modeFromName))
        case let (.person(id), .person?):
            return .success(EgoChoice(mode: .person, node: id, reason: .asAsked))
        case let (.person(id), .place?):
            let candidates = placement.candidates(of: id, at: during)
            guard let place = placement.place(of: id, at: during) else {
                return .failure(.unplaced(person: id, candidates: candidates))
            }
            return .success(EgoChoice(mode: .place, node: place, reason: .personsPlace(person: id),
                                      alternatives: candidates.filter { $0 != place }))
        case let (.places(ids), nil):
            return .success(EgoChoice(mode: .place, node: ids[0], reason: .modeFromName))
        case let (.places(ids), mode?):
            return .success(EgoChoice(mode: mode, node: ids[0], reason: .asAsked))
        }
    }
}
