import Testing
@testable import ExileAtlas

/// The planner on small hand-built networks whose answers can be worked by hand.
@Suite struct RoutePlannerTests {
    private static let evidence = Evidence(sourceID: "estimate", locator: "test")

    private func link(_ id: String, _ from: String, _ to: String, _ mode: TravelMode, _ km: Double,
                      valid: String? = nil, oneWay: Bool = false) -> TransportLink {
        TransportLink(id: id, fromPlaceID: from, toPlaceID: to, mode: mode, lengthKm: km,
                      bidirectional: !oneWay, valid: valid.map { try! HistoricalDate(parsing: $0) },
                      evidence: Self.evidence)
    }

    /// A-B-D by rail (100 + 100 km), A-C-D by road (60 + 60 km); rail 50 km/h, road 10 km/h.
    private var square: [TransportLink] {
        [link("ab", "a", "b", .rail, 100), link("bd", "b", "d", .rail, 100),
         link("ac", "a", "c", .road, 60), link("cd", "c", "d", .road, 60)]
    }
    private let speeds: [TravelMode: Double] = [.rail: 50, .road: 10, .ship: 20]

    private func route(_ links: [TransportLink], _ from: String, _ to: String, on date: String? = nil,
                       modes: Set<TravelMode>? = nil, avoiding: Set<TravelMode> = [],
                       by criterion: RoutePlanner.Criterion = .distance) -> Result<RoutePlanner.Route, RoutePlanner.Failure> {
        RoutePlanner(links: links, speeds: speeds).plan(
            from: from, to: to, on: date.map { try! HistoricalDate(parsing: $0) }, modes: modes,
            avoiding: avoiding, by: criterion)
    }

    @Test func shortestByDistanceTakesTheRoad() throws {
        let planned = try route(square, "a", "d").get()
        #expect(planned.steps.map(\.link.id) == ["ac", "cd"])
        #expect(planned.lengthKm == 120)
        #expect(planned.hours == 12)
    }

    @Test func fastestByTimeTakesTheRailway() throws {
        let planned = try route(square, "a", "d", by: .time).get()
        #expect(planned.steps.map(\.link.id) == ["ab", "bd"])
        #expect(planned.hours == 4)
        #expect(planned.lengthKm == 200)
    }

    @Test func linksRunBothWaysUnlessOneWay() throws {
        let planned = try route(square, "d", "a").get()
        #expect(planned.steps.map(\.fromPlaceID) == ["d", "c"])
        let oneWay = [link("ab", "a", "b", .ship, 10, oneWay: true)]
        #expect(route(oneWay, "b", "a") == .failure(.noLinks(placeID: "b")))
    }

    @Test func modeFilterAndAvoid() throws {
        #expect(try route(square, "a", "d", modes: [.rail]).get().steps.map(\.link.id) == ["ab", "bd"])
        #expect(try route(square, "a", "d", avoiding: [.road]).get().lengthKm == 200)
        #expect(route(square, "a", "d", modes: [.ship]) == .failure(.noLinks(placeID: "a")))
    }

    @Test func tiesGoToFewerLegsThenToLinkIds() throws {
        let links = [link("x1", "a", "m", .rail, 50), link("x2", "m", "d", .rail, 50),
                     link("direct", "a", "d", .rail, 100),
                     link("p", "a", "q", .rail, 50), link("r", "q", "d", .rail, 50)]
        #expect(try route(links, "a", "d").get().steps.map(\.link.id) == ["direct"])
        let twoWays = [link("b1", "a", "m", .rail, 50), link("b2", "m", "d", .rail, 50),
                       link("a1", "a", "n", .rail, 50), link("a2", "n", "d", .rail, 50)]
        #expect(try route(twoWays, "a", "d").get().steps.map(\.link.id) == ["a1", "a2"])
    }

    @Test func unreachableSaysSo() {
        let links = square + [link("xy", "x", "y", .rail, 10)]
        #expect(route(links, "a", "y") == .failure(.unreachable))
        #expect(route(links, "a", "nowhere") == .failure(.noLinks(placeID: "nowhere")))
    }

    @Test func dateValidityExcludesLinksNotYetOpen() throws {
        // The railway opens in 1930: a 1928 trip must take the road.
        let links = [link("rail", "a", "d", .rail, 100, valid: "1930/.."), link("road", "a", "d", .road, 150)]
        #expect(try route(links, "a", "d", on: "1928-01").get().steps.map(\.link.id) == ["road"])
        #expect(try route(links, "a", "d", on: "1931").get().steps.map(\.link.id) == ["rail"])
        #expect(try route(links, "a", "d").get().steps.map(\.link.id) == ["rail"])
    }

    @Test func aDateThatShutsThePlaceOrTheNetworkSaysSo() throws {
        // Before 1930 the railway from a is shut, but the road from b to d is open: a is closed.
        let links = [link("rail", "a", "b", .rail, 100, valid: "1930/.."), link("road", "b", "d", .road, 150)]
        let day = { (iso: String) in try #require(Day(iso: iso)) }
        let open = try day("1930-01-01")...Day.distantFuture
        #expect(route(links, "a", "d", on: "1928") == .failure(.closed(placeID: "a", on: try HistoricalDate(parsing: "1928"), open: open)))
        // When every link is dated and none is open, the whole network is shut, and says when it is open.
        let dated = [link("old", "a", "b", .rail, 100, valid: "1864/1900"), link("new", "b", "d", .rail, 50, valid: "1896/..")]
        #expect(route(dated, "a", "d", on: "1800")
                == .failure(.networkClosed(on: try HistoricalDate(parsing: "1800"), open: try day("1864-01-01")...Day.distantFuture)))
        // A mode filter that leaves a place no link is not a matter of date.
        #expect(route(links, "a", "d", on: "1928", modes: [.ship]) == .failure(.noLinks(placeID: "a")))
    }

    @Test func timeNeedsASpeedForEveryUsableMode() {
        let links = [link("c", "a", "b", .caravan, 10)]
        #expect(route(links, "a", "b", by: .time) == .failure(.noSpeed(.caravan)))
    }

    @Test func sameOriginAndDestinationIsAnEmptyRoute() throws {
        #expect(try route(square, "a", "a").get().steps.isEmpty)
    }
}
