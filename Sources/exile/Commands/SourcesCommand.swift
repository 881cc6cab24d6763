import ArgumentParser
import ExileAtlas

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the sources every fact cites: texts, reference works, estimates.",
        discussion: """
            Example:
              exile sources
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let atlas = try database.open()
        let records = try atlas.sources().map { source in
            Record([
                ("id", Cell(source.id)), ("kind", Cell(source.kind.rawValue)), ("title", Cell(source.title)),
                ("author", Cell(source.author)), ("year", Cell(source.year)), ("language", Cell(source.language)),
                ("file", Cell(source.file)), ("citation", Cell(source.citation)), ("url", Cell(source.url)),
            ])
        }
        try output.print(Report(key: "sources", records: records, emptyMessage: "no sources",
                                machineOnly: ["citation", "url"],
                                header: ["id", "kind", "title", "author", "year", "language", "file", "citation", "url"]),
                         by: Self.self, atlas: atlas)
    }
}
