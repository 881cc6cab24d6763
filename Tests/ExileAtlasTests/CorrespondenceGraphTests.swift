import Foundation
import Testing
@testable import ExileAtlas

/// The correspondence graph: built by hand and from the shipped letters.
@Suite struct CorrespondenceGraphTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

    private func letter(_ id: String, _ from: String, _ to: String, _ when: String?, kind: Letter.Kind = .letter,
                        fromPlace: String? = nil, toPlace: String? = nil) -> Letter {
        Letter(id: id, kind: kind, date: when.map(date), senderID: from, senderPlaceID: fromPlace,
               recipientID: to, recipientPlaceID: toPlace, evidence: Self.evidence)
    }

    @Test func countsPerKindSlicesAndPlacement() {
        let exiles = [
            Exile(id: "e1", personID: "t", placeID: "aa", period: date("1928-01-25/1929-01-22"), evidence: Self.evidence),
            Exile(id: "e2", personID: "r", placeID: "as", period: date("1928"), evidence: Self.evidence),
        ]
        let letters = [
            letter("1", "t", "r", "1928-05-01"), letter("2", "t", "r", "1928-06-01", kind: .telegram),
            letter("3", "r", "t", "1928-03"), letter("4", "t", "r", nil),
            letter("5", "t", "r", "1928"),                 // loosely dated: overlaps any slice of 1928
            letter("6", "t", "x", "1928-07-01"),           // x has no known place
        ]
        let tallies = [Tally(id: "t1", personID: "t", placeID: "aa", direction: .sent, item: "letter", count: 800,
                             countMax: nil, period: date("1928-04/1928-10"), scope: nil, evidence: Self.evidence, note: nil)]
        let all = CorrespondenceGraph(letters: letters, contacts: [], exiles: exiles, tallies: tallies, by: .person)
        #expect(all.graph.weight(from: "t", to: "r") == 4)
        #expect(all.edges.first { $0.from == "t" && $0.to == "r" }?.counts == ["letter": 3, "telegram": 1])
        #expect(all.coverage.letters == 6 && all.coverage.undated == 0)

        let slice = CorrespondenceGraph(letters: letters, contacts: [], exiles: exiles, tallies: tallies, by: .place,
                                        during: date("1928-04/1928-06"))
        #expect(slice.graph.weight(from: "aa", to: "as") == 3)   // letters 1, 2 and the loosely dated 5
        #expect(slice.graph.weight(from: "as", to: "aa") == nil) // March is outside the slice
        #expect(slice.coverage.partlyInside == 1)
        #expect(slice.coverage.undated == 1)
        #expect(slice.coverage.unplaced == 0)                    // letter 6 (July) is outside the slice anyway
        #expect(slice.tallies(for: "aa").map(\.count) == [800])
        let before = CorrespondenceGraph(letters: letters, contacts: [], exiles: exiles, tallies: tallies, by: .place,
                                         during: date("../1928-03"))
        #expect(before.tallies.isEmpty)                          // the tally's period begins in April
        let july = CorrespondenceGraph(letters: letters, contacts: [], exiles: exiles, tallies: [], by: .place,
                                       during: date("1928-07"))
        #expect(july.coverage.unplaced == 1)
    }

    @Test func relaysAreTwoHops() {
        let relay = Contact(id: "c", fromPersonID: "t", fromPlaceID: "aa", toPersonID: nil, toPlaceID: "crimea",
                            viaPersonID: "r", viaPlaceID: "as", regularity: nil, period: nil, evidence: Self.evidence, note: nil)
        let byPlace = CorrespondenceGraph(letters: [], contacts: [relay], exiles: [], tallies: [], by: .place)
        #expect(byPlace.graph.weight(from: "aa", to: "as") == 1 && byPlace.graph.weight(from: "as", to: "crimea") == 1)
        let byPerson = CorrespondenceGraph(letters: [], contacts: [relay], exiles: [], tallies: [], by: .person)
        #expect(byPerson.graph.weight(from: "t", to: "r") == 1 && byPerson.graph.weight(from: "r", to: "crimea") == 1)
        #expect(byPerson.edges.allSatisfy { $0.counts == ["relay": 1] })
        #expect(CorrespondenceGraph(letters: [], contacts: [relay], exiles: [], tallies: [], by: .place,
                                    includeContacts: false).graph.edgeCount == 0)
    }

    @Test func theShippedNetworkHasTrotskyAndAlmaAtaAtItsCentre() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        func build(_ kind: CorrespondenceGraph.NodeKind, _ during: String? = nil) throws -> CorrespondenceGraph {
            CorrespondenceGraph(letters: try atlas.allLetters(), contacts: try atlas.contacts(), exiles: try atlas.exiles(),
                                tallies: try atlas.tallies(), by: kind, during: during.map(date))
        }
        func top(_ scores: [String: Double]) -> String? { scores.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }

        let people = try build(.person)
        let strength = Dictionary(uniqueKeysWithValues: people.graph.nodes.map {
            ($0, Centrality.inStrength(people.graph)[$0]! + Centrality.outStrength(people.graph)[$0]!) })
        #expect(top(strength) == "trotsky")
        #expect(top(Centrality.pageRank(people.graph)) == "trotsky")
        let betweenness = Centrality.betweenness(people.graph)
        #expect(top(betweenness) == "trotsky")
        // Rakovsky, the relay for the lower Volga and the Crimea, is in the top five brokers.
        let brokers = betweenness.sorted { $0.value > $1.value }.prefix(5).map(\.key)
        #expect(brokers.contains("rakovsky"))
        #expect((betweenness["mrachkovsky"] ?? 0) > 0)

        let places = try build(.place)
        #expect(top(Centrality.pageRank(places.graph)) == "alma-ata")
        #expect(top(Centrality.betweenness(places.graph)) == "alma-ata")
        #expect(people.tallies(for: "trotsky").map(\.count).sorted() == [550, 700, 800, 1000])

        // Slicing changes the picture: the April-October tallies vanish before April.
        let before = try build(.person, "../1928-03")
        let after = try build(.person, "1928-11/..")
        #expect(before.tallies(for: "trotsky").isEmpty && after.tallies(for: "trotsky").isEmpty)
        #expect(before.coverage.letters < people.coverage.letters && after.coverage.letters < people.coverage.letters)
    }
}
