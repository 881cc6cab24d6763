import ArgumentParser
import ExileAtlas

struct HubsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hubs",
        abstract: "Rank the hubs of the correspondence network by a centrality measure.",
        discussion: """
            The network is built from the documented letters, telegrams, circulars and \
            other messages, the regular contacts and the relays ('exile network' lists its \
            edges). Each row counts apart the messages a node sent and received and the \
            contacts and relay hops, and marks its kind (person, group or place): by \
            person, groups ("the exile colonies") and places standing for the unnamed people \
            there rank among the people. A message or contact from a node to itself (a \
            self-loop) is counted apart: a note under the table, and the self_loops field \
            in JSON and CSV.

            The measures run on messages, contacts and relay hops together, each counting 1, \
            self-loops left out; --letters-only keeps the messages alone. Measures:
            \(CentralityMeasure.allCases.map { "  \($0.rawValue): \($0.summary)" }.joined(separator: "\n"))
            --weighted takes a tie of more messages as shorter in betweenness and closeness. \
            Aggregate figures the sources give (800 political letters sent, April-October \
            1928) are never made into letters: they are shown beside the node they describe, \
            as a bound on its messages.

            Examples:
              exile hubs
              exile hubs --measure betweenness --by person
              exile hubs --measure pagerank --during 1928-04/1928-10 --top 5
              exile hubs --letters-only --format json
            """
    )

    @Option(help: "The centrality measure (see above).")
    var measure: CentralityMeasure = .strength

    @OptionGroup var graph: NetworkOptions

    @Flag(help: "Weighted betweenness and closeness (a tie of more messages counts as shorter).")
    var weighted = false

    // Unconditional, so that "--top -3" reaches validate() and its message rather than
    // reading "-3" as an unknown option.
    @Option(parsing: .unconditional, help: "Show only the first N.")
    var top: Int = 10

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top takes a whole number of at least 1") }
        try graph.check()
    }

    func run() throws {
        let atlas = try database.open()
        let (network, ties) = try graph.load(atlas)
        let names = try NetworkNames(atlas: atlas)
        let scores = measure.scores(network.graph, weighted: weighted)
        let ranked = scores.ranked(label: names.label).prefix(top)
        let records = ranked.map { entry in
            let node = entry.node, counts = network.counts(of: node)
            var fields: [(String, Cell)] = [
                ("rank", Cell(entry.rank)), ("node", .entity(id: node, name: names.label(node))),
                ("kind", Cell(network.kind(of: node).rawValue)),
                (measure.scoreName, Self.score(entry.score, whole: measure.countsWholeTies)),
            ]
            if let authorities = scores.authorities { fields.append(("authority", Self.score(authorities[node] ?? 0, whole: false))) }
            fields += [
                ("messages_out", Cell(counts.messagesOut)), ("messages_in", Cell(counts.messagesIn)),
                ("contacts_out", Cell(counts.contactsOut)), ("contacts_in", Cell(counts.contactsIn)),
                ("self_loops", Cell(counts.selfLoops)),
                ("tally", NetworkText.talliesCell(network.tallies(for: node))),
            ]
            // The letters and contacts behind the counts (the graph says which), then the
            // sources' own totals.
            let sources = network.sources(of: node)
            return Record(fields, evidence: ties.evidence(letterIDs: sources.letterIDs, contactIDs: sources.contactIDs)
                + NetworkText.tallyEvidence(network.tallies(for: node)))
        }
        var notes = NetworkText.coverage(network, names: names)
        for entry in ranked {
            let counts = network.counts(of: entry.node)
            if counts.selfLoops > 0 {
                notes.append("\(names.label(entry.node)): \(counted(counts.selfLoops, "self-loop")) (messages or contacts within the node), "
                    + "counted in none of the columns")
            }
            if let tally = NetworkText.tallies(network.tallies(for: entry.node)) {
                notes.append("\(names.label(entry.node)): the source's own totals are \(tally); documented messages here: "
                    + "\(counts.messagesOut) out, \(counts.messagesIn) in. The real count lies between the two.")
            }
        }
        try output.print(Report(key: "hubs", records: records, emptyMessage: "no letters in that period",
                                machineOnly: ["self_loops", "tally"], header: header, notes: notes), by: Self.self, atlas: atlas)
    }

    /// A score: a whole number for the measures that count ties (degree, strength), else to
    /// `Decimals.score`; a table shows 4 decimals, as before.
    static func score(_ value: Double, whole: Bool) -> Cell {
        whole ? .number(value, decimals: 0) : .shown(.number(value, decimals: Decimals.score), display: formatted(value, decimals: 4))
    }

    /// The CSV columns of an empty list.
    var header: [String] {
        ["rank"] + Cell.entityKeys.map { "node." + $0 } + ["kind", measure.scoreName] + (measure == .hits ? ["authority"] : [])
            + ["messages_out", "messages_in", "contacts_out", "contacts_in", "self_loops"] + NetworkText.tallyKeys.map { "tally." + $0 }
    }
}

extension CentralityMeasure: ExpressibleByArgument {}
