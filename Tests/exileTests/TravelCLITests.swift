import Foundation
import Testing

/// `journeys`, `route` and `distance` end to end.
@Suite(.serialized) struct TravelCLITests {
    let cli = CLIRunner()

    private func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func journeysOfTrotsky() throws {
        let result = try cli.run(["journeys", "Trotsky", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("deportation-1928"))
        #expect(result.stdout.contains("expulsion-1929"))
        #expect(!result.stdout.contains("radek-tobolsk-tomsk"))
    }

    @Test func routeOf1928WithTrotskysVersts() throws {
        let result = try cli.run(["route", "trotsky", "--year", "1928"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("4.000 verstas = 4267.2 km"))
        let folded = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("1.29 times the traced geodesic of 3300.4 km"))
        #expect(result.stdout.contains("abandoned hut"))
        for line in result.stdout.split(whereSeparator: \.isNewline) { #expect(line.count <= 100) }
    }

    @Test func routeAsJSONKeepsOrderDatesAndBothShips() throws {
        let root = try json(try cli.run(["route", "expulsion-1929", "--format", "json"]))
        let legs = try #require(root["legs"] as? [[String: Any]])
        #expect(legs.map { $0["to_id"] as? String } == ["kurday-pass", "pishpek-frunze", "siding", "odessa", "constantinople"])
        #expect(legs[0]["departed"] as? String == "1929-01-22")
        #expect(legs[2]["geodesic"] is NSNull)
        #expect(legs[4]["vehicle"] as? String == "Ilych / Kalinin")
        #expect((legs[4]["modes"] as? String) == "ship, icebreaker")
    }

    @Test func routeInVersts() throws {
        let root = try json(try cli.run(["route", "deportation-1928", "--unit", "versts", "--format", "json"]))
        let journey = try #require(root["journey"] as? [String: Any])
        let traced = try #require(journey["traced_geodesic"] as? Double)
        #expect(abs(traced - 3300.4222685 / 1.0668) < 0.05)
    }

    @Test func routeErrors() throws {
        let several = try cli.run(["route", "trotsky"])
        #expect(several.status == 1)
        #expect(several.stderr.contains("several journeys"))
        #expect(several.stderr.contains("expulsion-1929"))
        let none = try cli.run(["route", "trotsky", "--year", "1950"])
        #expect(none.status == 1)
        let unknown = try cli.run(["route", "nobody-at-all"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no journey or traveller named"))
        let unit = try cli.run(["route", "deportation-1928", "--unit", "furlongs"])
        #expect(unit.status == 2)
    }

    @Test func distanceHopByHopInVersts() throws {
        let result = try cli.run(["distance", "Moscow", "Almaty", "--unit", "versts", "--format", "json"])
        #expect(result.status == 0)
        let hops = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hops.count == 1)
        #expect(hops[0]["to_place"] as? String == "Alma Ata")
        // 3,111,943.9483 m (GeographicLib 2.1, the fixture coordinates) / 1,066.8 m.
        #expect(abs((hops[0]["distance"] as? Double ?? 0) - 2917.1) < 0.05)
    }

    @Test func distanceAlongASequenceAddsUp() throws {
        let result = try cli.run(["distance", "Moscow", "Samara", "Turkestan", "Frunze", "Alma Ata", "--format", "json"])
        let hops = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hops.count == 4)
        #expect(abs((hops.last?["total"] as? Double ?? 0) - 3300.4) < 0.05)
    }

    @Test func distanceErrors() throws {
        let unlocated = try cli.run(["distance", "siding", "Odessa"])
        #expect(unlocated.status == 1)
        #expect(unlocated.stderr.contains("has no coordinates"))
        #expect(try cli.run(["distance", "Moscow"]).status == 2)
        #expect(try cli.run(["distance", "Moscow", "Samara", "--unit", "furlongs"]).status == 2)
        let misspelt = try cli.run(["distance", "Moscow", "Smara"])
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("did you mean \"Samara\""))
    }
}
