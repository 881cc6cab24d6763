import ArgumentParser
import ExileAtlas

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people: exiles, family, secretaries, officials, groups.",
        discussion: """
            Examples:
              exile people
              exile people --role deportee
            """
    )

    @Option(help: "Only people with this role: \(PersonRole.Role.allCases.map(\.rawValue).joined(separator: ", ")).")
    var role: PersonRole.Role?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let roles = try atlas.roles()
        let records = try atlas.people(role: role).map { person in
            Record([
                ("id", Cell(person.id)), ("name", Cell(person.name)), ("kind", Cell(person.kind.rawValue)),
                ("roles", Cell((roles[person.id] ?? []).map(\.role.rawValue).joined(separator: ", "))),
            ], evidence: person.evidence)
        }
        try output.print(Report(key: "people", records: records, emptyMessage: "no people with that role"), by: Self.self, atlas: atlas)
    }
}

extension PersonRole.Role: ExpressibleByArgument {}
