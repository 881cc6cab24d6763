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
        #expect(july.contains { $0["date"] as? String == "1928-07-13" && ($0["to"] as? String)?.contains("Rakovsky") == true })
        #expect(july.allSatisfy { ($0["from"] as? String)?.hasPrefix("Leon Trotsky") == true })
        let telegrams = try rows(["letters", "--kind", "telegram"], key: "letters")
        #expect(!telegrams.isEmpty && telegrams.allSatisfy { $0["kind"] as? String == "telegram" })
        let toRadek = try rows(["letters", "--to", "Rádek"], key: "letters")
        #expect(toRadek.allSatisfy { ($0["to"] as? String)?.hasPrefix("Karl Radek") == true })
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
        let edges = try rows(["network", "--ego", "Rakovsky", "--by", "person"], key: "edges")
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
}
