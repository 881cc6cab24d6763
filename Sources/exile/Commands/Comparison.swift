import ExileAtlas

/// The recorded journey beside the route planner's shortest path for the same endpoints and
/// date: overall, and leg by leg between located stops.
struct Comparison {
    var itinerary: Itinerary
    var planner: RoutePlanner
    var index: PlaceIndex
    var unit: LengthUnit

    func sections() -> [Section] {
        let located = itinerary.steps.filter { $0.geodesicKm != nil }
        guard let start = located.first?.geodesicFromPlaceID, let end = located.last?.leg.toPlaceID,
              let date = try? HistoricalDate(parsing: itinerary.journey.period.earliest.iso) else {
            return [Section(key: "planned", title: "Planned route", records: [], emptyMessage: "the journey has no located stops to compare")]
        }
        let length = unit.cell
        let place = { (id: String, date: HistoricalDate) in Cell.entity(id: id, name: index.name(of: id, at: date)) }
        let days = { (hours: Double?) in Cell(hours.flatMap { $0.isNaN ? nil : $0 / 24 }, decimals: Decimals.time) }
        let title = "Planned route, shortest by distance as of \(date.edtf): \(index.name(of: start, at: date)) → \(index.name(of: end, at: date))"
        var sections: [Section] = []
        switch planner.plan(from: start, to: end, on: date, by: .distance) {
        case let .success(route):
            let steps = route.steps.map { step in
                Record([
                    ("from", place(step.fromPlaceID, date)), ("to", place(step.toPlaceID, date)),
                    ("mode", Cell(step.link.mode.label)), ("length", length(step.lengthKm)),
                    ("hours", Cell(step.hours.isNaN ? nil : step.hours, decimals: Decimals.time)),
                    ("basis", PlanText.basis(step.link)), ("link", Cell(step.link.id)), ("unit", Cell(unit.symbol)),
                ], evidence: step.link.evidence)
            }
            sections.append(Section(key: "planned", title: title, records: steps, machineOnly: ["link", "unit"]))
            let recordedDays = itinerary.recordedDays
            sections.append(Section(key: "planned_totals", title: "Recorded and planned", records: [Record([
                ("recorded_geodesic", length(itinerary.geodesicKm)),
                ("recorded_stated_total", length(itinerary.statedTotal?.kilometres)),
                ("planned_length", length(route.lengthKm)),
                ("planned_over_geodesic", Cell(itinerary.geodesicKm > 0 ? route.lengthKm / itinerary.geodesicKm : nil, decimals: Decimals.ratio)),
                ("recorded_days", RouteText.days(recordedDays)),
                ("planned_days", days(route.hours)),
                ("unit", Cell(unit.symbol)),
            ])], isSingle: true, machineOnly: ["unit"]))
        case let .failure(failure):
            sections.append(Section(key: "planned", title: title, records: [], emptyMessage: PlanText.failure(failure, index: index, from: start, to: end, restricted: false)))
        }

        let byLeg = located.map { step -> Record in
            let from = step.geodesicFromPlaceID!
            let planned = try? planner.plan(from: from, to: step.leg.toPlaceID, on: date, by: .distance).get()
            let recorded = step.stated?.kilometres ?? step.geodesicKm
            return Record([
                ("leg", Cell(step.leg.sequence)), ("from", place(from, step.when)),
                ("to", .entity(id: step.leg.toPlaceID, name: step.toName)),
                ("recorded", length(recorded)), ("basis", Cell(step.stated != nil ? "stated" : "geodesic")),
                ("planned", length(planned?.lengthKm)),
                ("diff", length(planned.flatMap { route in recorded.map { route.lengthKm - $0 } })),
                ("modes", planned.map { .strings(Set($0.steps.map(\.link.mode.label)).sorted()) } ?? .null),
                ("days", RouteText.days(step.days)),
                ("planned_days", days(planned?.hours)),
                ("unit", Cell(unit.symbol)),
            ])
        }
        sections.append(Section(key: "by_leg", title: "Leg by leg (recorded: stated distance where the source gives one, else geodesic)",
                                records: byLeg, machineOnly: ["unit"]))
        return sections
    }
}
