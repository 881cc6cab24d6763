import Foundation
import Testing
@testable import ExileAtlas

/// `JourneyQuery` and `Selection`: which journeys a `--journey` names, and what a selection
/// takes, at their boundaries.
@Suite struct SelectionTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

    private func journey(_ id: String, _ period: String, person: String = "trotsky") -> Journey {
        Journey(id: id, personID: person, title: id, period: date(period), evidence: Self.evidence)
    }

    // MARK: - Year

    @Test func aJourneyWithinTheYearWinsOverOneThatOnlyOverlapsIt() {
        let journeys = [journey("later-exile", "1929/1940-08-21"), journey("expulsion-1929", "1929-01-22/1929-03")]
        #expect(JourneyQuery.narrow(journeys, toYear: 1929).map(\.id) == ["expulsion-1929"])
        // Nothing lies within 1935: the journey running through it is kept.
        #expect(JourneyQuery.narrow(journeys, toYear: 1935).map(\.id) == ["later-exile"])
        #expect(JourneyQuery.narrow(journeys, toYear: 1941).isEmpty)
        #expect(JourneyQuery.narrow(journeys, toYear: nil).count == 2)
    }

    @Test func theYearsBoundariesCount() {
        let newYear = journey("a", "1928-12-31/1929-01-01")
        #expect(JourneyQuery.narrow([newYear], toYear: 1928).map(\.id) == ["a"])   // overlaps on its last day
        #expect(JourneyQuery.narrow([newYear], toYear: 1929).map(\.id) == ["a"])
        let within = journey("b", "1929-01-01/1929-12-31")
        #expect(JourneyQuery.narrow([newYear, within], toYear: 1929).map(\.id) == ["b"])
    }

    @Test func theShippedTravellerAndId() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try atlas.journeys(matching: "trotsky", year: 1929).map(\.id) == ["expulsion-1929"])
        #expect(try atlas.journeys(matching: "Leon Trotsky", year: 1928).map(\.id) == ["deportation-1928"])
        #expect(try atlas.journeys(matching: "trotsky", year: 1935).map(\.id) == ["later-exile"])
        #expect(Set(try atlas.journeys(matching: "trotsky", year: nil).map(\.id))
                == ["deportation-1928", "expulsion-1929", "later-exile"])
        // An id names its journey, whoever made it.
        #expect(try atlas.journeys(matching: "radek-tobolsk-tomsk", year: nil).map(\.id) == ["radek-tobolsk-tomsk"])
        #expect(try atlas.journeys(matching: "Radek", year: nil).map(\.id) == ["radek-tobolsk-tomsk"])
        // Natalia Sedova made no journey of her own: the ones she joined, narrowed the same way.
        #expect(try atlas.journeys(matching: "sedova", year: 1929).map(\.id) == ["expulsion-1929"])

        #expect(throws: JourneyQueryError.notInYear(journeyID: "deportation-1928", period: date("1928-01-16/1928-01-25"), year: 1929)) {
            try atlas.journeys(matching: "deportation-1928", year: 1929)
        }
        #expect(throws: JourneyQueryError.noJourney(query: "Radek", year: 1950)) {
            try atlas.journeys(matching: "Radek", year: 1950)
        }
        do {
            _ = try atlas.journeys(matching: "Atlantis", year: nil)
            Issue.record("Atlantis names no journey")
        } catch {
            guard case .unknown = error else { Issue.record("expected .unknown, got \(error)"); return }
            #expect(error.description.hasPrefix("no journey or traveller named \"Atlantis\""))
        }
    }

    // MARK: - What a selection takes

    private func letter(_ id: String, _ date: String?, from sender: String? = "trotsky", to recipient: String? = "radek") -> Letter {
        Letter(id: id, kind: .letter, date: date.map(self.date), senderID: sender, recipientID: recipient,
               evidence: Self.evidence)
    }

    @Test func aPeriodTakesWhatOverlapsItAndNoUndatedLetter() {
        let selection = Selection(period: date("1928-06"))
        #expect(selection.takes(letter("a", "1928-05-10/1928-06-01")))   // overlaps on the period's first day
        #expect(selection.takes(letter("b", "1928-06-30")))
        #expect(!selection.takes(letter("c", "1928-07-01")))
        #expect(!selection.takes(letter("d", nil)))
        #expect(Selection().takes(letter("d", nil)))                     // no period: everything
    }

    @Test func journeysTakeTheirTravellersLettersAndOnlyTheirLegs() {
        let deportation = journey("deportation-1928", "1928-01-16/1928-01-25")
        let selection = Selection(journeys: [deportation])
        #expect(selection.travellers == ["trotsky"])
        #expect(selection.journey?.id == "deportation-1928")
        #expect(selection.takes(letter("a", "1928-06", from: "rakovsky", to: "trotsky")))
        #expect(!selection.takes(letter("b", "1928-06", from: "rakovsky", to: "radek")))
        let leg = Leg(id: "x-1", journeyID: "expulsion-1929", sequence: 1, fromPlaceID: "alma-ata",
                      toPlaceID: "kurday-pass", modes: [.car], evidence: Self.evidence)
        #expect(!selection.takes(LegTiming(leg, in: journey("expulsion-1929", "1929-01-22/1929-03"))))
        #expect(Selection().takes(LegTiming(leg, in: journey("expulsion-1929", "1929-01-22/1929-03"))))
    }

    @Test func theShippedSelectionOfTheDeportationOnThe25th() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let byTraveller = Selection(journeys: try atlas.journeys(matching: "trotsky", year: nil), period: date("1928-01-25"))
        let byID = Selection(journeys: try atlas.journeys(matching: "deportation-1928", year: nil), period: date("1928-01-25"))
        for selection in [byTraveller, byID] {
            #expect(try atlas.itineraries(selection).flatMap(\.steps).map(\.leg.id) == ["deportation-1928-6"])
            let exiles = try atlas.exiles(selection)
            #expect(!exiles.isEmpty && exiles.allSatisfy { $0.personID == "trotsky" && $0.period.contains(Day(iso: "1928-01-25")!) })
        }
        // Every letter of the shipped set is dated before 1940 or undated: 1940 takes none.
        let letters = try atlas.allLetters()
        #expect(letters.count >= 90)
        #expect(Selection(period: date("1940")).letters(letters).isEmpty)
        #expect(Selection(period: date("1928-04/1928-10")).letters(letters).count
                == (try atlas.letters(LetterFilter(during: date("1928-04/1928-10")))).count)
    }
}
