import ArgumentParser
import ExileAtlas

struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "List the edges of the correspondence network with their counts per kind.",
        discussion: """
            Each edge counts the documented messages of each kind (letter, telegram, \
            circular...) and the contacts and relays the sources describe. --ego keeps the \
            network around one person or place, to --depth steps in either direction.

            Examples:
              exile network
              exile network --ego Rakovsky --by person
              exile network --ego "Alma Ata" --depth 1 --during 1928-04/1928-10
            """
    )

    @OptionGroup var graph: NetworkOptions

    @Option(help: "Keep only the network around this person or place.")
    var ego: String?

    @Option(help: "How many steps from the ego to keep.")
    var depth: Int = 1

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth takes a whole number of at least 1") }
        try graph.check()
    }

    func run() throws {
        let atlas = try database.open()
        let network = try graph.build(atlas)
        let names = try NetworkNames(atlas: atlas)
        var keep: Set<String>? = nil
        if let ego {
            let node: String
            switch (graph.by, try Resolve.party(ego, in: atlas)) {
            case let (.person, .person(id)): node = id
            case let (.place, .places(ids)): node = ids[0]
            case let (.place, .person(id)):
                throw CLIError("\(names.label(id)) is a person; with --by place give a place, or use --by person")
            case let (.person, .places(ids)): node = ids[0]
            }
            guard network.graph.index(of: node) != nil else {
                throw CLIError("\(names.label(node)) has no letters or contacts in this network")
            }
            keep = network.graph.ego(node, depth: depth)
        }
        let records = network.edges.filter { keep == nil || (keep!.contains($0.from) && keep!.contains($0.to)) }
            .sorted { ($0.weight, names.label($1.from)) > ($1.weight, names.label($0.from)) }
            .map { edge in
                Record([
                    ("from", Cell(names.label(edge.from))), ("to", Cell(names.label(edge.to))),
                    ("count", Cell(edge.weight)),
                    ("kinds", Cell(edge.counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                        .map { "\($0.key) \($0.value)" }.joined(separator: ", "))),
                    ("from_id", Cell(edge.from)), ("to_id", Cell(edge.to)),
                    ("sources", Cell(edge.sources.joined(separator: " "))),
                ])
            }
        output.print(Report(key: "edges", records: records, emptyMessage: "no edges",
                            machineOnly: ["from_id", "to_id", "sources"], notes: NetworkText.coverage(network, names: names)))
    }
}
