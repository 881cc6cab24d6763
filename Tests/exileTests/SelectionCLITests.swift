import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One rule for when a leg happened and what `--journey`, `--year` and `--during` take, end to end.
@Suite struct SelectionCLITests {
    let cli = CLIRunner()

    private func json(_ result: CLIResult) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The leg ids of a GeoJSON export.
    private func geojsonLegs(_ arguments: [String]) throws -> [String] {
        let features = try json(try cli.run(["export", "geojson"] + arguments))["features"] as? [[String: Any]] ?? []
        return features.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("leg/") }.map { String($0.dropFirst(4)) }.sorted()
    }

    @Test func placeDatesTheDeportationsArrivalAtAlmaAtaOnThe25th() throws {
        let legs = try #require(try json(try cli.run(["place", "Alma Ata", "--format", "json"]))["legs"] as? [[String: Any]])
        func journey(_ leg: [String: Any]) -> String? { (leg["journey"] as? [String: Any])?["id"] as? String }
        func date(_ leg: [String: Any]) -> String? { (leg["date"] as? [String: Any])?["edtf"] as? String }
        let arrival = try #require(legs.first { journey($0) == "deportation-1928" })
        #expect(arrival["leg"] as? Int == 6)
        #expect(date(arrival) == "1928-01-25")   // L67: "el 25 de enero ... llegó a Alma Ata"
        #expect((arrival["to"] as? [String: Any])?["id"] as? String == "alma-ata")
        #expect(arrival["modes"] as? [String] == ["bus", "lorry", "sleigh", "on-foot"])
        // Leaving Alma Ata, the expulsion is dated by its departure.
        let departure = try #require(legs.first { journey($0) == "expulsion-1929" })
        #expect(date(departure) == "1929-01-22")
        // The route says the same.
        let route = try json(try cli.run(["route", "deportation-1928", "--format", "json"]))
        #expect(((route["legs"] as? [[String: Any]])?.last?["on"] as? [String: Any])?["edtf"] as? String == "1928-01-25")
    }

    @Test func routeTrotskyIn1929IsTheExpulsion() throws {
        let root = try json(try cli.run(["route", "trotsky", "--year", "1929", "--format", "json"]))
        let journey = try #require(root["journey"] as? [String: Any])
        #expect((journey["period"] as? [String: Any])?["edtf"] as? String == "1929-01-22/1929-03")
        let legs = try #require(root["legs"] as? [[String: Any]])
        #expect((legs.last?["to"] as? [String: Any])?["id"] as? String == "constantinople")
        // Without a year, a traveller of several journeys is asked for one.
        let several = try cli.run(["route", "trotsky"])
        #expect(several.status == 1)
        #expect(several.stderr.contains("several journeys") && several.stderr.contains("later-exile"))
    }

    @Test func exportAndMapTakeTheSameLegsByTravellerOrId() throws {
        // The traveller's journeys on the 25th: only the deportation's last leg, in GeoJSON and KML alike.
        #expect(try geojsonLegs(["--journey", "trotsky", "--during", "1928-01-25"]) == ["deportation-1928-6"])
        #expect(try geojsonLegs(["--journey", "deportation-1928", "--during", "1928-01-25"]) == ["deportation-1928-6"])
        let kml = try cli.run(["export", "kml", "--journey", "trotsky", "--during", "1928-01-25"])
        #expect(kml.status == 0)
        let marks = try XMLDocument(data: Data(kml.stdout.utf8))
            .nodes(forXPath: "//*[local-name()='Placemark'][starts-with(@id, 'leg-')]/@id").compactMap(\.stringValue)
        #expect(marks == ["leg-deportation-1928-6"])
        for journey in ["trotsky", "deportation-1928"] {
            let map = try cli.run(["map", "--journey", journey, "--during", "1928-01-25"])
            #expect(map.status == 0)
            let drawn = map.stdout.components(separatedBy: "id=\"leg-").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(drawn == ["deportation-1928-6"])
        }
        // --year narrows a traveller's journeys in the exports too.
        let expulsion = try geojsonLegs(["--journey", "trotsky", "--year", "1929"])
        #expect(!expulsion.isEmpty && expulsion.allSatisfy { $0.hasPrefix("expulsion-1929-") })
    }

    @Test func palladioTablesFollowTheSelection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-palladio-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["export", "csv", "--during", "1940", "--out", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let letters = try String(contentsOf: folder.appendingPathComponent("letters.csv"), encoding: .utf8)
        #expect(letters.split(whereSeparator: \.isNewline).count == 1)   // the header: no letter is dated 1940
        let exiles = try String(contentsOf: folder.appendingPathComponent("exiles.csv"), encoding: .utf8)
        let rows = exiles.split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.contains { $0.hasPrefix("trotsky-mexico,") })   // asylum 1937-01-09/1940-08-21
        #expect(!rows.contains { $0.hasPrefix("radek-tomsk,") })

        // --journey takes a traveller's letters and exiles.
        let radek = folder.appendingPathComponent("radek")
        #expect(try cli.run(["export", "csv", "--journey", "Radek", "--out", radek.path]).status == 0)
        let radekExiles = try String(contentsOf: radek.appendingPathComponent("exiles.csv"), encoding: .utf8)
        #expect(radekExiles.split(whereSeparator: \.isNewline).dropFirst().allSatisfy { $0.contains(",Karl Radek,") })
        #expect(radekExiles.contains("radek-tomsk,"))
    }

    @Test func theNetworkExportsRefuseAJourney() throws {
        let gexf = try cli.run(["export", "gexf", "--journey", "trotsky"])
        #expect(gexf.status == 2 && gexf.stderr.contains("--journey applies to geojson, kml, csv and cmif"))
        #expect(try cli.run(["export", "geojson", "--year", "1929"]).status == 2)
        let unknown = try cli.run(["export", "geojson", "--journey", "Atlantis"])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: no journey or traveller named \"Atlantis\""))
    }
}
