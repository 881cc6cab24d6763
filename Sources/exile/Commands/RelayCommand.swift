import ArgumentParser
import ExileAtlas

struct RelayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relay",
        abstract: "Show how a message from one place or person could reach another: the chains of letters and contacts, with their evidence.",
        discussion: """
            Chains follow the documented messages and the regular contacts together, shortest \
            first: Rakovsky wrote from Astrakhan to Alma Ata directly; Alma Ata reached the \
            lower Volga and the Crimea through Rakovsky in Astrakhan, and the northern \
            colonies through Mrachkovsky in Voronezh. Each hop names its kind (the letter's \
            kind, contact, or relay) and shows the source that says so. One chain is shown \
            for each sequence of stops: the hop is a relay described in one sentence where \
            there is one, else a message before a contact, the most precisely dated first; \
            a hop never lies wholly before the one it continues.

            Examples:
              exile relay Astrakhan "Alma Ata"
              exile relay "Alma Ata" Crimea
              exile relay Trotsky "northern colonies" --evidence
            """
    )

    @Argument(help: "Where or who the message came from.")
    var from: String

    @Argument(help: "Where or who it reached.")
    var to: String

    @Option(parsing: .unconditional, help: "The most hops a chain may have.")
    var maxHops: Int = 4

    @Option(parsing: .unconditional, help: "Show only the first N chains.")
    var top: Int = 10

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if maxHops < 1 { throw ValidationError("--max-hops takes a whole number of at least 1") }
        if top < 1 { throw ValidationError("--top takes a whole number of at least 1") }
    }

    func run() throws {
        let atlas = try database.open()
        let names = try NetworkNames(atlas: atlas)
        let origin = try Self.node(try Resolve.party(from, in: atlas))
        let destination = try Self.node(try Resolve.party(to, in: atlas))
        let chains = Relays.chains(from: origin, to: destination, letters: try atlas.allLetters(),
                                   contacts: try atlas.contacts(), placement: try atlas.placement(),
                                   maxHops: maxHops, limit: top + 1)
        if chains.isEmpty {
            throw CLIError("no recorded chain of letters or contacts leads from \(names.label(origin)) to \(names.label(destination)) in \(maxHops) hops or fewer")
        }
        var records: [Record] = []
        for (number, chain) in chains.prefix(top).enumerated() {
            for (step, hop) in chain.hops.enumerated() {
                records.append(Record([
                    ("chain", Cell(number + 1)), ("hop", Cell(step + 1)),
                    ("from", stop(hop.from, person: hop.fromPerson, names: names)),
                    ("to", stop(hop.to, person: hop.toPerson, names: names)),
                    ("how", Cell(hop.kind.name)), ("date", .date(hop.date)),
                    ("regularity", Cell(hop.regularity)), ("id", Describe.tie(id: hop.id, kind: hop.kind.name, date: hop.date)),
                ], evidence: hop.evidence))
            }
        }
        var report = Report(key: "hops", records: records, machineOnly: ["id", "regularity"])
        if chains.count > top { report.notes = ["there are more chains than these: raise --top to see them"] }
        try output.print(report, by: Self.self, atlas: atlas)
    }

    /// A stop of a chain as a party: its place and the person there ("Astrakhan (Christian
    /// Rakovsky)"); a person whose place is unknown is the stop alone.
    func stop(_ id: String, person: String?, names: NetworkNames) -> Cell {
        let place = names.places.places[id] != nil ? id : nil
        let who = person ?? (place == nil ? id : nil)
        return .party(person: who.map { (id: $0, name: names.label($0)) }, place: place.map { (id: $0, name: names.label($0)) },
                      name: names.label(id) + (person.flatMap { $0 == id ? nil : " (\(names.label($0)))" } ?? ""))
    }

    static func node(_ party: Party) throws -> String {
        switch party {
        case let .person(id): id
        case let .places(ids): ids[0]
        }
    }
}
