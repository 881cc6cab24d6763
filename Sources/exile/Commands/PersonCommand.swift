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
            ("roles", Cell(roles.map(\.role.rawValue).joined(separator: ", "))),
            ("born", Cell(person.born?.edtf)), ("died", Cell(person.died?.edtf)), ("note", Cell(person.note)),
        ], evidence: person.evidence)
        let names = try atlas.personNames(of: id).map { name in
            Record([("name", Cell(name.name)), ("language", Cell(name.language)), ("kind", Cell(name.kind.rawValue))],
                   evidence: name.evidence)
        }
        let exiles = try atlas.exiles(ExileFilter(personID: id)).map { exile in
            Record([
                ("place", Cell(Describe.place(of: exile, places: index))), ("kind", Cell(exile.kind.rawValue)),
                ("period", Cell(exile.period.edtf)), ("start", Cell(exile.start.basis.rawValue)),
                ("end", Cell(exile.end.basis.rawValue)), ("note", Cell(exile.note ?? exile.end.note)),
            ], evidence: exile.evidence)
        }
        let journeys = try atlas.journeys(personID: id).map { journey in
            Record([("id", Cell(journey.id)), ("title", Cell(journey.title)), ("period", Cell(journey.period.edtf))],
                   evidence: journey.evidence)
        }
        let letters = try atlas.letters(personID: id).map { Describe.letter($0, people: people, places: index) }
        try output.print(Report([
            Section(key: "person", title: person.name, records: [about], isSingle: true),
            Section(key: "names", title: "Names", records: names, emptyMessage: "no other names recorded"),
            Section(key: "exiles", title: "Exiles", records: exiles, emptyMessage: "no exile recorded"),
            Section(key: "journeys", title: "Journeys", records: journeys, emptyMessage: "no journey recorded"),
            Section(key: "letters", title: "Letters", records: letters, emptyMessage: "no letters recorded"),
        ]), by: Self.self, atlas: atlas)
    }
}
