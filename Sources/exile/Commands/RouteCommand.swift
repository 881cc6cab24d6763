import ArgumentParser
import ExileAtlas

struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Trace a recorded journey leg by leg: places by the names of the time, dates, modes, distances stated and measured.",
        discussion: """
            For each leg: the geodesic distance (WGS84), the distance the source states in \
            its own unit and in km, the detour factor (stated / geodesic), the days the \
            dates allow, and running totals. An unlocated stop (the siding, the abandoned \
            hut) has no distance of its own: the next located stop is measured from the last \
            located one. With --compare, the route planner's path for the same endpoints \
            and date is set beside it.

            Examples:
              exile route trotsky --year 1928
              exile route trotsky --year 1929      (the expulsion: it lies within 1929)
              exile route expulsion-1929 --evidence
              exile route deportation-1928 --unit versts --compare
            """
    )

    @Argument(help: "A journey id, or a traveller's name (with --year).")
    var journey: String

    @Option(help: "With a traveller: the journey lying within this year, else the one overlapping it.")
    var year: Int?

    @OptionGroup var units: UnitOptions

    @Flag(help: "Set the route planner's shortest path beside the recorded journey.")
    var compare = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try SelectionOptions.check(year: year)
    }

    func run() throws {
        let unit = units.length
        let atlas = try database.open()
        let journeys = try atlas.journeys(matching: journey, year: year)
        guard journeys.count == 1 else {
            let list = journeys.map { "\($0.id) (\($0.period.edtf))" }.joined(separator: ", ")
            throw CLIError("\(journey) made several journeys\(year.map { " in \($0)" } ?? ""): \(list); give the id\(year == nil ? " or --year" : "")")
        }
        let id = journeys[0].id
        guard let itinerary = try atlas.itinerary(of: id) else { throw CLIError("no journey with id \(id)") }
        let people = try atlas.personNamesByID()
        let titles = Dictionary(try atlas.sources().map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let length = unit.cell

        let legs = itinerary.steps.map { step in
            Record([
                ("leg", Cell(step.leg.sequence)),
                ("from", .entity(id: step.leg.fromPlaceID, name: step.fromName)),
                ("to", .entity(id: step.leg.toPlaceID, name: step.toName)),
                ("on", .date(step.timing.arrival)),
                ("departed", .date(step.leg.departed)), ("arrived", .date(step.leg.arrived)),
                ("modes", .strings(step.leg.modes.map(\.label))),
                ("vehicles", .strings(step.vehicles)),
                ("geodesic", length(step.geodesicKm)),
                ("stated", step.stated.map(RouteText.stated) ?? .absent(keys: RouteText.statedKeys)),
                ("stated_km", Cell(step.stated?.kilometres, decimals: Decimals.length)),
                ("detour", Cell(step.detour, decimals: Decimals.ratio)),
                ("days", RouteText.days(step.days)),
                // A running total only at a located stop: an unlocated one has no distance.
                ("total", length(step.geodesicKm == nil ? nil : step.runningGeodesicKm)),
                ("unit", Cell(unit.symbol)),
                ("notes", .strings(RouteText.notes(step))),
                ("claims", RouteText.claims(step.claims, sourceTitles: titles)),
            ], evidence: [.evidence(step.leg.evidence)] + step.claims.map(RouteText.evidence))
        }

        let journey = itinerary.journey
        var totals: [(String, Cell)] = [
            ("journey", .entity(id: journey.id, name: journey.title)),
            ("traveller", .entity(id: journey.personID, name: people[journey.personID] ?? journey.personID)),
            ("period", .date(journey.period)),
            ("start", RouteText.start(itinerary.steps.first)),
            ("unit", Cell(unit.symbol)),
            ("traced_geodesic", length(itinerary.geodesicKm)),
            ("stated_legs", length(itinerary.statedKm > 0 ? itinerary.statedKm : nil)),
        ]
        var notes: [String] = []
        if let total = itinerary.statedTotal {
            let ratio = itinerary.geodesicKm > 0 ? total.kilometres / itinerary.geodesicKm : nil
            totals.append(("stated_total", .object([("value", .text(total.claim.value)), ("length", length(total.kilometres))],
                display: "\(total.claim.value) = \(formatted(LengthUnit.kilometre.convert(total.kilometres, to: unit), decimals: 1)) \(unit.symbol)")))
            totals.append(("stated_over_traced", Cell(ratio, decimals: Decimals.ratio)))
            notes.append("\(total.claim.value) (\(total.claim.evidence.sourceID), \(total.claim.evidence.locator)) is "
                + "\(formatted(total.kilometres, decimals: 1)) km, \(ratio.map { formatted($0, decimals: 2) } ?? "?") times the traced geodesic of \(formatted(itinerary.geodesicKm, decimals: 1)) km")
        }
        if let days = itinerary.recordedDays {
            totals.append(("days", RouteText.days(days)))
            if days.upperBound > 0, itinerary.geodesicKm > 0 {
                let fastest = itinerary.geodesicKm / Double(max(days.lowerBound, 1)), slowest = itinerary.geodesicKm / Double(days.upperBound)
                totals.append(("per_day", .range(LengthUnit.kilometre.convert(slowest, to: unit),
                                                 LengthUnit.kilometre.convert(fastest, to: unit), decimals: 0)))
            }
        }
        // The journey's other claims: in a table one line each, as the source words them; for
        // programs one `claims` list, each with its property, value and sources.
        let claims = itinerary.journeyClaims.filter { $0.property != "distance" }
        let duration = claims.first(where: { $0.property == "duration" }).flatMap(Itinerary.statedDays)
        let perDay = duration.flatMap { days in days > 0 && itinerary.geodesicKm > 0 ? itinerary.geodesicKm / days : nil }
        if output.format == .table {
            for (property, text) in Describe.claims(claims) {
                var value = text
                if property == "duration", let days = duration, let perDay {
                    value += " (\(formatted(days, decimals: 0)) days: \(formatted(LengthUnit.kilometre.convert(perDay, to: unit), decimals: 0)) \(unit.symbol) a day over the traced geodesic)"
                }
                totals.append((property, Cell(value)))
            }
        } else {
            totals.append(("claims", RouteText.claims(claims, sourceTitles: titles)))
            totals.append(("stated_days", Cell(duration, decimals: Decimals.time)))
            totals.append(("stated_per_day", length(perDay)))
        }
        let evidence = [.evidence(journey.evidence)] + (itinerary.statedTotal.map { [RouteText.evidence($0.claim)] } ?? [])
            + claims.map(RouteText.evidence)
        if itinerary.steps.contains(where: { $0.geodesicKm == nil }) {
            notes.append("legs to an unlocated stop have no geodesic; the next located stop is measured from the last located one")
        }
        var sections = [
            Section(key: "journey", title: journey.title, records: [Record(totals, evidence: evidence)], isSingle: true),
            Section(key: "legs", title: "Legs (each row: where it ended, when, how, how far)", records: legs, emptyMessage: "no legs recorded",
                    machineOnly: ["from", "stated_km", "departed", "arrived", "vehicles", "unit", "notes", "claims"]),
        ]
        if output.format == .table {
            let remarks = itinerary.steps.compactMap { step -> Record? in
                let lines = (step.vehicles.count > 1 ? ["vehicle: " + step.vehicles.joined(separator: " / ") + " [sources disagree]"]
                             : step.vehicles.map { "vehicle: " + $0 }) + RouteText.notes(step)
                return lines.isEmpty ? nil : Record([("leg", Cell(step.leg.sequence)), ("remarks", Cell(lines.joined(separator: "; ")))])
            }
            sections.append(Section(key: "remarks", title: "Remarks", records: remarks))
        }
        if compare {
            sections += try Comparison(itinerary: itinerary, planner: atlas.routePlanner(), index: atlas.placeIndex(), unit: unit).sections()
        }
        try output.print(Report(sections, notes: notes), by: Self.self, atlas: atlas)
    }
}

/// Wording and shapes for the route.
enum RouteText {
    /// Where and when the journey starts: `{"place": {...}, "date": {...}}`; a table shows
    /// "Moscow, 1928-01-16/1928-01-20".
    static func start(_ step: Itinerary.Step?) -> Cell {
        guard let step else { return .absent(keys: Cell.entityKeys.map { "place." + $0 } + Cell.dateKeys.map { "date." + $0 }) }
        return .object([("place", .entity(id: step.leg.fromPlaceID, name: step.fromName)), ("date", .date(step.leg.departed))],
                       display: [step.fromName, step.leg.departed?.edtf].compactMap { $0 }.joined(separator: ", "))
    }

    /// A distance a source states, in its own unit: `{"amount": 50, "unit": "km", "qualifier":
    /// "about"}`; a table shows "about 50 km".
    static func stated(_ distance: Itinerary.StatedDistance) -> Cell {
        let amount = distance.value == distance.value.rounded() ? String(Int(distance.value)) : String(distance.value)
        let qualifier = distance.claim.qualifier.map { $0 == "about" ? "about " : $0 == "exact" ? "" : "\($0.replacingOccurrences(of: "-", with: " ")) " } ?? ""
        return .object([("amount", .number(distance.value, decimals: Decimals.length)), ("unit", .text(distance.unit.symbol)),
                        ("qualifier", Cell(distance.claim.qualifier))],
                       display: "\(qualifier)\(amount) \(distance.unit.symbol)")
    }

    /// The members of a stated distance.
    static let statedKeys = ["amount", "unit", "qualifier"]

    /// Whole days the dates allow: `{"min": 5, "max": 9}`; a table shows "5-9".
    static func days(_ range: ClosedRange<Int>?) -> Cell {
        .range(range.map { Double($0.lowerBound) }, range.map { Double($0.upperBound) }, decimals: 0)
    }

    /// Claims as a list, one item per property and value: `{"property": "escort_size",
    /// "value": "unos doce hombres", "sources": [{"id", "name"}]}`; values that differ
    /// between sources are separate items of the same property.
    static func claims(_ claims: [Claim], sourceTitles: [String: String]) -> Cell {
        var order: [String] = []
        var sources: [String: [String]] = [:]
        var first: [String: Claim] = [:]
        for claim in claims {
            let key = claim.property + "\u{0}" + claim.value
            if first[key] == nil { order.append(key); first[key] = claim }
            if !(sources[key]?.contains(claim.evidence.sourceID) ?? false) { sources[key, default: []].append(claim.evidence.sourceID) }
        }
        return .list(order.map { key in
            let claim = first[key]!
            return .object([("property", .text(claim.property.replacingOccurrences(of: "-", with: "_"))),
                            ("value", .text(claim.value)),
                            ("sources", .entities(sources[key]!.map { (id: $0, name: sourceTitles[$0] ?? $0) }))],
                           display: "\(claim.property): \(claim.value)")
        }, itemKeys: claimKeys)
    }

    /// A claim's evidence, about its property ("escort size: deutscher-1959, L21 ...").
    static func evidence(_ claim: Claim) -> Cell {
        .evidence(claim.evidence, about: .entity(id: nil, name: claim.property.replacingOccurrences(of: "-", with: " ")))
    }

    /// The members of a claim, as CSV columns.
    static let claimKeys = ["property", "value", "sources.id", "sources.name"]

    /// What a reader should know about a step beyond its numbers.
    static func notes(_ step: Itinerary.Step) -> [String] {
        var notes: [String] = []
        if let from = step.geodesicFromName { notes.append("geodesic measured from \(from)") }
        if step.geodesicKm == nil { notes.append("\(step.toName) is unlocated") }
        if let stated = step.stated, stated.claim.note?.isEmpty == false, step.geodesicFromName != nil {
            notes.append("stated distance covers the stretch from \(step.geodesicFromName!)")
        }
        for (property, text) in Describe.claims(step.claims) {
            notes.append("\(property): \(text)")
        }
        let sections = Dictionary(step.claims.map { ($0.property, $0) }, uniquingKeysWith: { first, _ in first })
        if let distance = sections["section-distance"], let time = sections["section-duration"],
           let km = distance.quantity.flatMap({ q in distance.unit.flatMap(LengthUnit.init(rawValue:)).map { $0.convert(q, to: .kilometre) } }),
           let hours = time.quantity, time.unit == "hour", hours > 0 {
            let bound = time.qualifier == "more-than" || time.qualifier == "at-least" ? "under " : "about "
            notes.append("that stretch: \(bound)\(formatted(km / hours, decimals: 1)) km/h")
        }
        return notes
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
