import Foundation
import Testing
@testable import ExileAtlas

/// `LegTiming`: when a leg happened, at the boundaries of its fallbacks.
@Suite struct LegTimingTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
    private let journey = Journey(id: "j", personID: "p", title: "J",
                                  period: try! HistoricalDate(parsing: "1929-01-22/1929-03"), evidence: LegTimingTests.evidence)

    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }
    private func day(_ text: String) -> Day { Day(iso: text)! }

    private func leg(departed: String? = nil, arrived: String? = nil) -> Leg {
        Leg(id: "j-1", journeyID: "j", sequence: 1, fromPlaceID: "a", toPlaceID: "b",
            departed: departed.map { date($0) }, arrived: arrived.map { date($0) }, modes: [.rail], evidence: Self.evidence)
    }

    @Test func aLegWithBothDatesKeepsThem() {
        // Leg 6 of the deportation: left the hut between 17 and 24 January, reached Alma Ata on the 25th.
        let timing = LegTiming(leg(departed: "1928-01-17/1928-01-24", arrived: "1928-01-25"), in: journey)
        #expect(timing.isDated)
        #expect(timing.departure.edtf == "1928-01-17/1928-01-24")
        #expect(timing.arrival.edtf == "1928-01-25")
        #expect(timing.span == day("1928-01-17")...day("1928-01-25"))
        #expect(timing.date(at: "b")?.edtf == "1928-01-25")
        #expect(timing.date(at: "a")?.edtf == "1928-01-17/1928-01-24")
        #expect(timing.date(at: "elsewhere") == nil)
    }

    @Test func anUndatedLegGoesByItsJourney() {
        let timing = LegTiming(leg(), in: journey)
        #expect(!timing.isDated)
        #expect(timing.departure == journey.period && timing.arrival == journey.period)
        #expect(timing.span == day("1929-01-22")...day("1929-03-31"))
        #expect(timing.overlaps(date("1929-03-31")))   // the journey's last day
        #expect(!timing.overlaps(date("1929-04-01")))
        #expect(timing.overlaps(date("1929-01-22")))   // its first day
        #expect(!timing.overlaps(date("1929-01-21")))
    }

    @Test func aLegWithOnlyADepartureIsPlacedThen() {
        // expulsion-1929-1: Alma Ata to the Kurday pass, departed 1929-01-22, arrival not stated.
        let timing = LegTiming(leg(departed: "1929-01-22"), in: journey)
        #expect(timing.isDated)
        #expect(timing.arrival.edtf == "1929-01-22")
        #expect(timing.span == day("1929-01-22")...day("1929-01-22"))
        #expect(timing.date(at: "b")?.edtf == "1929-01-22")
        #expect(timing.overlaps(date("1929-01-22")) && !timing.overlaps(date("1929-01-23")))
    }

    @Test func aLegWithOnlyAnArrivalIsPlacedThen() {
        // later-exile-1: Constantinople to Prinkipo, arrived 1929/1929-05, departure not stated.
        let timing = LegTiming(leg(arrived: "1929/1929-05"), in: journey)
        #expect(timing.departure.edtf == "1929/1929-05")
        #expect(timing.date(at: "a")?.edtf == "1929/1929-05")
        #expect(timing.span == day("1929-01-01")...day("1929-05-31"))
        #expect(timing.overlaps(date("1929-05-31")) && !timing.overlaps(date("1929-06")))
    }

    @Test func aPeriodTouchingTheSpanAtEitherEndOverlaps() {
        let timing = LegTiming(leg(departed: "1928-01-17/1928-01-24", arrived: "1928-01-25"), in: journey)
        #expect(timing.overlaps(date("1928-01-10/1928-01-17")))   // ends on the first day
        #expect(!timing.overlaps(date("1928-01-10/1928-01-16")))
        #expect(timing.overlaps(date("1928-01-25/1928-02")))      // starts on the last day
        #expect(!timing.overlaps(date("1928-01-26/1928-02")))
        #expect(timing.overlaps(date("1928")))                    // encloses it
    }

    @Test func openEndsAndABackwardRecord() {
        let open = LegTiming(leg(departed: "../1928", arrived: "1928/.."), in: journey)
        #expect(open.span == Day.distantPast...Day.distantFuture)
        #expect(open.boundedSpan == nil)
        #expect(open.overlaps(date("1800")))   // nothing rules it out
        #expect(LegTiming(leg(departed: "1928/.."), in: journey).boundedSpan == day("1928-01-01")...Day.distantFuture)
        let backward = LegTiming(leg(departed: "1928-02", arrived: "1928-01-25"), in: journey)
        #expect(backward.span == day("1928-01-25")...day("1928-02-29"))
    }

    @Test func aLoopIsDatedByItsArrival() {
        var loop = leg(departed: "1928-01-16", arrived: "1928-01-20")
        loop.toPlaceID = "a"
        #expect(LegTiming(loop, in: journey).date(at: "a")?.edtf == "1928-01-20")
        #expect(LegTiming(loop, in: journey).date(atAnyOf: ["x", "a"])?.edtf == "1928-01-20")
    }

    @Test func theShippedDeportationArrivesOnThe25th() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let itinerary = try #require(try atlas.itinerary(of: "deportation-1928"))
        let last = try #require(itinerary.steps.last)
        #expect(last.leg.toPlaceID == "alma-ata")
        #expect(last.timing.date(at: "alma-ata")?.edtf == "1928-01-25")
        #expect(last.when == last.timing.departure)
        // Only the last leg may have happened on the 25th.
        let on25 = itinerary.steps.filter { $0.timing.overlaps(date("1928-01-25")) }.map(\.leg.sequence)
        #expect(on25 == [6])
    }
}
