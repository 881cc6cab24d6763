extension Atlas {
    /// The itineraries a selection takes: its journeys (every journey when none is chosen),
    /// each traced and holding only the legs the selection takes.
    ///
    /// ```swift
    /// let selection = Selection(journeys: try atlas.journeys(matching: "trotsky", year: nil),
    ///                           period: try HistoricalDate(parsing: "1928-01-25"))
    /// try atlas.itineraries(selection).flatMap(\.steps).map(\.leg.id)  // ["deportation-1928-6"]
    /// ```
    ///
    /// - Parameter selection: The journeys and period.
    /// - Returns: One itinerary per journey, by start date.
    /// - Throws: `AtlasError` if the atlas cannot be read.
    public func itineraries(_ selection: Selection) throws(AtlasError) -> [Itinerary] {
        var traced: [Itinerary] = []
        let chosen: [Journey]
        if let journeys = selection.journeys { chosen = journeys } else { chosen = try journeys() }
        for journey in chosen {
            if let itinerary = try itinerary(of: journey.id) { traced.append(itinerary) }
        }
        return selection.itineraries(traced)
    }

    /// The exiles a selection takes: its travellers' (everyone's when no journey is chosen)
    /// that the whereabouts rule places in its period.
    ///
    /// ```swift
    /// try atlas.exiles(Selection(period: try HistoricalDate(parsing: "1940"))).map(\.personID)   // ["sedova", "trotsky"]
    /// ```
    ///
    /// - Parameter selection: The journeys and period.
    /// - Throws: `AtlasError` if the atlas cannot be read.
    public func exiles(_ selection: Selection) throws(AtlasError) -> [Exile] {
        let people = selection.travellers.map { Array($0).sorted() }
        let whereabouts = try whereabouts(personIDs: people)
        var stays: [Exile] = []
        if let people {
            for person in people { stays += try exiles(ExileFilter(personID: person)) }
        } else {
            stays = try exiles()
        }
        return selection.exiles(stays.sorted { ($0.period.earliest, $0.personID, $0.id) < ($1.period.earliest, $1.personID, $1.id) },
                                whereabouts)
    }
}
