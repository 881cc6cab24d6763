/// When a leg of a journey happened: the one rule every command, map and export asks.
///
/// A leg records a departure, an arrival, both or neither. The rule fills the gaps once:
///
/// - **departure**: the leg's `departed`; else its `arrived` (a leg dated only by its
///   arrival is placed at that date); else the journey's `period`.
/// - **arrival**: the leg's `arrived`; else its `departed`; else the journey's `period`.
/// - **span**: the days from the earliest day of the departure to the latest day of the
///   arrival. A leg with neither date therefore spans its journey's period; a leg with one
///   date spans that date alone. An open end (`..`) runs to `Day.distantPast` or
///   `Day.distantFuture`.
/// - **overlaps(period)**: the span and the period share at least one day, both ends
///   included (the same overlap as `HistoricalDate.overlaps`).
/// - **date(at:)**: the arrival at the leg's destination, the departure at its origin.
///
/// ```swift
/// // Leg 6 of the deportation: departed 1928-01-17/1928-01-24, arrived 1928-01-25.
/// let timing = LegTiming(leg, in: journey)
/// timing.arrival.edtf                          // "1928-01-25"
/// timing.span                                  // 1928-01-17...1928-01-25
/// timing.date(at: "alma-ata")?.edtf            // "1928-01-25"
/// timing.overlaps(try HistoricalDate(parsing: "1928-01-25"))  // true
/// ```
public struct LegTiming: Sendable, Hashable {
    /// The leg, as recorded.
    ///
    /// ```swift
    /// LegTiming(leg, in: journey).leg.id  // "deportation-1928-6"
    /// ```
    public let leg: Leg

    /// The period of the leg's journey: what an undated leg falls back to.
    ///
    /// ```swift
    /// LegTiming(leg, in: journey).journeyPeriod.edtf  // "1928-01-16/1928-01-25"
    /// ```
    public let journeyPeriod: HistoricalDate

    // MARK: - Initializers

    /// The timing of a leg within its journey.
    ///
    /// ```swift
    /// let timing = LegTiming(leg, in: journey)
    /// ```
    ///
    /// - Parameters:
    ///   - leg: The leg.
    ///   - journey: The journey the leg belongs to; its period dates an undated leg.
    public init(_ leg: Leg, in journey: Journey) {
        self.init(leg, journeyPeriod: journey.period)
    }

    /// The timing of a leg whose journey's period is known without the journey.
    ///
    /// ```swift
    /// let timing = LegTiming(leg, journeyPeriod: try HistoricalDate(parsing: "1929-01-22/1929-03"))
    /// ```
    ///
    /// - Parameters:
    ///   - leg: The leg.
    ///   - journeyPeriod: The period of the leg's journey.
    public init(_ leg: Leg, journeyPeriod: HistoricalDate) {
        self.leg = leg
        self.journeyPeriod = journeyPeriod
    }

    // MARK: - Dates

    /// When the leg left: `departed`, else `arrived`, else the journey's period.
    ///
    /// ```swift
    /// // expulsion-1929-2 has no dates: it goes by its journey.
    /// LegTiming(leg, in: expulsion).departure.edtf  // "1929-01-22/1929-03"
    /// ```
    public var departure: HistoricalDate { leg.departed ?? leg.arrived ?? journeyPeriod }

    /// When the leg arrived: `arrived`, else `departed`, else the journey's period.
    ///
    /// ```swift
    /// // expulsion-1929-1 records only its departure, 1929-01-22.
    /// LegTiming(leg, in: expulsion).arrival.edtf  // "1929-01-22"
    /// ```
    public var arrival: HistoricalDate { leg.arrived ?? leg.departed ?? journeyPeriod }

    /// Whether the leg records a date of its own (else it goes by its journey's period).
    ///
    /// ```swift
    /// LegTiming(undatedLeg, in: journey).isDated  // false
    /// ```
    public var isDated: Bool { leg.departed != nil || leg.arrived != nil }

    /// The days the leg may have taken: from the departure's earliest day to the arrival's
    /// latest. Should the record run backwards (an arrival wholly before the departure), the
    /// span covers every day either date can mean, so it is never empty.
    ///
    /// ```swift
    /// LegTiming(leg, in: deportation).span  // 1928-01-17...1928-01-25 for leg 6
    /// ```
    public var span: ClosedRange<Day> {
        let departure = departure, arrival = arrival
        guard departure.earliest > arrival.latest else { return departure.earliest...arrival.latest }
        return min(departure.earliest, arrival.earliest)...max(departure.latest, arrival.latest)
    }

    /// The span, or nil when nothing bounds it at either end (an undated leg of a journey
    /// with open ends): what a time slider can place.
    ///
    /// ```swift
    /// LegTiming(leg, in: deportation).boundedSpan  // 1928-01-17...1928-01-25 for leg 6
    /// ```
    public var boundedSpan: ClosedRange<Day>? {
        let span = span
        return span.lowerBound == .distantPast && span.upperBound == .distantFuture ? nil : span
    }

    /// The date of the leg at a place: the arrival at its destination, the departure at its
    /// origin (the arrival when the leg starts and ends there), nil elsewhere.
    ///
    /// ```swift
    /// LegTiming(leg6, in: deportation).date(at: "alma-ata")?.edtf      // "1928-01-25"
    /// LegTiming(leg6, in: deportation).date(at: "abandoned-hut")?.edtf // "1928-01-17/1928-01-24"
    /// ```
    ///
    /// - Parameter placeID: The place.
    public func date(at placeID: String) -> HistoricalDate? {
        date(atAnyOf: [placeID])
    }

    /// The date of the leg at any of several places (a place and the places inside it):
    /// the arrival when its destination is one of them, else the departure when its origin
    /// is, else nil.
    ///
    /// ```swift
    /// LegTiming(leg6, in: deportation).date(atAnyOf: ["alma-ata", "alma-ata-dacha"])?.edtf  // "1928-01-25"
    /// ```
    ///
    /// - Parameter placeIDs: The places.
    public func date(atAnyOf placeIDs: some Collection<String>) -> HistoricalDate? {
        if placeIDs.contains(leg.toPlaceID) { return arrival }
        if placeIDs.contains(leg.fromPlaceID) { return departure }
        return nil
    }

    /// Whether the leg may have happened in the period: its span and the period share a day,
    /// both ends included.
    ///
    /// ```swift
    /// let timing = LegTiming(leg6, in: deportation)       // 1928-01-17...1928-01-25
    /// timing.overlaps(try HistoricalDate(parsing: "1928-01-25"))  // true: the last day
    /// timing.overlaps(try HistoricalDate(parsing: "1928-01-26"))  // false
    /// ```
    ///
    /// - Parameter period: The period, as `--during` gives it.
    public func overlaps(_ period: HistoricalDate) -> Bool {
        span.overlaps(period.earliest...period.latest)
    }
}
