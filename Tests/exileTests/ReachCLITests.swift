import Foundation
import Testing

/// `exile reach` on the shipped data: days from Alma Ata in June 1928 over the links open
/// then, each route the one `exile plan` gives.
@Suite struct ReachCLITests {
    let cli = CLIRunner()

    private func place(_ row: [String: Any]) -> String? { (row["place"] as? [String: Any])?["id"] as? String }

    @Test func fromAlmaAtaInJune1928EveryRouteIsThePlannersRoute() throws {
        let reach = try cli.document(["reach", "Alma Ata", "--on", "1928-06"])
        let rows = try #require(reach["reach"] as? [[String: Any]])
        let hours = rows.compactMap { $0["hours"] as? Double }
        #expect(hours.count == rows.count && hours == hours.sorted(), "nearest first")
        // Pishpek-Frunze is one road link away: 250 km at the road speed.
        #expect(place(rows[0]) == "pishpek-frunze")
        #expect(rows[0]["length"] as? Double == 250 && rows[0]["modes"] as? [String] == ["road"])
        for destination in ["moscow", "astrakhan", "tobolsk", "constantinople"] {
            let row = try #require(rows.first { place($0) == destination }, "\(destination) is reachable")
            let plan = try cli.document(["plan", "Alma Ata", destination, "--on", "1928-06", "--by", "time"])
            let route = try #require(plan["route"] as? [String: Any])
            #expect(route["hours"] as? Double == row["hours"] as? Double, "\(destination): reach and plan agree")
            #expect(route["length"] as? Double == row["length"] as? Double)
            #expect((plan["steps"] as? [Any])?.count == row["legs"] as? Int)
            #expect(abs((row["days"] as? Double ?? 0) - (row["hours"] as? Double ?? 0) / 24) <= 0.05)
        }
        let speeds = try #require(reach["speeds"] as? [[String: Any]])
        #expect(speeds.contains { $0["mode"] as? String == "rail" && $0["km_per_hour"] as? Double == 26 })
    }

    @Test func aNarrowerNetworkLeavesPlacesOutOfReach() throws {
        let rail = try cli.document(["reach", "Moscow", "--on", "1928-01", "--modes", "rail"])
        let out = try #require(rail["unreachable"] as? [[String: Any]]).compactMap(place)
        #expect(out.contains("alma-ata"), "the last stretch to Alma Ata was road")
        #expect(!(try #require(rail["reach"] as? [[String: Any]]).contains { place($0) == "alma-ata" }))
        let origin = try #require(rail["origin"] as? [String: Any])
        #expect(origin["unreachable"] as? Int == out.count)
    }

    @Test func aPlaceOffTheNetworkOrADateBeforeItIsOneClearError() throws {
        let early = try cli.run(["reach", "Moscow", "--on", "1800"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("is open in 1800"), "\(early.stderr)")
        let twice = try cli.run(["reach", "Moscow", "--on", "1928", "--on", "1929"])
        #expect(twice.status == 2)
    }
}
