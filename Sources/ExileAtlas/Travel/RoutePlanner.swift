import HeapModule

/// Shortest or fastest paths over the period's transport links, as of a date.
///
/// Dijkstra's algorithm (E. W. Dijkstra, "A note on two problems in connexion with graphs",
/// Numerische Mathematik 1, 269-271, 1959) on a binary heap: O((V + E) log V). Ties are
/// broken by fewer legs, then by the link ids, so the same question always gets the same
/// answer.
///
/// ```swift
/// let planner = RoutePlanner(links: links, speeds: [.rail: 25, .road: 10])
/// let route = planner.plan(from: "moscow", to: "alma-ata", on: try HistoricalDate(parsing: "1928-01"))
/// ```
public struct RoutePlanner: Sendable {
    /// What a route minimises.
    public enum Criterion: String, Sendable, CaseIterable {
        case distance, time
    }

    /// One link of a route, in the direction travelled.
    public struct Step: Sendable, Hashable {
        public var link: TransportLink
        public var fromPlaceID: String
        public var toPlaceID: String
        public var lengthKm: Double
        public var hours: Double
    }

    /// A planned route: its steps and totals.
    public struct Route: Sendable, Hashable {
        public var steps: [Step]
        public var lengthKm: Double { steps.reduce(0) { $0 + $1.lengthKm } }
        public var hours: Double { steps.reduce(0) { $0 + $1.hours } }
    }

    /// Why no route could be planned.
    public enum Failure: Error, Sendable, Equatable {
        /// A place has no usable link at all under the constraints.
        case noLinks(placeID: String)
        /// Both places have links, but none joins them under the constraints.
        case unreachable
        /// A mode has no speed, so time cannot be measured.
        case noSpeed(TravelMode)
    }

    private let adjacency: [String: [Step]]
    private let speeds: [TravelMode: Double]

    /// - Parameters:
    ///   - links: the network.
    ///   - speeds: km/h for each mode (needed for `.time`, and to report hours).
    public init(links: [TransportLink], speeds: [TravelMode: Double]) {
        var adjacency: [String: [Step]] = [:]
        for link in links {
            let hours = speeds[link.mode].map { link.lengthKm / $0 } ?? .nan
            adjacency[link.fromPlaceID, default: []].append(
                Step(link: link, fromPlaceID: link.fromPlaceID, toPlaceID: link.toPlaceID, lengthKm: link.lengthKm, hours: hours))
            if link.bidirectional {
                adjacency[link.toPlaceID, default: []].append(
                    Step(link: link, fromPlaceID: link.toPlaceID, toPlaceID: link.fromPlaceID, lengthKm: link.lengthKm, hours: hours))
            }
        }
        self.adjacency = adjacency
        self.speeds = speeds
    }

    /// The best route from one place to another.
    /// - Parameters:
    ///   - origin: place id to start from.
    ///   - destination: place id to reach.
    ///   - date: only links open at this date are used; nil uses all.
    ///   - modes: only these modes, if given.
    ///   - avoiding: never these modes.
    ///   - criterion: minimise kilometres or hours.
    /// - Returns: the route (empty steps when origin is the destination), or why there is none.
    public func plan(from origin: String, to destination: String, on date: HistoricalDate? = nil,
                     modes: Set<TravelMode>? = nil, avoiding: Set<TravelMode> = [],
                     by criterion: Criterion = .distance) -> Result<Route, Failure> {
        func usable(_ step: Step) -> Bool {
            step.link.isOpen(at: date) && !avoiding.contains(step.link.mode)
                && (modes?.contains(step.link.mode) ?? true)
        }
        if criterion == .time, let mode = adjacency.values.joined().first(where: { usable($0) && speeds[$0.link.mode] == nil })?.link.mode {
            return .failure(.noSpeed(mode))
        }
        if origin == destination { return .success(Route(steps: [])) }
        for place in [origin, destination] where !(adjacency[place] ?? []).contains(where: usable) {
            return .failure(.noLinks(placeID: place))
        }

        struct Label: Comparable {
            var cost: Double, legs: Int, tie: [String], place: String
            static func < (a: Label, b: Label) -> Bool {
                if a.cost != b.cost { return a.cost < b.cost }
                if a.legs != b.legs { return a.legs < b.legs }
                return a.tie.lexicographicallyPrecedes(b.tie)
            }
        }
        var best: [String: (cost: Double, legs: Int, tie: [String])] = [origin: (0, 0, [])]
        var previous: [String: Step] = [:]
        var settled: Set<String> = []
        var heap = Heap<Label>([Label(cost: 0, legs: 0, tie: [], place: origin)])
        while let label = heap.popMin() {
            guard !settled.contains(label.place) else { continue }
            settled.insert(label.place)
            if label.place == destination { break }
            for step in adjacency[label.place] ?? [] where usable(step) && !settled.contains(step.toPlaceID) {
                let cost = label.cost + (criterion == .distance ? step.lengthKm : step.hours)
                let candidate = (cost: cost, legs: label.legs + 1, tie: label.tie + [step.link.id])
                if let known = best[step.toPlaceID], !Self.better(candidate, than: known) { continue }
                best[step.toPlaceID] = candidate
                previous[step.toPlaceID] = step
                heap.insert(Label(cost: cost, legs: candidate.legs, tie: candidate.tie, place: step.toPlaceID))
            }
        }
        guard settled.contains(destination) else { return .failure(.unreachable) }
        var steps: [Step] = []
        var place = destination
        while let step = previous[place], place != origin {
            steps.append(step)
            place = step.fromPlaceID
        }
        return .success(Route(steps: steps.reversed()))
    }

    /// Lower cost wins; equal costs (within a millimetre or a second) go to fewer legs, then
    /// to the lexicographically first list of link ids.
    private static func better(_ a: (cost: Double, legs: Int, tie: [String]),
                               than b: (cost: Double, legs: Int, tie: [String])) -> Bool {
        if abs(a.cost - b.cost) > 1e-6 { return a.cost < b.cost }
        if a.legs != b.legs { return a.legs < b.legs }
        return a.tie.lexicographicallyPrecedes(b.tie)
    }
}
