/// Whether a recorded leg's dates leave time for its distance at its modes' speeds: the
/// journeys' side of `exile check --plausibility` (the letters' side is ``TransitRule``).
///
/// A leg with a departure and an arrival date and a length (the distance a source states,
/// else the geodesic between its ends, the least it can have been) needs ⌊km / speed / 24⌋
/// whole days at the fastest of its modes' speeds (`mode_speed`). Over every reading of the
/// two dates (``Itinerary/Step/days``) the leg is *impossible* when even the longest reading
/// is shorter, *tight* when only some readings leave time, *plausible* when all do. The
/// speeds are typical door-to-door speeds, halts included, not records: an express could
/// beat them, so an impossible leg says "re-read the dates, or the speed", not "false".
///
/// ```swift
/// let paces = LegPace.judge(itinerary, speeds: [.rail: 26])
/// paces.first?.judgement   // .plausible: Moscow to Samara, 1-5 days, needs 1
/// ```
public struct LegPace: Sendable {
    /// The leg as the itinerary traces it.
    public var step: Itinerary.Step
    /// The length judged: stated by a source, or the geodesic.
    public var km: Double
    /// Whether `km` is a source's figure (true) or the geodesic (false).
    public var isStated: Bool
    /// The fastest of the leg's modes, and its speed in km/h.
    public var mode: TravelMode
    /// The speed of `mode` in km/h.
    public var kmPerHour: Double
    /// Whole days the leg needs at that speed.
    public var neededDays: Int
    /// The fewest and most whole days the dates allow.
    public var days: ClosedRange<Int>
    /// The verdict, as for a letter's dating.
    public var judgement: LetterTransit.Judgement

    /// Every leg of the itinerary that has both dates, a length and a mode with a speed, judged.
    public static func judge(_ itinerary: Itinerary, speeds: [TravelMode: Double]) -> [LegPace] {
        itinerary.steps.compactMap { step in
            guard let days = step.days, let km = step.stated?.kilometres ?? step.geodesicKm, km > 0 else { return nil }
            let known = step.leg.modes.compactMap { mode in speeds[mode].map { (mode, $0) } }
            guard let (mode, speed) = known.max(by: { $0.1 < $1.1 }), speed > 0 else { return nil }
            let needed = Int((km / speed / 24).rounded(.down))
            let judgement: LetterTransit.Judgement = days.upperBound < needed ? .impossible
                : days.lowerBound >= needed ? .plausible : .tight
            return LegPace(step: step, km: km, isStated: step.stated != nil, mode: mode, kmPerHour: speed,
                           neededDays: needed, days: days, judgement: judgement)
        }
    }
}

extension Atlas {
    /// Every dated leg of every journey, judged against its modes' speeds (``LegPace``).
    ///
    /// ```swift
    /// try atlas.legPaces().filter { $0.judgement == .impossible }   // [] for the shipped data
    /// ```
    public func legPaces() throws(AtlasError) -> [LegPace] {
        let speeds = Dictionary(try modeSpeeds().map { ($0.mode, $0.kmPerHour) }, uniquingKeysWith: { first, _ in first })
        var paces: [LegPace] = []
        for journey in try journeys() {
            if let itinerary = try itinerary(of: journey.id) { paces += LegPace.judge(itinerary, speeds: speeds) }
        }
        return paces
    }
}
