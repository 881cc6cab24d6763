import ArgumentParser
import ExileAtlas
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import your own exiles, journeys and letters from CSV files, all or nothing.",
        discussion: """
            The files follow the layout of the shipped data set (Fixtures/README.md): one \
            CSV per table, named after it (source.csv, place.csv, person.csv, exile.csv, \
            letter.csv, ...), given one by one or as a folder. Everything is checked before \
            anything is written; every problem is listed as file:line:column, and then \
            nothing at all is imported. A row whose id is already in the atlas is kept if \
            identical and reported as a conflict otherwise; --replace updates it. Imported \
            rows are yours: a new version of exile never drops them.

            Examples:
              exile import decembrists/ --dry-run
              exile import decembrists/
              exile import corrections/place.csv --replace
            """
    )

    @Argument(help: "CSV files named after tables, or folders of them.")
    var paths: [String]

    @Flag(help: "Check everything and report what would change, but write nothing.")
    var dryRun = false

    @Flag(help: "Update rows whose id is already in the atlas with the values in the files.")
    var replace = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let summary = try atlas.importFiles(paths.map { URL(fileURLWithPath: $0) }, replace: replace, dryRun: dryRun)
        let records = summary.tables.map { counts in
            Record([("table", Cell(counts.table)), ("added", Cell(counts.added)),
                    ("unchanged", Cell(counts.unchanged)), ("updated", Cell(counts.updated))])
        }
        let total = summary.tables.reduce(0) { $0 + $1.added + $1.updated }
        let note = dryRun ? "dry run: nothing was written; \(total) rows would be added or updated"
                          : "\(total) rows added or updated in \(atlas.url.path)"
        output.print(Report(key: "tables", records: records, emptyMessage: "the files hold no rows", notes: [note]))
    }
}
