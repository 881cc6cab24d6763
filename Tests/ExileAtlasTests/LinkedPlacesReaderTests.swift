import Foundation
import Testing
@testable import ExileAtlas

/// The Linked Places reader on a file shaped like linkedplaces-sample-v1.2.2.geojson of the
/// LPF repository: names with when, a GeometryCollection with certainties, links, relations,
/// a null geometry.
@Suite struct LinkedPlacesReaderTests {
    static let places = #"""
    {
      "type": "FeatureCollection",
      "@context": "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld",
      "features": [
        { "@id": "http://example.org/places/pishpek",
          "type": "Feature",
          "properties": { "title": "Pishpek-Frunze", "ccodes": ["KG"], "fclasses": ["P"] },
          "when": {
            "timespans": [{"start": {"in": "1878"}, "end": {"in": "1991"}}],
            "periods": [{"name": "Soviet period", "@id": "periodo:p0xyz"}],
            "label": "from its founding to independence",
            "certainty": "certain"
          },
          "names": [
            { "toponym": "Pishpek", "lang": "ru",
              "citations": [{"label": "Deutscher (1959)", "year": 1959, "@id": "http://example.org/deutscher"}],
              "when": {"timespans": [{"start": {"in": "1878"}, "end": {"in": "1926"}}]} },
            { "toponym": "Frunze", "lang": "ru",
              "when": {"timespans": [{"start": {"in": "1926"}, "end": {"in": "1991"}}]} },
            { "toponym": "Bishkek", "lang": "ky",
              "when": {"timespans": [{"start": {"in": "1991"}, "end": {"earliest": "1991"}}], "label": "1991/.."} }
          ],
          "types": [
            { "identifier": "aat:300008389", "label": "city",
              "sourceLabels": [{"label": "town", "lang": "en"}] }
          ],
          "geometry": {
            "type": "GeometryCollection",
            "geometries": [
              { "type": "Point", "coordinates": [74.59, 42.87],
                "when": {"timespans": [{"start": {"earliest": "1928-03-01", "latest": "1928-05-31"}}], "label": "1928-21"},
                "citations": [{"label": "GeoNames", "@id": "gn:1528675"}],
                "certainty": "less-certain" },
              { "type": "Point", "coordinates": [74.6, 42.9], "certainty": "certain" },
              { "type": "Polygon", "coordinates": [[[74.5, 42.8], [74.7, 42.8], [74.7, 42.95], [74.5, 42.8]]],
                "certainty": "uncertain" }
            ]
          },
          "links": [
            {"type": "closeMatch", "identifier": "gn:1528675"},
            {"type": "exactMatch", "identifier": "wd:Q9361"},
            {"type": "closeMatch", "identifier": "http://vocab.getty.edu/page/tgn/7013051"},
            {"type": "seeAlso", "identifier": "https://en.wikipedia.org/wiki/Bishkek"}
          ],
          "relations": [
            { "relationType": "gvp:broaderPartitive", "relationTo": "http://example.org/places/kirghizia",
              "label": "part of the Kirghiz ASSR",
              "when": {"timespans": [{"start": {"in": "1926"}, "end": {"in": "1936"}}], "certainty": "uncertain"} },
            { "relationType": "gvp:tgn3000_related_to", "relationTo": "http://example.org/places/alma-ata",
              "label": "linked by road to Alma-Ata" }
          ],
          "descriptions": [{"value": "Trotsky passed through in January 1928.", "lang": "en"}]
        },
        { "@id": "http://example.org/places/kaminsk",
          "type": "Feature",
          "properties": { "title": "Kaminsk" },
          "names": [{ "toponym": "Kaminsk", "citations": [{"label": "AGN, letter 12"}],
                      "when": {"timespans": [{"start": {"latest": "1929-06"}, "end": {"in": "1929-06"}}]} }],
          "geometry": null
        },
        { "@id": "http://example.org/places/alma-ata",
          "type": "Feature",
          "properties": { "title": "Alma-Ata" },
          "when": {"timespans": [{"start": "1928-01-25", "end": {"in": "1929-01-20"}}, {"start": {"in": "1927"}}]},
          "names": [{ "toponym": "Verny" }],
          "geometry": { "type": "Point", "coordinates": [76.9115, 43.25249] },
          "links": [{"type": "closeMatch", "identifier": "https://www.wikidata.org/wiki/Q35493"}]
        }
      ]
    }
    """#

    func problems(_ text: String, file: String = "places.json") -> [DataProblem] {
        do {
            _ = try LinkedPlacesReader.read(data: Data(text.utf8), file: file)
            return []
        } catch {
            guard case let .invalidData(found) = error else { return [] }
            return found
        }
    }
    @Test func readsTheSamplesPlaces() throws {
        let collection = try LinkedPlacesReader.read(data: Data(Self.places.utf8), file: "places.json")
        #expect(collection.context?.hasSuffix("linkedplaces-context-v1.1.jsonld") == true)
        #expect(collection.features.map(\.id) == ["http://example.org/places/pishpek", "http://example.org/places/kaminsk",
                                                   "http://example.org/places/alma-ata"])
        let pishpek = collection.features[0]
        #expect(pishpek.title == "Pishpek-Frunze")
        #expect(pishpek.ccodes == ["KG"])
        #expect(pishpek.fclasses == ["P"])
        #expect(pishpek.position == position(of: "{ \"@id\": \"http://example.org/places/pishpek\"", in: Self.places))
        #expect(pishpek.when?.edtf == "1878/1991")
        #expect(pishpek.when?.periods == [LPFPeriod(name: "Soviet period", id: "periodo:p0xyz")])
        #expect(pishpek.when?.certainty == .certain)
        #expect(pishpek.types.first?.identifier == "aat:300008389")
        #expect(pishpek.types.first?.sourceLabels == ["town"])
        #expect(pishpek.descriptions == ["Trotsky passed through in January 1928."])
    }

    @Test func readsNamesWithTheirTime() throws {
        let collection = try LinkedPlacesReader.read(data: Data(Self.places.utf8), file: "places.json")
        let names = collection.features[0].names
        #expect(names.map(\.toponym) == ["Pishpek", "Frunze", "Bishkek"])
        #expect(names.map { $0.when?.edtf } == ["1878/1926", "1926/1991", "1991/.."])
        #expect(names[0].lang == "ru")
        #expect(names[0].citations == [LPFCitation(label: "Deutscher (1959)", year: 1959, id: "http://example.org/deutscher")])
        #expect(names[2].position == position(of: "{ \"toponym\": \"Bishkek\"", in: Self.places))
        // An unknown start before a known end.
        #expect(collection.features[1].names[0].when?.edtf == "/1929-06")
        // A start written as a bare string (as in LPF's README); several timespans: their hull.
        let almaAta = collection.features[2]
        #expect(almaAta.when?.timespans == ["1928-01-25/1929-01-20", "1927"])
        #expect(almaAta.when?.edtf == "1927/1929-01-20")
    }

    @Test func readsGeometryWithCertainty() throws {
        let collection = try LinkedPlacesReader.read(data: Data(Self.places.utf8), file: "places.json")
        let geometry = try #require(collection.features[0].geometry)
        #expect(geometry.type == "GeometryCollection")
        #expect(geometry.shapes.map(\.type) == ["Point", "Point", "Polygon"])
        #expect(geometry.shapes.map(\.certainty) == [.lessCertain, .certain, .uncertain])
        #expect(geometry.shapes[0].point == LPFPoint(latitude: 42.87, longitude: 74.59))
        #expect(geometry.shapes[0].citations.first?.id == "gn:1528675")
        // The label 1928-21 (spring) has the bounds of the timespan, so it is the EDTF.
        #expect(geometry.shapes[0].when?.edtf == "1928-21")
        #expect(geometry.shapes[2].southWest == LPFPoint(latitude: 42.8, longitude: 74.5))
        #expect(geometry.shapes[2].northEast == LPFPoint(latitude: 42.95, longitude: 74.7))
        // The most certain point is the feature's point.
        #expect(collection.features[0].point?.point == LPFPoint(latitude: 42.9, longitude: 74.6))
        #expect(collection.features[1].geometry == nil)
        #expect(collection.features[1].point == nil)
        #expect(collection.features[2].point?.point == LPFPoint(latitude: 43.25249, longitude: 76.9115))
        #expect(collection.features[2].geometry?.type == "Point")
    }

    @Test func readsLinksAsAuthorityURIsAndRelationsAsParents() throws {
        let collection = try LinkedPlacesReader.read(data: Data(Self.places.utf8), file: "places.json")
        let pishpek = collection.features[0]
        #expect(pishpek.authorityURIs == ["http://www.geonames.org/1528675", "http://www.wikidata.org/entity/Q9361",
                                          "http://vocab.getty.edu/tgn/7013051"])
        #expect(pishpek.links.last == LPFLink(type: "seeAlso", identifier: "https://en.wikipedia.org/wiki/Bishkek",
                                              position: position(of: "{\"type\": \"seeAlso\"", in: Self.places)))
        #expect(pishpek.parents.map(\.to) == ["http://example.org/places/kirghizia"])
        #expect(pishpek.parents.first?.label == "part of the Kirghiz ASSR")
        // certainty "uncertain" marks both ends.
        #expect(pishpek.parents.first?.when?.edtf == "1926?/1936?")
        #expect(pishpek.relations.count == 2)
        #expect(collection.features[2].authorityURIs == ["http://www.wikidata.org/entity/Q35493"])
    }

    @Test func notesFeaturesWithoutWhen() throws {
        let text = Self.places.replacingOccurrences(of: #""names": [{ "toponym": "Verny" }],"#, with: #""names": [{ "toponym": "Verny" }], "x": 1,"#)
            .replacingOccurrences(of: #""when": {"timespans": [{"start": "1928-01-25", "end": {"in": "1929-01-20"}}, {"start": {"in": "1927"}}]},"#, with: "")
        let collection = try LinkedPlacesReader.read(data: Data(text.utf8), file: "places.json")
        #expect(collection.notes.count == 1)
        let note = try #require(collection.notes.first)
        let at = position(of: "{ \"@id\": \"http://example.org/places/alma-ata\"", in: text)
        #expect((note.line, note.column) == (at.line, at.column))
        #expect(note.message.hasPrefix("features[2] (@id http://example.org/places/alma-ata): no when anywhere"))
    }

    @Test func refusesBadDatesAtTheirValue() {
        let text = Self.places.replacingOccurrences(of: #""end": {"in": "1926"}}]} },"#, with: #""end": {"in": "1926-13"}}]} },"#)
        let found = problems(text)
        #expect(found.count == 1)
        let problem = found[0]
        let at = position(of: "\"1926-13\"", in: text)
        #expect((problem.line, problem.column) == (at.line, at.column))
        #expect(problem.message.hasPrefix("features[0] (@id http://example.org/places/pishpek): names[0].when.timespans[0].end.in: \"1926-13\" is not a date"))
        #expect(problem.description.hasPrefix("places.json:\(at.line):\(at.column): "))

        let backwards = Self.places.replacingOccurrences(of: #"{"start": {"in": "1926"}, "end": {"in": "1991"}}"#,
                                                         with: #"{"start": {"in": "1991"}, "end": {"in": "1926"}}"#)
        let reversed = problems(backwards)
        #expect(reversed.count == 1)
        #expect(reversed.first?.message.contains("names[1].when.timespans[0]: the timespan amounts to 1991/1926") == true)
    }

    @Test func refusesWhatIsNotAPlace() {
        // Coordinates swapped, a missing @id, a bad certainty, a relation without relationTo.
        let swapped = Self.places.replacingOccurrences(of: "[76.9115, 43.25249]", with: "[43.25249, 176.9115]")
        let found = problems(swapped)
        #expect(found.count == 1)
        #expect(found.first?.line == position(of: "[43.25249, 176.9115]", in: swapped).line)
        #expect(found.first?.message.contains("features[2] (@id http://example.org/places/alma-ata): geometry.coordinates: [43.25249, 176.9115] is not on the globe") == true)
        #expect(found.first?.message.contains("swapped") == true)

        let noID = Self.places.replacingOccurrences(of: #""@id": "http://example.org/places/kaminsk","#, with: "")
        #expect(problems(noID).first?.message.hasPrefix("features[1]: @id: a feature needs an @id") == true)

        let certainty = Self.places.replacingOccurrences(of: #""certainty": "less-certain""#, with: #""certainty": "probable""#)
        let bad = problems(certainty)
        #expect(bad.count == 1)
        #expect(bad.first?.message.contains("geometry.geometries[0].certainty: certainty must be") == true)
        #expect(bad.first?.column == position(of: "\"probable\"", in: certainty).column)

        let relation = Self.places.replacingOccurrences(of: #""relationTo": "http://example.org/places/alma-ata","#, with: "")
        #expect(problems(relation).first?.message.contains("relations[1].relationTo: a relation needs a relationTo") == true)

        let duplicate = Self.places.replacingOccurrences(of: "http://example.org/places/kaminsk", with: "http://example.org/places/pishpek")
        #expect(problems(duplicate).first?.message.contains("is also the @id of the feature at 5:5") == true)

        #expect(problems(#"{"type": "Feature", "features": []}"#).first?.message.contains("FeatureCollection") == true)
        #expect(problems("[]").first?.message.contains("not a FeatureCollection") == true)
    }

    @Test func refusesBrokenJSONAtItsPosition() {
        let truncated = String(Self.places.prefix(upTo: Self.places.range(of: "\"geometry\": null")!.lowerBound))
        let found = problems(truncated)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("not valid JSON: the JSON ends inside an object (opened at") == true)
        #expect(found.first?.line == truncated.filter { $0 == "\n" }.count + 1)

        let comma = Self.places.replacingOccurrences(of: #""ccodes": ["KG"], "fclasses""#, with: #""ccodes": ["KG"] "fclasses""#)
        let missing = problems(comma)
        let at = position(of: "\"fclasses\"", in: comma)
        #expect((missing.first?.line, missing.first?.column) == (at.line, at.column))
        #expect(missing.first?.message == "not valid JSON: a , or } expected after a member of the object opened at \(position(of: "{ \"title\": \"Pishpek-Frunze\"", in: comma))")
    }

    @Test func recognisesAFeatureCollection() {
        #expect(LinkedPlacesReader.recognises(Data(Self.places.utf8)))
        #expect(!LinkedPlacesReader.recognises(Data("<TEI/>".utf8)))
    }
}

/// The position-keeping JSON parser agrees with JSONSerialization on values and says where
/// each value starts.
@Suite struct LocatedJSONTests {
    @Test func readsValuesWithPositions() throws {
        let text = "{\n  \"a\": [1, -2.5e3, \"x\\u00e9\\ud83d\\ude00\\n\"],\n  \"é\": {\"b\": null, \"c\": true}\n}"
        let root = try LocatedJSON.parse(Array(text.utf8))
        #expect(root.position == TextPosition(line: 1, column: 1))
        let a = try #require(root["a"]?.array)
        #expect(a[0].number == 1)
        #expect(a[1].number == -2500)
        #expect(a[2].string == "xé😀\n")
        #expect(a[1].position == TextPosition(line: 2, column: 12))
        #expect(root["é"]?["c"]?.position == TextPosition(line: 3, column: 25))
        #expect(root.members?[1].keyPosition == TextPosition(line: 3, column: 3))
        #expect(root["é"]?["b"]?.isNull == true)
        #expect(root.members?.map(\.key) == ["a", "é"])
    }

    @Test func refusesWhatIsNotJSON() {
        let cases: [(String, TextPosition, String)] = [
            ("{\"a\": 01}", TextPosition(line: 1, column: 7), "may not start with 0"),
            ("{\"a\": 1, \"a\": 2}", TextPosition(line: 1, column: 10), "appears twice"),
            ("{\"a\": tru}", TextPosition(line: 1, column: 7), "did you mean true"),
            ("{\"a\": \"x\ny\"}", TextPosition(line: 1, column: 9), "control character"),
            ("[1, 2", TextPosition(line: 1, column: 6), "the file is truncated"),
            ("{} {}", TextPosition(line: 1, column: 4), "more text after the end"),
            ("{\"a\": \"\\q\"}", TextPosition(line: 1, column: 8), "an escape JSON does not have"),
        ]
        for (text, position, words) in cases {
            do {
                _ = try LocatedJSON.parse(Array(text.utf8))
                Issue.record("\(text) was read")
            } catch {
                #expect(error.position == position, "\(text): \(error.message)")
                #expect(error.message.contains(words), "\(text): \(error.message)")
            }
        }
    }

    @Test func agreesWithJSONSerializationOnTheSample() throws {
        let data = Data(LinkedPlacesReaderTests.places.utf8)
        let located = try LocatedJSON.parse(Array(data))
        let reference = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let features = reference["features"] as! [[String: Any]]
        #expect(located["features"]?.array?.count == features.count)
        for (mine, theirs) in zip(located["features"]!.array!, features) {
            #expect(mine["@id"]?.string == theirs["@id"] as? String)
            #expect(mine["names"]?.array?.count == (theirs["names"] as? [Any])?.count)
        }
    }
}

/// Cut anywhere, a Linked Places file is refused with a located problem, never a crash.
@Suite struct LinkedPlacesTruncationTests {
    @Test func everyCutIsRefused() {
        let bytes = Array(LinkedPlacesReaderTests.places.utf8)
        for cut in stride(from: 1, to: bytes.count - 2, by: 23) {
            do {
                _ = try LinkedPlacesReader.read(data: Data(bytes[..<cut]), file: "cut.json")
                Issue.record("a file cut at byte \(cut) was read")
            } catch {
                guard case let .invalidData(problems) = error, let problem = problems.first else { Issue.record("\(error)"); continue }
                #expect(problem.message.hasPrefix("not valid JSON"), "cut at \(cut): \(problem)")
                #expect(problem.line >= 1 && problem.column >= 1, "cut at \(cut): \(problem)")
            }
        }
    }
}
