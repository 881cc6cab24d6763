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
                ("id", Cell(journey.id)), ("traveller", Cell(people[journey.personID] ?? journey.personID)),
                ("period", Cell(journey.period.edtf)), ("legs", Cell(legs.count)),
                ("route", Cell(stops.map { index.name(of: $0, at: journey.period) }.joined(separator: " → "))),
                ("title", Cell(journey.title)),
            ], evidence: journey.evidence)
        }
        try output.print(Report(key: "journeys", records: records, emptyMessage: "no journeys recorded",
                            machineOnly: ["title"]), by: Self.self, atlas: atlas)
    }
}
