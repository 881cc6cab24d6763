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
        /// The shortest route in kilometres, or the fastest in hours at each mode's speed.
        case distance, time
    }

    /// One link of a route, in the direction travelled.
    public struct Step: Sendable, Hashable {
        /// The link the step follows.
        public var link: TransportLink
        /// The place the step leaves, a `place` id (the link's `toPlaceID` when run backwards).
        public var fromPlaceID: String
        /// The place the step reaches, a `place` id.
        public var toPlaceID: String
        /// The link's length in kilometres.
        public var lengthKm: Double
        /// Hours at the mode's speed (`lengthKm / speed`); NaN when the planner has no speed for
        /// the mode.
        public var hours: Double
    }

    /// A planned route: its steps and totals.
    public struct Route: Sendable, Hashable {
        /// The steps from the origin to the destination; empty when they are the same place.
        public var steps: [Step]
        /// The total length in kilometres.
        public var lengthKm: Double { steps.reduce(0) { $0 + $1.lengthKm } }
        /// The total time in hours; NaN when a step's mode has no speed.
        public var hours: Double { steps.reduce(0) { $0 + $1.hours } }
    }

    /// Why no route could be planned.
    public enum Failure: Error, Sendable, Equatable {
        /// A place has no link of the modes allowed (none at all, when no modes are named):
        /// it is off the network, or on it by other modes only.
        case noLinks(placeID: String)
        /// A place has links of the modes allowed, but none of them is open at the date; `open`
        /// is when they are (from the first day one opens to the last day one is open).
        case closed(placeID: String, on: HistoricalDate, open: ClosedRange<Day>)
        /// No link of the network (of the modes allowed) is open at the date; `open` is when
        /// the network is (from the first day a link opens to the last day one is open).
        case networkClosed(on: HistoricalDate, open: ClosedRange<Day>)
        /// Both places have links, but none joins them under the constraints.
        case unreachable
        /// A mode has no speed, so time cannot be measured.
        case noSpeed(TravelMode)
    }

    /// The network: each link once; a step is a link in one direction it runs. The steps from
    /// place `u` are `offsets[u] ..< offsets[u + 1]`, in the order the links were given; places
    /// are numbered in the order the links first name them. Each step is a few numbers in
    /// parallel arrays, so that the search touches small arrays, and `Step` values are made
    /// only for the route found.
    private let links: [TransportLink]
    private let offsets: [Int]
    private let placeIndex: [String: Int]
    private let placeIDs: [String]
    private let sources: [Int32]
    private let targets: [Int32]
    private let linkOfStep: [Int32]
    private let lengths: [Double]
    private let hours: [Double]
    private let modeIndex: [UInt8]
    private let speeds: [TravelMode: Double]

    private static let modes = TravelMode.allCases

    /// Builds the network once, so that many routes can be planned over it.
    ///
    /// - Parameters:
    ///   - links: the network.
    ///   - speeds: km/h for each mode (needed for `.time`, and to report hours).
    public init(links: [TransportLink], speeds: [TravelMode: Double]) {
        var placeIndex: [String: Int] = [:]
        var placeIDs: [String] = []
        func index(_ place: String) -> Int32 {
            if let known = placeIndex[place] { return Int32(known) }
            placeIndex[place] = placeIDs.count
            placeIDs.append(place)
            return Int32(placeIDs.count - 1)
        }
        // (from, to, link) for every step, in the order of the links.
        var raw: [(from: Int32, to: Int32, link: Int32)] = []
        raw.reserveCapacity(2 * links.count)
        for (number, link) in links.enumerated() {
            let from = index(link.fromPlaceID), to = index(link.toPlaceID)
            raw.append((from, to, Int32(number)))
            if link.bidirectional { raw.append((to, from, Int32(number))) }
        }
        // A stable counting sort by the place a step leaves from.
        let n = placeIDs.count
        var offsets = [Int](repeating: 0, count: n + 1)
        for step in raw { offsets[Int(step.from) + 1] += 1 }
        for u in 0..<n { offsets[u + 1] += offsets[u] }
        var cursor = offsets
        var order = [Int](repeating: 0, count: raw.count)
        for (position, step) in raw.enumerated() {
            order[cursor[Int(step.from)]] = position
            cursor[Int(step.from)] += 1
        }
        let modeNumbers = Dictionary(uniqueKeysWithValues: Self.modes.enumerated().map { ($1, UInt8($0)) })
        let linkHours = links.map { link in speeds[link.mode].map { link.lengthKm / $0 } ?? .nan }
        self.links = links
        self.offsets = offsets
        self.placeIndex = placeIndex
        self.placeIDs = placeIDs
        self.sources = order.map { raw[$0].from }
        self.targets = order.map { raw[$0].to }
        self.linkOfStep = order.map { raw[$0].link }
        self.lengths = linkOfStep.map { links[Int($0)].lengthKm }
        self.hours = linkOfStep.map { linkHours[Int($0)] }
        self.modeIndex = linkOfStep.map { modeNumbers[links[Int($0)].mode]! }
        self.speeds = speeds
    }

    /// Whether a place is an end of some link of the network (open or not at any date).
    ///
    /// ```swift
    /// planner.isOnNetwork("alma-ata")   // true; a house in Alma Ata is not
    /// ```
    public func isOnNetwork(_ placeID: String) -> Bool { placeIndex[placeID] != nil }

    /// Step `e` as the route reports it.
    private func step(_ e: Int) -> Step {
        let link = links[Int(linkOfStep[e])]
        return Step(link: link, fromPlaceID: placeIDs[Int(sources[e])], toPlaceID: placeIDs[Int(targets[e])],
                    lengthKm: link.lengthKm, hours: hours[e])
    }

    /// Whether the date alone shuts these steps: they include some of the modes allowed, but
    /// none of those is open at the date. Returns when they are open (the first day one opens
    /// to the last day one is open), or nil when the date is not the cause.
    private func closure(on date: HistoricalDate, steps: [Int], allowed: [Bool]) -> ClosedRange<Day>? {
        let candidates = steps.filter { allowed[Int(modeIndex[$0])] }.map { links[Int(linkOfStep[$0])] }
        guard !candidates.isEmpty, !candidates.contains(where: { $0.isOpen(at: date) }) else { return nil }
        let periods = candidates.compactMap(\.valid)   // every one is dated: an undated link is always open
        guard let first = periods.map(\.earliest).min(), let last = periods.map(\.latest).max() else { return nil }
        return first...last
    }

    /// The best route from one place to another.
    /// - Parameters:
    ///   - origin: place id to start from.
    ///   - destination: place id to reach.
    ///   - date: only links open at this date are used; nil uses all.
    ///   - modes: only these modes, if given.
    ///   - avoiding: never these modes.
    ///   - criterion: minimise kilometres or hours.
    /// - Returns: the route (empty steps when origin is the destination), or why there is none:
    ///   the date shuts the whole network, or the links of an end place, before any search.
    public func plan(from origin: String, to destination: String, on date: HistoricalDate? = nil,
                     modes: Set<TravelMode>? = nil, avoiding: Set<TravelMode> = [],
                     by criterion: Criterion = .distance) -> Result<Route, Failure> {
        let network: Usable
        switch usableNetwork(on: date, modes: modes, avoiding: avoiding, by: criterion) {
        case let .success(found): network = found
        case .failure(.networkClosed) where origin == destination: return .success(Route(steps: []))
        case let .failure(failure): return .failure(failure)
        }
        if origin == destination { return .success(Route(steps: [])) }
        for place in [origin, destination] {
            if let failure = onNetwork(place, network) { return .failure(failure) }
        }
        let source = placeIndex[origin]!, target = placeIndex[destination]!
        let tree = search(from: source, until: target, network)
        guard tree.settled[target] else { return .failure(.unreachable) }
        return .success(route(to: target, from: source, in: tree))
    }

    /// Every place reachable from one place over the links usable under the constraints, each
    /// with its best route (ORBIS's question: how far, in days or km, was each place?).
    ///
    /// The same search as `plan(from:to:on:modes:avoiding:by:)`, run until every place it can
    /// reach is settled, so each route here is the one `plan` gives for that destination.
    ///
    /// ```swift
    /// let june = try HistoricalDate(parsing: "1928-06")
    /// let reach = try planner.reach(from: "alma-ata", on: june, by: .time).get()
    /// reach.routes["moscow"]?.hours  // the fastest way, at each mode's speed
    /// ```
    ///
    /// - Parameters:
    ///   - origin: the place to start from, a `place` id.
    ///   - date: only links open at this date are used; nil uses all.
    ///   - modes: only these modes, if given.
    ///   - avoiding: never these modes.
    ///   - criterion: minimise kilometres or hours.
    /// - Returns: the routes and the places of the network out of reach, or why there are none.
    public func reach(from origin: String, on date: HistoricalDate? = nil, modes: Set<TravelMode>? = nil,
                      avoiding: Set<TravelMode> = [], by criterion: Criterion = .distance) -> Result<Reach, Failure> {
        let network: Usable
        switch usableNetwork(on: date, modes: modes, avoiding: avoiding, by: criterion) {
        case let .success(found): network = found
        case let .failure(failure): return .failure(failure)
        }
        if let failure = onNetwork(origin, network) { return .failure(failure) }
        let source = placeIndex[origin]!
        let tree = search(from: source, until: nil, network)
        var routes: [String: Route] = [:]
        var unreachable: [String] = []
        for v in placeIDs.indices where v != source {
            if tree.settled[v] { routes[placeIDs[v]] = route(to: v, from: source, in: tree) } else { unreachable.append(placeIDs[v]) }
        }
        return .success(Reach(origin: origin, routes: routes, unreachable: unreachable.sorted()))
    }

    /// What `reach(from:on:modes:avoiding:by:)` finds.
    public struct Reach: Sendable, Hashable {
        /// Where the routes start, a `place` id.
        public var origin: String
        /// The best route to every place reachable, by `place` id (the origin left out).
        public var routes: [String: Route]
        /// The places on the network that no usable link reaches from the origin, sorted by id.
        public var unreachable: [String]
    }

    /// The steps usable under the constraints, and the weight of each step.
    private struct Usable {
        var allowed: [Bool]
        var date: HistoricalDate?
        var weights: [Double]
    }

    /// Whether step `e` may be used: its mode is allowed and its link open at the date.
    private func usable(_ e: Int, _ network: Usable) -> Bool {
        network.allowed[Int(modeIndex[e])] && (network.date == nil || links[Int(linkOfStep[e])].isOpen(at: network.date))
    }

    /// The network under the constraints, or why it cannot be searched (a mode without speed
    /// when time is asked, nothing open at the date).
    private func usableNetwork(on date: HistoricalDate?, modes: Set<TravelMode>?, avoiding: Set<TravelMode>,
                               by criterion: Criterion) -> Result<Usable, Failure> {
        let allowed = Self.modes.map { !avoiding.contains($0) && (modes?.contains($0) ?? true) }
        let network = Usable(allowed: allowed, date: date, weights: criterion == .distance ? lengths : hours)
        if criterion == .time, let e = targets.indices.first(where: { usable($0, network) && hours[$0].isNaN }) {
            return .failure(.noSpeed(links[Int(linkOfStep[e])].mode))
        }
        if let date, let open = closure(on: date, steps: Array(targets.indices), allowed: allowed) {
            return .failure(.networkClosed(on: date, open: open))
        }
        return .success(network)
    }

    /// Why a place cannot start or end a route (off the network, or all its links closed at
    /// the date), or nil when it can.
    private func onNetwork(_ place: String, _ network: Usable) -> Failure? {
        guard let u = placeIndex[place] else { return .noLinks(placeID: place) }
        let steps = Array(offsets[u]..<offsets[u + 1])
        guard !steps.contains(where: { usable($0, network) }) else { return nil }
        guard let date = network.date, let open = closure(on: date, steps: steps, allowed: network.allowed) else {
            return .noLinks(placeID: place)
        }
        return .closed(placeID: place, on: date, open: open)
    }

    /// A shortest-path tree: for each place, the step that reached it on the best path, and
    /// whether it was settled.
    private struct Tree {
        var previous: [Int32]
        var settled: [Bool]
    }

    /// Dijkstra on a binary heap from `source`, stopping once `target` (if any) is settled.
    /// `previous[v]` is the step that reached v on the best path known; a path's list of link
    /// ids (the last tie-break) is rebuilt from it only when two paths are equal in cost and legs.
    private func search(from source: Int, until target: Int?, _ network: Usable) -> Tree {
        struct Label: Comparable {
            var cost: Double, legs: Int32, place: Int32
            static func < (a: Label, b: Label) -> Bool {
                if a.cost != b.cost { return a.cost < b.cost }
                if a.legs != b.legs { return a.legs < b.legs }
                return a.place < b.place
            }
        }
        let weights = network.weights
        let n = placeIndex.count
        var cost = [Double](repeating: .infinity, count: n)
        var legs = [Int32](repeating: 0, count: n)
        var previous = [Int32](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        func linkIDs(to place: Int) -> [String] {
            var ids: [String] = []
            var v = place
            while v != source, previous[v] >= 0 {
                let e = Int(previous[v])
                ids.append(links[Int(linkOfStep[e])].id)
                v = Int(sources[e])
            }
            return ids.reversed()
        }
        cost[source] = 0
        var heap = Heap<Label>([Label(cost: 0, legs: 0, place: Int32(source))])
        while let label = heap.popMin() {
            let u = Int(label.place)
            guard !settled[u] else { continue }
            settled[u] = true
            if u == target { break }
            let costToU = cost[u], legsToU = legs[u]
            for e in offsets[u]..<offsets[u + 1] {
                let v = Int(targets[e])
                guard !settled[v], usable(e, network) else { continue }
                let candidate = costToU + weights[e]
                let known = cost[v]
                if known.isFinite {
                    if abs(candidate - known) > 1e-6 {
                        if candidate >= known { continue }
                    } else if legsToU + 1 != legs[v] {
                        if legsToU + 1 > legs[v] { continue }
                    } else {
                        let mine = linkIDs(to: u) + [links[Int(linkOfStep[e])].id]
                        guard mine.lexicographicallyPrecedes(linkIDs(to: v)) else { continue }
                    }
                }
                cost[v] = candidate
                legs[v] = legsToU + 1
                previous[v] = Int32(e)
                heap.insert(Label(cost: candidate, legs: legsToU + 1, place: Int32(v)))
            }
        }
        return Tree(previous: previous, settled: settled)
    }

    /// The route the tree holds from `source` to `target`.
    private func route(to target: Int, from source: Int, in tree: Tree) -> Route {
        var route: [Step] = []
        var v = target
        while v != source, tree.previous[v] >= 0 {
            route.append(step(Int(tree.previous[v])))
            v = Int(sources[Int(tree.previous[v])])
        }
        return Route(steps: route.reversed())
    }
}
