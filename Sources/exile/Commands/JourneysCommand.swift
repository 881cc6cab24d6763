import ArgumentParser
import ExileAtlas

struct JourneysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeys",
        abstract: "List the recorded journeys, or one person's.",
        discussion: """
            A person's journeys include those they made as a companion (Sedova on the \
            deportation of 1928). Trace one leg by leg with 'exile route ID'.

            Examples:
              exile journeys
              exile journeys Trotsky
              exile journeys Sedova --format json
            """
    )

    @Argument(help: "Only this person's journeys (any of their names).")
    var person: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let personID = try person.map { try Resolve.person($0, in: atlas) }
        let index = try atlas.placeIndex()
        let people = try atlas.personNamesByID()
        let records = try atlas.journeys(personID: personID).map { journey in
            let legs = try atlas.legs(of: journey.id)
            let stops = legs.first.map { [$0.fromPlaceID] + legs.map(\.toPlaceID) } ?? []
            return Record([
                ("id", Cell(journey.id)),
                ("traveller", .entity(id: journey.personID, name: people[journey.personID] ?? journey.personID)),
                ("period", .date(journey.period)), ("legs", Cell(legs.count)),
                ("route", .entities(stops.map { (id: $0, name: index.name(of: $0, at: journey.period)) })),
                ("title", Cell(journey.title)),
            ], evidence: journey.evidence)
        }
        try output.print(Report(key: "journeys", records: records, emptyMessage: "no journeys recorded",
                            machineOnly: ["title"], header: Self.header), by: Self.self, atlas: atlas)
    }

    /// The CSV columns of an empty list.
    static var header: [String] {
        ["id"] + Cell.entityKeys.map { "traveller." + $0 } + Cell.dateKeys.map { "period." + $0 } + ["legs"]
            + Cell.entityKeys.map { "route." + $0 } + ["title"]
    }
}
