import ArgumentParser
import ExileAtlas

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: integrity, references, dates, evidence, unlocated places.",
        discussion: """
            Runs SQLite's integrity and foreign-key checks, then the atlas's own: claims that \
            name no fact, EDTF dates and their derived bounds, text evidence without a quote, \
            places without coordinates or a reason. People named in no exile, journey, \
            letter or contact are listed as notices. Exits 1 if any error is found.

            Examples:
              exile check
              exile check --db my-atlas.sqlite --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let atlas = try database.open(mustExist: true)
        let findings = try atlas.check()
        let errors = findings.filter { $0.level == .error }.count
        let records = findings.map {
            Record([("level", Cell($0.level.rawValue)), ("check", Cell($0.check)), ("where", Cell($0.location)),
                    ("detail", Cell($0.detail))])
        }
        let summary = "\(counted(errors, "error")), \(counted(findings.count - errors, "notice")) in \(atlas.url.path)"
        try output.print(Report(key: "findings", records: records, emptyMessage: "all checks passed",
                                header: ["level", "check", "where", "detail"], notes: [summary]), by: Self.self, atlas: atlas)
        if errors > 0 { throw ExitCode(1) }
    }
}
