import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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

    /// One row per sender and addressee of each letter: the 97 letters of the shipped data
    /// have 104 such pairs (the protest of February to three officials is three rows).
    @Test func palladioTablesHaveOneRowPerLetterAndPerExile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-palladio-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try cli.run(["export", "csv", "--out", folder.path]).status == 0)
        let letters = try String(contentsOf: folder.appendingPathComponent("letters.csv"), encoding: .utf8)
        let catalogue = try cli.run(["letters", "--format", "csv"]).stdout
        #expect(catalogue.split(whereSeparator: \.isNewline).count == 97 + 1)
        #expect(letters.split(whereSeparator: \.isNewline).count == 104 + 1)
        #expect(letters.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("l02-protest-february,") }.count == 3)
        #expect(letters.contains(#"Christian Rakovsky,Astrakhan,"46.3497,48.0408""#))
        let exiles = try String(contentsOf: folder.appendingPathComponent("exiles.csv"), encoding: .utf8)
        let listed = try cli.run(["exiles", "--format", "csv"]).stdout
        #expect(exiles.split(whereSeparator: \.isNewline).count == listed.split(whereSeparator: \.isNewline).count)
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

/// Every export format from the shipped data: errors, empty selections, the formats' content.
@Suite struct AllFormatsExportCLITests {
    let cli = CLIRunner()
    static let formats = ["geojson", "kml", "gexf", "graphml", "dot", "cmif", "lpf"]

    @Test(arguments: formats)
    func anUnwritableOutIsOneClearErrorAndExit1(format: String) throws {
        let url = format == "cmif" ? ["--url", "https://example.org/letters.xml"] : []
        let result = try cli.run(["export", format, "--out", "/nonexistent-folder/export.\(format)"] + url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: cannot write /nonexistent-folder/export.\(format)"))
        #expect(result.stderr.hasSuffix("choose another --out\n"))
        #expect(result.stderr.split(whereSeparator: \.isNewline).count == 1)
    }

    @Test func anUncreatableCSVFolderIsOneClearError() throws {
        let result = try cli.run(["export", "csv", "--out", "/proc/exile-palladio"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: cannot create the folder /proc/exile-palladio"))
    }

    @Test func aPeriodWithNothingInItGivesEmptyButValidFiles() throws {
        let kml = try cli.run(["export", "kml", "--during", "1800"])
        #expect(kml.status == 0)
        let document = try XMLDocument(data: Data(kml.stdout.utf8))
        #expect(try document.nodes(forXPath: "//*[local-name()='Placemark'][starts-with(@id, 'leg-')]").isEmpty)
        #expect(try document.nodes(forXPath: "//*[local-name()='Placemark'][starts-with(@id, 'exile-')]").isEmpty)
        #expect(try !document.nodes(forXPath: "//*[local-name()='Placemark'][@id='place-alma-ata']").isEmpty)

        let cmif = try cli.run(["export", "cmif", "--during", "1800", "--url", "https://example.org/letters.xml"])
        #expect(cmif.status == 0)
        let tei = try XMLDocument(data: Data(cmif.stdout.utf8))
        #expect(try tei.nodes(forXPath: "//*[local-name()='correspDesc']").isEmpty)
        #expect(try tei.nodes(forXPath: "//*[local-name()='licence']").count == 1)

        let gexf = try cli.run(["export", "gexf", "--during", "1800"])
        #expect(gexf.status == 0)
        #expect(try XMLDocument(data: Data(gexf.stdout.utf8)).nodes(forXPath: "//*[local-name()='node']").isEmpty)

        let geojson = try cli.run(["export", "geojson", "--journey", "deportation-1928", "--during", "1930"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(geojson.stdout.utf8)) as? [String: Any])
        let features = root["features"] as? [[String: Any]] ?? []
        #expect(!features.contains { ($0["id"] as? String)?.hasPrefix("leg/") == true })
        #expect(features.contains { $0["id"] as? String == "place/moscow" })
    }

    @Test func kmlDatesTheJourneyOf1928() throws {
        let result = try cli.run(["export", "kml", "--journey", "deportation-1928"])
        #expect(result.status == 0)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        let legs = try document.nodes(forXPath: "//*[local-name()='Folder'][@id='journey-deportation-1928']/*[local-name()='Placemark']")
        let geojson = try cli.run(["export", "geojson", "--journey", "deportation-1928"]).stdout
        #expect(legs.count == geojson.components(separatedBy: "\"id\":\"leg/").count - 1)   // the same located legs
        #expect(legs.count >= 4)
        let road = try document.nodes(forXPath: "//*[local-name()='Placemark'][@id='leg-deportation-1928-6']/*[local-name()='styleUrl']")
        #expect(road.first?.stringValue == "#mode-road")
        // A journey takes its traveller's exiles, not everyone's.
        let exile = try document.nodes(forXPath: "//*[local-name()='Placemark'][starts-with(@id, 'exile-')]/*[local-name()='name']")
        #expect(exile.contains { $0.stringValue == "Leon Trotsky in Alma Ata" })
        #expect(!exile.contains { $0.stringValue == "Christian Rakovsky in Astrakhan" })
        #expect(try cli.run(["export", "kml", "--journey", "no-such"]).status == 1)
        #expect(try cli.run(["export", "gexf", "--journey", "deportation-1928"]).status == 2)
    }

    @Test func cmifTakesItsHeaderFromTheOptions() throws {
        let result = try cli.run(["export", "cmif", "--publisher", "Proyecto Alma-Atá & Co", "--url", "https://example.org/l.xml",
                                  "--licence", "cc0"], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("undated messages are left out"))
        let tei = try XMLDocument(data: Data(result.stdout.utf8))
        #expect(try tei.nodes(forXPath: "//*[local-name()='publisher']").first?.stringValue == "Proyecto Alma-Atá & Co")
        #expect(try tei.nodes(forXPath: "//*[local-name()='licence']/@target").first?.stringValue
                == "https://creativecommons.org/publicdomain/zero/1.0/")
        #expect(try tei.nodes(forXPath: "//*[local-name()='publicationStmt']/*[local-name()='date']/@when").first?.stringValue
                == "2023-11-14T22:13:20Z")
        let letters = try #require(try JSONSerialization.jsonObject(with: Data(cli.run(["letters", "--format", "json"]).stdout.utf8)) as? [String: Any])
        let dated = (letters["letters"] as? [[String: Any]] ?? []).filter { $0["date"] is [String: Any] }
        #expect(try tei.nodes(forXPath: "//*[local-name()='correspDesc']").count == dated.count)
        #expect(try cli.run(["export", "cmif", "--licence", "gpl", "--url", "https://example.org/l.xml"]).status == 2)
        // A CMIF file exists to be harvested from its public address: no --url, no file.
        let noURL = try cli.run(["export", "cmif"])
        #expect(noURL.status == 2)
        #expect(noURL.stderr.contains("cmif needs --url"))
        #expect(noURL.stdout.isEmpty)
        let local = try cli.run(["export", "cmif", "--url", "/home/me/letters.xml"])
        #expect(local.status == 2)
        #expect(local.stderr.contains("is not a web address"))
    }

    @Test func lpfHasEveryPlaceWithItsDatedNames() throws {
        let result = try cli.run(["export", "lpf", "--base-uri", "https://example.org/places/"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let features = try #require(root["features"] as? [[String: Any]])
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(cli.run(["places", "--format", "json"]).stdout.utf8)) as? [String: Any])
        let places = try #require(listing["places"] as? [Any])
        #expect(features.count == places.count)
        let frunze = try #require(features.first { $0["@id"] as? String == "https://example.org/places/pishpek-frunze" })
        let names = frunze["names"] as? [[String: Any]] ?? []
        #expect(names.contains { $0["toponym"] as? String == "Frunze" && $0["when"] != nil })
    }
}
