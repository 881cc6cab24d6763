import ArgumentParser
import ExileAtlas
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import your own exiles, journeys and letters (CSV or JSON tables, CMIF letters), all or nothing.",
        discussion: """
            The files follow the layout of the shipped data set (Fixtures/README.md): one \
            CSV per table, named after it (source.csv, place.csv, person.csv, exile.csv, \
            letter.csv, ...), given one by one or as a folder. Everything is checked before \
            anything is written; every problem is listed as file:line:column, and then \
            nothing at all is imported. A row whose id is already in the atlas is kept if \
            identical and reported as a conflict otherwise; --replace updates it. Imported \
            rows are yours: a new version of exile never drops them.

            CMIF (the TEI correspondence format of scholarly editions and correspSearch, \
            versions 1.0 and 1.1) is read from .xml files: every correspDesc becomes a \
            letter with all its senders and addressees and their places; people, groups and \
            places are matched by their authority URIs (GND, VIAF, Wikidata, GeoNames ...), \
            then by exact name, else created. A place named by a GeoNames URI takes its \
            coordinates from the offline GeoNames extract (scripts/setup builds it; \
            --geonames or EXILE_GEONAMES name another).

            Linked Places (LPF 1.2.2, the World Historical Gazetteer's format) is read from a \
            FeatureCollection (.json, .geojson, .jsonld): each feature a place with its names \
            and their dates, kind, coordinates with their certainty, parent, and its \
            closeMatch and exactMatch links as authority ids, matched as above.

            Examples:
              exile import decembrists/ --dry-run
              exile import decembrists/
              exile import corrections/place.csv --replace
              exile import edition-letters.xml --dry-run
              exile import gazetteer.lpf.json
            """
    )

    @Argument(help: "CSV or JSON files named after tables, CMIF .xml files, or folders of them.")
    var paths: [String]

    @Option(help: "How to read the files; auto decides by extension and content.")
    var format: ImportFormat = .auto

    @Option(help: "The offline GeoNames extract (default: EXILE_GEONAMES, else geonames-cities.tsv beside the database or the binary).")
    var geonames: String?

    @Flag(help: "Check everything and report what would change, but write nothing.")
    var dryRun = false

    @Flag(help: "Update rows whose id is already in the atlas with the values in the files.")
    var replace = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let atlas = try database.open()
        let summary = try atlas.importFiles(paths.map { URL(fileURLWithPath: $0) }, replace: replace, dryRun: dryRun,
                                            format: format, geonames: try extract(beside: atlas.url))
        let records = summary.tables.map { counts in
            Record([("table", Cell(counts.table)), ("added", Cell(counts.added)),
                    ("unchanged", Cell(counts.unchanged)), ("updated", Cell(counts.updated))])
        }
        let total = summary.tables.reduce(0) { $0 + $1.added + $1.updated }
        let note = dryRun ? "dry run: nothing was written; \(total) rows would be added or updated"
                          : "\(total) rows added or updated in \(atlas.url.path)"
        OutputFormat.print(Report(key: "tables", records: records, emptyMessage: "the files hold no rows", notes: [note]), command: "import")
    }

    /// The GeoNames extract: --geonames, EXILE_GEONAMES, or geonames-cities.tsv beside the
    /// database or in a folder above the binary (scripts/setup writes .build/geonames-cities.tsv).
    private func extract(beside database: URL) throws -> GeoNamesExtract? {
        if let path = geonames ?? ProcessInfo.processInfo.environment["EXILE_GEONAMES"] {
            return try GeoNamesExtract(contentsOf: URL(fileURLWithPath: path))
        }
        var candidates = [database.deletingLastPathComponent().appendingPathComponent("geonames-cities.tsv")]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("geonames-cities.tsv"))
            folder = folder.deletingLastPathComponent()
        }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
        return try GeoNamesExtract(contentsOf: found)
    }
}

extension ImportFormat: ExpressibleByArgument {}
