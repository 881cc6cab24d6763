import Foundation
import Testing

/// `letters`, `hubs`, `network` and `relay` end to end.
@Suite(.serialized) struct NetworkCLITests {
    let cli = CLIRunner()

    /// The rows of a command's JSON: the array itself, or the array under `key` for the
    /// commands whose JSON is an object with notes.
    private func rows(_ arguments: [String], key: String? = nil) throws -> [[String: Any]] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        if let key { return try #require((root as? [String: Any])?[key] as? [[String: Any]]) }
        return try #require(root as? [[String: Any]])
    }

    private func object(_ arguments: [String]) throws -> [String: Any] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func lettersByPeriodSenderAndKind() throws {
        let july = try rows(["letters", "--from", "Trotsky", "--during", "1928-07-13/1928-07-14"], key: "letters")
        // Senders and addressees are parties: the person and their place at the time as entities.
        func people(_ row: [String: Any], _ key: String) -> [String] {
            (row[key] as? [[String: Any]] ?? []).compactMap { ($0["person"] as? [String: Any])?["id"] as? String }
        }
        #expect(july.contains { ($0["date"] as? [String: Any])?["edtf"] as? String == "1928-07-13" && people($0, "addressees") == ["rakovsky"] })
        #expect(july.allSatisfy { people($0, "senders") == ["trotsky"] })
        let telegrams = try rows(["letters", "--kind", "telegram"], key: "letters")
        #expect(!telegrams.isEmpty && telegrams.allSatisfy { $0["kind"] as? String == "telegram" })
        let toRadek = try rows(["letters", "--to", "Rádek"], key: "letters")
        #expect(!toRadek.isEmpty && toRadek.allSatisfy { people($0, "addressees").contains("radek") })
        #expect(try cli.run(["letters", "--during", "someday"]).status == 2)
        #expect(try cli.run(["letters", "--kind", "postcard"]).status == 2)
    }

    @Test func theHubsAreTrotskyAndAlmaAta() throws {
        let hubs = try object(["hubs", "--by", "place"])
        let places = try #require(hubs["hubs"] as? [[String: Any]])
        #expect(places.first?["id"] as? String == "alma-ata")
        #expect(places.first?["rank"] as? Int == 1)
        let notes = try #require(hubs["notes"] as? [String])
        #expect(notes.contains { $0.contains("800 political letters") && $0.contains("1,000 letters") })
        let people = try object(["hubs", "--by", "person", "--measure", "betweenness"])
        let ranked = try #require(people["hubs"] as? [[String: Any]])
        #expect(ranked.first?["id"] as? String == "trotsky")
        #expect(ranked.prefix(5).contains { $0["id"] as? String == "rakovsky" })
    }

    @Test(arguments: ["degree", "strength", "betweenness", "closeness", "pagerank", "hits"])
    func everyMeasureRanks(_ measure: String) throws {
        let root = try object(["hubs", "--measure", measure, "--by", "person", "--top", "3"])
        let ranked = try #require(root["hubs"] as? [[String: Any]])
        #expect(ranked.count == 3)
        #expect(ranked.first?["id"] as? String == "trotsky")
    }

    @Test func slicesChangeTheCounts() throws {
        func documented(_ during: String) throws -> Int {
            let root = try object(["hubs", "--by", "person", "--during", during, "--top", "1"])
            let first = try #require((root["hubs"] as? [[String: Any]])?.first)
            return (first["messages_out"] as? Int ?? 0) + (first["messages_in"] as? Int ?? 0)
        }
        let whole = try documented("1928/1929"), before = try documented("../1928-03"), after = try documented("1928-11/..")
        #expect(before < whole && after < whole)
    }

    @Test func egoNetworkAndRelayChains() throws {
        let edges = try rows(["network", "--ego", "Rakovsky"], key: "edges")
        #expect(edges.contains { $0["from_id"] as? String == "rakovsky" && $0["to_id"] as? String == "crimea" })
        // An ego network of depth 1: Rakovsky, his correspondents, and the ties among them.
        let ends = { (edge: [String: Any]) in [edge["from_id"] as? String ?? "", edge["to_id"] as? String ?? ""] }
        let members = Set(edges.filter { ends($0).contains("rakovsky") }.flatMap(ends))
        #expect(edges.allSatisfy { Set(ends($0)).isSubset(of: members) })
        #expect(members.contains("trotsky"))
        let hops = try rows(["relay", "Alma Ata", "Crimea", "--evidence"])
        #expect(hops.map { $0["to"] as? String } == ["Astrakhan (Christian Rakovsky)", "Crimea"])
        #expect(hops.allSatisfy { ($0["quote"] as? String)?.contains("Astrakán") == true })
        let none = try cli.run(["relay", "Crimea", "Alma Ata"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no recorded chain"))
        #expect(try cli.run(["hubs", "--top", "0"]).status == 2)
        #expect(try cli.run(["hubs", "--measure", "fame"]).status == 2)
    }

    /// Alma Ata's columns, worked by hand from Fixtures/letter.csv, letter_party.csv and
    /// contact.csv: 16 messages out (Moscow 7: a protest to three officials in Moscow is one
    /// message between the places; Uralsk 2, Astrakhan 3, Ust-Kulom, Aktyubinsk, Yeniseysk 1 each,
    /// and l65 to Radek, possibly still at Tomsk on 20 October 1928 by the whereabouts rule),
    /// 8 in (l08, l10, l14, l17, l36, l56, l85, l89); 27 contacts and relay hops out (the nine
    /// principal correspondents, the twelve colonies of L266-267, Siberia, Soviet Asia, three
    /// relays, the copying at the large centres), 1 in (the Moscow reports); 3 self-loops (l06,
    /// l73, l75). Before, messages_out was 48 and messages_in 12.
    @Test func hubsCountMessagesContactsAndSelfLoopsApart() throws {
        let hubs = try object(["hubs"])
        let almaAta = try #require((hubs["hubs"] as? [[String: Any]])?.first { $0["id"] as? String == "alma-ata" })
        #expect(almaAta["messages_out"] as? Int == 16 && almaAta["messages_in"] as? Int == 8)
        #expect(almaAta["contacts_out"] as? Int == 27 && almaAta["contacts_in"] as? Int == 1)
        #expect(almaAta["self_loops"] as? Int == 3)
        #expect(almaAta["kind"] as? String == "place")
        #expect(almaAta["strength"] as? Int == 16 + 8 + 27 + 1)
        let notes = try #require(hubs["notes"] as? [String])
        #expect(notes.contains { $0.contains("measures run on messages, contacts and relay hops") })
        #expect(notes.contains { $0.hasPrefix("Alma Ata: 3 self-loops") })
        #expect(notes.contains { $0.contains("documented messages here: 16 out, 8 in") })

        let letters = try object(["hubs", "--letters-only"])
        let alone = try #require((letters["hubs"] as? [[String: Any]])?.first { $0["id"] as? String == "alma-ata" })
        #expect(alone["messages_out"] as? Int == 16 && alone["contacts_out"] as? Int == 0 && alone["strength"] as? Int == 24)
        #expect((letters["notes"] as? [String])?.contains { $0.contains("messages alone (--letters-only)") } == true)

        let table = try cli.run(["hubs", "--top", "1"])
        let header = try #require(table.stdout.split(separator: "\n").first)
        #expect(header.split(separator: " ") == ["rank", "node", "kind", "strength", "messages_out", "messages_in",
                                                  "contacts_out", "contacts_in"])
        let csv = try cli.run(["hubs", "--top", "1", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("rank,node,kind,strength,messages_out,messages_in,contacts_out,contacts_in,self_loops,tally,id\n"))
        #expect(csv.stdout.contains(",16,8,27,1,3,"))
    }

    @Test func hubsByPersonMarkEachNodesKind() throws {
        let ranked = try #require(try object(["hubs", "--by", "person", "--top", "100"])["hubs"] as? [[String: Any]])
        func kind(_ id: String) -> String? { ranked.first { $0["id"] as? String == id }?["kind"] as? String }
        #expect(kind("trotsky") == "person" && kind("rakovsky") == "person")
        #expect(kind("colonies") == "group" && kind("moscow-trotskyists") == "group")
        #expect(kind("moscow") == "place" && kind("siberia") == "place")
        #expect(Set(ranked.compactMap { $0["kind"] as? String }) == ["person", "group", "place"])
        let csv = try cli.run(["hubs", "--by", "person", "--top", "100", "--format", "csv"])
        #expect(csv.stdout.contains(",the exile colonies,group,"))
        #expect(csv.stdout.contains(",Moscow,place,"))
    }

    @Test func relayGivesRakovskysDirectLetterFirst() throws {
        let hops = try rows(["relay", "Astrakhan", "Alma Ata", "--evidence"])
        let first = try #require(hops.first)
        #expect(first["chain"] as? Int == 1 && first["hop"] as? Int == 1)
        #expect(first["how"] as? String == "letter" && first["date"] as? String == "1928-02-17")
        #expect(first["id"] as? String == "l08-rakovsky-17-feb" && first["locator"] as? String == "L1462")
        #expect(first["to"] as? String == "Alma Ata (Leon Trotsky)")
        #expect(!hops.contains { $0["chain"] as? Int == 1 && $0["hop"] as? Int == 2 })   // one hop: the letter itself
        // The way through Moscow is still there, after it, with each hop's kind.
        let viaMoscow = hops.filter { ($0["from"] as? String)?.hasPrefix("Moscow") == true }
        #expect(viaMoscow.contains { ($0["chain"] as? Int ?? 0) > 1 && $0["how"] as? String == "report" })
        #expect(try cli.run(["relay", "Astrakhan", "Alma Ata", "--max-hops", "0"]).status == 2)
    }

    @Test func egoNetworkInfersPersonOrPlaceFromTheName() throws {
        let person = try object(["network", "--ego", "Rakovsky"])
        let edges = try #require(person["edges"] as? [[String: Any]])
        #expect(edges.contains { $0["from_id"] as? String == "rakovsky" && $0["to_id"] as? String == "trotsky" })
        #expect(edges.allSatisfy { $0["from_kind"] != nil && $0["to_kind"] != nil })
        #expect((person["notes"] as? [String])?.first == "Christian Rakovsky is a person: the network is by person")
        let place = try object(["network", "--ego", "Rakovsky", "--by", "place"])
        let placeEdges = try #require(place["edges"] as? [[String: Any]])
        #expect(placeEdges.contains { $0["from_id"] as? String == "astrakhan" && $0["to_id"] as? String == "alma-ata" })
        #expect((place["notes"] as? [String])?.first?.contains("the ego is Astrakhan") == true)
        let almaAta = try object(["network", "--ego", "Alma Ata"])
        #expect((almaAta["edges"] as? [[String: Any]])?.contains { $0["from_id"] as? String == "alma-ata" } == true)
        #expect((almaAta["notes"] as? [String])?.contains { $0.contains(" is a ") } == false)   // by place, the default: no note
        let radek = try cli.run(["network", "--ego", "Radek", "--by", "place", "--during", "1928"])
        #expect(radek.status == 1)
        #expect(radek.stderr.contains("Tobolsk and Tomsk"))
        let july = try object(["network", "--ego", "Radek", "--by", "place", "--during", "1928-07"])
        #expect((july["notes"] as? [String])?.first?.contains("the ego is Tomsk") == true)
    }
}
