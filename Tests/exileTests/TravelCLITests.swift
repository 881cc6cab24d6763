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
        #expect(result.stdout.hasPrefix("id,traveller.id,traveller.name,period.edtf,period.earliest,period.latest,legs,route.id,route.name,title\r\n"))
        // A person with no journeys: the same header, no rows.
        let none = try cli.run(["journeys", "Rykov", "--format", "csv"])
        #expect(none.status == 0)
        #expect(none.stdout == "id,traveller.id,traveller.name,period.edtf,period.earliest,period.latest,legs,route.id,route.name,title\r\n")
    }

    @Test func journeysAsJSONHaveEntitiesAndDates() throws {
        let rows = try #require(try json(try cli.run(["journeys", "Trotsky", "--format", "json"]))["journeys"] as? [[String: Any]])
        let deportation = try #require(rows.first { $0["id"] as? String == "deportation-1928" })
        #expect((deportation["traveller"] as? [String: Any])?["id"] as? String == "trotsky")
        let period = try #require(deportation["period"] as? [String: Any])
        #expect(period["edtf"] as? String == "1928-01-16/1928-01-25")
        #expect(period["earliest"] as? String == "1928-01-16" && period["latest"] as? String == "1928-01-25")
        let stops = try #require(deportation["route"] as? [[String: Any]])
        #expect(stops.compactMap { $0["id"] as? String }
                == ["moscow", "station-50km", "samara", "turkestan", "pishpek-frunze", "abandoned-hut", "alma-ata"])
        #expect(stops.last?["name"] as? String == "Alma Ata")
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
        #expect(legs.map { ($0["to"] as? [String: Any])?["id"] as? String } == ["kurday-pass", "pishpek-frunze", "siding", "odessa", "constantinople"])
        #expect((legs[1]["to"] as? [String: Any])?["name"] as? String == "Frunze")
        #expect((legs[0]["from"] as? [String: Any])?["id"] as? String == "alma-ata")
        #expect((legs[0]["departed"] as? [String: Any])?["edtf"] as? String == "1929-01-22")
        #expect(legs[0]["arrived"] is NSNull)
        // The siding is unlocated: no geodesic, and no running total either (not 0.0).
        #expect(legs[2]["geodesic"] is NSNull)
        #expect(legs[2]["total"] is NSNull)
        #expect(legs[3]["total"] as? Double == 3668.1)
        #expect(legs[4]["vehicles"] as? [String] == ["Ilych", "Kalinin"])
        #expect(legs[4]["modes"] as? [String] == ["ship", "icebreaker"])
        #expect(legs[4]["unit"] as? String == "km")
        // Claims the sources disagree on are separate items, each with its sources.
        let journey = try #require(root["journey"] as? [String: Any])
        let claims = try #require(journey["claims"] as? [[String: Any]])
        #expect(claims.filter { $0["property"] as? String == "route" }.compactMap { $0["value"] as? String } == ["Siberia", "Ukrainian steppes"])
    }

    @Test func routeGivesRangesClaimsAndRoundedLengths() throws {
        let root = try json(try cli.run(["route", "deportation-1928", "--format", "json"]))
        let journey = try #require(root["journey"] as? [String: Any])
        #expect(journey["days"] as? [String: Int] == ["min": 5, "max": 9])
        #expect(journey["per_day"] as? [String: Int] == ["min": 367, "max": 660])
        #expect(journey["traced_geodesic"] as? Double == 3300.4)
        #expect((journey["traveller"] as? [String: Any])?["id"] as? String == "trotsky")
        #expect((journey["stated_total"] as? [String: Any])?["value"] as? String == "4.000 verstas")
        #expect((journey["stated_total"] as? [String: Any])?["length"] as? Double == 4267.2)
        #expect(journey["stated_days"] as? Double == 7)
        // No key with a space: the escort is a claim with a snake_case property and its source.
        #expect(!journey.keys.contains { $0.contains(" ") })
        let claims = try #require(journey["claims"] as? [[String: Any]])
        let escort = try #require(claims.first { $0["property"] as? String == "escort_size" })
        #expect(escort["value"] as? String == "unos doce hombres")
        #expect((escort["sources"] as? [[String: Any]])?.first?["id"] as? String == "deutscher-1959")
        let legs = try #require(root["legs"] as? [[String: Any]])
        // The first leg ends at an unlocated station: its total is unknown, not 0.0.
        #expect(legs[0]["total"] is NSNull)
        #expect((legs[0]["stated"] as? [String: Any])?["amount"] as? Double == 50)
        #expect((legs[0]["stated"] as? [String: Any])?["qualifier"] as? String == "about")
        #expect(legs[0]["days"] as? [String: Int] == ["min": 0, "max": 4])
        #expect(legs[5]["detour"] as? Double == 1.29)
        // The table still reads as before.
        let table = try cli.run(["route", "deportation-1928"])
        #expect(table.stdout.contains("days:               5-9"))
        #expect(table.stdout.contains("escort size:        unos doce hombres"))
    }

    @Test func routeEvidenceCoversTheLegsAndTheClaims() throws {
        let root = try json(try cli.run(["route", "deportation-1928", "--evidence", "--format", "json"]))
        let journey = try #require(root["journey"] as? [String: Any])
        let evidence = try #require(journey["evidence"] as? [[String: Any]])
        let about = evidence.map { ($0["about"] as? [String: Any])?["name"] as? String }
        #expect(about == [nil, "distance", "duration", "escort size"])   // the journey's own, then the stated total and the claims
        #expect(evidence[1]["locator"] as? String == "L117-118")
        let legs = try #require(root["legs"] as? [[String: Any]])
        #expect(legs.allSatisfy { ($0["evidence"] as? [Any])?.isEmpty == false })
        // A leg's claims (a stretch's distance and time) come with their evidence too.
        let expulsion = try #require(try json(try cli.run(["route", "expulsion-1929", "--evidence", "--format", "json"]))["legs"] as? [[String: Any]])
        let first = try #require(expulsion.first?["evidence"] as? [[String: Any]])
        #expect(first.contains { ($0["about"] as? [String: Any])?["name"] as? String == "section distance" })
        let table = try cli.run(["route", "deportation-1928", "--evidence"])
        #expect(table.stdout.contains("escort size: deutscher-1959"))
    }

    @Test func routeInVersts() throws {
        let root = try json(try cli.run(["route", "deportation-1928", "--unit", "versts", "--format", "json"]))
        let journey = try #require(root["journey"] as? [String: Any])
        let traced = try #require(journey["traced_geodesic"] as? Double)
        #expect(abs(traced - 3300.4222685 / 1.0668) < 0.05)
        #expect(journey["unit"] as? String == "versts")
        #expect((root["legs"] as? [[String: Any]])?.first?["unit"] as? String == "versts")
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
        let hops = try #require(try json(result)["hops"] as? [[String: Any]])
        #expect(hops.count == 1)
        #expect(hops[0]["to"] as? [String: String] == ["id": "alma-ata", "name": "Alma Ata"])
        #expect(hops[0]["from"] as? [String: String] == ["id": "moscow", "name": "Moscow"])
        #expect(hops[0]["unit"] as? String == "versts")
        #expect(hops[0]["from_place"] == nil)
        // 3,111,943.9483 m (GeographicLib 2.1, the fixture coordinates) / 1,066.8 m.
        #expect(abs((hops[0]["distance"] as? Double ?? 0) - 2917.1) < 0.05)
    }

    @Test func distanceAlongASequenceAddsUp() throws {
        let result = try cli.run(["distance", "Moscow", "Samara", "Turkestan", "Frunze", "Alma Ata", "--format", "json"])
        let hops = try #require(try json(result)["hops"] as? [[String: Any]])
        #expect(hops.count == 4)
        #expect(hops.last?["total"] as? Double == 3300.4)
    }

    @Test func distanceEvidenceIsWhereTheCoordinatesComeFrom() throws {
        let result = try cli.run(["distance", "Moscow", "Alma Ata", "--evidence", "--format", "json"])
        let hop = try #require((try json(result)["hops"] as? [[String: Any]])?.first)
        let evidence = try #require(hop["evidence"] as? [[String: Any]])
        #expect(evidence.compactMap { $0["locator"] as? String } == ["geonames:524901", "geonames:1526384"])
        #expect(evidence.compactMap { ($0["about"] as? [String: Any])?["id"] as? String } == ["moscow", "alma-ata"])
        #expect((evidence.first?["source"] as? [String: Any])?["id"] as? String == "geonames")
        let table = try cli.run(["distance", "Moscow", "Alma Ata", "--evidence"])
        #expect(table.stdout.contains("Alma Ata: geonames, geonames:1526384"))
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
