import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ExileAtlas

/// An uncertain identification (Deutscher's "Kaminsk": Kamen on the Ob, or Kamensk in the
/// Urals) is shown as uncertain in every view: the maps draw it dashed with "?", and every
/// export writes the field its format has.
@Suite struct UncertainPlaceTests {
    private func xml(_ data: Data, _ path: String) throws -> [String] {
        try XMLDocument(data: data).nodes(forXPath: path).compactMap(\.stringValue)
    }

    @Test func everyFormatMarksKaminskAndNoCertainPlace() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try atlas.placeIndex(), names = try atlas.personNamesByID()
        #expect(index.isUncertain("kaminsk"))
        #expect(!index.isUncertain("barnaul"))

        // GeoJSON: the place's identification and its candidates.
        let geojson = try GeoJSON.document(places: index, exiles: [], people: names, itineraries: [])
        let features = try #require((try JSONSerialization.jsonObject(with: geojson) as? [String: Any])?["features"] as? [[String: Any]])
        func properties(_ id: String) -> [String: Any]? {
            features.first { $0["id"] as? String == "place/\(id)" }?["properties"] as? [String: Any]
        }
        #expect(properties("kaminsk")?["identification"] as? String == "uncertain")
        #expect((properties("kaminsk")?["candidates"] as? [[String: Any]])?.count == 2)
        #expect(properties("barnaul")?["identification"] as? String == "certain")

        // KML: "(?)" in the name and the identification in ExtendedData.
        let kml = KML.document(places: index, exiles: [], people: names, itineraries: [])
        #expect(try xml(kml, "//*[local-name()='Placemark'][@id='place-kaminsk']/*[local-name()='name']") == ["Kaminsk (?)"])
        #expect(try xml(kml, "//*[local-name()='Placemark'][@id='place-kaminsk']//*[local-name()='Data'][@name='identification']/*[local-name()='value']")
                == ["uncertain"])

        // LPF: every candidate a point, the chosen one less-certain, the other uncertain.
        let lpf = try LinkedPlaces.document(places: index, sources: try atlas.sources())
        let lpfFeatures = try #require((try JSONSerialization.jsonObject(with: lpf) as? [String: Any])?["features"] as? [[String: Any]])
        let kaminsk = try #require(lpfFeatures.first { ($0["@id"] as? String)?.hasSuffix("kaminsk") == true })
        let points = try #require((kaminsk["geometry"] as? [String: Any])?["geometries"] as? [[String: Any]])
        #expect(points.compactMap { $0["certainty"] as? String } == ["less-certain", "uncertain"])
        #expect((points.first?["coordinates"] as? [Double]) == [81.332, 53.789], "Kamen-na-Obi, drawn here")

        // GEXF: the node's identification attribute.
        let network = CorrespondenceGraph(letters: try atlas.allLetters(), contacts: try atlas.contacts(), exiles: [],
                                          tallies: [], people: try atlas.people(), by: .place, placement: try atlas.placement())
        let nodes = NetworkNodes(places: index, people: try atlas.people(), exiles: [], placement: try atlas.placement())
        let gexf = GEXF.document(network, node: { nodes.describe($0, during: nil) }, letters: try atlas.allLetters(),
                                 contacts: try atlas.contacts(), created: Date(timeIntervalSince1970: 0))
        #expect(try xml(gexf, "//*[local-name()='node'][@id='kaminsk']//*[local-name()='attvalue'][@for='identification']/@value") == ["uncertain"])
        #expect(try xml(gexf, "//*[local-name()='node'][@id='barnaul']//*[local-name()='attvalue'][@for='identification']/@value").isEmpty)

        // Maps: a dashed point with "?", dashed arcs to it, a legend row; the HTML flags the arc.
        let layers = MapLayers(title: "t", names: index, itineraries: [], people: names, network: network,
                               letters: try atlas.allLetters(), contacts: try atlas.contacts())
        let place = try #require(layers.places.first { $0.id == "kaminsk" })
        #expect(place.isUncertain && place.candidates.count == 2)
        #expect(layers.arcs.contains { $0.toID == "kaminsk" && $0.isUncertain })
        #expect(!layers.arcs.contains { $0.fromID != "kaminsk" && $0.toID != "kaminsk" && $0.isUncertain })
        let svg = String(decoding: SVGMap.document(layers), as: UTF8.self)
        #expect(svg.contains(#"class="place uncertain" id="place-kaminsk""#))
        #expect(svg.contains("Kaminsk (?)"))
        #expect(svg.contains("uncertain identification (?): dashed"))
        let html = try HTMLMap.document(layers, leaflet: .cdn)
        #expect(html.contains(#""uncertain":true"#))
    }
}
