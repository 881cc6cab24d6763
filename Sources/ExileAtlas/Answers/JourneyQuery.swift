import Foundation

/// Which journeys a typed `--journey` names: a journey id, or a traveller's name, narrowed
/// by a year.
///
/// - A journey id names that journey (with a year, the journey must overlap it).
/// - Otherwise the text names a traveller, resolved as every person name is (case, accents
///   and transliteration do not matter). The traveller's journeys are those they made as
///   the principal traveller, else (none of those fitting the year) those they joined.
/// - A year keeps the journeys lying wholly within it; only when there are none does it keep
///   those that overlap it (start, end or run through it). So `trotsky --year 1929` is the
///   expulsion (January to March 1929), not the journey from Turkey to Mexico (1929-1940),
///   and `trotsky --year 1935` is the latter.
///
/// ```swift
/// try atlas.journeys(matching: "trotsky", year: 1929).map(\.id)   // ["expulsion-1929"]
/// try atlas.journeys(matching: "deportation-1928", year: nil)     // the deportation
/// JourneyQuery.narrow(trotskysJourneys, toYear: 1929).map(\.id)   // ["expulsion-1929"]
/// ```
public enum JourneyQuery {
    /// The journeys that a year keeps: those lying wholly within it if any, else those
    /// overlapping it; all of them without a year.
    ///
    /// ```swift
    /// JourneyQuery.narrow(journeys, toYear: 1929)  // [expulsion-1929], not later-exile (1929/1940-08-21)
    /// JourneyQuery.narrow(journeys, toYear: 1935)  // [later-exile]: nothing lies within 1935
    /// ```
    ///
    /// - Parameters:
    ///   - journeys: The candidates, in their order.
    ///   - year: The year, or nil to keep every journey.
    /// - Returns: The journeys kept, in their order.
    public static func narrow(_ journeys: [Journey], toYear year: Int?) -> [Journey] {
        guard let year else { return journeys }
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return [] }
        let within = journeys.filter { first <= $0.period.earliest && $0.period.latest <= last }
        if !within.isEmpty { return within }
        return journeys.filter { $0.period.earliest <= last && first <= $0.period.latest }
    }
}

/// Why a `--journey` names no journey, as one sentence with what to do.
///
/// ```swift
/// do { _ = try atlas.journeys(matching: "Atlantis", year: nil) }
/// catch { print(error) }  // no journey or traveller named "Atlantis"; 'exile journeys' lists them
/// ```
public enum JourneyQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither a journey id nor a person's name; with the nearest names, if any.
    ///
    /// ```swift
    /// try atlas.journeys(matching: "Atlantis", year: nil)  // throws .unknown
    /// ```
    case unknown(query: String, suggestions: [Candidate<String>])
    /// The name fits several people.
    ///
    /// ```swift
    /// try atlas.journeys(matching: "Smirnov", year: nil)  // throws .ambiguousTraveller (Ivan, Vladimir)
    /// ```
    case ambiguousTraveller(query: String, candidates: [Candidate<String>])
    /// The traveller made no journey (in that year, if one is given).
    ///
    /// ```swift
    /// try atlas.journeys(matching: "Radek", year: 1950)  // throws .noJourney
    /// ```
    case noJourney(query: String, year: Int?)
    /// The journey given by id does not overlap the year.
    ///
    /// ```swift
    /// try atlas.journeys(matching: "deportation-1928", year: 1929)  // throws .notInYear
    /// ```
    case notInYear(journeyID: String, period: HistoricalDate, year: Int)
    /// The atlas could not be read.
    ///
    /// ```swift
    /// catch JourneyQueryError.atlas(let error) { print(error) }
    /// ```
    case atlas(AtlasError)

    /// The sentence to show, with what to do.
    ///
    /// ```swift
    /// JourneyQueryError.noJourney(query: "Radek", year: 1935).description
    /// // no journey of Radek in 1935 is recorded; 'exile journeys Radek' lists them
    /// ```
    public var description: String {
        switch self {
        case let .unknown(query, suggestions):
            let names = suggestions.prefix(3).map { "\"\($0.label)\"" }
            let hint = names.isEmpty ? "'exile journeys' lists them"
                : "did you mean \(names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!)?"
            return "no journey or traveller named \"\(query)\"; \(hint)"
        case let .ambiguousTraveller(query, candidates):
            let list = candidates.map { "\($0.label) (\($0.id))" }.joined(separator: ", ")
            return "\"\(query)\" could be several people: \(list); give more of the name, or a journey id"
        case let .noJourney(query, year):
            return "no journey of \(query)\(year.map { " in \($0)" } ?? "") is recorded; 'exile journeys \(query)' lists them"
        case let .notInYear(journeyID, period, year):
            return "journey \(journeyID) (\(period.edtf)) does not fall in \(year); leave --year out, or give a traveller's name"
        case let .atlas(error):
            return error.description
        }
    }
}

extension Atlas {
    /// The journeys a typed `--journey` names, with `--year`: by id, or by traveller (see
    /// `JourneyQuery`). Never empty: when nothing matches it throws, saying why.
    ///
    /// ```swift
    /// try atlas.journeys(matching: "trotsky", year: 1929).map(\.id)  // ["expulsion-1929"]
    /// try atlas.journeys(matching: "trotsky", year: nil).count       // 3
    /// ```
    ///
    /// - Parameters:
    ///   - query: A journey id or a traveller's name, as typed.
    ///   - year: The year that narrows a traveller's journeys, or nil.
    /// - Returns: The journeys, by start date.
    /// - Throws: `JourneyQueryError` when the text names no journey, several people, or no
    ///   journey in the year.
    public func journeys(matching query: String, year: Int?) throws(JourneyQueryError) -> [Journey] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            if let journey = try journey(id: trimmed) {
                if let year, JourneyQuery.narrow([journey], toYear: year).isEmpty {
                    throw JourneyQueryError.notInYear(journeyID: journey.id, period: journey.period, year: year)
                }
                return [journey]
            }
            let personID: String
            switch try resolvePerson(trimmed) {
            case let .found(id, _, _): personID = id
            case let .ambiguous(_, candidates): throw JourneyQueryError.ambiguousTraveller(query: query, candidates: candidates)
            case let .notFound(_, suggestions): throw JourneyQueryError.unknown(query: query, suggestions: suggestions)
            }
            let all = try journeys(personID: personID)
            let principal = all.filter { $0.personID == personID }
            // Their own journeys first; those they joined when none of their own fits.
            var chosen = JourneyQuery.narrow(principal, toYear: year)
            if chosen.isEmpty { chosen = JourneyQuery.narrow(all, toYear: year) }
            guard !chosen.isEmpty else { throw JourneyQueryError.noJourney(query: query, year: year) }
            return chosen
        } catch let error as JourneyQueryError {
            throw error
        } catch let error as AtlasError {
            throw .atlas(error)
        } catch {
            throw .atlas(.database("\(error)"))
        }
    }
}
