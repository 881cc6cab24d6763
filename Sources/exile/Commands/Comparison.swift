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
        let length = { (km: Double?) in Cell(km.map { LengthUnit.kilometre.convert($0, to: unit) }, decimals: 1) }
        let title = "Planned route, shortest by distance as of \(date.edtf): \(index.name(of: start, at: date)) → \(index.name(of: end, at: date))"
        var sections: [Section] = []
        switch planner.plan(from: start, to: end, on: date, by: .distance) {
        case let .success(route):
            let steps = route.steps.map { step in
                Record([
                    ("from", Cell(index.name(of: step.fromPlaceID, at: date))), ("to", Cell(index.name(of: step.toPlaceID, at: date))),
                    ("mode", Cell(step.link.mode.label)), ("length", length(step.lengthKm)),
                    ("hours", Cell(step.hours.isNaN ? nil : step.hours, decimals: 1)),
                    ("basis", Cell(step.link.basis.rawValue)), ("link", Cell(step.link.id)),
                ], evidence: step.link.evidence)
            }
            sections.append(Section(key: "planned", title: title, records: steps, machineOnly: ["link"]))
            let recordedDays = itinerary.recordedDays
            sections.append(Section(key: "planned_totals", title: "Recorded and planned", records: [Record([
                ("recorded_geodesic", length(itinerary.geodesicKm)),
                ("recorded_stated_total", length(itinerary.statedTotal?.kilometres)),
                ("planned_length", length(route.lengthKm)),
                ("planned_over_geodesic", Cell(itinerary.geodesicKm > 0 ? route.lengthKm / itinerary.geodesicKm : nil, decimals: 2)),
                ("recorded_days", Cell(recordedDays.map(RouteText.days))),
                ("planned_days", Cell(route.hours.isNaN ? nil : route.hours / 24, decimals: 1)),
            ])], isSingle: true))
        case let .failure(failure):
            sections.append(Section(key: "planned", title: title, records: [], emptyMessage: PlanText.failure(failure, index: index, from: start, to: end, restricted: false)))
        }

        let byLeg = located.map { step -> Record in
            let from = step.geodesicFromPlaceID!
            let planned = try? planner.plan(from: from, to: step.leg.toPlaceID, on: date, by: .distance).get()
            let recorded = step.stated?.kilometres ?? step.geodesicKm
            return Record([
                ("leg", Cell(step.leg.sequence)), ("from", Cell(index.name(of: from, at: step.when))), ("to", Cell(step.toName)),
                ("recorded", length(recorded)), ("basis", Cell(step.stated != nil ? "stated" : "geodesic")),
                ("planned", length(planned?.lengthKm)),
                ("diff", length(planned.flatMap { route in recorded.map { route.lengthKm - $0 } })),
                ("modes", Cell(planned.map { Set($0.steps.map(\.link.mode.label)).sorted().joined(separator: ", ") })),
                ("days", Cell(step.days.map(RouteText.days))),
                ("planned_days", Cell(planned.flatMap { $0.hours.isNaN ? nil : $0.hours / 24 }, decimals: 1)),
            ])
        }
        sections.append(Section(key: "by_leg", title: "Leg by leg (recorded: stated distance where the source gives one, else geodesic)",
                                records: byLeg))
        return sections
    }
}
