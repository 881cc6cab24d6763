import Foundation
import Testing

/// `plan` and `route --compare` end to end.
@Suite(.serialized) struct PlanCLITests {
    let cli = CLIRunner()

    private func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func shortestRouteOf1928() throws {
        let result = try cli.run(["plan", "Moscow", "Almaty", "--on", "1928-01", "--format", "json"])
        #expect(result.status == 0)
        let root = try json(result)
        let steps = try #require(root["steps"] as? [[String: Any]])
        #expect(steps.first?["from"] as? [String: String] == ["id": "moscow", "name": "Moscow"])
        #expect(steps.last?["to"] as? [String: String] == ["id": "alma-ata", "name": "Alma Ata"])
        #expect(steps.last?["mode"] as? String == "road")
        #expect((steps.last?["basis"] as? [String: Any])?["kind"] as? String == "stated")
        #expect((steps.last?["basis"] as? [String: Any])?["circuity"] is NSNull)
        #expect((steps.first?["basis"] as? [String: Any])?["circuity"] as? Double == 1.25)
        #expect((steps.first?["open"] as? [String: Any])?["earliest"] as? String == "1864-01-01")
        #expect(steps.contains { $0["open"] is NSNull })
        let route = try #require(root["route"] as? [String: Any])
        let total = try #require(route["length"] as? Double)
        #expect(total == 4364.4)
        #expect(total == steps.last?["total"] as? Double)
        // Hours to 0.1, not every binary digit.
        #expect(route["hours"] as? Double == 179.1)
        #expect(route["days"] as? Double == 7.5)
        #expect((route["on"] as? [String: Any])?["latest"] as? String == "1928-01-31")
        #expect(route["unit"] as? String == "km")
    }

    @Test func fastestRouteIsMeasuredInHours() throws {
        let root = try json(try cli.run(["plan", "Alma Ata", "Istanbul", "--on", "1929-02", "--by", "time", "--format", "json"]))
        let route = try #require(root["route"] as? [String: Any])
        #expect(route["by"] as? String == "time")
        #expect((route["hours"] as? Double ?? 0) > 24)
    }

    @Test func speedsAreListedWithTheirEvidence() throws {
        let result = try cli.run(["plan", "--speeds", "--format", "csv", "--evidence"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("mode,km_per_hour,note,evidence.source.id,"))
        #expect(result.stdout.contains("rail,"))
        #expect(result.stdout.contains("deutscher-1959"))
        let speeds = try #require(try json(try cli.run(["plan", "--speeds", "--format", "json"]))["speeds"] as? [[String: Any]])
        #expect(speeds.first { $0["mode"] as? String == "caravan" }?["km_per_hour"] as? Double == 3.5)
    }

    @Test func modesRepeatAsAUnionAndSpeedsTakeNoRoute() throws {
        let repeated = try cli.run(["plan", "Moscow", "Tobolsk", "--modes", "rail", "--modes", "River", "--format", "csv"])
        #expect(repeated.status == 0)
        #expect(repeated.stdout == (try cli.run(["plan", "Moscow", "Tobolsk", "--modes", "rail,river", "--format", "csv"])).stdout)
        let speeds = try cli.run(["plan", "--speeds", "Moscow", "--on", "1928"])
        #expect(speeds.status == 2)
        #expect(speeds.stderr.contains("--speeds lists the speed of each mode and plans no route: leave out Moscow, --on"))
        // The criterion's values are listed once, by the parser.
        let help = try cli.run(["plan", "--help"])
        #expect(help.stdout.components(separatedBy: "distance, time").count == 2)
    }

    @Test func aDateBeforeTheNetworkNamesTheCause() throws {
        // Every link at Moscow opened in 1864 or later: in 1800 none is open, which is the
        // cause, not that no link "reaches" Moscow.
        let early = try cli.run(["plan", "Moscow", "Alma Ata", "--on", "1800"])
        #expect(early.status == 1)
        #expect(early.stdout.isEmpty)
        #expect(early.stderr == "error: no link at Moscow (the starting point) is open in 1800: its links are open from 1864-01-01 on; give another --on, or none\n")
        let day = try cli.run(["plan", "Moscow", "Alma Ata", "--on", "1800-01-05", "--format", "json"])
        #expect(day.status == 1)
        #expect(day.stderr.contains("is open on 1800-01-05"))
        // Off the network altogether, and shut out by a mode filter: each says so.
        #expect(try cli.run(["plan", "Moscow", "Mexico City"]).stderr.contains("Mexico City (the destination) is on no link of the transport network"))
    }

    @Test func impossibleRequests() throws {
        let railOnly = try cli.run(["plan", "Moscow", "Tobolsk", "--modes", "rail"])
        #expect(railOnly.status == 1)
        #expect(railOnly.stderr.contains("no link of the modes allowed reaches Tobolsk (the destination)"))
        let offNetwork = try cli.run(["plan", "Moscow", "Mexico City"])
        #expect(offNetwork.status == 1)
        let misspelt = try cli.run(["plan", "Mocsow", "Samara"])
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("did you mean \"Moscow\""))
        #expect(try cli.run(["plan", "Moscow", "Samara", "--modes", "zeppelin"]).status == 2)
        #expect(try cli.run(["plan", "Moscow", "Samara", "--on", "next year"]).status == 2)
        #expect(try cli.run(["plan", "Moscow"]).status == 2)
    }

    @Test func routeComparedWithThePlanner() throws {
        let root = try json(try cli.run(["route", "trotsky", "--year", "1928", "--compare", "--format", "json"]))
        let planned = try #require(root["planned"] as? [[String: Any]])
        #expect((planned.last?["to"] as? [String: Any])?["id"] as? String == "alma-ata")
        let totals = try #require(root["planned_totals"] as? [String: Any])
        #expect((totals["planned_length"] as? Double ?? 0) > (totals["recorded_geodesic"] as? Double ?? .infinity))
        let byLeg = try #require(root["by_leg"] as? [[String: Any]])
        let road = try #require(byLeg.last)
        #expect(road["basis"] as? String == "stated")
        #expect(road["recorded"] as? Double == 250)
        #expect(road["planned"] as? Double == 250)
        #expect(road["modes"] as? [String] == ["road"])
        #expect(road["days"] as? [String: Int] == ["min": 1, "max": 8])
        #expect((road["from"] as? [String: Any])?["id"] as? String == "pishpek-frunze")
        #expect(totals["recorded_days"] as? [String: Int] == ["min": 5, "max": 9])
    }
}
