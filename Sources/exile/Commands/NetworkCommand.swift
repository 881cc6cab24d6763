import ArgumentParser
import ExileAtlas

struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "List the edges of the correspondence network with their counts per kind.",
        discussion: """
            Each edge counts the documented messages of each kind (letter, telegram, \
            circular...) and the contacts and relays the sources describe; an edge from a \
            node to itself is a self-loop, marked so. --ego keeps the network around one \
            person or place, to --depth steps in either direction. The name says which: a \
            person gives a network by person, a place one by place, unless --by says \
            otherwise; with --by place, a person stands at their place in the period (with \
            no --during, their first), and a note says which, and which other places they had.

            Examples:
              exile network
              exile network --ego Rakovsky
              exile network --ego Rakovsky --by place
              exile network --ego "Alma Ata" --depth 1 --during 1928-04/1928-10
            """
    )

    @OptionGroup var graph: NetworkOptions

    @Option(help: "Keep only the network around this person or place.")
    var ego: String?

    @Option(parsing: .unconditional, help: "How many steps from the ego to keep.")
    var depth: Int = 1

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth takes a whole number of at least 1") }
        try graph.check()
    }

    func run() throws {
        let atlas = try database.open()
        let names = try NetworkNames(atlas: atlas)
        var notes: [String] = []
        var keep: Set<String>? = nil
        var mode = graph.mode
        var egoNode: String? = nil
        if let ego {
            let party = try Resolve.party(ego, in: atlas)
            switch EgoChoice.choose(party, mode: graph.by, during: try graph.period(), placement: try atlas.placement()) {
            case let .success(choice):
                mode = choice.mode
                egoNode = choice.node
                switch choice.reason {
                case .asAsked: break
                case .modeFromName:
                    // A place keeps the default mode, so only a person needs saying.
                    if choice.mode == .person {
                        notes.append("\(names.label(choice.node)) is a person: the network is by person")
                    }
                case let .personsPlace(person):
                    let others = choice.alternatives.map(names.label)
                    notes.append("\(names.label(person)) is a person: in this network by place the ego is \(names.label(choice.node)), "
                        + "where their exiles place them\(graph.during == nil ? " first" : " in \(graph.during!)")"
                        + (others.isEmpty ? "" : " (also \(others.joined(separator: ", ")))") + "; --by person for them alone")
                }
            case let .failure(.unplaced(person, candidates)):
                let which = candidates.isEmpty ? "no place is recorded for them"
                    : "they were at \(candidates.map(names.label).joined(separator: " and ")) then"
                throw CLIError("\(names.label(person)) cannot be one place in this network by place: \(which); "
                    + "give --during a narrower period or a place, or use --by person")
            }
        }
        let (network, ties) = try graph.load(atlas, mode: mode)
        if let egoNode {
            guard network.graph.index(of: egoNode) != nil else {
                throw CLIError("\(names.label(egoNode)) has no letters or contacts in this network")
            }
            keep = network.graph.ego(egoNode, depth: depth)
        }
        let records = network.edges.filter { keep == nil || (keep!.contains($0.from) && keep!.contains($0.to)) }
            .sorted { ($0.weight, names.label($1.from)) > ($1.weight, names.label($0.from)) }
            .map { edge in
                let kinds = edge.ties.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                return Record([
                    ("from", .entity(id: edge.from, name: names.label(edge.from))),
                    ("to", .entity(id: edge.to, name: names.label(edge.to))),
                    ("count", Cell(edge.weight)), ("messages", Cell(edge.messages)), ("contacts", Cell(edge.contacts)),
                    ("kinds", .list(kinds.map { .object([("kind", .text($0.key.name)), ("count", .integer($0.value))],
                                                        display: "\($0.key.name) \($0.value)") }, itemKeys: ["kind", "count"])),
                    ("self_loop", .shown(.bool(edge.isSelfLoop), display: edge.isSelfLoop ? "yes" : "")),
                    ("from_kind", Cell(network.kind(of: edge.from).rawValue)), ("to_kind", Cell(network.kind(of: edge.to).rawValue)),
                    ("sources", .list(ties.entities(letterIDs: edge.letterIDs, contactIDs: edge.contactIDs), itemKeys: Cell.entityKeys)),
                ], evidence: ties.evidence(letterIDs: edge.letterIDs, contactIDs: edge.contactIDs))
            }
        try output.print(Report(key: "edges", records: records, emptyMessage: "no edges",
                                machineOnly: ["from_kind", "to_kind", "sources"], header: Self.header,
                                notes: notes + NetworkText.coverage(network, names: names)), by: Self.self, atlas: atlas)
    }

    /// The CSV columns of an empty list.
    static let header = Cell.entityKeys.map { "from." + $0 } + Cell.entityKeys.map { "to." + $0 }
        + ["count", "messages", "contacts", "kinds.kind", "kinds.count", "self_loop", "from_kind", "to_kind"]
        + Cell.entityKeys.map { "sources." + $0 }
}
