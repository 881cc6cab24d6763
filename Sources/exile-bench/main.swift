// exile-bench: times the library's own calls in one process, for scripts/bench.
//
//   exile-bench route DB PAIRS          plan a route for each "from to" line of PAIRS
//   exile-bench pagerank NODES EDGES    PageRank of the letter graph (EDGES: "u v" lines, ids 0..<NODES)
//   exile-bench hits NODES EDGES        HITS hubs and authorities of the same graph
//   exile-bench betweenness EDGES       weighted betweenness ("u v weight" lines; length 1/weight)
//   exile-bench geodesic POINTS OUT [N] inverse problems for POINTS (float64 lat1 lon1 lat2 lon2 ...),
//                                       N times (5); distances written to OUT (float64, metres)
//   exile-bench query DB PLACE [N]      the place query of `exile exiles --place`, N times
//   exile-bench robustness EDGES DRAWS  hub robustness: DRAWS draws of weighted betweenness over the
//                                       letters of EDGES ("u v weight": weight letters u to v, each
//                                       dated to two months of 1928), sliced to 1928-04/1928-10
//   exile-bench reach DB PLACE          every place reachable from PLACE (the planner's reach), 3 times
//
// Prints one JSON object: seconds of each phase (`load`, `build`, `run`: the algorithm alone)
// and what the run found (path lengths, top-10 ids), for scripts/bench to check and compare.
import ExileAtlas
import Foundation

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let value = try body()
    return (value, now() - start)
}

func emit(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write("\n".data(using: .utf8)!)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write("exile-bench: \(message)\n".data(using: .utf8)!)
    exit(2)
}

func lines(_ path: String) -> [Substring] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return text.split(separator: "\n")
}

/// The ids of the ten largest values (ties by node order).
func top10(_ values: [Double], nodes: [String]) -> [String] {
    values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }.prefix(10).map { nodes[$0] }
}

/// A graph over nodes "0" ..< count from "u v" or "u v weight" lines.
func readGraph(_ path: String, nodeCount: Int?) -> WeightedDigraph {
    var edges: [(from: String, to: String, weight: Double)] = []
    var maxNode = -1
    for line in lines(path) {
        let fields = line.split(separator: " ")
        guard fields.count >= 2 else { continue }
        edges.append((String(fields[0]), String(fields[1]), fields.count > 2 ? Double(fields[2])! : 1))
        maxNode = max(maxNode, Int(fields[0])!, Int(fields[1])!)
    }
    let nodes = nodeCount.map { (0..<$0).map(String.init) } ?? []
    return WeightedDigraph(nodes: nodes, edges: edges)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: exile-bench route|pagerank|hits|betweenness|geodesic|query|robustness|reach ...") }

switch arguments[1] {
case "route":
    let atlas = try Atlas.open(at: URL(fileURLWithPath: arguments[2]))
    let pairs = lines(arguments[3]).map { $0.split(separator: " ").map(String.init) }
    let (links, load) = try timed { try atlas.links() }
    let (planner, build) = timed { RoutePlanner(links: links, speeds: [:]) }
    var lengths: [Double] = [], legs: [Int] = []
    var runs: [Double] = []
    for repeat_ in 0..<3 {
        let start = now()
        var found: [Double] = [], counted: [Int] = []
        for pair in pairs {
            switch planner.plan(from: pair[0], to: pair[1]) {
            case let .success(route): found.append(route.lengthKm); counted.append(route.steps.count)
            case .failure: found.append(-1); counted.append(-1)
            }
        }
        runs.append(now() - start)
        if repeat_ == 0 { lengths = found; legs = counted }
    }
    emit(["load": load, "build": build, "run": runs.sorted()[1], "runs": runs, "pairs": pairs.count,
          "lengths": lengths, "legs": legs, "links": links.count])

case "pagerank", "hits":
    let (g, build) = timed { readGraph(arguments[3], nodeCount: Int(arguments[2])!) }
    var runs: [Double] = []
    var result: [String: Any] = [:]
    for _ in 0..<3 {
        if arguments[1] == "pagerank" {
            let (r, t) = timed { Centrality.pageRankValues(g) }
            runs.append(t)
            result = ["top10": top10(r.values, nodes: g.nodes), "iterations": r.iterations, "converged": r.converged]
        } else {
            let (r, t) = timed { Centrality.hitsValues(g) }
            runs.append(t)
            result = ["top10": top10(r.hubs, nodes: g.nodes), "top10_authorities": top10(r.authorities, nodes: g.nodes),
                      "iterations": r.iterations, "converged": r.converged]
        }
    }
    result["build"] = build
    result["run"] = runs.sorted()[1]
    result["runs"] = runs
    result["nodes"] = g.nodeCount
    result["edges"] = g.edgeCount
    emit(result)

case "betweenness":
    let (g, build) = timed { readGraph(arguments[2], nodeCount: nil) }
    var runs: [Double] = []
    var values: [Double] = []
    for _ in 0..<3 {
        let (v, t) = timed { Centrality.betweennessValues(g, weighted: true, normalized: true) }
        runs.append(t)
        values = v
    }
    // On one core too, to set beside igraph's and NetworkX's single-threaded runs.
    let (serial, serialTime) = timed { Centrality.betweennessValues(g, weighted: true, normalized: true, parallel: false) }
    emit(["build": build, "run": runs.sorted()[1], "runs": runs, "top10": top10(values, nodes: g.nodes),
          "run_serial": serialTime, "top10_serial": top10(serial, nodes: g.nodes),
          "nodes": g.nodeCount, "edges": g.edgeCount])

case "robustness":
    guard arguments.count >= 4, let draws = Int(arguments[3]) else { fail("usage: exile-bench robustness EDGES DRAWS") }
    // Letters from the slice's edges: one per unit of weight, each dated to two months, so
    // that draws move those of March-April and October-November across the slice's ends.
    let evidence = Evidence(sourceID: "bench", locator: "generated")
    let ((letters, nodes), build) = timed { () -> ([Letter], Set<String>) in
        var letters: [Letter] = [], nodes = Set<String>()
        for (number, line) in lines(arguments[2]).enumerated() {
            let fields = line.split(separator: " ")
            guard fields.count >= 2 else { continue }
            let from = String(fields[0]), to = String(fields[1])
            nodes.formUnion([from, to])
            let count = fields.count > 2 ? max(1, Int(Double(fields[2])!.rounded())) : 1
            for copy in 0..<count {
                let month = 1 + (number * 7 + copy * 5) % 11
                func text(_ m: Int) -> String { "1928-" + (m < 10 ? "0" : "") + String(m) }
                let date = try! HistoricalDate(parsing: text(month) + "/" + text(month + 1))
                letters.append(Letter(id: "b\(number)-\(copy)", kind: .letter, date: date, senderID: nil, senderPlaceID: from,
                                      recipientPlaceID: to, evidence: evidence))
            }
        }
        return (letters, nodes)
    }
    let slice = try! HistoricalDate(parsing: "1928-04/1928-10")
    let robustness = HubRobustness(letters: letters, contacts: [], exiles: [], tallies: [], by: .place, during: slice)
    let (_, measureTime) = timed { CentralityMeasure.betweenness.scores(robustness.network.graph, weighted: true) }
    let (outcome, run) = timed { try! robustness.run(measure: .betweenness, weighted: true, draws: draws, seed: 1928) }
    emit(["build": build, "run": run, "draws": draws, "per_draw": run / Double(max(draws, 1)), "measure": measureTime,
          "nodes": robustness.network.graph.nodeCount, "edges": robustness.network.graph.edgeCount, "letters": letters.count,
          "places": nodes.count, "spearman_median": outcome.spearman?.median ?? -1,
          "top10": outcome.nodes.prefix(10).map(\.node)])

case "reach":
    guard arguments.count >= 4 else { fail("usage: exile-bench reach DB PLACE") }
    let atlas = try Atlas.open(at: URL(fileURLWithPath: arguments[2]))
    let (links, load) = try timed { try atlas.links() }
    let (planner, build) = timed { RoutePlanner(links: links, speeds: [:]) }
    var runs: [Double] = [], reached = 0
    for _ in 0..<3 {
        let (found, t) = timed { planner.reach(from: arguments[3]) }
        runs.append(t)
        if case let .success(reach) = found { reached = reach.routes.count }
    }
    emit(["load": load, "build": build, "run": runs.sorted()[1], "runs": runs, "reached": reached, "links": links.count])

case "geodesic":
    guard let data = FileManager.default.contents(atPath: arguments[2]) else { fail("cannot read \(arguments[2])") }
    let points: [Double] = data.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
    let count = points.count / 4
    var distances = [Double](repeating: 0, count: count)
    var runs: [Double] = []
    let repeats = arguments.count > 4 ? Int(arguments[4])! : 5
    for _ in 0..<repeats {
        let start = now()
        for i in 0..<count {
            let a = Coordinate(latitude: points[4 * i], longitude: points[4 * i + 1])
            let b = Coordinate(latitude: points[4 * i + 2], longitude: points[4 * i + 3])
            distances[i] = Geodesic.inverse(a, b).distance
        }
        runs.append(now() - start)
    }
    let out = distances.withUnsafeBufferPointer { Data(buffer: $0) }
    guard FileManager.default.createFile(atPath: arguments[3], contents: out) else {
        FileHandle.standardError.write(Data("exile-bench: cannot write \(arguments[3])\n".utf8))
        exit(1)
    }
    emit(["run": runs.sorted()[runs.count / 2], "runs": runs, "count": count])

case "query":
    let (atlas, open) = try timed { try Atlas.open(at: URL(fileURLWithPath: arguments[2])) }
    let repeats = arguments.count > 4 ? Int(arguments[4])! : 20
    var runs: [Double] = []
    var rows = 0
    for _ in 0..<repeats {
        let start = now()
        var filter = ExileFilter()
        filter.placeIDs = try atlas.placeAndDescendants(arguments[3])
        rows = try atlas.exiles(filter).count
        runs.append(now() - start)
    }
    emit(["open": open, "run": runs.sorted()[runs.count / 2], "runs": runs, "rows": rows])

default:
    fail("unknown task \(arguments[1])")
}
