import Foundation
import Testing
@testable import ExileAtlas

/// GeoJSON geometry: geodesic lines, the antimeridian split, rounding.
@Suite struct GeoJSONTests {
    @Test func aLineCrossingTheAntimeridianIsSplitAtIt() {
        // Kamchatka to Alaska crosses 180°.
        let lines = GeoJSON.geodesicLines(from: Coordinate(latitude: 53.0, longitude: 158.65),
                                          to: Coordinate(latitude: 61.2, longitude: -149.9))
        #expect(lines.count == 2)
        #expect(lines[0].last?[0] == 180 && lines[1].first?[0] == -180)
        #expect(lines[0].last?[1] == lines[1].first?[1])
        #expect(lines.allSatisfy { $0.allSatisfy { abs($0[0]) <= 180 && abs($0[1]) <= 90 } })
    }

    @Test func aLineThatStaysOnOneSideIsOneLineInLongitudeLatitudeOrder() {
        let lines = GeoJSON.geodesicLines(from: Coordinate(latitude: 46.4857, longitude: 30.7438),
                                          to: Coordinate(latitude: 41.0138, longitude: 28.9497))
        #expect(lines.count == 1)
        #expect(lines[0].first == [30.7438, 46.4857])
        #expect(lines[0].last == [28.9497, 41.0138])
        #expect(lines[0].count == 14)   // 624.9 km in steps of at most 50 km
    }

    @Test func positionsAreRoundedToSevenDecimals() {
        #expect(GeoJSON.position(Coordinate(latitude: 1.123456789, longitude: -2.987654321)) == [-2.9876543, 1.1234568])
    }
}

/// DOT and Palladio CSV writers.
@Suite struct GraphWriterTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")

    @Test func dotEscapesQuotesBackslashesAndKeepsCyrillic() {
        #expect(DOT.quoted(#"the "well-meaning" man\n"#) == #""the \"well-meaning\" man\\n""#)
        #expect(DOT.quoted("Раковский\nАстрахань") == #""Раковский\nАстрахань""#)
        let letters = [Letter(id: "1", kind: .letter, senderID: "a", recipientID: "b", evidence: Self.evidence),
                       Letter(id: "2", kind: .telegram, senderID: "a", recipientID: "b", evidence: Self.evidence)]
        let network = CorrespondenceGraph(letters: letters, contacts: [], exiles: [], tallies: [], by: .person)
        let text = DOT.document(network, label: { $0 == "a" ? "Trotsky \"L. D.\"" : $0 })
        #expect(text.hasPrefix("digraph correspondence {"))
        #expect(text.contains(#""a" [label="Trotsky \"L. D.\""];"#))
        #expect(text.contains(#""a" -> "b" [weight=2, penwidth=2, label="letter 1, telegram 1"];"#))
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

/// GraphML escapes what XML needs and keeps typed keys.
@Suite struct GraphMLTests {
    @Test func labelsWithMarkupCharactersAndCyrillicReadBack() throws {
        let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
        let letters = [Letter(id: "1", kind: .letter, senderID: "a", recipientID: "b", evidence: evidence)]
        let network = CorrespondenceGraph(letters: letters, contacts: [], exiles: [], tallies: [], by: .person)
        let data = GraphML.document(network, node: { id in
            NetworkNode(id: id, label: id == "a" ? #"Trotsky & "Sedova" <Алма-Ата>"# : id, kind: .person,
                        coordinate: id == "a" ? Coordinate(latitude: 43.2525, longitude: 76.9115) : nil)
        })
        let document = try XMLDocument(data: data)
        let labels = try document.nodes(forXPath: "//*[local-name()='node'][@id='a']/*[local-name()='data'][@key='label']")
        #expect(labels.first?.stringValue == #"Trotsky & "Sedova" <Алма-Ата>"#)
        let weights = try document.nodes(forXPath: "//*[local-name()='edge']/*[local-name()='data'][@key='count_letter']")
        #expect(weights.first?.stringValue == "1")
        let keys = try document.nodes(forXPath: "//*[local-name()='key'][@attr.type='double']")
        #expect(keys.count == 3)   // latitude, longitude, weight
    }
}
