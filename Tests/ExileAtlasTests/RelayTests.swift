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
        #expect(chains[0].hops.allSatisfy { $0.id == "r" && $0.kind == .relay })
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
        #expect(crimea.hops.allSatisfy { $0.kind == .relay && $0.evidence.locator.hasPrefix("L26") })
        let north = try #require(Relays.chains(from: "trotsky", to: "northern-colonies", contacts: contacts).first)
        #expect(north.hops.map(\.to) == ["voronezh", "northern-colonies"])
        #expect(north.hops[0].toPerson == "mrachkovsky")
    }

    private func letter(_ id: String, from: (String, String?), to: (String, String?), _ when: String?,
                        kind: Letter.Kind = .letter) -> Letter {
        Letter(id: id, kind: kind, date: when.map { try! HistoricalDate(parsing: $0) }, senderID: from.1,
               senderPlaceID: from.0.isEmpty ? nil : from.0, recipientID: to.1,
               recipientPlaceID: to.0.isEmpty ? nil : to.0, evidence: Self.evidence)
    }

    private func contact(_ id: String, _ from: String, _ to: String, period: String) -> Contact {
        Contact(id: id, fromPersonID: nil, fromPlaceID: from, toPersonID: nil, toPlaceID: to, viaPersonID: nil,
                viaPlaceID: nil, regularity: nil, period: try! HistoricalDate(parsing: period), evidence: Self.evidence, note: nil)
    }

    /// Rakovsky's direct letter from Astrakhan against a contact to Moscow and a report on:
    /// one hop beats two, whatever the kinds.
    @Test func aDirectLetterComesBeforeATwoHopContactChain() {
        let letters = [
            letter("direct", from: ("as", "r"), to: ("aa", "t"), "1928-02-17"),
            letter("vague", from: ("as", "r"), to: ("aa", "t"), "1928"),            // same stops, less precise
            letter("report", from: ("mo", nil), to: ("aa", "t"), "1928-07-11", kind: .report),
        ]
        let contacts = [contact("children", "as", "mo", period: "1928")]
        let chains = Relays.chains(from: "as", to: "aa", letters: letters, contacts: contacts)
        #expect(chains.map(\.stops) == [["as", "aa"], ["as", "mo", "aa"]])
        #expect(chains[0].hops.map(\.id) == ["direct"])                    // the day-dated letter, not "vague"
        #expect(chains[0].hops[0].kind == .message(.letter))
        #expect(chains[0].hops[0].toPerson == "t")
        #expect(chains[1].hops.map(\.kind) == [.contact, .message(.report)])
        #expect(chains[1].hops.map(\.id) == ["children", "report"])
        // With a limit, the search stops after the first length that gives enough chains.
        #expect(Relays.chains(from: "as", to: "aa", letters: letters, contacts: contacts, limit: 1).map(\.stops) == [["as", "aa"]])
        #expect(Relays.chains(from: "as", to: "aa", letters: letters, contacts: contacts, maxHops: 1).count == 1)
        // A person names the stop where the letters place them.
        #expect(Relays.chains(from: "r", to: "t", letters: letters, contacts: contacts).first?.hops.map(\.id) == ["direct"])
        // Contacts alone: only the chain through Moscow's contact, and no report to carry it on.
        #expect(Relays.chains(from: "as", to: "aa", contacts: contacts).isEmpty)
    }

    /// A hop cannot lie wholly before the one it continues; a message is preferred to a
    /// contact on the same step; a letter to a person of no known place stops at the person.
    @Test func hopsKeepTimeOrderAndPlaceThePeople() {
        let contacts = [contact("early", "mo", "aa", period: "1927"), contact("later", "as", "mo", period: "1928")]
        #expect(Relays.chains(from: "as", to: "aa", contacts: contacts).isEmpty)
        // An undated hop between does not let a later hop go back in time.
        let undated = [letter("undated", from: ("mo", nil), to: ("tv", nil), nil)]
        let back = [contact("later", "as", "mo", period: "1928"), contact("early", "tv", "aa", period: "1927")]
        #expect(Relays.chains(from: "as", to: "aa", letters: undated, contacts: back).isEmpty)
        #expect(Relays.chains(from: "as", to: "aa", letters: undated, contacts: [back[0], contact("late", "tv", "aa", period: "1929")])
                    .map(\.stops) == [["as", "mo", "tv", "aa"]])
        let letters = [
            letter("to-radek", from: ("aa", "t"), to: ("", "radek"), "1928-07-01"),
            letter("from-radek", from: ("", "radek"), to: ("mo", nil), "1928-08-01", kind: .telegram),
        ]
        let exiles = [Exile(id: "e", personID: "radek", placeID: "tomsk", period: try! HistoricalDate(parsing: "1928-06/1928-07-14"),
                            evidence: Self.evidence)]
        // Placed by the exile on 1 July; unplaced on 1 August (after the exile's end), so a person stop.
        let chains = Relays.chains(from: "aa", to: "mo", letters: letters, contacts: [contact("c", "aa", "tomsk", period: "1928")],
                                   placement: Placement(exiles: exiles))
        #expect(chains.isEmpty)   // Tomsk and Radek-without-a-place are different stops
        let unplaced = Relays.chains(from: "aa", to: "mo", letters: letters, contacts: [])
        #expect(unplaced.map(\.stops) == [["aa", "radek", "mo"]])
        #expect(unplaced[0].hops.map(\.kind) == [.message(.letter), .message(.telegram)])
        let both = Relays.chains(from: "aa", to: "tomsk", letters: letters, contacts: [contact("c", "aa", "tomsk", period: "1928")],
                                 placement: Placement(exiles: exiles))
        #expect(both.count == 1 && both[0].hops.map(\.id) == ["to-radek"])   // the letter before the contact
    }

    @Test func rakovskysLetterIsTheFirstWayFromAstrakhanToAlmaAta() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let chains = Relays.chains(from: "astrakhan", to: "alma-ata", letters: try atlas.allLetters(), contacts: try atlas.contacts(),
                                   placement: Placement(exiles: try atlas.exiles()))
        let first = try #require(chains.first)
        #expect(first.hops.count == 1)
        #expect(first.hops[0].id == "l08-rakovsky-17-feb" && first.hops[0].evidence.locator == "L1462")
        #expect(first.hops[0].date?.edtf == "1928-02-17")
        #expect(chains.dropFirst().allSatisfy { $0.hops.count >= 2 })
        #expect(chains.contains { $0.stops == ["astrakhan", "moscow", "alma-ata"] })
    }
}
