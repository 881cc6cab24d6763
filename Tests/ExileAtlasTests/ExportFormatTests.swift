import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ExileAtlas

private let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
private let awkward = #"Trotsky & "Sedova" <Алма-Ата> Astrakán"#

private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

/// Reads XML back and returns the elements an XPath finds (namespaces ignored by local-name()).
private func nodes(_ data: Data, _ xpath: String) throws -> [XMLNode] {
    try XMLDocument(data: data).nodes(forXPath: xpath)
}

/// The values of an attribute on the elements an XPath finds (read by XPath too: FoundationXML
/// on Linux does not look attributes up by name on elements in a default namespace).
private func values(_ data: Data, _ xpath: String, _ name: String) throws -> [String?] {
    try nodes(data, "\(xpath)/@\(name)").map(\.stringValue)
}

/// The ends of EDTF dates in the shapes ISO-only formats take.
@Suite struct DateEndpointTests {
    @Test func plainEndsKeepTheirTextAndOthersTheirDays() {
        let span = date("1928-04/1928-21")
        #expect(span.start?.plain == "1928-04")
        #expect(span.end?.plain == nil)                     // spring is not ISO 8601-1
        #expect(span.end?.latest.iso == "1928-05-31")
        #expect(date("1928-05~").start?.plain == "1928-05")
        #expect(date("1928-05~").start?.qualifier == "~")
        #expect(date("192X").start?.plain == nil)
        #expect(date("192X").start?.earliest.iso == "1920-01-01")
        #expect(date("1928-01-25T03:00").start?.plain == "1928-01-25")
    }

    @Test func openAndUnknownEndsAreMissing() {
        #expect(date("../1926").start == nil)
        #expect(date("../1926").end?.plain == "1926")
        #expect(date("1929-01-22/..").end == nil)
        #expect(date("/1928").start == nil)
        #expect(date("1928/").end == nil)
    }
}

/// CMIF: dates mapped from EDTF as CMIF 1.0 allows, escaping, empty selections.
@Suite struct CMIFTests {
    private func dateAttributes(_ text: String, batch: Bool = false) -> [String: String] {
        let action = XMLElement(name: "correspAction")
        CMIF.date(action, date(text), batch: batch)
        let element = action.elements(forName: "date").first!
        return Dictionary(uniqueKeysWithValues: (element.attributes ?? []).map { ($0.name!, $0.stringValue!) })
    }

    @Test func datesMapToWhenNotBeforeNotAfterOrFromTo() {
        #expect(dateAttributes("1928-05") == ["when": "1928-05"])
        #expect(dateAttributes("1928-12-16") == ["when": "1928-12-16"])
        #expect(dateAttributes("1928-01-17/1928-01-21") == ["notBefore": "1928-01-17", "notAfter": "1928-01-21"])
        #expect(dateAttributes("1928-06/1928-09", batch: true) == ["from": "1928-06", "to": "1928-09"])
        #expect(dateAttributes("1928-05~") == ["when": "1928-05", "cert": "low"])
        #expect(dateAttributes("../1928-06") == ["notAfter": "1928-06"])
        #expect(dateAttributes("1928-21") == ["notBefore": "1928-03-01", "notAfter": "1928-05-31"])
        #expect(dateAttributes("192X") == ["notBefore": "1920-01-01", "notAfter": "1929-12-31"])
    }

    private func document(_ letters: [Letter]) -> Data {
        let people = ["a": Person(id: "a", name: awkward, kind: .individual,
                                  evidence: Evidence(sourceID: "ref", locator: "wikidata:Q33391")),
                      "b": Person(id: "b", name: "Mikhail Kalinin", kind: .individual, evidence: evidence),
                      "c": Person(id: "c", name: "the exile colonies", kind: .group, evidence: evidence),
                      "u": Person(id: "u", name: "un amigo", kind: .unnamed, evidence: evidence)]
        let authorities = AuthorityIDs([
            AuthorityID(entity: .person, entityID: "a", uri: "http://www.wikidata.org/entity/Q33391"),
            AuthorityID(entity: .person, entityID: "a", uri: "http://d-nb.info/gnd/118623761"),
            AuthorityID(entity: .place, entityID: "p", uri: "http://www.geonames.org/1526384"),
        ])
        let places = PlaceIndex(places: [Place(id: "p", name: "Alma Ata", kind: .city,
                                               coordinate: Coordinate(latitude: 43.2525, longitude: 76.9115),
                                               coordinateReference: "geonames:1526384", evidence: evidence)], names: [])
        let sources = [Source(id: "s", kind: .text, title: "El profeta desarmado", citation: "Deutscher, \"Un año\" & more"),
                       Source(id: "1959", kind: .text, title: "Unused")]
        let header = CMIF.Header(url: "https://example.org/letters.xml", created: Date(timeIntervalSince1970: 0))
        return CMIF.document(letters: letters, people: people, places: places, sources: sources, authorities: authorities,
                             place: { _, party in party.placeID }, header: header)
    }

    @Test func escapesNamesAndKeepsOnlyDatedLetters() throws {
        let letters = [
            Letter(id: "l1", kind: .letter, date: date("1928-05"), senderID: "a", senderPlaceID: "p",
                   recipientNote: "sus críticos & \"amigos\"", evidence: evidence),
            Letter(id: "l2", kind: .letter, senderID: "a", recipientID: "a", evidence: evidence),
        ]
        let data = document(letters)
        let descriptions = try nodes(data, "//*[local-name()='correspDesc']")
        #expect(descriptions.count == 1)
        #expect(try values(data, "//*[local-name()='correspDesc']", "source") == ["#" + CMIF.bibliographicID("s")])
        let sender = try nodes(data, "//*[local-name()='correspAction'][@type='sent']/*[local-name()='persName']")
        #expect(sender.first?.stringValue == awkward)
        // GND before Wikidata, as CMIF recommends.
        #expect(try values(data, "//*[local-name()='correspAction'][@type='sent']/*[local-name()='persName']", "ref")
                == ["http://d-nb.info/gnd/118623761 http://www.wikidata.org/entity/Q33391"])
        #expect(try values(data, "//*[local-name()='placeName']", "ref") == ["http://www.geonames.org/1526384"])
        // The source's words for an addressee are no name: Unknown, with the words in a note.
        let addressee = try nodes(data, "//*[local-name()='correspAction'][@type='received']/*[local-name()='persName']")
        #expect(addressee.first?.stringValue == "Unknown")
        #expect(try nodes(data, "//*[local-name()='correspAction'][@type='received']/*[local-name()='note']").first?.stringValue
                == "Named in the source only as: sus críticos & \"amigos\"")
        #expect(try nodes(data, "//*[local-name()='orgName']").isEmpty)
        let bibl = try nodes(data, "//*[local-name()='bibl']")
        #expect(bibl.count == 1)   // only the cited source
        #expect(bibl.first?.stringValue == "Deutscher, \"Un año\" & more")
        #expect(try values(data, "//*[local-name()='bibl']", "xml:id") == [CMIF.bibliographicID("s")])
        #expect(try values(data, "//*[local-name()='licence']", "target") == ["https://creativecommons.org/licenses/by/4.0/"])
        #expect(try values(data, "//*[local-name()='publicationStmt']/*[local-name()='date']", "when") == ["1970-01-01T00:00:00Z"])
    }

    @Test func noLettersStillMakeAWholeHeader() throws {
        let data = document([])
        #expect(try nodes(data, "//*[local-name()='correspDesc']").isEmpty)
        #expect(try nodes(data, "//*[local-name()='idno'][@type='url']").first?.stringValue == "https://example.org/letters.xml")
        #expect(try nodes(data, "//*[local-name()='profileDesc']").count == 1)
    }

    /// One `correspDesc` per letter with all its parties; a group is an `orgName`; an unnamed
    /// person is Unknown; uncertain and inferred identifications carry CMIF 1.1's marks.
    @Test func severalPartiesGroupsAndCertainties() throws {
        let letter = Letter(id: "t", kind: .telegram, date: date("1928-01-17/1928-01-21"),
                            senders: [LetterParty(role: .sender, personID: "a", placeID: "p")],
                            addressees: [LetterParty(role: .addressee, personID: "b", certainty: .uncertain),
                                         LetterParty(role: .addressee, position: 2, personID: "c", certainty: .inferred),
                                         LetterParty(role: .addressee, position: 3, personID: "u")],
                            evidence: evidence)
        let data = document([letter])
        #expect(try nodes(data, "//*[local-name()='correspDesc']").count == 1)
        let received = "//*[local-name()='correspAction'][@type='received']"
        #expect(try nodes(data, received + "/*[local-name()='persName']").map(\.stringValue) == ["Mikhail Kalinin", "Unknown"])
        #expect(try values(data, received + "/*[local-name()='persName'][1]", "cert") == ["low"])
        #expect(try nodes(data, received + "/*[local-name()='orgName']").first?.stringValue == "the exile colonies")
        #expect(try values(data, received + "/*[local-name()='orgName']", "evidence") == ["conjecture"])
        #expect(try nodes(data, received + "/*[local-name()='note']").first?.stringValue == "Named in the source only as: un amigo")
    }

    /// Bibl ids: RFC 4122 version-5 UUIDs (checked against Python's uuid.uuid5), stable, and
    /// beginning with a letter so that they are valid `xml:id`s.
    @Test func bibliographicIDsAreStableUUIDsThatBeginWithALetter() {
        #expect(UUIDv5.make(name: "python.org", namespace: UUIDv5.dns) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(UUIDv5.make(name: "www.example.com", namespace: UUIDv5.dns) == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        for source in ["deutscher-1959", "agn-mexico", "1959-deutscher", "s", "geonames"] {
            let id = CMIF.bibliographicID(source)
            #expect(id == CMIF.bibliographicID(source))
            #expect(id.first?.isLetter == true)
            #expect(id.range(of: #"^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#, options: .regularExpression) != nil)
        }
        #expect(CMIF.bibliographicID("deutscher-1959") != CMIF.bibliographicID("agn-mexico"))
    }
}

/// KML: dated layers, escaping, colours, an empty selection.
@Suite struct KMLTests {
    private let places = PlaceIndex(
        places: [Place(id: "astrakhan", name: awkward, kind: .city,
                       coordinate: Coordinate(latitude: 46.3497, longitude: 48.0408), evidence: evidence)],
        names: [PlaceName(placeID: "astrakhan", name: "Астрахань", language: "ru", kind: .official, evidence: evidence)])

    @Test func placesAndExilesAreDatedAndEscaped() throws {
        let exiles = [
            Exile(id: "e1", personID: "rakovsky", placeID: "astrakhan", period: date("1928-01/1928-10"), evidence: evidence),
            Exile(id: "e2", personID: "rakovsky", placeID: "astrakhan", period: date("1928-05"), evidence: evidence),
            Exile(id: "e3", personID: "rakovsky", placeID: "nowhere", period: date("1928"), evidence: evidence),
        ]
        let data = KML.document(places: places, exiles: exiles, people: ["rakovsky": "Christian Rakovsky"], itineraries: [])
        let names = try nodes(data, "//*[local-name()='Placemark'][@id='place-astrakhan']/*[local-name()='name']")
        #expect(names.first?.stringValue == awkward)
        let description = try nodes(data, "//*[local-name()='Placemark'][@id='place-astrakhan']/*[local-name()='description']")
        #expect(description.first?.stringValue?.contains("Астрахань") == true)
        let span = try nodes(data, "//*[local-name()='Placemark'][@id='exile-e1']/*[local-name()='TimeSpan']/*")
        #expect(span.map { $0.stringValue } == ["1928-01", "1928-10"])
        let stamp = try nodes(data, "//*[local-name()='Placemark'][@id='exile-e2']/*[local-name()='TimeStamp']/*[local-name()='when']")
        #expect(stamp.first?.stringValue == "1928-05")
        #expect(try nodes(data, "//*[local-name()='Placemark'][@id='exile-e3']").isEmpty)   // unlocated
        let point = try nodes(data, "//*[local-name()='Placemark'][@id='place-astrakhan']//*[local-name()='coordinates']")
        #expect(point.first?.stringValue == "48.0408,46.3497")   // longitude first
    }

    @Test func nothingSelectedIsStillAValidDocument() throws {
        let data = KML.document(places: PlaceIndex(places: [], names: []), exiles: [], people: [:], itineraries: [])
        #expect(try nodes(data, "//*[local-name()='Folder']").count == 3)
        #expect(try nodes(data, "//*[local-name()='Placemark']").isEmpty)
    }

    @Test func coloursAreWrittenAlphaBlueGreenRed() {
        #expect(KML.kmlColor("#b2182b") == "ff2b18b2")
        #expect(LegStyle(modes: [.sleigh, .rail]).family == "snow-foot")   // the first mode decides
        #expect(LegStyle(modes: []).family == "unknown")
    }
}

/// GEXF: spells merged per edge, positions, attributes.
@Suite struct GEXFTests {
    @Test func overlappingAndTouchingDatesMergeIntoOneSpell() {
        let spells = GEXF.mergedSpells([date("1928-05"), date("1928-01-17/1928-01-21"),
                                        date("1928-01-20/1928-01-31"), date("1928-02-01")])
        #expect(spells.map { [$0.start?.iso, $0.end?.iso] } == [["1928-01-17", "1928-02-01"], ["1928-05-01", "1928-05-31"]])
        let open = GEXF.mergedSpells([date("1929-01-22/..")])
        #expect(open.first?.start?.iso == "1929-01-22" && open.first?.end == nil)
    }

    @Test func edgesCarrySpellsAndNodesPositions() throws {
        let letters = [
            Letter(id: "1", kind: .letter, date: date("1928-05"), senderID: "a", recipientID: "b", evidence: evidence),
            Letter(id: "2", kind: .telegram, date: date("1928-06-01"), senderID: "a", recipientID: "b", evidence: evidence),
            Letter(id: "3", kind: .letter, senderID: "b", recipientID: "a", evidence: evidence),
        ]
        let network = CorrespondenceGraph(letters: letters, contacts: [], exiles: [], tallies: [], by: .person)
        let dates = Dictionary(uniqueKeysWithValues: letters.map { ($0.id, $0.date) })
        let data = GEXF.document(network, node: { id in
            NetworkNode(id: id, label: id == "a" ? awkward : id, kind: .person, placeName: "Alma Ata",
                        coordinate: id == "a" ? Coordinate(latitude: 43.2525, longitude: 76.9115) : nil)
        }, period: { dates[$0] ?? nil }, created: Date(timeIntervalSince1970: 0))
        #expect(try values(data, "//*[local-name()='graph']", "mode") == ["dynamic"])
        #expect(try values(data, "//*[local-name()='graph']", "timerepresentation") == ["interval"])
        #expect(try values(data, "//*[local-name()='node'][@id='a']", "label") == [awkward])
        let position = "//*[local-name()='node'][@id='a']/*[local-name()='position']"
        #expect(try values(data, position, "x") == ["76.9115"] && values(data, position, "y") == ["43.2525"])
        let spell = "//*[local-name()='edge'][@source='a']//*[local-name()='spell']"
        #expect(try values(data, spell, "start") == ["1928-05-01"] && values(data, spell, "end") == ["1928-06-01"])
        #expect(try nodes(data, "//*[local-name()='edge'][@source='b']//*[local-name()='spell']").isEmpty)   // undated
        #expect(try values(data, "//*[local-name()='edge'][@source='a']//*[local-name()='attvalue']", "for")
                == ["count_letter", "count_telegram"])
        #expect(try values(data, "//*[local-name()='edge'][@source='a']", "weight") == ["2.0"])
        #expect(try values(data, "//*[local-name()='meta']", "lastmodifieddate") == ["1970-01-01"])
        // The GEXF 1.3 RELAX NG allows no attribute on <gexf> but version and variant.
        #expect(try nodes(data, "/*/@*").map(\.name) == ["version"])
        #expect(try nodes(data, "//*[local-name()='position']").allSatisfy { $0.uri == "http://gexf.net/1.3/viz" })
    }
}

/// Linked Places: dated names, citations, links, unlocated places.
@Suite struct LinkedPlacesTests {
    private func span(_ text: String) throws -> [String: Any] {
        let data = try JSONEncoder().encode(LinkedPlaces.when(date(text)))
        let when = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require((when["timespans"] as? [[String: Any]])?.first)
    }

    @Test func periodsBecomeTimespans() throws {
        let closed = try span("1926/1991")
        #expect((closed["start"] as? [String: String]) == ["in": "1926"])
        #expect((closed["end"] as? [String: String]) == ["in": "1991"])
        let openStart = try span("../1926")
        #expect((openStart["start"] as? [String: String]) == ["latest": "1926"])
        let openEnd = try span("1991/..")
        #expect((openEnd["end"] as? [String: String]) == ["earliest": "1991"])
        let season = try span("1928-21")
        #expect((season["start"] as? [String: String]) == ["earliest": "1928-03-01", "latest": "1928-05-31"])
        #expect(season["end"] == nil)   // a single date: the timespan is the start itself
        // ISO 8601 has no `~`: the month is written plain and the when says it is less certain
        // (WHG's dateString pattern refuses "1928-05~").
        #expect((try span("1928-05~")["start"] as? [String: String]) == ["in": "1928-05"])
        #expect(LinkedPlaces.when(date("1928-05~"))?.certainty == "less-certain")
        #expect(LinkedPlaces.when(date("1928-05"))?.certainty == nil)
    }

    @Test func aFeatureSpansItsDatesFromTheEarliestStartToTheLatestEnd() throws {
        let when = try #require(LinkedPlaces.span([date("1928-10-15"), date("1928-05"), date("1928-01-17/1928-01-21"),
                                                  date("1929-01-22/..")], label: "what the atlas dates here"))
        #expect(when.timespans == [LinkedPlaces.Timespan(start: LinkedPlaces.Bound(in: "1928-01-17"),
                                                          end: LinkedPlaces.Bound(in: "1928-10-15"))])
        #expect(when.certainty == nil && when.label == "what the atlas dates here")
        // A season keeps its days; one date is a timespan with no end; an approximate end is less certain.
        let season = try #require(LinkedPlaces.span([date("1928-21")], label: ""))
        #expect(season.timespans == [LinkedPlaces.Timespan(start: LinkedPlaces.Bound(earliest: "1928-03-01", latest: "1928-05-31"))])
        #expect(LinkedPlaces.span([date("1926/1929~")], label: "")?.certainty == "less-certain")
        // Nothing with a known end: no span (the caller falls back).
        #expect(LinkedPlaces.span([], label: "") == nil)
        // Only an open end known: the span ends there and starts no later.
        #expect(LinkedPlaces.span([date("../1926")], label: "")?.timespans
                == [LinkedPlaces.Timespan(start: LinkedPlaces.Bound(latest: "1926"), end: LinkedPlaces.Bound(in: "1926"))])
    }

    @Test func everyFeatureHasAWhenOfItsDatesItsNamesItsRoutesOrTheWholeRecord() throws {
        let index = PlaceIndex(places: [
            Place(id: "alma-ata", name: "Alma Ata", kind: .city, coordinate: Coordinate(latitude: 43.2525, longitude: 76.9115),
                  evidence: evidence),
            Place(id: "house", name: "the house", kind: .house, parentID: "alma-ata", evidence: evidence),
            Place(id: "frunze", name: "Pishpek-Frunze", kind: .city, evidence: evidence),
            Place(id: "arys", name: "Arys", kind: .station, evidence: evidence),
            Place(id: "steppes", name: "the Ukrainian steppes", kind: .region, evidence: evidence),
        ], names: [
            PlaceName(placeID: "frunze", name: "Frunze", language: "en", kind: .official, period: date("1926/1991"), evidence: evidence),
        ])
        let exiles = [Exile(id: "1", personID: "trotsky", placeID: "house", period: date("1928-01-25/1929-01-22"), evidence: evidence)]
        let letters = [Letter(id: "l", kind: .letter, date: date("1928-12-16"), senderID: "x", senderPlaceID: "alma-ata",
                              recipientID: "trotsky", evidence: evidence)]
        let railway = TransportLink(id: "r", fromPlaceID: "arys", toPlaceID: "tashkent", mode: .rail, lengthKm: 167,
                                    valid: date("1906/.."), evidence: evidence)
        let dates = PlaceDates(exiles: exiles, attestations: [], letters: letters, legs: [], tallies: [], contacts: [],
                               links: [railway], placement: Placement(exiles: exiles), parents: ["house": "alma-ata"])
        #expect(dates.dates(at: "house").map(\.edtf).sorted() == ["1928-01-25/1929-01-22", "1928-12-16"])
        #expect(dates.dates(at: "alma-ata").count == 3)   // the house's exile and letter, and the letter from the city
        #expect(dates.dates(at: "arys").isEmpty && dates.routes(at: "arys").map(\.edtf) == ["1906/.."])
        let data = try LinkedPlaces.document(places: index, sources: [], dates: dates.dates(at:), routes: dates.routes(at:))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(root["features"] as? [[String: Any]])
        func when(_ id: String) throws -> [String: Any] {
            let feature = try #require(features.first { $0["@id"] as? String == "urn:exile-atlas:place:\(id)" })
            return try #require(feature["when"] as? [String: Any])
        }
        func timespan(_ id: String) throws -> [String: [String: String]] {
            try #require((try when(id)["timespans"] as? [[String: [String: String]]])?.first)
        }
        #expect(features.count == 5 && features.allSatisfy { $0["when"] != nil })
        #expect(try timespan("alma-ata") == ["start": ["in": "1928-01-25"], "end": ["in": "1929-01-22"]])
        #expect(try when("alma-ata")["label"] as? String == "what the atlas dates here")
        #expect(try timespan("frunze") == ["start": ["in": "1926"], "end": ["in": "1991"]])
        #expect(try when("frunze")["label"] as? String == "the span of its dated names")
        // A junction dated only by its railway: open from 1906, the end unknown.
        #expect(try timespan("arys") == ["start": ["in": "1906"], "end": ["earliest": "1906"]])
        #expect(try when("arys")["label"] as? String == "the transport links through it")
        // Nothing dated at all: the span of the whole record, and uncertain.
        #expect(try timespan("steppes") == ["start": ["in": "1928-01-25"], "end": ["in": "1929-01-22"]])
        #expect(try when("steppes")["certainty"] as? String == "uncertain")
    }

    @Test func featuresCarryNamesCitationsAndLinks() throws {
        let sources = [Source(id: "geonames", kind: .reference, title: "GeoNames", url: "https://www.geonames.org/"),
                       Source(id: "s", kind: .text, title: awkward)]
        let index = PlaceIndex(places: [
            Place(id: "frunze", name: "Pishpek-Frunze", kind: .city, coordinate: Coordinate(latitude: 42.87, longitude: 74.59),
                  coordinateSourceID: "geonames", coordinateReference: "geonames:1528675", evidence: evidence),
            Place(id: "house", name: "a house", kind: .house, parentID: "frunze", evidence: evidence),
        ], names: [
            PlaceName(placeID: "frunze", name: "Frunze", language: "en", kind: .official, period: date("1926/1991"),
                      evidence: Evidence(sourceID: "s", locator: "wikidata:Q9361")),
        ])
        let data = try LinkedPlaces.document(places: index, sources: sources)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["@context"] as? String == LinkedPlaces.context)
        let features = try #require(root["features"] as? [[String: Any]])
        let frunze = try #require(features.first { $0["@id"] as? String == "urn:exile-atlas:place:frunze" })
        let names = try #require(frunze["names"] as? [[String: Any]])
        #expect(names.map { $0["toponym"] as? String } == ["Pishpek-Frunze", "Frunze"])
        let citation = try #require((names[1]["citations"] as? [[String: String]])?.first)
        #expect(citation["label"] == awkward + ", wikidata:Q9361")
        let links = try #require(frunze["links"] as? [[String: String]])
        #expect(links.map { $0["identifier"] } == ["http://www.geonames.org/1528675", "http://www.wikidata.org/entity/Q9361"])
        let geometry = try #require(frunze["geometry"] as? [String: Any])
        let point = try #require((geometry["geometries"] as? [[String: Any]])?.first)
        #expect(point["coordinates"] as? [Double] == [74.59, 42.87])
        #expect(point["certainty"] as? String == "certain")
        #expect(((point["citations"] as? [[String: String]])?.first)?["@id"] == "http://www.geonames.org/1528675")
        let house = try #require(features.first { $0["@id"] as? String == "urn:exile-atlas:place:house" })
        #expect(house["geometry"] is NSNull)   // present and null: valid GeoJSON for an unlocated place
        #expect((house["relations"] as? [[String: String]])?.first?["relationTo"] == "urn:exile-atlas:place:frunze")
        #expect(house["types"] == nil)   // no AAT term for a house in WHG's subset
        // Without the atlas's dates, Frunze is dated by its names; the house by nothing at all,
        // and an atlas that dates nothing has no span to give it.
        #expect((frunze["when"] as? [String: Any])?["label"] as? String == "the span of its dated names")
        #expect(house["when"] == nil)
    }
}

/// Where people and unlocated places stand on a map.
@Suite struct NetworkNodeTests {
    @Test func peopleStandAtTheirExileAndPlacesAtTheirParent() {
        let index = PlaceIndex(places: [
            Place(id: "alma-ata", name: "Alma Ata", kind: .city, coordinate: Coordinate(latitude: 43.2525, longitude: 76.9115), evidence: evidence),
            Place(id: "house", name: "the house", kind: .house, parentID: "alma-ata", evidence: evidence),
            Place(id: "astrakhan", name: "Astrakhan", kind: .city, coordinate: Coordinate(latitude: 46.3497, longitude: 48.0408), evidence: evidence),
        ], names: [])
        let exiles = [
            Exile(id: "1", personID: "rakovsky", placeID: "astrakhan", period: date("1928-01/1928-10"), evidence: evidence),
            Exile(id: "2", personID: "rakovsky", placeID: "house", period: date("1928-11/1929"), evidence: evidence),
        ]
        let people = [Person(id: "rakovsky", name: "Christian Rakovsky", evidence: evidence),
                      Person(id: "colonies", name: "the exile colonies", kind: .group, evidence: evidence)]
        let nodes = NetworkNodes(places: index, people: people, exiles: exiles)
        #expect(nodes.describe("rakovsky", during: nil).placeName == "Astrakhan")
        let later = nodes.describe("rakovsky", during: date("1929-03"))
        #expect(later.placeID == "house" && later.coordinate?.latitude == 43.2525)
        #expect(nodes.describe("house", during: nil).kind == .place)
        #expect(nodes.describe("rakovsky", during: nil).kind == .person)
        #expect(nodes.describe("colonies", during: nil).kind == .group)
        #expect(nodes.describe("nobody", during: nil).coordinate == nil)
    }
}
