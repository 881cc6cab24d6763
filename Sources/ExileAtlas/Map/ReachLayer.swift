import Foundation

/// How far every place was from one place on a date, ready to draw: each place the planner's
/// `RoutePlanner.reach(from:on:modes:avoiding:by:)` reaches, coloured by its band of days (or
/// of kilometres, with `--by distance`), the origin marked, the places of the network out of
/// reach drawn apart, and the last link of each place's route (the route tree) drawn thin.
///
/// The routes are the planner's; this type only names, places and bands them.
///
/// ```swift
/// let reach = try planner.reach(from: "alma-ata", on: june, by: .time).get()
/// var layers = MapLayers(title: "Reach", names: index, itineraries: [], network: nil)
/// layers.reach = ReachLayer(reach, names: index, on: june, by: .time, speeds: try atlas.modeSpeeds())
/// ```
public struct ReachLayer: Sendable {
    /// A range of days (or km) drawn in one colour: `lower ..< upper`, unbounded above when
    /// `upper` is nil.
    public struct Band: Sendable, Hashable {
        /// The band's lower bound, in days (or km).
        public var lower: Double
        /// The band's upper bound (excluded), or nil for the last band.
        public var upper: Double?
        /// A CSS colour, `#rrggbb`.
        public var colour: String
        /// "1-3 days", "< 1 day", "> 10 days", "500-1000 km".
        public var label: String
    }

    /// A place the origin reaches.
    public struct Place: Sendable {
        /// The place's id (`moscow`).
        public var id: String
        /// The name in use at the date.
        public var name: String
        /// Where it is drawn (WGS84).
        public var coordinate: Coordinate
        /// The route's length in kilometres.
        public var km: Double
        /// The route's hours at the mode speeds; nil when a mode has no speed.
        public var hours: Double?
        /// `hours / 24`: travelling time around the clock, no waits.
        public var days: Double? { hours.map { $0 / 24 } }
        /// The modes in the order travelled, a mode repeated only after another.
        public var modes: [TravelMode]
        /// The places the route passes through, by the names at the date.
        public var via: [String]
        /// The route's number of links.
        public var legs: Int
        /// The index of its band in `ReachLayer.bands`.
        public var band: Int
    }

    /// A place of the network no open link reaches, or the origin.
    public struct Point: Sendable {
        /// The place's id.
        public var id: String
        /// The name in use at the date.
        public var name: String
        /// Where it is drawn (WGS84).
        public var coordinate: Coordinate
    }

    /// The last link of a place's route: from the place before it to the place.
    public struct Link: Sendable {
        /// The link's id, as in Fixtures/link.csv.
        public var id: String
        /// The place the link leaves, a `place` id.
        public var fromID: String
        /// The place reached, a `place` id.
        public var toID: String
        /// How it is travelled.
        public var mode: TravelMode
        /// The geodesic between its ends, points at most 50 km apart.
        public var path: [Coordinate]
    }

    /// Where the routes start; nil when the origin has no coordinate (its name is `originName`).
    public var origin: Point?
    /// The origin's name at the date.
    public var originName: String
    /// The date of the network (nil: every link).
    public var date: HistoricalDate?
    /// What the routes minimise, and what the bands measure: days for `.time`, km for `.distance`.
    public var criterion: RoutePlanner.Criterion
    /// The bands, nearest first.
    public var bands: [Band]
    /// The located places reached, nearest first.
    public var places: [Place]
    /// The located places of the network out of reach, by id.
    public var unreachable: [Point]
    /// The route tree: one link into each located place reached from a located place.
    public var links: [Link]
    /// "rail 26 km/h, road 12 km/h": the speeds the days rest on, for the legend.
    public var speeds: String
    /// What the legend says of the days.
    public static let daysNote = "days: hours at the mode speeds / 24, no waits"

    /// Band boundaries in days for `.time`: < 1, 1-3, 3-5, 5-7, 7-10, > 10.
    public static let dayBoundaries: [Double] = [1, 3, 5, 7, 10]
    /// Band boundaries in km for `.distance`: < 500, 500-1000, 1000-2000, 2000-3500, 3500-5000, > 5000.
    public static let kmBoundaries: [Double] = [500, 1000, 2000, 3500, 5000]
    /// Near to far, dark red to dark blue (ColorBrewer RdYlBu, 7 classes, the pale middle left
    /// out so that every band stands out on the land).
    static let palette = ["#b2182b", "#ef8a62", "#fdb863", "#a6d96a", "#67a9cf", "#2166ac", "#053061", "#000033"]

    /// Bands a reach for the map.
    ///
    /// - Parameters:
    ///   - reach: the planner's answer.
    ///   - names: every place with its names over time, and its coordinate.
    ///   - date: the date the network was taken at, for names and the legend.
    ///   - criterion: the criterion `reach` was computed by.
    ///   - speeds: the mode speeds, for the legend (only the modes used are named).
    ///   - boundaries: the bands' inner bounds, ascending (default: `dayBoundaries` or `kmBoundaries`).
    public init(_ reach: RoutePlanner.Reach, names: PlaceIndex, on date: HistoricalDate?, by criterion: RoutePlanner.Criterion,
                speeds: [ModeSpeed] = [], boundaries: [Double]? = nil) {
        let bounds = (boundaries ?? (criterion == .time ? Self.dayBoundaries : Self.kmBoundaries)).sorted()
        let unit = criterion == .time ? "days" : "km"
        func show(_ value: Double) -> String { MapLayers.kilometres(value) }
        bands = (0...bounds.count).map { i in
            let lower = i == 0 ? 0 : bounds[i - 1], upper = i < bounds.count ? bounds[i] : nil
            let label: String
            switch (i, upper) {
            case (0, let upper?): label = "< \(show(upper)) \(criterion == .time && upper == 1 ? "day" : unit)"
            case (_, nil): label = "> \(show(lower)) \(unit)"
            case (_, let upper?): label = "\(show(lower))-\(show(upper)) \(unit)"
            }
            return Band(lower: lower, upper: upper, colour: Self.palette[min(i, Self.palette.count - 1)], label: label)
        }
        self.date = date
        self.criterion = criterion
        let originName = names.name(of: reach.origin, at: date)
        self.originName = originName
        origin = names.places[reach.origin]?.coordinate.map { Point(id: reach.origin, name: originName, coordinate: $0) }

        var places: [Place] = []
        var links: [Link] = []
        for (id, route) in reach.routes {
            guard let coordinate = names.places[id]?.coordinate else { continue }
            var modes: [TravelMode] = []
            for step in route.steps where modes.last != step.link.mode { modes.append(step.link.mode) }
            let hours = route.hours.isNaN ? nil : route.hours
            let value = criterion == .time ? (hours ?? .infinity) / 24 : route.lengthKm
            places.append(Place(id: id, name: names.name(of: id, at: date), coordinate: coordinate, km: route.lengthKm,
                                hours: hours, modes: modes,
                                via: route.steps.dropLast().map { names.name(of: $0.toPlaceID, at: date) },
                                legs: route.steps.count, band: Self.band(of: value, boundaries: bounds)))
            if let last = route.steps.last, let from = names.places[last.fromPlaceID]?.coordinate {
                links.append(Link(id: last.link.id, fromID: last.fromPlaceID, toID: id, mode: last.link.mode,
                                  path: Geodesic.points(from: from, to: coordinate)))
            }
        }
        let byTime = criterion == .time
        self.places = places.sorted { a, b in
            let (x, y) = byTime ? (a.hours ?? .infinity, b.hours ?? .infinity) : (a.km, b.km)
            return x != y ? x < y : a.id < b.id
        }
        self.links = links.sorted { $0.toID < $1.toID }
        unreachable = reach.unreachable.compactMap { id in
            names.places[id]?.coordinate.map { Point(id: id, name: names.name(of: id, at: date), coordinate: $0) }
        }
        let used = Set(reach.routes.values.flatMap { $0.steps.map(\.link.mode) })
        self.speeds = speeds.filter { used.contains($0.mode) }
            .map { "\($0.mode.label) \(MapLayers.kilometres($0.kmPerHour)) km/h" }.joined(separator: ", ")
    }

    /// The band a value falls in: the number of boundaries at or below it (2.5 days with
    /// the default bounds is band 1, "1-3 days").
    public static func band(of value: Double, boundaries: [Double]) -> Int {
        boundaries.filter { $0 <= value }.count
    }

    /// The bands some place falls in, nearest first (the legend's rows).
    public var usedBands: [Band] {
        let used = Set(places.map(\.band))
        return bands.indices.filter(used.contains).map { bands[$0] }
    }

    /// "Fastest routes from Alma Ata, 1928-06: days of travel".
    public var caption: String {
        "\(criterion == .time ? "Fastest" : "Shortest") routes from \(originName)" + (date.map { ", \($0.edtf)" } ?? "")
            + (criterion == .time ? ": days of travel" : ": km by the network")
    }

    /// "7.5 days", "4364 km": the measure a place is banded by.
    public func measure(_ place: Place) -> String {
        if criterion == .distance { return "\(MapLayers.kilometres(place.km.rounded())) km" }
        guard let days = place.days else { return "no speed" }
        return "\(MapLayers.kilometres(days)) day\(days == 1 ? "" : "s")"
    }

    /// "Moscow: 7.5 days (179.1 h), 4364.4 km by road, rail; 14 links via Pishpek-Frunze, ...".
    public func summary(_ place: Place) -> String {
        let hours = place.hours.map { String(format: "%.1f days (%.1f h), ", $0 / 24, $0) } ?? ""
        return "\(place.name): \(hours)\(MapLayers.kilometres(place.km)) km by \(place.modes.map(\.label).joined(separator: ", "))"
            + "; \(place.legs) link\(place.legs == 1 ? "" : "s")" + (place.via.isEmpty ? "" : " via " + place.via.joined(separator: ", "))
    }

    /// Every point the layer draws.
    var coordinates: [Coordinate] { (origin.map { [$0.coordinate] } ?? []) + places.map(\.coordinate) + unreachable.map(\.coordinate) }
}
