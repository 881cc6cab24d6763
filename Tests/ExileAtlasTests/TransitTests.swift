import Foundation
import Testing
@testable import ExileAtlas

/// Letter transit and the plausibility of dated receipts and replies (``TransitRule``), on a
/// small network worked by hand, then on the shipped data against the planner.
@Suite struct TransitTests {
    private static let evidence = Evidence(sourceID: "estimate", locator: "test")

    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

    /// A-B by rail (1,200 km at 50 km/h: 24 h), B-C by road (240 km at 10 km/h: 24 h), so A to C
    /// is 1,440 km in 48 h, 2 days; D-E by a railway opened in 1930. The house H lies in C.
    private var planner: RoutePlanner {
        RoutePlanner(links: [
            TransportLink(id: "ab", fromPlaceID: "a", toPlaceID: "b", mode: .rail, lengthKm: 1200, evidence: Self.evidence),
            TransportLink(id: "bc", fromPlaceID: "b", toPlaceID: "c", mode: .road, lengthKm: 240, evidence: Self.evidence),
            TransportLink(id: "de", fromPlaceID: "d", toPlaceID: "e", mode: .rail, lengthKm: 100,
                          valid: date("1930/.."), evidence: Self.evidence),
        ], speeds: [.rail: 50, .road: 10])
    }

    private func letter(_ id: String, _ when: String, from: String?, to: String?, sender: String = "p") -> Letter {
        Letter(id: id, kind: .letter, date: date(when),
               senders: [LetterParty(role: .sender, personID: sender, placeID: from)],
               addressees: [LetterParty(role: .addressee, personID: "q", placeID: to)], evidence: Self.evidence)
    }

    private func receipt(_ letter: String, _ when: String) -> LetterLink {
        LetterLink(id: letter + "-r", letterID: letter, kind: .receipt, received: date(when), evidence: Self.evidence)
    }

    private func reply(_ letter: String, by reply: String) -> LetterLink {
        LetterLink(id: letter + "-a", letterID: letter, kind: .reply, replyID: reply, evidence: Self.evidence)
    }

    /// Person "w" is within a stay at B all of 1928 (no letter gives its place).
    private var whereabouts: Whereabouts {
        let stay = Exile(id: "w-b", personID: "w", placeID: "b", kind: .exile, period: date("1928-01-01/1928-12-31"),
                         start: PeriodBound(basis: .stated, evidence: Self.evidence), end: PeriodBound(basis: .stated, evidence: Self.evidence),
                         evidence: Self.evidence)
        return Whereabouts(stays: [stay], attestations: [])
    }

    private func rule(_ letters: [Letter], _ links: [LetterLink]) -> TransitRule {
        TransitRule(planner: planner, whereabouts: whereabouts, parents: ["h": "c"], letters: letters, links: links)
    }

    @Test func transitIsTheFastestRouteFromTheHousesTown() throws {
        let l1 = letter("l1", "1928-06-01", from: "a", to: "h")
        let transit = rule([l1], []).transit(of: l1)
        #expect(transit.to?.placeID == "h" && transit.to?.networkPlaceID == "c", "the house travels from its town")
        #expect(transit.km == 1440 && transit.hours == 48 && transit.days == 2)
        #expect(transit.route?.steps.map(\.link.id) == ["ab", "bc"])
        #expect(transit.networkDate?.edtf == "1928-06-01")
    }

    @Test func aReceiptBeforeTheRouteCouldArriveIsImpossible() throws {
        // Sent 1 June, received 2 June: slack 1 day, the route needs 2.
        let l1 = letter("l1", "1928-06-01", from: "a", to: "c")
        let dating = try #require(rule([l1], [receipt("l1", "1928-06-02")]).transit(of: l1).datings.first)
        #expect(dating.slackDays.min == 1 && dating.slackDays.max == 1)
        #expect(dating.neededDays == 2)
        #expect(dating.judgement == .impossible)
        // Received 5-7 June: every reading leaves time.
        let plausible = try #require(rule([l1], [receipt("l1", "1928-06-05/1928-06-07")]).transit(of: l1).datings.first)
        #expect(plausible.slackDays.min == 4 && plausible.slackDays.max == 6 && plausible.judgement == .plausible)
        // Received on the day the route allows (sent at the first hour): possible, so not impossible.
        #expect(rule([l1], [receipt("l1", "1928-06-03")]).transit(of: l1).datings.first?.judgement == .plausible)
    }

    @Test func aLooselyDatedLetterIsTightNotImpossible() throws {
        // "1928-06" to C, answered from C on 10 June: slack -20 (sent 30 June) to 9 (sent 1 June);
        // the route needs 2 days, so only a letter sent by 8 June leaves time.
        let l2 = letter("l2", "1928-06", from: "a", to: "c")
        let l3 = letter("l3", "1928-06-10", from: "c", to: "a", sender: "q")
        let transit = rule([l2, l3], [reply("l2", by: "l3")]).transit(of: l2)
        #expect(transit.networkDate?.edtf == "1928-06-01", "the network of the letter's earliest day")
        let dating = try #require(transit.datings.first)
        #expect(dating.reply?.id == "l3" && dating.to?.placeID == "c")
        #expect(dating.slackDays.min == -20 && dating.slackDays.max == 9)
        #expect(dating.judgement == .tight)
        #expect(dating.latestSent?.iso == "1928-06-08" && dating.earliestReceipt?.iso == "1928-06-03")
    }

    @Test func whereaboutsGiveAPlaceTheLetterDoesNot() throws {
        let l4 = letter("l4", "1928-06-01", from: nil, to: "c", sender: "w")
        let transit = rule([l4], []).transit(of: l4)
        #expect(transit.from?.placeID == "b" && transit.from?.basis == .within)
        #expect(transit.km == 240 && transit.days == 1)
    }

    @Test func gapsSayWhy() throws {
        let unknown = letter("l5", "1928-06-10", from: nil, to: "c", sender: "nobody")
        #expect(rule([unknown], []).transit(of: unknown).gap == .placeUnknown(role: .sender, possible: nil))
        let closed = letter("l6", "1928-06-01", from: "d", to: "e")
        guard case .noRoute(.closed(placeID: "d", _, _))? = rule([closed], []).transit(of: closed).gap else {
            Issue.record("D's railway opens in 1930")
            return
        }
        // A reply dated before its letter is impossible whatever the route.
        let answer = letter("l7", "1928-06-01", from: "c", to: nil, sender: "q")
        let dating = try #require(rule([unknown, answer], [reply("l5", by: "l7")]).transit(of: unknown).datings.first)
        #expect(dating.route == nil && dating.judgement == .impossible)
    }

    @Test func aLegFasterThanItsModesAllowIsImpossible() throws {
        // A to B: 1,200 km stated. By rail at 50 km/h it needs 24 h, 1 whole day; by road at
        // 10 km/h 120 h, 5 days. The fastest of a leg's modes is the one judged.
        let places = PlaceIndex(places: [Place(id: "a", name: "A", kind: .town, evidence: Self.evidence),
                                         Place(id: "b", name: "B", kind: .town, evidence: Self.evidence)], names: [])
        let journey = Journey(id: "j", personID: "p", title: "J", period: date("1928-01"), evidence: Self.evidence)
        func itinerary(_ departed: String, _ arrived: String, _ modes: [TravelMode]) -> Itinerary {
            let leg = Leg(id: "l", journeyID: "j", sequence: 1, fromPlaceID: "a", toPlaceID: "b", departed: date(departed),
                          arrived: date(arrived), modes: modes, evidence: Self.evidence)
            let claim = Claim(id: "d", subject: "leg", subjectID: "l", property: "distance", value: "1200 km",
                              quantity: 1200, unit: "km", qualifier: "exact", evidence: Self.evidence)
            return Itinerary(journey: journey, legs: [leg], places: places, claims: [claim])
        }
        let speeds: [TravelMode: Double] = [.rail: 50, .road: 10]
        let byRoad = try #require(LegPace.judge(itinerary("1928-01-01", "1928-01-03", [.road]), speeds: speeds).first)
        #expect(byRoad.km == 1200 && byRoad.isStated && byRoad.neededDays == 5 && byRoad.days == 2...2)
        #expect(byRoad.judgement == .impossible)
        #expect(LegPace.judge(itinerary("1928-01-01", "1928-01-03", [.road, .rail]), speeds: speeds).first?.judgement == .plausible)
        // Left 1-5 January, arrived the 6th: 1 to 5 days; by road only the earliest departure leaves time.
        #expect(LegPace.judge(itinerary("1928-01-01/1928-01-05", "1928-01-06", [.road]), speeds: speeds).first?.judgement == .tight)
    }

    // MARK: - The shipped data

    @Test func shippedTransitFromAlmaAtaToMoscowInJune1928IsThePlannersRoute() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rule = try atlas.transitRule()
        let critique = try #require(try atlas.letters(LetterFilter()).first { $0.id == "l27-critique-congress" })
        let transit = rule.transit(of: critique)
        let plan = try atlas.routePlanner().plan(from: "alma-ata", to: "moscow", on: try HistoricalDate(parsing: "1928-06"), by: .time).get()
        #expect(transit.from?.placeID == "alma-ata" && transit.to?.placeID == "moscow")
        #expect(transit.route == plan)
        #expect(abs((transit.km ?? 0) - 4364.4) < 0.05)
        #expect(abs((transit.days ?? 0) - 7.46) < 0.01)
        // No shipped dating is impossible; Preobrazhensky's undated reply and Beloborodov's
        // report are tight (possible only for some readings), the answer to the ultimatum plausible.
        let datings = rule.datings()
        #expect(datings.count == 9)
        #expect(!datings.contains { $0.judgement == .impossible })
        let judged = Dictionary(uniqueKeysWithValues: datings.map { ($0.link.id, $0.judgement) })
        #expect(judged["l09-reply-l10"] == .tight && judged["l17-receipt"] == .tight && judged["l73-reply-l74"] == .plausible)
        #expect(judged["l14-receipt"] == .unjudged, "Berlin is not on the network")
        // Nor is any dated leg of a journey faster than its modes allow.
        let paces = try atlas.legPaces()
        #expect(paces.count == 5 && !paces.contains { $0.judgement == .impossible })
    }
}
