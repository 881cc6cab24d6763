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
        let length = { (km: Double?) in Cell(km.map { LengthUnit.kilometre.convert($0, to: unit) }, decimals: 1) }

        let legs = itinerary.steps.map { step in
            Record([
                ("leg", Cell(step.leg.sequence)),
                ("from", Cell(step.fromName)), ("to", Cell(step.toName)),
                ("dates", Cell(RouteText.dates(step.leg))),
                ("on", Cell(step.timing.arrival.edtf)),
                ("modes", Cell(Describe.modes(step.leg.modes))),
                ("vehicle", Cell(step.vehicles.isEmpty ? nil : step.vehicles.joined(separator: " / "))),
                ("geodesic", length(step.geodesicKm)),
                ("stated", Cell(step.stated.map(RouteText.stated))),
                ("stated_km", Cell(step.stated?.kilometres, decimals: 1)),
                ("detour", Cell(step.detour, decimals: 2)),
                ("days", Cell(step.days.map(RouteText.days))),
                ("total", length(step.runningGeodesicKm)),
                ("notes", Cell(RouteText.notes(step).joined(separator: "; ").nilIfEmpty)),
                ("from_id", Cell(step.leg.fromPlaceID)), ("to_id", Cell(step.leg.toPlaceID)),
                ("departed", Cell(step.leg.departed?.edtf)), ("arrived", Cell(step.leg.arrived?.edtf)),
            ], evidence: step.leg.evidence)
        }

        var totals: [(String, Cell)] = [
            ("journey", Cell(itinerary.journey.title)),
            ("traveller", Cell(people[itinerary.journey.personID] ?? itinerary.journey.personID)),
            ("period", Cell(itinerary.journey.period.edtf)),
            ("start", Cell(itinerary.steps.first.map { step in
                [step.fromName, step.leg.departed?.edtf].compactMap { $0 }.joined(separator: ", ") })),
            ("unit", Cell(unit.symbol)),
            ("traced_geodesic", length(itinerary.geodesicKm)),
            ("stated_legs", length(itinerary.statedKm > 0 ? itinerary.statedKm : nil)),
        ]
        var notes: [String] = []
        if let total = itinerary.statedTotal {
            let ratio = itinerary.geodesicKm > 0 ? total.kilometres / itinerary.geodesicKm : nil
            totals.append(("stated_total", Cell("\(total.claim.value) = \(formatted(LengthUnit.kilometre.convert(total.kilometres, to: unit), decimals: 1)) \(unit.symbol)")))
            totals.append(("stated_over_traced", Cell(ratio, decimals: 2)))
            notes.append("\(total.claim.value) (\(total.claim.evidence.sourceID), \(total.claim.evidence.locator)) is "
                + "\(formatted(total.kilometres, decimals: 1)) km, \(ratio.map { formatted($0, decimals: 2) } ?? "?") times the traced geodesic of \(formatted(itinerary.geodesicKm, decimals: 1)) km")
        }
        if let days = itinerary.recordedDays {
            totals.append(("days", Cell(RouteText.days(days))))
            if days.upperBound > 0, itinerary.geodesicKm > 0 {
                let fastest = itinerary.geodesicKm / Double(max(days.lowerBound, 1)), slowest = itinerary.geodesicKm / Double(days.upperBound)
                let speeds = [slowest, fastest].map { formatted(LengthUnit.kilometre.convert($0, to: unit), decimals: 0) }
                totals.append(("per_day", Cell(speeds[0] == speeds[1] ? speeds[0] : "\(speeds[0])-\(speeds[1])")))
            }
        }
        for (property, text) in Describe.claims(itinerary.journeyClaims.filter { $0.property != "distance" }) {
            var value = text
            if property == "duration", let claim = itinerary.journeyClaims.first(where: { $0.property == "duration" }),
               let days = Itinerary.statedDays(claim), days > 0, itinerary.geodesicKm > 0 {
                value += " (\(formatted(days, decimals: 0)) days: \(formatted(LengthUnit.kilometre.convert(itinerary.geodesicKm / days, to: unit), decimals: 0)) \(unit.symbol) a day over the traced geodesic)"
            }
            totals.append((property, Cell(value)))
        }
        if itinerary.steps.contains(where: { $0.geodesicKm == nil }) {
            notes.append("legs to an unlocated stop have no geodesic; the next located stop is measured from the last located one")
        }
        var sections = [
            Section(key: "journey", title: itinerary.journey.title, records: [Record(totals, evidence: itinerary.journey.evidence)], isSingle: true),
            Section(key: "legs", title: "Legs (each row: where it ended, when, how, how far)", records: legs, emptyMessage: "no legs recorded",
                    machineOnly: ["from", "dates", "stated_km", "from_id", "to_id", "departed", "arrived", "vehicle", "notes"]),
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

/// Wording for the route table.
enum RouteText {
    static func dates(_ leg: Leg) -> String? {
        switch (leg.departed?.edtf, leg.arrived?.edtf) {
        case let (from?, to?) where from == to: from
        case let (from?, to?): "\(from) → \(to)"
        case let (from?, nil): "from \(from)"
        case let (nil, to?): "to \(to)"
        default: nil
        }
    }

    static func stated(_ distance: Itinerary.StatedDistance) -> String {
        let amount = distance.value == distance.value.rounded() ? String(Int(distance.value)) : String(distance.value)
        let qualifier = distance.claim.qualifier.map { $0 == "about" ? "about " : $0 == "exact" ? "" : "\($0.replacingOccurrences(of: "-", with: " ")) " } ?? ""
        return "\(qualifier)\(amount) \(distance.unit.symbol)"
    }

    static func days(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }

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
