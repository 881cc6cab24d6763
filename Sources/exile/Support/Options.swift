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
    ///
    /// A path the user gives (`--db`, `EXILE_ATLAS_DB`) must lie in a folder that exists: a
    /// typo would otherwise build a whole new atlas somewhere unexpected. The default
    /// location's folder is created on first use. With `mustExist`, a `--db` file that is not
    /// there is an error rather than a new atlas (`check` examines an atlas, it does not make one).
    func open(mustExist: Bool = false) throws -> Atlas {
        let environment = ProcessInfo.processInfo.environment
        let url = DatabaseLocation.resolve(explicit: db, environment: environment)
        let given = db != nil ? "--db" : environment["EXILE_ATLAS_DB"].map { _ in "EXILE_ATLAS_DB" }
        if let given {
            var isFolder: ObjCBool = false
            let folder = url.deletingLastPathComponent().path
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
                throw CLIError("\(given) \(url.path): the folder \(folder) does not exist; create it, or check the path")
            }
        }
        if mustExist && db != nil && !FileManager.default.fileExists(atPath: url.path) {
            throw CLIError("no atlas at \(url.path); check the path, or run any other command once to build it there")
        }
        return try Atlas.open(at: url)
    }
}

/// The output formats every query command offers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}

/// How to print, for a command whose rows have evidence to show: `--format` and `--evidence`.
struct OutputOptions: ParsableArguments, ReportPrinting {
    @Option(name: .long, help: "How to print: a table for reading, or JSON or CSV for programs.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Add each row's evidence: source, locator and the source's own words.")
    var evidence = false
}

/// How to print, for a command with no evidence to show (`sources`, `check`): `--format` only.
struct FormatOptions: ParsableArguments, ReportPrinting {
    @Option(name: .long, help: "How to print: a table for reading, or JSON or CSV for programs.")
    var format: OutputFormat = .table

    var evidence: Bool { false }
}

/// Printing a command's report, shared by `OutputOptions` and `FormatOptions`.
protocol ReportPrinting {
    var format: OutputFormat { get }
    var evidence: Bool { get }
}

extension ReportPrinting {
    /// Prints a command's report to standard output in the chosen format; the atlas names the
    /// source of each piece of evidence in JSON and CSV.
    func print<Command: ParsableCommand>(_ report: Report, by _: Command.Type, atlas: Atlas) throws {
        let names = format == .table ? [:] : Dictionary(try atlas.sources().map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        OutputFormat.print(report, command: Command.configuration.commandName ?? "exile", format: format, evidence: evidence,
                           sourceNames: names)
    }
}

extension OutputFormat {
    /// Prints a report in a format a command fixes (`import` prints its summary as a table).
    static func print(_ report: Report, command: String, format: OutputFormat = .table, evidence: Bool = false,
                      sourceNames: [String: String] = [:]) {
        let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
        let renderer = ReportRenderer(format: format, withEvidence: evidence, width: max(40, columns),
                                      command: command, sourceNames: sourceNames)
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

extension LengthUnit {
    /// A length given in kilometres, as a cell in this unit rounded to `Decimals.length`; null
    /// when unknown. A row that has one names the unit in a sibling `unit` field.
    func cell(km: Double?) -> Cell {
        Cell(km.map { LengthUnit.kilometre.convert($0, to: self) }, decimals: Decimals.length)
    }
}

/// Enumerated option values are read as people type them: `--format JSON`, `--kind Letter`
/// and `--measure PageRank` mean what their lower-case spellings mean, as names do.
extension ExpressibleByArgument where Self: RawRepresentable, Self.RawValue == String, Self: CaseIterable {
    public init?(argument: String) {
        let wanted = argument.lowercased()
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else { return nil }
        self = match
    }
}
