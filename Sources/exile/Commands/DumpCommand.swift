import ArgumentParser
import ExileAtlas
import Foundation

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Write the atlas's tables in the import layout: a backup that 'exile import' reads back.",
        discussion: """
            --format csv writes one CSV per table into the --out folder (the Fixtures/ \
            layout); --format json writes one JSON object of tables, {"place": [...], ...}, \
            to --out or standard output. --user-only keeps only the rows you imported.

            Examples:
              exile dump --user-only --format json --out my-rows.json
              exile dump --format csv --out backup/
              exile import backup/
            """
    )

    @Option(help: "A folder of CSV tables, or one JSON document.")
    var format: DumpFormat = .json

    @Option(help: "The folder (csv) or file (json) to write; json goes to standard output without it.")
    var out: String?

    @Flag(help: "Only the rows you imported, not the shipped data set.")
    var userOnly = false

    @OptionGroup var database: DatabaseOptions

    enum DumpFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }

    func validate() throws {
        if format == .csv && out == nil { throw ValidationError("--format csv writes a folder of tables: give it with --out") }
    }

    func run() throws {
        let atlas = try database.open()
        let tables = try atlas.dump(userRowsOnly: userOnly).filter { !$0.rows.isEmpty || !userOnly }
        switch format {
        case .json:
            let document = JSONValue.object(tables.map { table in
                (table.table, .array(table.rows.map { row in
                    .object(zip(table.columns, row).compactMap { column, value in value.map { (column, .string($0)) } })
                }))
            }).serialized() + "\n"
            try OutputFile.write(Data(document.utf8), to: out.map { URL(fileURLWithPath: $0) })
        case .csv:
            let folder = try OutputFile.folder(out!)
            for table in tables {
                let lines = [table.columns.joined(separator: ",")]
                    + table.rows.map { CSVField.line($0.map { $0 ?? "" }) }
                try OutputFile.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: folder.appendingPathComponent("\(table.table).csv"))
            }
        }
    }
}
