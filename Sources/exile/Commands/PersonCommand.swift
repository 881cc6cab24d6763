import ArgumentParser
import ExileAtlas

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Show one person: names, roles, exiles, journeys and letters.",
        discussion: """
            Any spelling works: Rádek, Radek, Karlyusha; Liova finds Lev Sedov.

            Examples:
              exile person Radek
              exile person Rakovsky --evidence
            """
    )

    @Argument(help: "The person's name (any of their names, in any spelling) or id.")
    var name: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let person = try Resolve.personRow(name, in: atlas), id = person.id
        let index = try atlas.placeIndex()
        let people = try atlas.personNamesByID()
        let roles = try atlas.roles()[id] ?? []

        let about = Record([
            ("id", Cell(person.id)), ("name", Cell(person.name)), ("kind", Cell(person.kind.rawValue)),
            ("roles", .strings(roles.map(\.role.rawValue))),
            ("born", .date(person.born)), ("died", .date(person.died)), ("note", Cell(person.note)),
        ], evidence: person.evidence)
        let names = try atlas.personNames(of: id).map { name in
            Record([("name", Cell(name.name)), ("language", Cell(name.language)), ("kind", Cell(name.kind.rawValue))],
                   evidence: name.evidence)
        }
        let exiles = try atlas.exiles(ExileFilter(personID: id)).map { exile in
            Record([
                ("place", Describe.placeEntity(of: exile, places: index)), ("kind", Cell(exile.kind.rawValue)),
                ("period", .date(exile.period)), ("start_basis", Cell(exile.start.basis.rawValue)),
                ("end_basis", Cell(exile.end.basis.rawValue)), ("note", Cell(exile.note ?? exile.end.note)),
            ], evidence: exile.evidence)
        }
        let journeys = try atlas.journeys(personID: id).map { journey in
            Record([("id", Cell(journey.id)), ("title", Cell(journey.title)), ("period", .date(journey.period))],
                   evidence: journey.evidence)
        }
        let letters = try atlas.letters(personID: id)
        try output.print(Report([
            Section(key: "person", title: person.name, records: [about], isSingle: true),
            Section(key: "names", title: "Names", records: names, emptyMessage: "no other names recorded"),
            Section(key: "exiles", title: "Exiles", records: exiles, emptyMessage: "no exile recorded"),
            Section(key: "journeys", title: "Journeys", records: journeys, emptyMessage: "no journey recorded"),
            Describe.letterSection(letters, people: people, places: index, title: "Letters", emptyMessage: "no letters recorded"),
        ]), by: Self.self, atlas: atlas)
    }
}
