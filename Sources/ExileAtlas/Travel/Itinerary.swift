/// A recorded journey traced leg by leg: what the sources say happened, measured.
///
/// Each step gives the places by the names in use at the time, the dates, modes and
/// vehicles, the geodesic distance, the distance the source states (in its own unit and in
/// km), the detour factor (stated / geodesic), the duration and average speed where the
/// dates allow, and running totals. An unlocated stop (the siding, the abandoned hut) gets
/// no distance of its own: the geodesic of the next located stop is measured from the last
/// located one, and says so.
///
/// ```swift
/// let itinerary = Itinerary(journey: journey, legs: legs, places: index, claims: claims)
/// itinerary.geodesicKm   // the traced total over the located stops
/// ```
public struct Itinerary: Sendable {
    /// A distance a source states, in its own words and unit, and in kilometres.
    public struct StatedDistance: Sendable, Hashable {
        /// The `distance` claim the figure comes from, with the source's words (`unos 250
        /// kilómetros`).
        public var claim: Claim
        /// The claim's unit of length (km, verst, mile ...).
        public var unit: LengthUnit
        /// The figure in `unit` (250).
        public var value: Double
        /// The figure converted to kilometres (a verst is 1.0668 km).
        public var kilometres: Double { unit.convert(value, to: .kilometre) }
    }

    /// One leg, measured.
    public struct Step: Sendable {
        /// The leg as recorded.
        public var leg: Leg
        /// When the leg happened, by the library's one rule (`LegTiming`).
        ///
        /// ```swift
        /// itinerary.steps.last?.timing.arrival.edtf  // "1928-01-25" for the deportation
        /// ```
        public var timing: LegTiming
        /// The date the names are read at: the leg's departure as `LegTiming` gives it.
        ///
        /// ```swift
        /// itinerary.steps[1].when.edtf  // "1929-01-22/1929-03": an undated leg of the expulsion
        /// ```
        public var when: HistoricalDate { timing.departure }
        /// The name of the leg's start in use at the leg's date (`Pishpek-Frunze` in 1928).
        public var fromName: String
        /// The name of the leg's end in use at the leg's date.
        public var toName: String
        /// Geodesic from the last located stop to this leg's end, when that end is located.
        public var geodesicKm: Double?
        /// Where that geodesic starts, when it spans more than this leg (an unlocated stop between).
        public var geodesicFromName: String?
        /// The located stop the geodesic starts from (this leg's start, or an earlier one).
        public var geodesicFromPlaceID: String?
        /// Distance the source states for this leg (or, after an unlocated stop, for the stretch
        /// since the last located stop).
        public var stated: StatedDistance?
        /// Stated over geodesic: how much longer the road was than the straight line.
        public var detour: Double? {
            guard let stated, let geodesicKm, geodesicKm > 0 else { return nil }
            return stated.kilometres / geodesicKm
        }
        /// Whole days between departure and arrival: the least and the most the dates allow.
        public var days: ClosedRange<Int>?
        /// Vehicles, contested ones included ("Ilych / Kalinin").
        public var vehicles: [String]
        /// Other things the sources state about the leg: a stretch's distance and time, a stay.
        public var claims: [Claim]
        /// The sum of the geodesics in kilometres from the journey's start to the end of this leg.
        public var runningGeodesicKm: Double
        /// The sum of the stated distances in kilometres from the journey's start to the end of
        /// this leg (legs with no stated distance add nothing).
        public var runningStatedKm: Double
    }

    /// The journey traced.
    public var journey: Journey
    /// One step per leg, in the order of `sequence`.
    public var steps: [Step]
    /// What the sources state about the journey as a whole (Trotsky's "4.000 verstas").
    public var journeyClaims: [Claim]

    /// Traced total: the sum of the geodesics between successive located stops.
    public var geodesicKm: Double { steps.last?.runningGeodesicKm ?? 0 }
    /// The sum of the distances the sources state for legs.
    public var statedKm: Double { steps.last?.runningStatedKm ?? 0 }
    /// The journey's own stated total, if a source gives one.
    public var statedTotal: StatedDistance? {
        journeyClaims.lazy.compactMap(Itinerary.statedDistance).first
    }

    /// Traces `journey` over its legs, in the order of their `sequence`.
    ///
    /// - Parameters:
    ///   - journey: the journey.
    ///   - legs: its legs, in order.
    ///   - places: every place with its names, for coordinates and names by date.
    ///   - claims: claims whose subject is the journey or one of its legs.
    public init(journey: Journey, legs: [Leg], places: PlaceIndex, claims: [Claim]) {
        self.journey = journey
        journeyClaims = claims.filter { $0.subject == "journey" && $0.subjectID == journey.id }
        var steps: [Step] = []
        var lastLocated: (id: String, name: String, coordinate: Coordinate, sequence: Int)?
        var runningGeodesic = 0.0, runningStated = 0.0
        for leg in legs.sorted(by: { $0.sequence < $1.sequence }) {
            let timing = LegTiming(leg, in: journey), when = timing.departure
            let from = places.places[leg.fromPlaceID], to = places.places[leg.toPlaceID]
            if let coordinate = from?.coordinate {
                lastLocated = (leg.fromPlaceID, places.name(of: leg.fromPlaceID, at: when), coordinate, leg.sequence)
            }
            var geodesic: Double?
            var geodesicFrom: String?
            var geodesicFromID: String?
            if let start = lastLocated, let end = to?.coordinate {
                geodesicFromID = start.id
                geodesic = Geodesic.inverse(start.coordinate, end).distance / 1_000
                if start.sequence != leg.sequence { geodesicFrom = start.name }
                runningGeodesic += geodesic!
            }
            let legClaims = claims.filter { $0.subject == "leg" && $0.subjectID == leg.id }
            let stated = legClaims.lazy.filter { $0.property == "distance" }.compactMap(Itinerary.statedDistance).first
            runningStated += stated?.kilometres ?? 0
            let vehicles = (leg.vehicle.map { [$0] } ?? []) + legClaims.filter { $0.property == "vehicle" }.map(\.value)
            steps.append(Step(
                leg: leg, timing: timing,
                fromName: places.name(of: leg.fromPlaceID, at: when), toName: places.name(of: leg.toPlaceID, at: when),
                geodesicKm: geodesic, geodesicFromName: geodesicFrom, geodesicFromPlaceID: geodesicFromID, stated: stated,
                days: Itinerary.days(from: leg.departed, to: leg.arrived), vehicles: vehicles,
                claims: legClaims.filter { $0.property != "distance" && $0.property != "vehicle" },
                runningGeodesicKm: runningGeodesic, runningStatedKm: runningStated))
            if to?.coordinate != nil {
                lastLocated = (leg.toPlaceID, places.name(of: leg.toPlaceID, at: when), to!.coordinate!, leg.sequence)
            }
        }
        self.steps = steps
    }

    /// A distance claim in a unit of length, or nil.
    static func statedDistance(_ claim: Claim) -> StatedDistance? {
        guard claim.property == "distance", let value = claim.quantity,
              let unit = claim.unit.flatMap(LengthUnit.init(rawValue:)) else { return nil }
        return StatedDistance(claim: claim, unit: unit, value: value)
    }

    /// The fewest and most whole days between two dates, or nil if either is missing.
    static func days(from departed: HistoricalDate?, to arrived: HistoricalDate?) -> ClosedRange<Int>? {
        guard let departed, let arrived else { return nil }
        let most = arrived.latest - departed.earliest
        let least = max(0, arrived.earliest - departed.latest)
        return most >= least ? least...most : nil
    }
}

extension Itinerary {
    /// The fewest and most whole days the journey took, from its first leg's departure to its
    /// last leg's arrival as recorded; nil if either is not recorded.
    ///
    /// ```swift
    /// try atlas.itinerary(of: "deportation-1928")?.recordedDays  // 5...9 (left 16-20 January, arrived the 25th)
    /// ```
    public var recordedDays: ClosedRange<Int>? {
        Itinerary.days(from: steps.first?.leg.departed, to: steps.last?.leg.arrived)
    }
}

extension Itinerary {
    /// A stated duration in days ("una semana" → 7), or nil if the claim is not a duration
    /// in a unit of time.
    public static func statedDays(_ claim: Claim) -> Double? {
        guard let quantity = claim.quantity else { return nil }
        switch claim.unit {
        case "minute": return quantity / 1_440
        case "hour": return quantity / 24
        case "day": return quantity
        case "week": return quantity * 7
        default: return nil
        }
    }
}
