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

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Draw N networks to see how sure the ranking is (Ryan & Ahnert 2021).",
        discussion: "Each draw gives every dated letter one day within its EDTF date (widened by one unit of its precision when marked ~ or ?) and keeps it with probability 1 - loss; each node then has its median rank, a 5-95 % rank interval and its share of draws in the top N; Spearman's rho and Kendall's tau compare the whole ranking with the full network's.",
        valueName: "draws"))
    var robustness: Int?

    @Option(help: "With --robustness: the seed of the draws, the same seed giving the same output (default 1928).")
    var seed: Int?

    @Option(help: ArgumentHelp(
        "With --robustness: the share of letters the archive lost, from 0 up to 1 (default 0: dates alone), or 'tally'.",
        discussion: "tally: the loss the sources' own totals imply, 1 - documented / tallied, for the nodes that have a tally (Trotsky's 1928 letters and telegrams)."))
    var loss: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top takes a whole number of at least 1") }
        try graph.check()
        if let robustness, robustness < 1 { throw ValidationError("--robustness takes a whole number of draws, at least 1") }
        if let seed, seed < 0 { throw ValidationError("--seed takes a whole number from 0 up") }
        if robustness == nil && (loss != nil || seed != nil) {
            throw ValidationError("--seed and --loss shape the draws of --robustness: give --robustness N too")
        }
        if let loss, loss != "tally" {
            guard let value = Double(loss), value >= 0, value < 1 else {
                throw ValidationError("--loss \(loss): give a share from 0 up to (not including) 1, such as 0.3, or 'tally'")
            }
        }
    }

    func run() throws {
        if let robustness { return try runRobustness(draws: robustness) }
        let atlas = try database.open()
        let (network, ties) = try graph.load(atlas)
        let names = try NetworkNames(atlas: atlas)
        let scores = measure.scores(network.graph, weighted: weighted)
        let ranked = scores.ranked(label: names.label).prefix(top)
        let records = ranked.map { entry in
            Record(fields(entry.node, rank: entry.rank, score: entry.score, scores: scores, network: network, names: names),
                   evidence: Self.evidence(of: entry.node, network: network, ties: ties))
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

    /// A node's row: rank, node, kind, score, and its counts of messages and contacts.
    func fields(_ node: String, rank: Int, score: Double, scores: CentralityMeasure.Scores, network: CorrespondenceGraph,
                names: NetworkNames) -> [(String, Cell)] {
        let counts = network.counts(of: node)
        var fields: [(String, Cell)] = [
            ("rank", Cell(rank)), ("node", .entity(id: node, name: names.label(node))),
            ("kind", Cell(network.kind(of: node).rawValue)),
            (measure.scoreName, Self.score(score, whole: measure.countsWholeTies)),
        ]
        if let authorities = scores.authorities { fields.append(("authority", Self.score(authorities[node] ?? 0, whole: false))) }
        return fields + [
            ("messages_out", Cell(counts.messagesOut)), ("messages_in", Cell(counts.messagesIn)),
            ("contacts_out", Cell(counts.contactsOut)), ("contacts_in", Cell(counts.contactsIn)),
            ("self_loops", Cell(counts.selfLoops)),
            ("tally", NetworkText.talliesCell(network.tallies(for: node))),
        ]
    }

    /// The letters and contacts behind a node's counts (the graph says which), then the
    /// sources' own totals.
    static func evidence(of node: String, network: CorrespondenceGraph, ties: TieRecords) -> [Cell] {
        let sources = network.sources(of: node)
        return ties.evidence(letterIDs: sources.letterIDs, contactIDs: sources.contactIDs)
            + NetworkText.tallyEvidence(network.tallies(for: node))
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

extension HubsCommand {
    /// `--robustness N`: the ranking beside N drawn networks (HubRobustness says how they are drawn).
    func runRobustness(draws: Int) throws {
        let seed = self.seed ?? Int(HubRobustness.defaultSeed)
        let atlas = try database.open()
        let ties = TieRecords(letters: try atlas.allLetters(), contacts: try atlas.contacts())
        let names = try NetworkNames(atlas: atlas)
        let robustness = HubRobustness(letters: ties.letters, contacts: ties.contacts, exiles: try atlas.exiles(),
                                       tallies: try atlas.tallies(), people: try atlas.people(), by: graph.mode,
                                       during: try graph.period(), includeContacts: !graph.lettersOnly,
                                       placement: try atlas.placement())
        var lossNote: String?
        var share = HubRobustness.defaultLoss
        if loss == "tally" {
            guard let implied = robustness.tallyLoss() else {
                throw CLIError("--loss tally: no node of this network has a tally of the letters it sent or received; give a share such as 0.3")
            }
            share = implied.loss
            lossNote = "loss \(formatted(share, decimals: 3)) from the sources' tallies: " + implied.nodes.map {
                "\(names.label($0.node)) \($0.documented) documented of \($0.tallied) tallied"
            }.joined(separator: "; ")
        } else if let loss, let value = Double(loss) {
            share = value
        }
        let outcome: HubRobustness.Outcome
        do {
            outcome = try robustness.run(measure: measure, weighted: weighted, draws: draws, seed: UInt64(seed), loss: share,
                                         top: top, label: names.label)
        } catch {
            throw CLIError(error.description)
        }
        let network = outcome.network
        let rows = outcome.nodes.prefix(top).map { node in
            let basis = node.basis
            return Record(fields(node.node, rank: node.rank, score: node.score, scores: outcome.scores, network: network, names: names) + [
                ("median_rank", Cell(node.medianRank)),
                ("rank_interval", .range(Double(node.lowRank), Double(node.highRank), decimals: 0)),
                ("top_share", Cell(node.topShare, decimals: Decimals.ratio)),
                ("presence", Cell(node.presence, decimals: Decimals.ratio)),
                ("rests_on", .object([
                    ("letters", Cell(basis.letters)), ("dated_to_day", Cell(basis.datedToDay)),
                    ("dated_to_month", Cell(basis.datedToMonth)), ("dated_to_year", Cell(basis.datedToYear)),
                    ("loosely_dated", Cell(basis.looselyDated)), ("undated", Cell(basis.undated)),
                    ("contacts", Cell(basis.contacts)),
                ], display: Self.restsOn(basis))),
            ], evidence: Self.evidence(of: node.node, network: network, ties: ties))
        }
        func spread(_ spread: HubRobustness.Spread?) -> Cell {
            guard let spread else { return .absent(keys: ["median", "low", "high"], display: "undefined") }
            return .object([("median", Cell(spread.median, decimals: 4)), ("low", Cell(spread.low, decimals: 4)),
                            ("high", Cell(spread.high, decimals: 4))],
                           display: "\(formatted(spread.median, decimals: 3)) (5-95 %: \(formatted(spread.low, decimals: 3))-\(formatted(spread.high, decimals: 3)))")
        }
        let summary = Record([
            ("measure", Cell(measure.rawValue)), ("draws", Cell(outcome.draws)), ("seed", Cell(seed)),
            ("loss", Cell(outcome.loss, decimals: 3)), ("top", Cell(outcome.top)),
            ("spearman", spread(outcome.spearman)), ("kendall", spread(outcome.kendall)),
            ("messages", .range(outcome.messages.low, outcome.messages.high, decimals: 0)),
            ("messages_full", Cell(network.coverage.messages)),
        ])
        var notes = [outcome.wideningRule, outcome.percentileRule, outcome.absentRule]
        if let lossNote { notes.append(lossNote) }
        try output.print(Report([
            Section(key: "robustness", title: "How sure the ranking is: \(draws) draws, seed \(seed)", records: [summary], isSingle: true),
            Section(key: "hubs", title: "Ranks", records: Array(rows), emptyMessage: "no letters in that period",
                    machineOnly: Set(["messages_out", "messages_in", "contacts_out", "contacts_in", "self_loops", "tally"]
                        + (output.evidence ? [] : ["rests_on"]))),
        ], notes: notes), by: Self.self, atlas: atlas)
    }

    /// "12 letters: 9 to a day, 3 to a month; 2 contacts".
    static func restsOn(_ basis: HubRobustness.Basis) -> String {
        let parts = [(basis.datedToDay, "to a day"), (basis.datedToMonth, "to a month"), (basis.datedToYear, "to a year"),
                     (basis.undated, "undated")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        let letters = counted(basis.letters, "letter") + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
        return basis.contacts > 0 ? letters + "; " + counted(basis.contacts, "contact") : letters
    }
}

extension CentralityMeasure: ExpressibleByArgument {}
