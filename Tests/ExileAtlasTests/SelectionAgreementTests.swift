import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ExileAtlas

/// Every export that writes legs, exiles or letters, and the map layers, run on one selection
/// (a traveller's journeys and a period): each output is read back and must hold exactly what
/// `Selection` takes, less only what its format cannot show (an unlocated place has no point;
/// the network counts only messages it can place).
@Suite struct SelectionAgreementTests {
    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

    /// The shipped atlas and the selection the CLI makes of `--journey trotsky --during 1928-01-20/1928-03`.
    private func fixture() throws -> (Atlas, URL, Selection) {
        let (atlas, folder) = try freshAtlas()
        let selection = Selection(journeys: try atlas.journeys(matching: "trotsky", year: nil),
                                  period: date("1928-01-20/1928-03"))
        return (atlas, folder, selection)
    }

    private func xml(_ data: Data, _ path: String) throws -> [String] {
        try XMLDocument(data: data).nodes(forXPath: path).compactMap(\.stringValue)
    }

    @Test func mapsAndExportsTakeTheSameLegsExilesAndLetters() throws {
        let (atlas, folder, selection) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try atlas.placeIndex(), people = try atlas.personNamesByID()
        let allLetters = try atlas.allLetters()
        let itineraries = try atlas.itineraries(selection)
        let exiles = try atlas.exiles(selection), letters = selection.letters(allLetters)

        // What the selection takes, from the library's rules alone.
        let located = { (id: String?) in id.flatMap { index.places[$0]?.coordinate } != nil }
        let legs = Set(itineraries.flatMap(\.steps).filter { located($0.geodesicFromPlaceID) && located($0.leg.toPlaceID) }
            .map(\.leg.id))
        let pinnedExiles = Set(exiles.filter { located($0.placeID) }.map(\.id))
        // Legs 1 and 5 end at unlocated stops (the station, the hut): 2 and 6 are drawn from the stop before.
        #expect(legs == ["deportation-1928-2", "deportation-1928-3", "deportation-1928-4", "deportation-1928-6"])
        #expect(pinnedExiles.contains("trotsky-alma-ata") && exiles.allSatisfy { $0.personID == "trotsky" })
        #expect(letters.count >= 5 && letters.allSatisfy { $0.involves("trotsky") })
        // An exile is named in the map formats by who, what and when at a place.
        let exileKey = { (exile: Exile) in "\(exile.placeID ?? "")|\(people[exile.personID] ?? exile.personID)|\(exile.kind.rawValue)|\(exile.period.edtf)" }
        let exileByKey = Dictionary(exiles.map { (exileKey($0), $0.id) }, uniquingKeysWith: { first, _ in first })

        // GeoJSON: legs as features, exiles as properties of their places.
        let geojson = try GeoJSON.document(places: index, exiles: exiles, people: people, itineraries: itineraries)
        let features = (try JSONSerialization.jsonObject(with: geojson) as? [String: Any])?["features"] as? [[String: Any]] ?? []
        let geoLegs = Set(features.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("leg/") }.map { String($0.dropFirst(4)) })
        let geoExiles = Set(features.flatMap { feature -> [String] in
            let properties = feature["properties"] as? [String: Any] ?? [:]
            return (properties["exiles"] as? [[String: Any]] ?? []).map { exile in
                exileByKey["\(properties["id"] as? String ?? "")|\(exile["person"] as? String ?? "")|\(exile["kind"] as? String ?? "")|\(exile["when"] as? String ?? "")"] ?? "?"
            }
        })
        #expect(geoLegs == legs)
        #expect(geoExiles == pinnedExiles)

        // KML: leg and exile placemarks.
        let kml = KML.document(places: index, exiles: exiles, people: people, itineraries: itineraries)
        let marks = try xml(kml, "//*[local-name()='Placemark']/@id")
        #expect(Set(marks.filter { $0.hasPrefix("leg-") }.map { String($0.dropFirst(4)) }) == legs)
        #expect(Set(marks.filter { $0.hasPrefix("exile-") }.map { String($0.dropFirst(6)) }) == pinnedExiles)

        // The map layers, as `exile map` builds them.
        let layers = MapLayers(title: "t", names: index, itineraries: itineraries, exiles: exiles, people: people,
                               network: nil, period: selection.period)
        #expect(Set(layers.legs.map(\.id)) == legs)
        let mapExiles = Set(layers.places.flatMap { place in
            place.exiles.map { text in exileByKey.first { key, _ in
                let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                return parts[0] == place.id && text == "\(parts[1]) (\(parts[2]), \(parts[3]))"
            }?.value ?? "?" }
        })
        #expect(mapExiles == pinnedExiles)

        // Palladio: one row per letter and per exile, located or not.
        let placement = try atlas.placement()
        let tables = PalladioCSV.tables(letters: letters, exiles: exiles, places: index, people: people,
                                        placement: { placement.place(of: $1, in: $0) })
        let ids = { (table: PalladioCSV.Table) in Set(table.rows.dropFirst().map { $0[0] }) }
        #expect(tables.map(\.fileName) == ["letters.csv", "exiles.csv"])
        #expect(ids(tables[0]) == Set(letters.map(\.id)))
        #expect(ids(tables[1]) == Set(exiles.map(\.id)))
        // One row per sender and addressee of a letter.
        let pairs = letters.map { max(1, $0.senders.count) * max(1, $0.addressees.count) }.reduce(0, +)
        #expect(pairs > letters.count, "the protests to several officials")
        #expect(tables[0].text.split(separator: "\n").count == pairs + 1)

        // CMIF: every dated letter taken (a period takes no undated one).
        let cmif = CMIF.document(letters: letters, people: Dictionary(try atlas.people().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                                 places: index, sources: try atlas.sources(), authorities: try atlas.authorityIDs(),
                                 place: { placement.place(of: $1, in: $0) }, header: CMIF.Header(url: "urn:test", created: Date()))
        #expect(Set(try xml(cmif, "//*[local-name()='correspDesc']/@key")) == Set(letters.map(\.id)))
    }

    @Test func theNetworkExportsCountTheLettersOfThePeriod() throws {
        let (atlas, folder, _) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The network exports take no journey: the period alone, as `exile export gexf --during`.
        let selection = Selection(period: date("1928-04/1928-10"))
        let exiles = try atlas.exiles(), letters = try atlas.allLetters(), contacts = try atlas.contacts()
        let network = CorrespondenceGraph(letters: letters, contacts: contacts, exiles: exiles, tallies: [], by: .place,
                                          during: selection.period, includeContacts: false)
        let taken = selection.letters(letters)
        let counted = network.edges.flatMap(\.sources)
        // The network's period is the selection's: it counts every letter taken that it can place.
        #expect(Set(counted).isSubset(of: Set(taken.map(\.id))))
        #expect(counted.count + network.coverage.unplaced == taken.count)
        #expect(counted.count > 20)

        let nodes = NetworkNodes(places: try atlas.placeIndex(), people: try atlas.people(), exiles: exiles)
        let gexf = GEXF.document(network, node: { nodes.describe($0, during: selection.period) },
                                 letters: letters, contacts: contacts, created: Date())
        let gexfWeights = try xml(gexf, "//*[local-name()='edge']/@weight").compactMap(Double.init)
        #expect(Int(gexfWeights.reduce(0, +)) == counted.count)
        // Every edge lives in the days of its letters: no spell outside the dates taken.
        let spells = try xml(gexf, "//*[local-name()='spell']/@start").compactMap(Day.init(iso:))
        #expect(!spells.isEmpty && spells.allSatisfy { $0 <= Day(iso: "1928-10-31")! })

        let graphml = GraphML.document(network, node: { nodes.describe($0, during: selection.period) })
        let graphmlWeights = try xml(graphml, "//*[local-name()='data'][@key='weight']").compactMap(Double.init)
        #expect(Int(graphmlWeights.reduce(0, +)) == counted.count)

        let dot = DOT.document(network, label: { $0 })
        let dotWeights = dot.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: #"weight=\d+"#, options: .regularExpression) else { return nil }
            return Int(line[range].dropFirst("weight=".count))
        }
        #expect(dotWeights.reduce(0, +) == counted.count)
    }
}
