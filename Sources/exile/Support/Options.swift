import ArgumentParser
import ExileAtlas
import Foundation

/// Where the database is: shared by every command that reads the atlas.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The atlas database file.",
        discussion: "Default: $EXILE_ATLAS_DB, else $XDG_DATA_HOME/exile-atlas/atlas.sqlite, else ~/.local/share/exile-atlas/atlas.sqlite. Created from the built-in data set on first use.",
        valueName: "path"))
    var db: String?

    /// Opens the atlas, building it from the built-in fixtures if it is new.
    func open() throws -> Atlas {
        try Atlas.open(at: DatabaseLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment))
    }
}

/// The output formats every query command offers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}

/// How to print: shared by every query command.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (for reading), json or csv (for programs).")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Add each row's evidence: source, locator and the source's own words.")
    var evidence = false

    /// Prints a report to standard output in the chosen format.
    func print(_ report: Report) {
        Self.print(report, format: format, evidence: evidence)
    }

    /// Prints a report in a format a command fixes (`import` prints its summary as a table).
    static func print(_ report: Report, format: OutputFormat = .table, evidence: Bool = false) {
        let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
        let renderer = ReportRenderer(format: format, withEvidence: evidence, width: max(40, columns))
        FileHandle.standardOutput.write(Data(renderer.render(report).utf8))
    }
}

/// The unit distances are shown in: shared by `distance`, `route` and `plan`.
struct UnitOptions: ParsableArguments {
    @Option(help: "Unit for distances: km, versts, mi, nmi or m.")
    var unit: String = "km"

    func validate() throws {
        if LengthUnit(name: unit) == nil { throw ValidationError("unknown unit \"\(unit)\"; use km, versts, mi, nmi or m") }
    }

    /// The chosen unit (validated before any command runs).
    var length: LengthUnit { LengthUnit(name: unit) ?? .kilometre }
}
