import Testing
@testable import ExileAtlas

/// Reach over a small network worked by hand: every place from one origin, with the route
/// `plan` gives to each.
@Suite struct ReachTests {
    private static let evidence = Evidence(sourceID: "estimate", locator: "test")

    private func link(_ id: String, _ from: String, _ to: String, _ mode: TravelMode, _ km: Double,
                      valid: String? = nil) -> TransportLink {
        TransportLink(id: id, fromPlaceID: from, toPlaceID: to, mode: mode, lengthKm: km, bidirectional: true,
                      valid: valid.map { try! HistoricalDate(parsing: $0) }, evidence: Self.evidence)
    }

    /// A-B-D by rail (100 + 100 km, rail 50 km/h), A-C-D by road (60 + 60 km, road 10 km/h);
    /// E hangs off D by a railway opened in 1930; F is joined to nothing A can reach.
    private var network: RoutePlanner {
        RoutePlanner(links: [link("ab", "a", "b", .rail, 100), link("bd", "b", "d", .rail, 100),
                             link("ac", "a", "c", .road, 60), link("cd", "c", "d", .road, 60),
                             link("de", "d", "e", .rail, 50, valid: "1930/.."), link("fg", "f", "g", .road, 5)],
                     speeds: [.rail: 50, .road: 10])
    }

    @Test func byTimeEveryPlaceHasItsFastestRoute() throws {
        let reach = try network.reach(from: "a", on: try HistoricalDate(parsing: "1928-06"), by: .time).get()
        // By hand: B 2 h by rail; D 4 h by rail (road 12 h); C 6 h by road directly (rail via D: 4 + 6 = 10 h).
        #expect(reach.routes.mapValues(\.hours) == ["b": 2, "d": 4, "c": 6])
        #expect(reach.routes["d"]?.steps.map(\.link.id) == ["ab", "bd"])
        // E's railway is not open in 1928; F and G are another component.
        #expect(reach.unreachable == ["e", "f", "g"])
    }

    @Test func byDistanceAndLaterTheNewRailwayCounts() throws {
        let reach = try network.reach(from: "a", on: try HistoricalDate(parsing: "1931")).get()
        #expect(reach.routes.mapValues(\.lengthKm) == ["b": 100, "c": 60, "d": 120, "e": 170])
        #expect(reach.routes["e"]?.steps.map(\.link.id) == ["ac", "cd", "de"])
        #expect(reach.unreachable == ["f", "g"])
    }

    @Test func everyRouteIsTheOnePlanGives() throws {
        let date = try HistoricalDate(parsing: "1931")
        for criterion in RoutePlanner.Criterion.allCases {
            let reach = try network.reach(from: "a", on: date, by: criterion).get()
            for (place, route) in reach.routes {
                #expect(try network.plan(from: "a", to: place, on: date, by: criterion).get() == route)
            }
        }
    }

    @Test func anOriginOffTheNetworkIsRefusedAsPlanRefusesIt() {
        #expect(network.reach(from: "z") == .failure(.noLinks(placeID: "z")))
        #expect(network.reach(from: "e", on: try! HistoricalDate(parsing: "1928"))
            == .failure(.closed(placeID: "e", on: try! HistoricalDate(parsing: "1928"),
                                open: Day(year: 1930, month: 1, day: 1)!...Day.distantFuture)))
    }
}
