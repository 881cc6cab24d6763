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
              exile people --role secretary --role courier
            """
    )

    @Option(help: "Only people with this role; repeat for several roles (people with any of them).")
    var role: [PersonRole.Role] = []

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let roles = try atlas.roles()
        let wanted = Set(role)
        let records = try atlas.people().filter { person in
            wanted.isEmpty || (roles[person.id] ?? []).contains { wanted.contains($0.role) }
        }.map { person in
            Record([
                ("id", Cell(person.id)), ("name", Cell(person.name)), ("kind", Cell(person.kind.rawValue)),
                ("roles", .strings((roles[person.id] ?? []).map(\.role.rawValue))),
            ], evidence: person.evidence)
        }
        let asked = PersonRole.Role.allCases.filter(wanted.contains).map(\.rawValue)
        try output.print(Report(key: "people", records: records,
                                emptyMessage: asked.isEmpty ? "no people recorded"
                                    : "no people with the \(asked.count == 1 ? "role" : "roles") \(asked.joined(separator: ", "))",
                                header: ["id", "name", "kind", "roles"]),
                         by: Self.self, atlas: atlas)
    }
}

extension PersonRole.Role: ExpressibleByArgument {}
