import Foundation
import Testing
@testable import ExileAtlas

/// Relay chains on hand-built contacts and on the shipped data.
@Suite struct RelayTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")

    private func contact(_ id: String, _ from: String, _ to: String, via: String? = nil, viaPerson: String? = nil) -> Contact {
        Contact(id: id, fromPersonID: nil, fromPlaceID: from, toPersonID: nil, toPlaceID: to, viaPersonID: viaPerson,
                viaPlaceID: via, regularity: nil, period: nil, evidence: Self.evidence, note: nil)
    }

    @Test func relaysSplitIntoTwoHopsAndChainsAreShortestFirst() {
        let contacts = [
            contact("r", "a", "c", via: "b", viaPerson: "relayer"),
            contact("ab", "a", "b"), contact("bd", "b", "d"), contact("dc", "d", "c"),
        ]
        let chains = Relays.chains(from: "a", to: "c", contacts: contacts)
        #expect(chains.map { [$0.hops[0].from] + $0.hops.map(\.to) } == [["a", "b", "c"], ["a", "b", "d", "c"]])
        #expect(chains[0].hops.allSatisfy { $0.contact.id == "r" && $0.isRelay })
        #expect(chains[0].hops[0].toPerson == "relayer")
        // A person matches the stop where the sources place them: here, only the relay.
        #expect(Relays.chains(from: "relayer", to: "c", contacts: contacts).map { $0.hops.map(\.to) } == [["c"]])
        #expect(Relays.chains(from: "a", to: "c", contacts: contacts, maxHops: 2).count == 1)
        #expect(Relays.chains(from: "c", to: "a", contacts: contacts).isEmpty)
    }

    @Test func theTwoRelaysOfTheText() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let contacts = try atlas.contacts()
        let crimea = try #require(Relays.chains(from: "alma-ata", to: "crimea", contacts: contacts).first)
        #expect(crimea.hops.map(\.to) == ["astrakhan", "crimea"])
        #expect(crimea.hops[0].toPerson == "rakovsky")
        #expect(crimea.hops.allSatisfy { $0.contact.evidence.locator.hasPrefix("L26") })
        let north = try #require(Relays.chains(from: "trotsky", to: "northern-colonies", contacts: contacts).first)
        #expect(north.hops.map(\.to) == ["voronezh", "northern-colonies"])
        #expect(north.hops[0].toPerson == "mrachkovsky")
    }
}
