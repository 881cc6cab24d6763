import ArgumentParser
import ExileAtlas

struct HubsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hubs",
        abstract: "Rank the hubs of the correspondence network by a centrality measure.",
        discussion: """
            The network is built from the documented letters, telegrams and circulars, the \
            regular contacts and the relays ('exile network' lists its edges). Measures: \
            degree (in + out), strength (messages in + out), betweenness (Brandes 2001; \
            --weighted takes more messages as a shorter tie), closeness, pagerank, hits \
            (Kleinberg 1999: hubs and authorities). Aggregate figures the sources give \
            (800 political letters sent, April-October 1928) are never made into letters: \
            they are shown beside the node they describe, as a bound on its strength.

            Examples:
              exile hubs
              exile hubs --measure betweenness --by person
              exile hubs --measure pagerank --during 1928-04/1928-10 --top 5
              exile hubs --measure hits --format json
            """
    )

    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case degree, strength, betweenness, closeness, pagerank, hits
    }

    @Option(help: "The measure: degree, strength, betweenness, closeness, pagerank or hits.")
    var measure: Measure = .strength

    @OptionGroup var graph: NetworkOptions

    @Flag(help: "Weighted betweenness and closeness (a tie of more messages counts as shorter).")
    var weighted = false

    @Option(help: "Show only the first N.")
    var top: Int = 10

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top takes a whole number of at least 1") }
        try graph.check()
    }

    func run() throws {
        let atlas = try database.open()
        let network = try graph.build(atlas)
        let names = try NetworkNames(atlas: atlas)
        let g = network.graph
        var scores: [String: Double]
        var second: [String: Double]? = nil
        switch measure {
        case .degree:
            let din = Centrality.inDegree(g), dout = Centrality.outDegree(g)
            scores = Dictionary(uniqueKeysWithValues: g.nodes.map { ($0, Double((din[$0] ?? 0) + (dout[$0] ?? 0))) })
        case .strength:
            let sin = Centrality.inStrength(g), sout = Centrality.outStrength(g)
            scores = Dictionary(uniqueKeysWithValues: g.nodes.map { ($0, (sin[$0] ?? 0) + (sout[$0] ?? 0)) })
        case .betweenness:
            scores = Centrality.betweenness(g, weighted: weighted)
        case .closeness:
            scores = Centrality.closeness(g, weighted: weighted)
        case .pagerank:
            scores = Centrality.pageRank(g)
        case .hits:
            let result = Centrality.hits(g)
            scores = result.hubs
            second = result.authorities
        }
        let ranked = g.nodes.sorted { a, b in
            let (x, y) = (scores[a] ?? 0, scores[b] ?? 0)
            return x != y ? x > y : names.label(a) < names.label(b)
        }
        let sin = Centrality.inStrength(g), sout = Centrality.outStrength(g)
        var rank = 0, previous: Double? = nil
        var records: [Record] = []
        for (position, node) in ranked.enumerated() {
            let score = scores[node] ?? 0
            if score != previous { rank = position + 1; previous = score }
            guard position < top else { break }
            var fields: [(String, Cell)] = [
                ("rank", Cell(rank)), ("node", Cell(names.label(node))),
                (measure == .hits ? "hub" : measure.rawValue, Cell(score, decimals: measure == .degree || measure == .strength ? 0 : 4)),
            ]
            if let second { fields.append(("authority", Cell(second[node] ?? 0, decimals: 4))) }
            fields += [
                ("messages_out", Cell(Int(sout[node] ?? 0))), ("messages_in", Cell(Int(sin[node] ?? 0))),
                ("tally", Cell(NetworkText.tallies(network.tallies(for: node)))), ("id", Cell(node)),
            ]
            records.append(Record(fields))
        }
        var notes = NetworkText.coverage(network, names: names)
        for node in ranked.prefix(top) {
            if let tally = NetworkText.tallies(network.tallies(for: node)) {
                notes.append("\(names.label(node)): the source's own totals are \(tally); documented here: "
                    + "\(Int(sout[node] ?? 0)) out, \(Int(sin[node] ?? 0)) in. The real strength lies between the two.")
            }
        }
        output.print(Report(key: "hubs", records: records, emptyMessage: "no letters in that period",
                            machineOnly: ["id", "tally"], notes: notes))
    }
}
