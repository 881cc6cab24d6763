import ArgumentParser
import ExileAtlas

struct ExilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exiles",
        abstract: "Who was exiled where, and when.",
        discussion: """
            A place includes the places inside it (Alma Ata includes Trotsky's houses). \
            Dates are EDTF: 1928, 1928-06, 1928-06-09; --during takes an interval too \
            (1928-04/1928-10).

            Examples:
              exile exiles --place Astrakhan
              exile exiles Radek --evidence
              exile exiles --place Astrakhan --place Tobolsk
              exile exiles --on 1928-10-15
              exile exiles --on 1929-01-10 --status possible
              exile exiles --during 1928-04/1928-10 --format json

            On a date each row has a status: attested (evidence dated then places the \
            person there), within (inside a period whose ends a source states or the \
            compilers infer), or possible (after the last attestation, before an end no \
            source gives). The last mention of a stay is never taken as its end. A deportee \
            whose place the sources do not give is listed with the place "unknown".
            """
    )

    @Argument(help: "Only this person's exiles, as --person: exile exiles Radek.")
    var name: String?

    @Option(help: "Only exiles at this place (any of its names); repeat for several places.")
    var place: [String] = []

    @Option(help: "Only this person's exiles (any of their names); repeat for several people.")
    var person: [String] = []

    @Option(help: "Who was where on this date (EDTF: 1928, 1928-06 or 1928-06-09), each row with its status.")
    var on: String?

    @Option(help: "Who was where during this EDTF interval, such as 1928-04/1928-10, each row with its status.")
    var during: String?

    @Option(help: "With --on or --during: only rows of this status.")
    var status: Whereabouts.Status?

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
        if status != nil && on == nil && during == nil {
            throw ValidationError("--status needs a date: give --on DATE or --during INTERVAL")
        }
    }

    static func date(_ text: String, option: String) throws -> HistoricalDate {
        do { return try HistoricalDate(parsing: text) } catch {
            throw ValidationError("\(option): \(error)")
        }
    }

    func run() throws {
        let atlas = try database.open()
        var filter = ExileFilter()
        if !place.isEmpty {
            filter.placeIDs = try place.flatMap { try atlas.placeAndDescendants(Resolve.place($0, in: atlas)) }
        }
        let named = person + (name.map { [$0] } ?? [])
        if !named.isEmpty { filter.personIDs = try named.map { try Resolve.person($0, in: atlas) } }
        let date = try (on ?? during).map { try Self.date($0, option: on != nil ? "--on" : "--during") }
        filter.during = date
        // Only the places and people shown are read, not every one in the atlas.
        let exiles = try atlas.exiles(filter)
        let index = try atlas.placeIndex(placeIDs: exiles.compactMap(\.placeID))
        let people = try atlas.personNamesByID(ids: exiles.map(\.personID))
        // On a date, the library's whereabouts rule decides each row's status.
        var presences: [String: Whereabouts.Presence] = [:]
        if let date {
            let whereabouts = try atlas.whereabouts(personIDs: Array(Set(exiles.map(\.personID))).sorted())
            for exile in exiles {
                if let presence = whereabouts.presence(of: exile, on: date) { presences[exile.id] = presence }
            }
        }
        let shown = exiles.filter { exile in
            guard date != nil else { return true }
            guard let presence = presences[exile.id] else { return false }
            return status.map { $0 == presence.status } ?? true
        }
        let records = shown.map { exile in
            let presence = presences[exile.id]
            var fields: [(String, Cell)] = [
                ("person", .entity(id: exile.personID, name: people[exile.personID] ?? exile.personID)),
                ("place", exile.placeID.map { .entity(id: $0, name: index.name(of: $0, at: exile.period)) }
                    ?? .absent(keys: Cell.entityKeys, display: "unknown")),
                ("kind", Cell(exile.kind.rawValue)), ("period", .date(exile.period)),
            ]
            if date != nil {
                fields += [("status", Cell(presence?.status.rawValue)),
                           ("why", Cell(presence.map { Describe.presence($0, places: index) })),
                           ("status_date", .date(presence?.evidence.last?.date)),
                           ("status_evidence", .evidence(presence?.evidence.last?.evidence))]
            }
            fields += [
                ("start_basis", Cell(exile.start.basis.rawValue)), ("end_basis", Cell(exile.end.basis.rawValue)),
                ("start_evidence", .evidence(exile.start.evidence)), ("end_evidence", .evidence(exile.end.evidence)),
                ("place_note", Cell(exile.placeNote)),
            ]
            return Record(fields, evidence: exile.evidence)
        }
        try output.print(Report(key: "exiles", records: records, emptyMessage: "no exiles match",
                                machineOnly: ["status_date", "status_evidence", "start_basis", "end_basis",
                                              "start_evidence", "end_evidence", "place_note"],
                                header: Self.header(dated: date != nil)), by: Self.self, atlas: atlas)
    }

    /// The CSV columns of an empty list (with a date, the status columns too).
    static func header(dated: Bool) -> [String] {
        let date = Cell.dateKeys, entity = Cell.entityKeys, evidence = Cell.evidenceKeys
        return entity.map { "person." + $0 } + entity.map { "place." + $0 } + ["kind"] + date.map { "period." + $0 }
            + (dated ? ["status", "why"] + date.map { "status_date." + $0 } + evidence.map { "status_evidence." + $0 } : [])
            + ["start_basis", "end_basis"] + evidence.map { "start_evidence." + $0 } + evidence.map { "end_evidence." + $0 }
            + ["place_note"]
    }
}

extension Whereabouts.Status: ExpressibleByArgument {}
