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
        #expect(all.coverage.messages == 6 && all.coverage.undated == 0)

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

    /// Each edge knows the letters and the contacts it counts, apart; a node's sources are
    /// those of its edges to other nodes, each once, its self-loops left out.
    @Test func edgesAndNodesKnowTheirLettersAndContacts() {
        let contact = Contact(id: "c1", fromPersonID: "t", fromPlaceID: "aa", toPersonID: "r", toPlaceID: "as",
                              viaPersonID: nil, viaPlaceID: nil, regularity: nil, period: nil, evidence: Self.evidence, note: nil)
        let letters = [
            letter("1", "t", "r", "1928-05-01", fromPlace: "aa", toPlace: "as"),
            letter("2", "r", "t", "1928-06-01", fromPlace: "as", toPlace: "aa"),
            letter("3", "t", "g", "1928-06-02", fromPlace: "aa", toPlace: "aa"),   // within Alma Ata: a self-loop by place
        ]
        let graph = CorrespondenceGraph(letters: letters, contacts: [contact], exiles: [], tallies: [], by: .place)
        let out = graph.edges.first { $0.from == "aa" && $0.to == "as" }
        #expect(out?.letterIDs == ["1"] && out?.contactIDs == ["c1"] && out?.sources == ["1", "c1"])
        let sources = graph.sources(of: "aa")
        #expect(sources.letterIDs == ["1", "2"] && sources.contactIDs == ["c1"])
        #expect(graph.counts(of: "aa").selfLoops == 1)
        #expect(CorrespondenceGraph(letters: letters, contacts: [contact], exiles: [], tallies: [], by: .place,
                                    includeContacts: false).sources(of: "aa").contactIDs.isEmpty)
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

    /// A tiny network worked by hand: Trotsky (t) at Alma Ata (aa), Rakovsky (r) at Astrakhan
    /// (as), the exile colonies (g, a group), the local GPU (gpu, no person row).
    private func tiny(_ mode: NetworkMode, includeContacts: Bool = true) -> CorrespondenceGraph {
        let letters = [
            letter("1", "t", "r", "1928-05-01", fromPlace: "aa", toPlace: "as"),
            letter("2", "t", "r", "1928-06-01", kind: .telegram, fromPlace: "aa", toPlace: "as"),
            letter("3", "r", "t", "1928-02-17", fromPlace: "as", toPlace: "aa"),
            letter("4", "t", "gpu", "1928-03", kind: .protest, fromPlace: "aa", toPlace: "aa"),   // within Alma Ata
            letter("5", "g", "t", "1928-06", kind: .message),                                    // the colonies: no place
            letter("6", "t", "t", "1929-01-20", kind: .note, fromPlace: "aa", toPlace: "aa"),   // to himself
        ]
        func contact(_ id: String, _ from: (String?, String), _ to: (String?, String), via: (String?, String?) = (nil, nil)) -> Contact {
            Contact(id: id, fromPersonID: from.0, fromPlaceID: from.1, toPersonID: to.0, toPlaceID: to.1, viaPersonID: via.0,
                    viaPlaceID: via.1, regularity: nil, period: nil, evidence: Self.evidence, note: nil)
        }
        let contacts = [
            contact("c1", ("t", "aa"), ("r", "as")),
            contact("c2", ("t", "aa"), (nil, "cr"), via: ("r", "as")),      // a relay: aa → as → cr
            contact("c3", ("r", "as"), (nil, "mo")),
        ]
        let people = [Person(id: "t", name: "Trotsky", evidence: Self.evidence), Person(id: "r", name: "Rakovsky", evidence: Self.evidence),
                      Person(id: "g", name: "the exile colonies", kind: .group, evidence: Self.evidence)]
        return CorrespondenceGraph(letters: letters, contacts: contacts, exiles: [], tallies: [], people: people, by: mode,
                                   includeContacts: includeContacts)
    }

    private func counts(_ out: Int, _ in_: Int, contacts cout: Int, _ cin: Int, selfLoops: Int) -> CorrespondenceGraph.Counts {
        var counts = CorrespondenceGraph.Counts()
        (counts.messagesOut, counts.messagesIn, counts.contactsOut, counts.contactsIn, counts.selfLoops) = (out, in_, cout, cin, selfLoops)
        return counts
    }

    @Test func messagesContactsRelaysAndSelfLoopsAreCountedApart() {
        let places = tiny(.place)
        // Alma Ata: letters 1, 2 out; 3 in; contact c1 and the relay's first hop out; 4 and 6 within.
        #expect(places.counts(of: "aa") == counts(2, 1, contacts: 2, 0, selfLoops: 2))
        // Astrakhan: 3 out; 1, 2 in; the relay's second hop and c3 out; c1 and the relay's first hop in.
        #expect(places.counts(of: "as") == counts(1, 2, contacts: 2, 2, selfLoops: 0))
        #expect(places.counts(of: "cr") == counts(0, 0, contacts: 0, 1, selfLoops: 0))
        let aaToAs = places.edges.first { $0.from == "aa" && $0.to == "as" }
        #expect(aaToAs?.ties == [.message(.letter): 1, .message(.telegram): 1, .contact: 1, .relay: 1])
        #expect(aaToAs?.messages == 2 && aaToAs?.contacts == 2 && aaToAs?.weight == 4)
        #expect(places.coverage.messages == 5 && places.coverage.unplaced == 1)   // letter 5: the colonies have no place
        #expect(places.coverage.contacts == 3 && places.coverage.selfLoops == 2)
        // The self-loop is an edge to list but not a tie for the measures.
        #expect(places.edges.contains { $0.isSelfLoop && $0.from == "aa" && $0.weight == 2 })
        #expect(places.graph.weight(from: "aa", to: "aa") == nil)
        #expect(places.graph.edgeCount == 4)                                      // aa→as, as→aa, as→cr, as→mo
        #expect(CentralityMeasure.strength.scores(places.graph).values["aa"] == 5) // 4 out + 1 in, no self-loops

        let lettersOnly = tiny(.place, includeContacts: false)
        #expect(lettersOnly.counts(of: "aa") == counts(2, 1, contacts: 0, 0, selfLoops: 2))
        #expect(!lettersOnly.includesContacts && lettersOnly.coverage.contacts == 0)

        let people = tiny(.person)
        // By person, the protest to the GPU is a message out; the note to himself the only self-loop.
        #expect(people.counts(of: "t") == counts(3, 2, contacts: 2, 0, selfLoops: 1))
        #expect(people.counts(of: "r") == counts(1, 2, contacts: 2, 2, selfLoops: 0))
        #expect(people.coverage.unplaced == 0 && people.coverage.selfLoops == 1)
    }

    /// A letter with several senders and addressees counts one message for each pair of
    /// sender and addressee nodes: three people in one town are one pair of places.
    @Test func aLetterToSeveralPeopleCountsOncePerPairOfNodes() {
        let protest = Letter(id: "p", kind: .protest, date: date("1928-02"),
                             senders: [LetterParty(role: .sender, personID: "trotsky", placeID: "alma-ata")],
                             addressees: ["kalinin", "ordzhonikidze", "menzhinsky"].enumerated().map { index, person in
                                 LetterParty(role: .addressee, position: index + 1, personID: person, placeID: "moscow")
                             }, evidence: Self.evidence)
        let intercession = Letter(id: "i", kind: .protest, date: date("1928"),
                                  senders: [LetterParty(role: .sender, personID: "kamenev", placeID: "moscow"),
                                            LetterParty(role: .sender, position: 2, personID: "zinoviev", placeID: "voronezh")],
                                  addressees: [LetterParty(role: .addressee, personID: "bukharin", placeID: "moscow"),
                                               LetterParty(role: .addressee, position: 2, personID: "molotov", placeID: "moscow")],
                                  evidence: Self.evidence)
        let people = CorrespondenceGraph(letters: [protest, intercession], contacts: [], exiles: [], tallies: [], by: .person)
        #expect(people.coverage.messages == 2)
        #expect(people.coverage.multiParty == 2)
        #expect(people.coverage.pairs == 3 + 4)
        #expect(people.counts(of: "trotsky").messagesOut == 3)
        #expect(people.counts(of: "molotov").messagesIn == 2)
        let places = CorrespondenceGraph(letters: [protest, intercession], contacts: [], exiles: [], tallies: [], by: .place)
        #expect(places.counts(of: "alma-ata").messagesOut == 1, "one protest, one pair of places")
        #expect(places.counts(of: "moscow").messagesIn == 2, "the protest and Zinoviev's half of the intercession")
        #expect(places.counts(of: "moscow").selfLoops == 1, "Kamenev in Moscow to Bukharin and Molotov in Moscow: one self-loop")
        #expect(places.coverage.pairs == 3)
    }

    @Test func everyNodeCarriesItsKind() {
        let people = tiny(.person)
        #expect(people.kind(of: "t") == .person && people.kind(of: "r") == .person)
        #expect(people.kind(of: "g") == .group)
        #expect(people.kind(of: "gpu") == .person)          // no person row: a person still
        #expect(people.kind(of: "cr") == .place && people.kind(of: "mo") == .place)
        #expect(Set(people.graph.nodes) == ["t", "r", "g", "gpu", "cr", "mo"])
        let places = tiny(.place)
        #expect(places.graph.nodes.allSatisfy { places.kind(of: $0) == .place })
        #expect(NodeKind(Person.Kind.group) == .group && NodeKind(Person.Kind.unnamed) == .person
                && NodeKind(Person.Kind.individual) == .person)
    }

    @Test func tieKindsName() {
        #expect(TieKind(name: "circular") == .message(.circular))
        #expect(TieKind(name: "relay") == .relay && TieKind(name: "contact") == .contact && TieKind(name: "postcard") == nil)
        #expect(Letter.Kind.allCases.allSatisfy { TieKind.message($0).isMessage && TieKind(name: $0.rawValue) == .message($0) })
        #expect(!TieKind.contact.isMessage && !TieKind.relay.isMessage)
        #expect([TieKind.relay, .contact, .message(.telegram), .message(.letter)].sorted()
                == [.message(.letter), .message(.telegram), .contact, .relay])
    }

    /// The counts of `exile hubs` on the shipped data, worked from Fixtures/letter.csv and contact.csv.
    @Test func almaAtasCountsOnTheShippedData() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = CorrespondenceGraph(letters: try atlas.allLetters(), contacts: try atlas.contacts(), exiles: try atlas.exiles(),
                                          tallies: try atlas.tallies(), people: try atlas.people(), by: .place,
                                          placement: try atlas.placement())
        // Out: Moscow 7 (l02 to three officials in Moscow and l72 to two are one message each
        // between the places; l03, l05, l27-congress, l28, l83), Uralsk 2 (l07, l09),
        // Astrakhan 3 (l37, l38, l80), Ust-Kulom, Aktyubinsk, Yeniseysk 1 each, and l65 to Radek
        // at Tomsk: after his last letter from there (14 July), possibly still there, the one
        // place the whereabouts rule leaves for 20 October 1928. In: l08, l10, l14, l17, l36, l56, l85, l89.
        // Contacts out: 9 principal correspondents, 12 colonies of L266-267, Siberia and Soviet
        // Asia, 3 relays' first hops, the copying at the large centres. In: the Moscow reports.
        // Within: l06 (the local GPU), l73 (the ultimatum), l75 (the receipt).
        #expect(network.counts(of: "alma-ata") == counts(16, 8, contacts: 27, 1, selfLoops: 3))
        let people = CorrespondenceGraph(letters: try atlas.allLetters(), contacts: try atlas.contacts(), exiles: try atlas.exiles(),
                                         tallies: [], people: try atlas.people(), by: .person)
        #expect(people.kind(of: "trotsky") == .person && people.kind(of: "colonies") == .group
                && people.kind(of: "moscow") == .place && people.kind(of: "siberia") == .place)
    }

    @Test func theShippedNetworkHasTrotskyAndAlmaAtaAtItsCentre() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        func build(_ kind: NetworkMode, _ during: String? = nil) throws -> CorrespondenceGraph {
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
        #expect(before.coverage.messages < people.coverage.messages && after.coverage.messages < people.coverage.messages)
    }
}
