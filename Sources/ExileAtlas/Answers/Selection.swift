/// What a command's `--journey` and `--during` select: the one rule by which the maps and
/// every export choose their legs, exiles and letters.
///
/// - **Journeys**: the chosen journeys (see `Atlas.journeys(matching:year:)`), or every
///   journey when none is chosen.
/// - **Period**: a date or interval; a leg, an exile or a letter is taken when its dates
///   overlap it (they share at least one day, both ends included). A leg's dates are its
///   `LegTiming.span`; an undated letter is left out once a period is set, since nothing
///   places it in the period.
/// - **Legs**: the legs of the chosen journeys whose timing overlaps the period.
/// - **Exiles**: those the whereabouts rule (``Whereabouts``) places in the period with any
///   status (attested, within or possible), so a stay whose end no source gives reaches
///   until the next thing known of the person, not forever; when journeys are chosen, only
///   the exiles of their travellers (each journey's principal traveller).
/// - **Letters**: those overlapping the period; when journeys are chosen, only those that
///   a traveller sent or received.
///
/// ```swift
/// let selection = Selection(journeys: [deportation], period: try HistoricalDate(parsing: "1928-01-25"))
/// try atlas.itineraries(selection).flatMap(\.steps).map(\.leg.id)  // ["deportation-1928-6"]
/// try atlas.exiles(selection).map(\.placeID)                        // ["alma-ata", ...]: Trotsky's
/// ```
public struct Selection: Sendable, Hashable {
    /// The chosen journeys, or nil for every journey.
    ///
    /// ```swift
    /// Selection().journeys  // nil: every journey
    /// ```
    public var journeys: [Journey]?

    /// The period asked for (`--during`), or nil for all time.
    ///
    /// ```swift
    /// Selection(period: try HistoricalDate(parsing: "1940")).period?.edtf  // "1940"
    /// ```
    public var period: HistoricalDate?

    // MARK: - Initializers

    /// A selection of journeys and a period; leave either out to take everything.
    ///
    /// ```swift
    /// let everything = Selection()
    /// let in1940 = Selection(period: try HistoricalDate(parsing: "1940"))
    /// ```
    ///
    /// - Parameters:
    ///   - journeys: The chosen journeys, or nil for every journey.
    ///   - period: The period, or nil for all time.
    public init(journeys: [Journey]? = nil, period: HistoricalDate? = nil) {
        self.journeys = journeys
        self.period = period
    }

    // MARK: - What the selection is

    /// The people whose journeys are chosen (their principal travellers), or nil when every
    /// journey is.
    ///
    /// ```swift
    /// Selection(journeys: [deportation]).travellers  // ["trotsky"]
    /// ```
    public var travellers: Set<String>? {
        journeys.map { Set($0.map(\.personID)) }
    }

    /// The chosen journey when exactly one is chosen (a map titles itself after it).
    ///
    /// ```swift
    /// Selection(journeys: [deportation]).journey?.id  // "deportation-1928"
    /// ```
    public var journey: Journey? {
        journeys?.count == 1 ? journeys?.first : nil
    }

    // MARK: - What it takes

    /// Whether the journey is one of those chosen.
    ///
    /// ```swift
    /// Selection(journeys: [deportation]).takes(expulsion)  // false
    /// ```
    ///
    /// - Parameter journey: The journey.
    public func takes(_ journey: Journey) -> Bool {
        journeys.map { $0.contains { $0.id == journey.id } } ?? true
    }

    /// Whether the leg belongs to a chosen journey and its timing overlaps the period.
    ///
    /// ```swift
    /// let during = Selection(period: try HistoricalDate(parsing: "1928-01-25"))
    /// during.takes(LegTiming(leg6, in: deportation))  // true: it arrived that day
    /// ```
    ///
    /// - Parameter timing: The leg within its journey.
    public func takes(_ timing: LegTiming) -> Bool {
        let chosen = journeys.map { $0.contains { $0.id == timing.leg.journeyID } } ?? true
        return chosen && (period.map(timing.overlaps) ?? true)
    }

    /// Whether the exile reaches the period, as the whereabouts rule says, and, when
    /// journeys are chosen, belongs to one of their travellers.
    ///
    /// ```swift
    /// Selection(period: try HistoricalDate(parsing: "1940")).takes(radekInTomsk, whereabouts)  // false: he died in 1939
    /// ```
    ///
    /// - Parameters:
    ///   - exile: The exile.
    ///   - whereabouts: The rule, built over (at least) the exile's person.
    public func takes(_ exile: Exile, _ whereabouts: Whereabouts) -> Bool {
        (travellers.map { $0.contains(exile.personID) } ?? true)
            && (period.map { whereabouts.presence(of: exile, on: $0) != nil } ?? true)
    }

    /// Whether the letter overlaps the period (an undated one never does) and, when journeys
    /// are chosen, was sent or received by one of their travellers.
    ///
    /// ```swift
    /// Selection(period: try HistoricalDate(parsing: "1940")).takes(letter)  // false for every letter of 1928
    /// ```
    ///
    /// - Parameter letter: The letter (or telegram, circular ...).
    public func takes(_ letter: Letter) -> Bool {
        if let travellers {
            guard travellers.contains(where: letter.involves) else { return false }
        }
        guard let period else { return true }
        return letter.date?.overlaps(period) ?? false
    }

    /// The chosen journeys' itineraries, each with only the legs the selection takes. A
    /// journey none of whose legs is taken stays, with no steps, so it can still be named.
    ///
    /// ```swift
    /// Selection(period: try HistoricalDate(parsing: "1928-01-25")).itineraries(all)
    ///     .flatMap(\.steps).map(\.leg.id)  // ["deportation-1928-6"]
    /// ```
    ///
    /// - Parameter itineraries: Every itinerary the selection chooses from.
    public func itineraries(_ itineraries: [Itinerary]) -> [Itinerary] {
        itineraries.filter { takes($0.journey) }.map { itinerary in
            var itinerary = itinerary
            itinerary.steps.removeAll { !takes($0.timing) }
            return itinerary
        }
    }

    /// The exiles the selection takes, in their order.
    ///
    /// ```swift
    /// Selection(journeys: [deportation]).exiles(all, whereabouts).allSatisfy { $0.personID == "trotsky" }  // true
    /// ```
    ///
    /// - Parameters:
    ///   - exiles: Every exile the selection chooses from.
    ///   - whereabouts: The rule, built over the exiles' people (``Atlas/whereabouts(personIDs:)``).
    public func exiles(_ exiles: [Exile], _ whereabouts: Whereabouts) -> [Exile] {
        exiles.filter { takes($0, whereabouts) }
    }

    /// The letters the selection takes, in their order.
    ///
    /// ```swift
    /// Selection(period: try HistoricalDate(parsing: "1940")).letters(all)  // []
    /// ```
    ///
    /// - Parameter letters: Every letter the selection chooses from.
    public func letters(_ letters: [Letter]) -> [Letter] {
        letters.filter(takes)
    }
}
