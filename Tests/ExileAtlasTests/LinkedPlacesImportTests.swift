import Foundation
import Testing
@testable import ExileAtlas

/// Linked Places into the atlas's tables: a file shaped like the LPF specification's sample
/// (linkedplaces-sample-v1.2.2 and the README's full Feature: names with `when`, a
/// GeometryCollection with certainties, links, broaderPartitive relations), matching by
/// authority URI and by name, and the round trip of the shipped data's own export.
@Suite struct LinkedPlacesImportTests {
    static let sample = #"""
    {
      "type": "FeatureCollection",
      "@context": "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld",
      "features": [
        { "@id": "http://mygaz.org/places/p_12345",
          "type": "Feature",
          "properties": { "title": "Abingdon (UK)", "ccodes": ["GB"], "fclasses": ["P"] },
          "when": { "timespans": [{"start": {"in": "0676"}, "end": {"in": "1066"}}],
                    "periods": [{"name": "Anglo-Saxon Period, 449-1066", "@id": "periodo:p06c6g3whtg"}],
                    "label": "sample 'when' w/timespans, periods, duration", "duration": "P100Y", "certainty": "less-certain" },
          "names": [
            { "toponym": "Abingdon", "lang": "en",
              "citations": [{"label": "Ye Olde Gazetteer (1635)", "year": 1635, "@id": "http://archive.org/details/yeoldegazetteer"}],
              "when": {"timespans": [{"start": {"in": "1600"}}]} },
            { "toponym": "Abingdon-on-Thames", "lang": "en",
              "when": {"timespans": [{"start": {"in": "1600"}, "end": {"in": "1974"}}], "certainty": "certain"} },
            { "toponym": "Æbbandun", "lang": "ang" }
          ],
          "types": [
            { "identifier": "aat:300008375", "label": "town",
              "sourceLabels": [{"label": "Market Town", "lang": "en"}],
              "when": {"timespans": [{"start": {"in": "1600"}}]} }
          ],
          "geometry": {
            "type": "GeometryCollection",
            "geometries": [
              { "type": "Point", "coordinates": [-1.31, 51.64],
                "geowkt": "POLYGON ((-1.3077 51.6542, -1.2555 51.6542, -1.2555 51.6908, -1.3077 51.6908, -1.3077 51.6542))",
                "when": {"timespans": [{"start": {"in": "1700"}}]}, "certainty": "uncertain" },
              { "type": "Point", "coordinates": [-1.2879, 51.6708],
                "when": {"timespans": [{"start": {"in": "1600"}, "end": {"in": "1699"}}]},
                "citations": [{"label": "Getty TGN (retrieved 4 May 2018)", "@id": "tgn:7011944"}],
                "certainty": "certain" }
            ]
          },
          "links": [
            {"type": "exactMatch", "identifier": "http://vocab.getty.edu/tgn/7011944"},
            {"type": "exactMatch", "identifier": "http://www.geonames.org/2657780/"},
            {"type": "closeMatch", "identifier": "http://somegaz.org/places/39847"},
            {"type": "primaryTopicOf", "identifier": "https://en.wikipedia.org/wiki/Abingdon-on-Thames"}
          ],
          "relations": [
            { "relationType": "gvp:broaderPartitive", "relationTo": "http://mygaz.org/places/p_9876",
              "label": "part of Berkshire (UK)", "when": {"timespans": [{"start": {"in": "1600"}, "end": {"in": "1974"}}]} },
            { "relationType": "gvp:broaderPartitive", "relationTo": "http://mygaz.org/places/p_3456",
              "label": "part of Oxfordshire (UK)", "when": {"timespans": [{"start": {"in": "1974"}}]} },
            { "relationType": "gvp:tgn3000_related_to", "relationTo": "http://mygaz.org/places/p_98765",
              "label": "Linked to Semington by Kennet and Avon Canal" }
          ],
          "descriptions": [{"value": "...a historic market town and civil parish...", "lang": "en"}]
        },
        { "@id": "http://mygaz.org/places/p_9876",
          "type": "Feature",
          "properties": { "title": "Berkshire" },
          "names": [{ "toponym": "Berkshire", "lang": "en",
                      "when": {"timespans": [{"start": {"latest": "1974"}, "end": {"in": "1974"}}]} }],
          "types": [{ "identifier": "http://vocab.getty.edu/aat/300000771", "label": "county" }],
          "geometry": null,
          "links": [{"type": "closeMatch", "identifier": "wd:Q23220"}]
        },
        { "@id": "http://mygaz.org/places/p_777",
          "type": "Feature",
          "properties": { "title": "Wallingford" },
          "names": [{ "toponym": "Wallingford", "lang": "en" }],
          "geometry": { "type": "Polygon", "coordinates": [[[-1.14, 51.58], [-1.10, 51.58], [-1.10, 51.62], [-1.14, 51.58]]] },
          "relations": [{ "relationType": "gvp:broaderPartitive", "relationTo": "http://mygaz.org/places/p_9876" }]
        }
      ]
    }
    """#

    static func read(_ text: String, file: String = "abingdon-sample.geojson") throws -> LPFCollection {
        try LinkedPlacesReader.read(data: Data(text.utf8), file: file)
    }

    /// The records of one table as dictionaries keyed by column.
    static func rows(_ tables: [CSVTable], _ name: String) -> [[String: String]] {
        guard let table = tables.first(where: { $0.table == name }) else { return [] }
        return table.records.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0)) }
    }

    static func count(_ atlas: Atlas, _ table: String) throws -> Int {
        try atlas.perform { try atlas.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0 } }
    }

    static func added(_ summary: ImportSummary) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: summary.tables.map { ($0.table, $0.added) })
    }

    /// Line of the first occurrence of `needle` in the sample.
    static func line(of needle: String, in text: String = sample) -> Int {
        let range = text.range(of: needle)!
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    @Test func convertsTheSampleIntoRows() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        var context = try atlas.importContext()
        let tables = LinkedPlacesImport.tables(from: try Self.read(Self.sample), context: &context)
        #expect(tables.map(\.table) == ["source", "place", "place_name", "authority"])
        #expect(tables.allSatisfy { $0.file == "abingdon-sample.geojson" && $0.records.count == $0.lines.count })

        // The file is one reference source, named after the file.
        let source = try #require(Self.rows(tables, "source").first)
        #expect(source["id"] == "abingdon-sample")
        #expect(source["kind"] == "reference")
        #expect(source["title"] == "abingdon-sample.geojson")
        #expect(source["citation"]?.contains("linkedplaces-context-v1.1.jsonld") == true)

        let places = Self.rows(tables, "place")
        #expect(places.map { $0["id"]! } == ["abingdon-uk", "berkshire", "wallingford"])
        let abingdon = places[0], berkshire = places[1], wallingford = places[2]
        // Kinds: AAT town; AAT county (given as a URI) is a region; nothing said: town, noted.
        #expect(places.map { $0["kind"]! } == ["town", "region", "town"])
        #expect(wallingford["note"]?.contains("kind town by default") == true)
        // The most certain point, cited to the GeoNames record the feature links.
        #expect(abingdon["latitude"] == "51.6708" && abingdon["longitude"] == "-1.2879")
        #expect(abingdon["coord_source_id"] == "geonames" && abingdon["coord_ref"] == "geonames:2657780")
        #expect(abingdon["coord_note"] == "the most certain of 2 points in the file")
        // The first broaderPartitive names a feature of the file; the second is not in the atlas.
        #expect(abingdon["parent_id"] == "berkshire")
        #expect(abingdon["note"]?.contains("part of Oxfordshire (UK) (not in the atlas)") == true)
        #expect(abingdon["note"]?.contains("...a historic market town and civil parish...") == true)
        #expect(abingdon["note"]?.contains("primaryTopicOf https://en.wikipedia.org/wiki/Abingdon-on-Thames") == true)
        #expect(wallingford["parent_id"] == "berkshire")
        // A null geometry: unlocated, saying why.
        #expect(berkshire["latitude"] == "" && berkshire["coord_source_id"] == "")
        #expect(berkshire["coord_note"] == "unlocated: the Linked Places file gives no geometry for this place")
        // A polygon only: the centre of its bounds, cited to the file and the feature.
        #expect(wallingford["latitude"] == "51.6" && wallingford["longitude"] == "-1.12")
        #expect(wallingford["coord_source_id"] == "abingdon-sample" && wallingford["coord_ref"] == "http://mygaz.org/places/p_777")
        // Every row's evidence: the file's source, the feature's @id, no quote.
        for table in ["place", "place_name", "authority"] {
            for row in Self.rows(tables, table) {
                #expect(row["source_id"] == "abingdon-sample")
                #expect(row["locator"]?.hasPrefix("http://mygaz.org/places/p_") == true)
                #expect(row["quote"] == "")
            }
        }
        #expect(abingdon["locator"] == "http://mygaz.org/places/p_12345")
        let placeTable = try #require(tables.first { $0.table == "place" })
        #expect(placeTable.lines == [Self.line(of: #"{ "@id": "http://mygaz.org/places/p_12345""#),
                                     Self.line(of: #"{ "@id": "http://mygaz.org/places/p_9876""#),
                                     Self.line(of: #"{ "@id": "http://mygaz.org/places/p_777""#)])

        // Names: the title (no name spells it), each name with its language and period.
        let names = Self.rows(tables, "place_name").filter { $0["place_id"] == "abingdon-uk" }
        #expect(names.map { $0["name"]! } == ["Abingdon (UK)", "Abingdon", "Abingdon-on-Thames", "Æbbandun"])
        #expect(names.map { $0["language"]! } == ["und", "en", "en", "ang"])
        #expect(names.map { $0["kind"]! } == ["variant", "official", "official", "variant"])
        #expect(names.map { $0["period"]! } == ["", "1600", "1600/1974", ""])
        #expect(names[1]["note"] == "cited: Ye Olde Gazetteer (1635), 1635, http://archive.org/details/yeoldegazetteer")
        let nameTable = try #require(tables.first { $0.table == "place_name" })
        #expect(nameTable.lines[1] == Self.line(of: #"{ "toponym": "Abingdon", "lang": "en","#))
        // An unknown start before a known end is written as an open start.
        let berkshireName = try #require(Self.rows(tables, "place_name").first { $0["place_id"] == "berkshire" })
        #expect(berkshireName["period"] == "../1974" && berkshireName["kind"] == "official")

        // Authority: every closeMatch/exactMatch web URI, normalised, with its scheme.
        let authorities = Self.rows(tables, "authority")
        #expect(authorities.map { [$0["entity_id"]!, $0["uri"]!, $0["scheme"]!] } == [
            ["abingdon-uk", "http://vocab.getty.edu/tgn/7011944", "other"],
            ["abingdon-uk", "http://www.geonames.org/2657780", "geonames"],
            ["abingdon-uk", "http://somegaz.org/places/39847", "other"],
            ["abingdon-uk", "http://mygaz.org/places/p_12345", "other"],
            ["berkshire", "http://www.wikidata.org/entity/Q23220", "wikidata"],
            ["berkshire", "http://mygaz.org/places/p_9876", "other"],
            ["wallingford", "http://mygaz.org/places/p_777", "other"],
        ])
        #expect(authorities[3]["note"] == "the place's @id in the Linked Places file")
        #expect(authorities.allSatisfy { $0["entity"] == "place" })
    }

    @Test func loadsTheSampleOnceAndChangesNothingTheSecondTime() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let placesBefore = try Self.count(atlas, "place")
        var context = try atlas.importContext()
        let first = try atlas.importTables(LinkedPlacesImport.tables(from: try Self.read(Self.sample), context: &context),
                                           replace: false, dryRun: false)
        #expect(Self.added(first) == ["source": 1, "place": 3, "place_name": 6, "authority": 7])
        #expect(try Self.count(atlas, "place") == placesBefore + 3)
        let abingdon = try #require(try atlas.placeIndex().places["abingdon-uk"])
        #expect(abingdon.parentID == "berkshire")
        #expect(abingdon.kind == .town)

        // The same file again: every feature matches the place it made (by its @id, kept as
        // an authority URI), and no row is written.
        var again = try atlas.importContext()
        let tables = LinkedPlacesImport.tables(from: try Self.read(Self.sample), context: &again)
        #expect(tables.isEmpty)
        let second = try atlas.importTables(tables, replace: false, dryRun: false)
        #expect(second.tables.allSatisfy { $0.added == 0 && $0.updated == 0 })
        #expect(try Self.count(atlas, "place") == placesBefore + 3)
        #expect(try Self.count(atlas, "source") == 7)
    }

    @Test func matchesByAuthorityURIAndByName() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = #"""
        { "type": "FeatureCollection",
          "features": [
            { "@id": "https://whgazetteer.org/places/1", "type": "Feature",
              "properties": { "title": "Almaty" },
              "names": [{ "toponym": "Almaty", "lang": "kk", "when": {"timespans": [{"start": {"in": "1993"}}]} },
                        { "toponym": "Verny", "lang": "ru", "when": {"timespans": [{"start": {"in": "1854"}, "end": {"in": "1921"}}]} }],
              "geometry": { "type": "Point", "coordinates": [76.95, 43.25] },
              "links": [{"type": "closeMatch", "identifier": "wd:Q35493"},
                        {"type": "exactMatch", "identifier": "https://d-nb.info/gnd/4001462-2"}] },
            { "@id": "https://whgazetteer.org/places/2", "type": "Feature",
              "properties": { "title": "Narym" },
              "names": [{ "toponym": "Нарым", "lang": "ru" }, { "toponym": "Narymskoye", "lang": "ru" }],
              "geometry": null },
            { "@id": "https://whgazetteer.org/places/3", "type": "Feature",
              "properties": { "title": "Narym" },
              "names": [{ "toponym": "Narym", "lang": "en" }],
              "geometry": { "type": "Point", "coordinates": [81.2, 58.9] },
              "links": [{"type": "closeMatch", "identifier": "gn:9999999"}],
              "relations": [{ "relationType": "gvp:broaderPartitive", "relationTo": "https://www.wikidata.org/wiki/Q35493" }] }
          ] }
        """#
        var context = try atlas.importContext()
        let tables = LinkedPlacesImport.tables(from: try Self.read(file, file: "whg.json"), context: &context)
        // Almaty is Alma Ata by its Wikidata id: no place row, its new names and GND id only.
        // The first Narym (no links) is the atlas's Narym by its name (Нарым it has already,
        // Narymskoye is new); the second has a URI
        // the atlas does not know, so it is a new place, whose parent is named by a URI.
        let places = Self.rows(tables, "place")
        #expect(places.map { $0["id"]! } == ["narym-2"])
        #expect(places.first?["parent_id"] == "alma-ata")
        #expect(places.first?["coord_source_id"] == "geonames" && places.first?["coord_ref"] == "geonames:9999999")
        let names = Self.rows(tables, "place_name").map { [$0["place_id"]!, $0["name"]!, $0["language"]!, $0["kind"]!, $0["period"]!] }
        #expect(names == [
            ["alma-ata", "Almaty", "kk", "official", "1993"],
            ["alma-ata", "Verny", "ru", "official", "1854/1921"],
            ["narym", "Narymskoye", "ru", "variant", ""],
            ["narym-2", "Narym", "en", "variant", ""],
        ])
        #expect(Self.rows(tables, "authority").map { [$0["entity_id"]!, $0["uri"]!, $0["scheme"]!] } == [
            ["alma-ata", "http://d-nb.info/gnd/4001462-2", "gnd"],
            ["alma-ata", "https://whgazetteer.org/places/1", "other"],
            ["narym", "https://whgazetteer.org/places/2", "other"],
            ["narym-2", "http://www.geonames.org/9999999", "geonames"],
            ["narym-2", "https://whgazetteer.org/places/3", "other"],
        ])
        let summary = try atlas.importTables(tables, replace: false, dryRun: false)
        #expect(Self.added(summary) == ["source": 1, "place": 1, "place_name": 4, "authority": 5])
        // Again: "Narym" now names two places, but each feature's @id finds its own.
        var again = try atlas.importContext()
        #expect(LinkedPlacesImport.tables(from: try Self.read(file, file: "whg.json"), context: &again).isEmpty)
    }

    @Test func theShippedExportRoundTripsWithoutAddingAPlace() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dates = try atlas.placeDates()
        let data = try LinkedPlaces.document(places: atlas.placeIndex(), sources: atlas.sources(),
                                             dates: dates.dates(at:), routes: dates.routes(at:))
        let collection = try LinkedPlacesReader.read(data: data, file: "exile-atlas.lpf.json")
        #expect(collection.features.count == 95)
        let before = try ["place", "place_name", "authority", "source"].map { try Self.count(atlas, $0) }

        var context = try atlas.importContext()
        let tables = LinkedPlacesImport.tables(from: collection, context: &context)
        // Every feature is its place (by its export URN and its links): no place row, and
        // nothing the atlas does not already hold.
        #expect(Self.rows(tables, "place").isEmpty)
        #expect(tables.isEmpty, "rows: \(tables.map { "\($0.table): \($0.records.prefix(3))" })")
        let summary = try atlas.importTables(tables, replace: false, dryRun: false)
        #expect(summary.tables.allSatisfy { $0.added == 0 && $0.updated == 0 })
        #expect(try ["place", "place_name", "authority", "source"].map { try Self.count(atlas, $0) } == before)

        // A second time: the same.
        var again = try atlas.importContext()
        #expect(LinkedPlacesImport.tables(from: collection, context: &again).isEmpty)
    }

    @Test func anotherBaseOrAnUnknownURNIsMatchedByItsLinksAndNames() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An export with another base still matches every place by its GeoNames/Wikidata
        // links or, for places without any, by name; an URN naming no atlas place is new.
        let data = try LinkedPlaces.document(places: atlas.placeIndex(), sources: atlas.sources(),
                                             base: "https://example.org/atlas/")
        let collection = try LinkedPlacesReader.read(data: data, file: "other-base.json")
        var context = try atlas.importContext()
        let tables = LinkedPlacesImport.tables(from: collection, context: &context)
        let newPlaces = Self.rows(tables, "place").map { $0["id"]! }
        // Places without authority ids whose names another authority-less place shares are
        // the only ones that could not be matched; there are none in the shipped data.
        #expect(newPlaces.isEmpty, "new: \(newPlaces)")

        let unknown = #"""
        { "type": "FeatureCollection", "features": [
          { "@id": "urn:exile-atlas:place:no-such-place", "type": "Feature",
            "properties": { "title": "Tobolsk-on-Mars" }, "names": [], "geometry": null } ] }
        """#
        var fresh = try atlas.importContext()
        let made = LinkedPlacesImport.tables(from: try Self.read(unknown, file: "mars.json"), context: &fresh)
        #expect(Self.rows(made, "place").map { $0["id"]! } == ["tobolsk-on-mars"])
        #expect(Self.rows(made, "place_name").map { $0["name"]! } == ["Tobolsk-on-Mars"])
    }

    @Test func aNullGeometryWithAGeoNamesLinkTakesTheExtractsCoordinates() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = #"""
        { "type": "FeatureCollection", "features": [
          { "@id": "http://mygaz.org/places/p_1", "type": "Feature", "properties": { "title": "Abingdon" },
            "names": [], "geometry": null, "links": [{"type": "closeMatch", "identifier": "gn:2657780"}] },
          { "@id": "http://mygaz.org/places/p_2", "type": "Feature", "properties": { "title": "Nowhere" },
            "names": [], "geometry": null, "links": [{"type": "closeMatch", "identifier": "gn:1"}] },
          { "@id": "http://mygaz.org/places/p_3", "type": "Feature", "properties": { "title": "Also Nowhere" },
            "names": [], "geometry": null },
          { "@id": "http://mygaz.org/places/p_4", "type": "Feature", "properties": { "title": "Twin" },
            "names": [], "geometry": null },
          { "@id": "http://mygaz.org/places/p_5", "type": "Feature", "properties": { "title": "Twin" },
            "names": [], "geometry": null }
        ] }
        """#
        let extract = try GeoNamesExtract(data: Data("""
            # test extract
            2657780	Abingdon	51.67109	-1.28278	GB
            """.utf8), file: "cities.tsv")
        var context = try atlas.importContext()
        let places = Self.rows(LinkedPlacesImport.tables(from: try Self.read(file, file: "null.json"), context: &context,
                                                         geonames: extract), "place")
        #expect(places.map { $0["id"]! } == ["abingdon", "nowhere", "also-nowhere", "twin", "twin-2"])
        #expect(places[0]["latitude"] == "51.67109" && places[0]["longitude"] == "-1.28278")
        #expect(places[0]["coord_source_id"] == "geonames" && places[0]["coord_ref"] == "geonames:2657780")
        #expect(places[0]["coord_note"]?.hasPrefix("from the offline GeoNames extract (Abingdon, GB)") == true)
        #expect(places[1]["latitude"] == "")
        #expect(places[1]["coord_note"] == "unlocated: the Linked Places file gives no geometry for this place; its GeoNames record 1 is not in the offline extract")
        #expect(places[2]["coord_note"] == "unlocated: the Linked Places file gives no geometry for this place")
    }

    @Test func aYearNoIntCanHoldIsNoYear() throws {
        let file = #"""
        { "type": "FeatureCollection", "features": [
          { "@id": "http://mygaz.org/places/p_1", "type": "Feature", "properties": { "title": "Abingdon" },
            "names": [{ "toponym": "Abingdon", "citations": [{"label": "Far future", "year": 1e300}, {"label": "Gazetteer", "year": 1635}] }],
            "geometry": null } ] }
        """#
        let citations = try Self.read(file, file: "year.json").features[0].names[0].citations
        #expect(citations.map(\.year) == [nil, 1635])
    }
}
