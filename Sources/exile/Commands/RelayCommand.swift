import ArgumentParser
import ExileAtlas

struct RelayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relay",
        abstract: "Show how a message from one place or person reached another: the relay chains and their evidence.",
        discussion: """
            Chains follow the regular contacts the sources describe: Alma Ata reached the \
            lower Volga and the Crimea through Rakovsky in Astrakhan, and the northern \
            colonies through Mrachkovsky in Voronezh; in the large colonies letters were \
            copied and sent on. Each hop shows the source that says so.

            Examples:
              exile relay "Alma Ata" Crimea
              exile relay Trotsky "northern colonies" --evidence
            """
    )

    @Argument(help: "Where or who the message came from.")
    var from: String

    @Argument(help: "Where or who it reached.")
    var to: String

    @Option(help: "The most hops a chain may have.")
    var maxHops: Int = 4

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let names = try NetworkNames(atlas: atlas)
        let origin = try Self.node(try Resolve.party(from, in: atlas))
        let destination = try Self.node(try Resolve.party(to, in: atlas))
        let chains = Relays.chains(from: origin, to: destination, contacts: try atlas.contacts(), maxHops: maxHops)
        var records: [Record] = []
        for (number, chain) in chains.enumerated() {
            for (step, hop) in chain.hops.enumerated() {
                let via = hop.toPerson.map { " (\(names.label($0)))" } ?? ""
                records.append(Record([
                    ("chain", Cell(number + 1)), ("hop", Cell(step + 1)),
                    ("from", Cell(names.label(hop.from))), ("to", Cell(names.label(hop.to) + via)),
                    ("how", Cell(hop.isRelay ? "relay" : "contact")),
                    ("regularity", Cell(hop.contact.regularity)),
                    ("contact", Cell(hop.contact.id)),
                ], evidence: hop.contact.evidence))
            }
        }
        if chains.isEmpty {
            throw CLIError("no recorded chain of contacts leads from \(names.label(origin)) to \(names.label(destination)) in \(maxHops) hops or fewer")
        }
        output.print(Report(key: "hops", records: records, machineOnly: ["contact", "regularity"]))
    }

    static func node(_ party: Party) throws -> String {
        switch party {
        case let .person(id): id
        case let .places(ids): ids[0]
        }
    }
}
