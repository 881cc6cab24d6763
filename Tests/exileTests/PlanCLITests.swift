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
        #expect(steps.first?["from"] as? String == "Moscow")
        #expect(steps.last?["to"] as? String == "Alma Ata")
        #expect(steps.last?["mode"] as? String == "road")
        let total = try #require((root["route"] as? [String: Any])?["length"] as? Double)
        #expect(abs(total - (steps.last?["total"] as? Double ?? 0)) < 0.05)
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
        #expect(result.stdout.contains("rail,"))
        #expect(result.stdout.contains("deutscher-1959"))
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
        #expect(planned.last?["to"] as? String == "Alma Ata")
        let totals = try #require(root["planned_totals"] as? [String: Any])
        #expect((totals["planned_length"] as? Double ?? 0) > (totals["recorded_geodesic"] as? Double ?? .infinity))
        let byLeg = try #require(root["by_leg"] as? [[String: Any]])
        let road = try #require(byLeg.last)
        #expect(road["basis"] as? String == "stated")
        #expect(road["recorded"] as? Double == 250)
        #expect(road["planned"] as? Double == 250)
    }
}
