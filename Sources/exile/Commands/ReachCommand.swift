import ArgumentParser
import ExileAtlas

struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "How far, in days or kilometres, every place was from one place on a date, over the period's transport network.",
        discussion: """
            The route planner's search ('exile plan'), run from one place to every place the \
            links open on the date reach: for each, the fastest (--by time, the default) or \
            shortest route's length, hours, days and modes. Days are travelling time at each \
            mode's speed ('exile plan --speeds', listed under the table with their evidence), \
            around the clock; a journey's stops and waits are not in them. Places on the \
            network that no open link reaches are listed apart.

            Examples:
              exile reach "Alma Ata" --on 1928-06
              exile reach Moscow --on 1928-01 --by distance --unit versts
              exile reach "Alma Ata" --on 1928-06 --avoid river --format csv
            """
    )

    @Argument(help: "Where the routes start (any of its names).")
    var place: String

    @Option(help: "Use only links open at this EDTF date (default: all links).")
    var on: String?

    @Option(help: "What to minimise.")
    var by: RoutePlanner.Criterion = .time

    @Option(help: "Use only these modes, comma-separated (rail,road,...); repeat to add more.")
    var modes: [String] = []

    @Option(help: "Never use these modes, comma-separated; repeat to add more.")
    var avoid: [String] = []

    @OptionGroup var units: UnitOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try TransportFilter(on: on, modes: modes, avoid: avoid)
    }

    func run() throws {
        let unit = units.length
        let atlas = try database.open()
        let origin = try Resolve.place(self.place, in: atlas)
        let filter = try TransportFilter(on: on, modes: modes, avoid: avoid), date = filter.date
        let index = try atlas.placeIndex()
        let reach: RoutePlanner.Reach
        switch try atlas.routePlanner().reach(from: origin, on: date, modes: filter.only, avoiding: filter.avoiding, by: by) {
        case let .success(found): reach = found
        case let .failure(failure):
            throw CLIError(PlanText.failure(failure, index: index, from: origin, restricted: filter.restricted))
        }
        func place(_ id: String) -> Cell { .entity(id: id, name: index.name(of: id, at: date)) }
        let sorted = reach.routes.sorted { a, b in
            let (x, y) = by == .time ? (a.value.hours, b.value.hours) : (a.value.lengthKm, b.value.lengthKm)
            return x != y ? x < y : a.key < b.key
        }
        let rows = sorted.map { id, route in
            let hours = route.hours.isNaN ? nil : route.hours
            var modes: [TravelMode] = []
            for step in route.steps where modes.last != step.link.mode { modes.append(step.link.mode) }
            return Record([
                ("place", place(id)), ("length", unit.cell(km: route.lengthKm)), ("unit", Cell(unit.symbol)),
                ("hours", Cell(hours, decimals: Decimals.time)), ("days", Cell(hours.map { $0 / 24 }, decimals: Decimals.time)),
                ("modes", .shown(.strings(modes.map(\.rawValue)), display: Describe.modes(modes))),
                ("legs", Cell(route.steps.count)),
                ("via", .entities(route.steps.dropLast().map { (id: $0.toPlaceID, name: index.name(of: $0.toPlaceID, at: date)) })),
            ], evidence: route.steps.map { .evidence($0.link.evidence, about: .entity(id: $0.link.id, name: "link \($0.fromPlaceID)-\($0.toPlaceID)")) })
        }
        let used = Set(reach.routes.values.flatMap { $0.steps.map(\.link.mode) })
        let speeds = try atlas.modeSpeeds().filter { used.contains($0.mode) }.map {
            Record([("mode", Cell($0.mode.rawValue)), ("km_per_hour", Cell($0.kmPerHour, decimals: Decimals.speed)),
                    ("note", Cell($0.note))], evidence: $0.evidence)
        }
        let when = date.map { " as of \($0.edtf)" } ?? ""
        let summary = Record([
            ("from", place(origin)), ("on", .date(date)), ("by", Cell(by.rawValue)), ("unit", Cell(unit.symbol)),
            ("reachable", Cell(reach.routes.count)), ("unreachable", Cell(reach.unreachable.count)),
        ])
        try output.print(Report([
            Section(key: "origin", title: "\(by == .time ? "Fastest" : "Shortest") routes from \(index.name(of: origin, at: date))\(when)",
                    records: [summary], isSingle: true),
            Section(key: "reach", title: "Reachable", records: rows, emptyMessage: "no place is reachable", machineOnly: ["unit", "via"]),
            Section(key: "unreachable", title: "Out of reach over the links open then",
                    records: reach.unreachable.map { Record([("place", place($0))]) }, emptyMessage: "none"),
            Section(key: "speeds", title: "Mode speeds assumed", records: speeds, emptyMessage: "none used"),
        ], notes: ["days are the hours at the mode speeds below divided by 24; each speed's note says what it includes "
                 + "(halts, stops at landings), and no wait between one link and the next is added"]),
            by: Self.self, atlas: atlas)
    }
}
