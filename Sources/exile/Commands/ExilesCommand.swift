import ArgumentParser
import ExileAtlas

struct ExilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exiles",
        abstract: "Who was exiled where, and when.",
        discussion: """
            A place includes the places inside it (Alma Ata includes Trotsky's houses). \
            Dates are EDTF: 1928, 1928-06, 1928-06-09; --during takes an interval too \
            (1928-04/1928-10). A period matches when it overlaps the date you give.

            Examples:
              exile exiles --place Astrakhan
              exile exiles --person Radek --evidence
              exile exiles --on 1928-06
              exile exiles --during 1928-04/1928-10 --format json
            """
    )

    @Option(help: "Only exiles at this place (any of its names).")
    var place: String?

    @Option(help: "Only this person's exiles (any of their names).")
    var person: String?

    @Option(help: "Only exiles under way on this date (EDTF: 1928, 1928-06 or 1928-06-09).")
    var on: String?

    @Option(help: "Only exiles overlapping this EDTF interval, such as 1928-04/1928-10.")
    var during: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if on != nil && during != nil {
            throw ValidationError("give --on or --during, not both")
        }
        if let on {
            let date = try Self.date(on, option: "--on")
            if date.isInterval {
                throw ValidationError("--on takes one date, not an interval; use --during \(on)")
            }
        }
        if let during { _ = try Self.date(during, option: "--during") }
    }

    static func date(_ text: String, option: String) throws -> HistoricalDate {
        do { return try HistoricalDate(parsing: text) } catch {
            throw ValidationError("\(option): \(error)")
        }
    }

    func run() throws {
        let atlas = try database.open()
        var filter = ExileFilter()
        if let place { filter.placeIDs = try atlas.placeAndDescendants(Resolve.place(place, in: atlas)) }
        if let person { filter.personID = try Resolve.person(person, in: atlas) }
        if let when = on ?? during { filter.during = try Self.date(when, option: on != nil ? "--on" : "--during") }
        // Only the places and people shown are read, not every one in the atlas.
        let exiles = try atlas.exiles(filter)
        let index = try atlas.placeIndex(placeIDs: exiles.map(\.placeID))
        let people = try atlas.personNamesByID(ids: exiles.map(\.personID))
        let records = exiles.map { exile in
            Record([
                ("person", Cell(people[exile.personID] ?? exile.personID)),
                ("place", Cell(index.name(of: exile.placeID, at: exile.period))),
                ("kind", Cell(exile.kind.rawValue)), ("period", Cell(exile.period.edtf)),
                ("from", Cell(exile.period.earliest.iso)), ("to", Cell(exile.period.latest.iso)),
                ("person_id", Cell(exile.personID)), ("place_id", Cell(exile.placeID)),
            ], evidence: exile.evidence)
        }
        output.print(Report(key: "exiles", records: records, emptyMessage: "no exiles match",
                            machineOnly: ["from", "to", "person_id", "place_id"]))
    }
}
