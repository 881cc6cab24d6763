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
              exile check --plausibility

            --plausibility also judges every receipt and reply the sources date against \
            the fastest route over the transport network of the letter's date ('exile \
            letters --transit'): a dating under which the letter is received or answered \
            before that route could bring it, under every reading of the dates, is an error; \
            so is a dated leg of a journey too short for its length at its modes' speeds.
            """
    )

    @Flag(help: "Also list every dating of a receipt or reply that the transport network makes impossible.")
    var plausibility = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let atlas = try database.open(mustExist: true)
        var findings = try atlas.check()
        var notes: [String] = []
        if plausibility {
            let index = try atlas.placeIndex()
            let datings = try atlas.transitRule().datings()
            for dating in datings where dating.judgement == .impossible {
                findings.append(CheckFinding(level: .error, check: "plausibility", location: "letter_link \(dating.link.id)",
                                             detail: TransitText.finding(dating, places: index)))
            }
            let counts = Dictionary(grouping: datings, by: \.judgement).mapValues(\.count)
            notes.append("plausibility: \(counted(datings.count, "dated receipt or reply", "dated receipts or replies")) judged against the network: "
                + LetterTransit.Judgement.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
            let paces = try atlas.legPaces()
            for pace in paces where pace.judgement == .impossible {
                findings.append(CheckFinding(level: .error, check: "plausibility", location: "leg \(pace.step.leg.id)",
                                             detail: TransitText.finding(pace)))
            }
            let legCounts = Dictionary(grouping: paces, by: \.judgement).mapValues(\.count)
            notes.append("plausibility: \(counted(paces.count, "dated leg")) judged against their modes' speeds: "
                + LetterTransit.Judgement.allCases.filter { $0 != .unjudged }.map { "\(legCounts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        }
        let errors = findings.filter { $0.level == .error }.count
        let records = findings.map {
            Record([("level", Cell($0.level.rawValue)), ("check", Cell($0.check)), ("where", Cell($0.location)),
                    ("detail", Cell($0.detail))])
        }
        let summary = "\(counted(errors, "error")), \(counted(findings.count - errors, "notice")) in \(atlas.url.path)"
        try output.print(Report(key: "findings", records: records, emptyMessage: "all checks passed",
                                header: ["level", "check", "where", "detail"], notes: notes + [summary]), by: Self.self, atlas: atlas)
        if errors > 0 { throw ExitCode(1) }
    }
}
