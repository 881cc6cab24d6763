import ArgumentParser
import ExileAtlas

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the shortest or fastest route over the period's transport network, as of a date.",
        discussion: """
            Links carry their opening dates (the Turksib railway only from 1930), lengths \
            stated by a source or estimated from the geodesic with a stated circuity factor, \
            and their evidence; mode speeds are data too ('exile plan --speeds'). \
            Modes: rail, road, river, ship, sleigh, caravan, ...

            Examples:
              exile plan Moscow "Alma Ata" --on 1928-01
              exile plan "Alma Ata" Odessa --on 1929-01 --by time
              exile plan Moscow Tobolsk --modes rail,river --evidence
              exile plan Astrakhan Voronezh --avoid river
            """
    )

    @Argument(help: "Where to start (any of its names).")
    var from: String?

    @Argument(help: "Where to go (any of its names).")
    var to: String?

    @Option(help: "What to minimise.")
    var by: RoutePlanner.Criterion = .distance

    @Option(help: "Use only links open at this EDTF date (default: all links).")
    var on: String?

    @Option(help: "Use only these modes, comma-separated (rail,road,...); repeat to add more.")
    var modes: [String] = []

    @Option(help: "Never use these modes, comma-separated; repeat to add more.")
    var avoid: [String] = []

    @OptionGroup var units: UnitOptions

    @Flag(help: "List the speed assumed for each mode, with its evidence, instead of planning.")
    var speeds = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if speeds {
            let given = [from, to].compactMap { $0 } + (on != nil ? ["--on"] : []) + (modes.isEmpty ? [] : ["--modes"])
                + (avoid.isEmpty ? [] : ["--avoid"])
            if !given.isEmpty {
                throw ValidationError("--speeds lists the speed of each mode and plans no route: leave out \(given.joined(separator: ", "))")
            }
        }
        if !speeds && (from == nil || to == nil) { throw ValidationError("give a place to start from and a place to go to") }
        _ = try TransportFilter(on: on, modes: modes, avoid: avoid)
    }

    func run() throws {
        let unit = units.length
        let atlas = try database.open()
        if speeds {
            let records = try atlas.modeSpeeds().map {
                Record([("mode", Cell($0.mode.label)), ("km_per_hour", Cell($0.kmPerHour, decimals: Decimals.speed)),
                        ("note", Cell($0.note))],
                       evidence: $0.evidence)
            }
            return try output.print(Report(key: "speeds", records: records, emptyMessage: "no mode speeds recorded"), by: Self.self, atlas: atlas)
        }
        let origin = try Resolve.place(from!, in: atlas), destination = try Resolve.place(to!, in: atlas)
        let filter = try TransportFilter(on: on, modes: modes, avoid: avoid), date = filter.date
        let index = try atlas.placeIndex()
        let planner = try atlas.routePlanner()
        let result = planner.plan(from: origin, to: destination, on: date, modes: filter.only, avoiding: filter.avoiding, by: by)
        let route: RoutePlanner.Route
        switch result {
        case let .success(found): route = found
        case let .failure(failure):
            throw CLIError(PlanText.failure(failure, index: index, from: origin, to: destination,
                                            restricted: filter.restricted))
        }
        let hours = { (hours: Double) in Cell(hours.isNaN ? nil : hours, decimals: Decimals.time) }
        var running = 0.0
        let steps = route.steps.map { step in
            running += step.lengthKm
            return Record([
                ("from", .entity(id: step.fromPlaceID, name: index.name(of: step.fromPlaceID, at: date))),
                ("to", .entity(id: step.toPlaceID, name: index.name(of: step.toPlaceID, at: date))),
                ("mode", Cell(step.link.mode.label)), ("length", unit.cell(km: step.lengthKm)),
                ("basis", PlanText.basis(step.link)),
                ("hours", hours(step.hours)), ("total", unit.cell(km: running)),
                ("open", .date(step.link.valid)), ("link", Cell(step.link.id)), ("unit", Cell(unit.symbol)),
            ], evidence: step.link.evidence)
        }
        let when = date.map { " as of \($0.edtf)" } ?? ""
        let summary = Record([
            ("from", .entity(id: origin, name: index.name(of: origin, at: date))),
            ("to", .entity(id: destination, name: index.name(of: destination, at: date))),
            ("by", Cell(by.rawValue)), ("on", .date(date)), ("unit", Cell(unit.symbol)),
            ("length", unit.cell(km: route.lengthKm)), ("hours", hours(route.hours)),
            ("days", hours(route.hours / 24)), ("legs", Cell(route.steps.count)),
        ])
        try output.print(Report([
            Section(key: "route", title: "\(by == .distance ? "Shortest" : "Fastest") route\(when)", records: [summary], isSingle: true),
            Section(key: "steps", title: "Steps", records: steps, emptyMessage: "already there",
                    machineOnly: ["link", "open", "unit"]),
        ]), by: Self.self, atlas: atlas)
    }
}

extension RoutePlanner.Criterion: ExpressibleByArgument {}

/// Wording for planner failures: the library decides the cause, this names it.
enum PlanText {
    /// - Parameters:
    ///   - from, to: the places asked for, so that a failing end is named as the start or the destination.
    ///   - restricted: whether --modes or --avoid narrowed the modes.
    static func failure(_ failure: RoutePlanner.Failure, index: PlaceIndex, from: String? = nil, to: String? = nil,
                        restricted: Bool = true) -> String {
        switch failure {
        case let .noLinks(place):
            restricted
                ? "no link of the modes allowed reaches \(index.name(of: place))\(role(place, from: from, to: to)); try without --modes or --avoid"
                : "\(index.name(of: place))\(role(place, from: from, to: to)) is on no link of the transport network; plan to or from a place on it"
        case let .closed(place, date, open):
            "no link at \(index.name(of: place))\(role(place, from: from, to: to)) is open \(when(date)): its links are open \(span(open)); give another --on, or none"
        case let .networkClosed(date, open):
            "no link of the transport network is open \(when(date)): the network covers \(span(open)); give another --on, or none"
        case .unreachable:
            "\(from.map { index.name(of: $0) } ?? "the start") and \(to.map { index.name(of: $0) } ?? "the end") are not connected by the links open under these conditions; try another date or fewer restrictions"
        case let .noSpeed(mode):
            "no speed is recorded for \(mode.label), so the fastest route cannot be measured; plan --by distance, or --avoid \(mode.rawValue)"
        }
    }

    /// " (the starting point)" or " (the destination)" when the place is one of the ends asked for.
    private static func role(_ place: String, from: String?, to: String?) -> String {
        place == from ? " (the starting point)" : place == to ? " (the destination)" : ""
    }

    /// "on 1928-01-16" for a day, "in 1800" for a longer date.
    private static func when(_ date: HistoricalDate) -> String {
        (date.earliest == date.latest ? "on " : "in ") + date.edtf
    }

    /// When links are open, in words: "from 1864-01-01 on", "from 1864-01-01 to 1900-12-31".
    static func span(_ open: ClosedRange<Day>) -> String {
        let to = open.upperBound == .distantFuture ? " on" : " to \(open.upperBound.iso)"
        return open.lowerBound == .distantPast ? "until \(open.upperBound.iso)" : "from \(open.lowerBound.iso)\(to)"
    }

    /// How a link's length is known: `{"kind": "estimate", "circuity": 1.25}`; a table shows
    /// "estimate x1.25".
    static func basis(_ link: TransportLink) -> Cell {
        .object([("kind", Cell(link.basis.rawValue)), ("circuity", Cell(link.circuity, decimals: Decimals.ratio))],
                display: link.basis.rawValue + (link.circuity.map { " x\(formatted($0, decimals: 2))" } ?? ""))
    }
}
