import Foundation
import Testing

/// `exile export geojson` end to end.
@Suite struct ExportCLITests {
    let cli = CLIRunner()

    @Test func geojsonHasPlacesAndLegsWithEvidence() throws {
        let result = try cli.run(["export", "geojson"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        let features = try #require(root["features"] as? [[String: Any]])
        let moscow = try #require(features.first { $0["id"] as? String == "place/moscow" })
        let point = try #require((moscow["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(point == [37.6178, 55.752])   // longitude first
        let astrakhan = try #require(features.first { $0["id"] as? String == "place/astrakhan" })
        let properties = try #require(astrakhan["properties"] as? [String: Any])
        #expect((properties["names"] as? [[String: Any]])?.contains { $0["name"] as? String == "Астрахань" } == true)
        #expect((properties["exiles"] as? [[String: Any]])?.contains { $0["person"] as? String == "Christian Rakovsky" } == true)
        let road = try #require(features.first { $0["id"] as? String == "leg/deportation-1928-6" })
        let roadProperties = try #require(road["properties"] as? [String: Any])
        #expect(roadProperties["from"] as? String == "Pishpek-Frunze")
        #expect(roadProperties["stated_km"] as? Double == 250)
        #expect((roadProperties["quote"] as? String)?.contains("choza abandonada") == true)
        // No unlocated place becomes a feature; every position has at most 7 decimals.
        #expect(!features.contains { $0["id"] as? String == "place/siding" })
        let text = result.stdout
        #expect(text.range(of: #"\d\.\d{8,}"#, options: .regularExpression) == nil)
    }

    @Test func oneJourneyOnlyAndErrors() throws {
        let result = try cli.run(["export", "geojson", "--journey", "expulsion-1929"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let legs = (root["features"] as? [[String: Any]] ?? []).filter { ($0["id"] as? String)?.hasPrefix("leg/") == true }
        #expect(legs.count == 4)   // five legs, one of them to the unlocated siding
        #expect(legs.allSatisfy { ($0["id"] as? String)?.hasPrefix("leg/expulsion-1929") == true })
        let unwritable = try cli.run(["export", "geojson", "--out", "/nonexistent-folder/atlas.geojson"])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.hasPrefix("error: cannot write /nonexistent-folder/atlas.geojson"))
        #expect(try cli.run(["export", "geojson", "--journey", "no-such"]).status == 1)
        #expect(try cli.run(["export", "shapefile"]).status == 2)
    }
}

/// `exile export csv` and `exile export dot`.
@Suite struct TableExportCLITests {
    let cli = CLIRunner()

    @Test func palladioTablesHaveOneRowPerLetterAndPerExile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-palladio-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try cli.run(["export", "csv", "--out", folder.path]).status == 0)
        let letters = try String(contentsOf: folder.appendingPathComponent("letters.csv"), encoding: .utf8)
        let catalogue = try cli.run(["letters", "--format", "csv"]).stdout
        #expect(letters.split(separator: "\n").count == catalogue.split(separator: "\n").count)
        #expect(letters.contains(#"Christian Rakovsky,Astrakhan,"46.3497,48.0408""#))
        let exiles = try String(contentsOf: folder.appendingPathComponent("exiles.csv"), encoding: .utf8)
        let listed = try cli.run(["exiles", "--format", "csv"]).stdout
        #expect(exiles.split(separator: "\n").count == listed.split(separator: "\n").count)
        #expect(try cli.run(["export", "csv"]).status == 2)
    }

    @Test func dotHasOneNodeLinePerNode() throws {
        let result = try cli.run(["export", "dot", "--by", "place", "--during", "1928-04/1928-10"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("digraph correspondence {"))
        #expect(result.stdout.contains(#""alma-ata" [label="Alma Ata"];"#))
        #expect(result.stdout.hasSuffix("}\n"))
    }
}
