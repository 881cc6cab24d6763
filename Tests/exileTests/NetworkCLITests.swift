import Foundation
import Testing

/// `letters`, `hubs`, `network` and `relay` end to end.
@Suite(.serialized) struct NetworkCLITests {
    let cli = CLIRunner()

    /// The rows of a command's JSON: the array under `key` (the document is an object).
    private func rows(_ arguments: [String], key: String) throws -> [[String: Any]] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require((root as? [String: Any])?[key] as? [[String: Any]])
    }

    /// The id of an entity member (`node`, `from`, a party's `person`).
    private func id(_ row: [String: Any]?, _ key: String) -> String? {
        (row?[key] as? [String: Any])?["id"] as? String
    }

    /// The display names of a letter's parties (`from` or `to`).
    private func names(_ row: [String: Any], _ key: String) -> [String] {
        (row[key] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    /// The EDTF of a date member.
    private func edtf(_ row: [String: Any]?, _ key: String = "date") -> String? {
        (row?[key] as? [String: Any])?["edtf"] as? String
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
        #expect(id(places.first, "node") == "alma-ata")
        #expect(places.first?["rank"] as? Int == 1)
        let notes = try #require(hubs["notes"] as? [String])
        #expect(notes.contains { $0.contains("800 political letters") && $0.contains("1,000 letters") })
        let people = try object(["hubs", "--by", "person", "--measure", "betweenness"])
        let ranked = try #require(people["hubs"] as? [[String: Any]])
        #expect(id(ranked.first, "node") == "trotsky")
        #expect(ranked.prefix(5).contains { id($0, "node") == "rakovsky" })
    }

    @Test(arguments: ["degree", "strength", "betweenness", "closeness", "pagerank", "hits"])
    func everyMeasureRanks(_ measure: String) throws {
        let root = try object(["hubs", "--measure", measure, "--by", "person", "--top", "3"])
        let ranked = try #require(root["hubs"] as? [[String: Any]])
        #expect(ranked.count == 3)
        #expect(id(ranked.first, "node") == "trotsky")
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
        #expect(edges.contains { id($0, "from") == "rakovsky" && id($0, "to") == "crimea" })
        // An ego network of depth 1: Rakovsky, his correspondents, and the ties among them.
        let ends = { (edge: [String: Any]) in [self.id(edge, "from") ?? "", self.id(edge, "to") ?? ""] }
        let members = Set(edges.filter { ends($0).contains("rakovsky") }.flatMap(ends))
        #expect(edges.allSatisfy { Set(ends($0)).isSubset(of: members) })
        #expect(members.contains("trotsky"))
        let hops = try rows(["relay", "Alma Ata", "Crimea", "--evidence"], key: "hops")
        #expect(hops.map { ($0["to"] as? [String: Any])?["name"] as? String } == ["Astrakhan (Christian Rakovsky)", "Crimea"])
        let stop = try #require(hops.first?["to"] as? [String: Any])
        #expect(id(stop, "place") == "astrakhan" && id(stop, "person") == "rakovsky" && stop["uncertain"] as? Bool == false)
        #expect(hops.allSatisfy { hop in
            (hop["evidence"] as? [[String: Any]])?.contains { ($0["quote"] as? String)?.contains("Astrakán") == true } == true
        })
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
        let almaAta = try #require((hubs["hubs"] as? [[String: Any]])?.first { id($0, "node") == "alma-ata" })
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
        let alone = try #require((letters["hubs"] as? [[String: Any]])?.first { id($0, "node") == "alma-ata" })
        #expect(alone["messages_out"] as? Int == 16 && alone["contacts_out"] as? Int == 0 && alone["strength"] as? Int == 24)
        #expect((letters["notes"] as? [String])?.contains { $0.contains("messages alone (--letters-only)") } == true)

        let table = try cli.run(["hubs", "--top", "1"])
        let header = try #require(table.stdout.split(whereSeparator: \.isNewline).first)
        #expect(header.split(separator: " ") == ["rank", "node", "kind", "strength", "messages_out", "messages_in",
                                                  "contacts_out", "contacts_in"])
        let csv = try cli.run(["hubs", "--top", "1", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("rank,node.id,node.name,kind,strength,messages_out,messages_in,contacts_out,contacts_in,"
            + "self_loops,tally.direction,tally.item,tally.count.min,tally.count.max,tally.period.edtf,"
            + "tally.period.earliest,tally.period.latest\r\n"))
        #expect(csv.stdout.contains("1,alma-ata,Alma Ata,place,52,16,8,27,1,3,"))
        // The sources' own totals, as numbers: 800 political letters sent in 1928-04/1928-10.
        let tally = try #require(almaAta["tally"] as? [[String: Any]])
        let sent = try #require(tally.first { $0["item"] as? String == "political letter" })
        #expect(sent["direction"] as? String == "sent")
        #expect((sent["count"] as? [String: Any])?["min"] as? Int == 800 && (sent["count"] as? [String: Any])?["max"] as? Int == 800)
        #expect(edtf(sent, "period") == "1928-04/1928-10")
    }

    @Test func hubsByPersonMarkEachNodesKind() throws {
        let ranked = try #require(try object(["hubs", "--by", "person", "--top", "100"])["hubs"] as? [[String: Any]])
        func kind(_ node: String) -> String? { ranked.first { id($0, "node") == node }?["kind"] as? String }
        #expect(kind("trotsky") == "person" && kind("rakovsky") == "person")
        #expect(kind("colonies") == "group" && kind("moscow-trotskyists") == "group")
        #expect(kind("moscow") == "place" && kind("siberia") == "place")
        #expect(Set(ranked.compactMap { $0["kind"] as? String }) == ["person", "group", "place"])
        let csv = try cli.run(["hubs", "--by", "person", "--top", "100", "--format", "csv"])
        #expect(csv.stdout.contains(",the exile colonies,group,"))
        #expect(csv.stdout.contains(",Moscow,place,"))
    }

    @Test func relayGivesRakovskysDirectLetterFirst() throws {
        let hops = try rows(["relay", "Astrakhan", "Alma Ata", "--evidence"], key: "hops")
        let first = try #require(hops.first)
        #expect(first["chain"] as? Int == 1 && first["hop"] as? Int == 1)
        #expect(first["how"] as? String == "letter" && edtf(first) == "1928-02-17")
        #expect((first["date"] as? [String: Any])?["earliest"] as? String == "1928-02-17")
        #expect(id(first, "id") == "l08-rakovsky-17-feb")
        #expect((first["id"] as? [String: Any])?["name"] as? String == "letter 1928-02-17")
        #expect((first["evidence"] as? [[String: Any]])?.first?["locator"] as? String == "L1462")
        let to = try #require(first["to"] as? [String: Any])
        #expect(to["name"] as? String == "Alma Ata (Leon Trotsky)" && id(to, "place") == "alma-ata" && id(to, "person") == "trotsky")
        #expect(!hops.contains { $0["chain"] as? Int == 1 && $0["hop"] as? Int == 2 })   // one hop: the letter itself
        // The way through Moscow is still there, after it, with each hop's kind.
        let viaMoscow = hops.filter { (($0["from"] as? [String: Any])?["name"] as? String)?.hasPrefix("Moscow") == true }
        #expect(viaMoscow.contains { ($0["chain"] as? Int ?? 0) > 1 && $0["how"] as? String == "report" })
        #expect(try cli.run(["relay", "Astrakhan", "Alma Ata", "--max-hops", "0"]).status == 2)
    }

    @Test func egoNetworkInfersPersonOrPlaceFromTheName() throws {
        let person = try object(["network", "--ego", "Rakovsky"])
        let edges = try #require(person["edges"] as? [[String: Any]])
        #expect(edges.contains { id($0, "from") == "rakovsky" && id($0, "to") == "trotsky" })
        #expect(edges.allSatisfy { $0["from_kind"] != nil && $0["to_kind"] != nil })
        #expect((person["notes"] as? [String])?.first == "Christian Rakovsky is a person: the network is by person")
        let place = try object(["network", "--ego", "Rakovsky", "--by", "place"])
        let placeEdges = try #require(place["edges"] as? [[String: Any]])
        #expect(placeEdges.contains { id($0, "from") == "astrakhan" && id($0, "to") == "alma-ata" })
        #expect((place["notes"] as? [String])?.first?.contains("the ego is Astrakhan") == true)
        let almaAta = try object(["network", "--ego", "Alma Ata"])
        #expect((almaAta["edges"] as? [[String: Any]])?.contains { id($0, "from") == "alma-ata" } == true)
        #expect((almaAta["notes"] as? [String])?.contains { $0.contains(" is a ") } == false)   // by place, the default: no note
        let radek = try cli.run(["network", "--ego", "Radek", "--by", "place", "--during", "1928"])
        #expect(radek.status == 1)
        #expect(radek.stderr.contains("Tobolsk and Tomsk"))
        let july = try object(["network", "--ego", "Radek", "--by", "place", "--during", "1928-07"])
        #expect((july["notes"] as? [String])?.first?.contains("the ego is Tomsk") == true)
    }

    /// A letter's parties carry ids a script can join to `people` and `places`; repeated
    /// --from, --to and --kind take the union of their values.
    @Test func lettersGivePartiesWithIDsAndTakeUnions() throws {
        let july = try rows(["letters", "--from", "Trotsky", "--during", "1928-07-14"], key: "letters")
        let letter = try #require(july.first { $0["id"] as? String == "l38-rakovsky-14-jul" })
        let sender = try #require((letter["senders"] as? [[String: Any]])?.first)
        #expect(id(sender, "person") == "trotsky" && id(sender, "place") == "alma-ata")
        #expect(sender["name"] as? String == "Leon Trotsky (Alma Ata)" && sender["uncertain"] as? Bool == false)
        let addressee = try #require((letter["addressees"] as? [[String: Any]])?.first)
        #expect(id(addressee, "person") == "rakovsky" && id(addressee, "place") == "astrakhan")
        let date = try #require(letter["date"] as? [String: Any])
        #expect(date["edtf"] as? String == "1928-07-14" && date["earliest"] as? String == "1928-07-14" && date["latest"] as? String == "1928-07-14")
        #expect(letter["relay"] is NSNull)
        // A party the source names only in words: no person, no place, its words as the name.
        let critics = try #require(july.first { $0["id"] as? String == "l57-na-zloby-dnia" })
        let words = try #require((critics["addressees"] as? [[String: Any]])?.first)
        #expect(words["person"] is NSNull && words["place"] is NSNull && words["name"] as? String == "sus críticos (his critics)")

        func ids(_ arguments: [String]) throws -> Set<String> {
            Set(try rows(["letters"] + arguments, key: "letters").compactMap { $0["id"] as? String })
        }
        let rakovsky = try ids(["--from", "Rakovsky"]), astrakhan = try ids(["--from", "Astrakhan"])
        #expect(try ids(["--from", "Rakovsky", "--from", "Astrakhan"]) == rakovsky.union(astrakhan))
        let radek = try ids(["--to", "Radek"]), preobrazhensky = try ids(["--to", "Preobrazhensky"])
        #expect(!radek.isEmpty && !preobrazhensky.isEmpty)
        #expect(try ids(["--to", "Radek", "--to", "Preobrazhensky"]) == radek.union(preobrazhensky))
        let letters = try ids(["--kind", "letter"]), telegrams = try ids(["--kind", "telegram"])
        #expect(try ids(["--kind", "letter", "--kind", "Telegram"]) == letters.union(telegrams))
        // Filters of different options still narrow each other.
        #expect(try ids(["--from", "Trotsky", "--kind", "telegram"]).isSubset(of: telegrams))

        // An empty list keeps its CSV header; the table says so.
        let empty = try cli.run(["letters", "--from", "Trotsky", "--during", "1800", "--format", "csv"])
        #expect(empty.stdout.hasPrefix("date.edtf,date.earliest,date.latest,kind,senders.person.id,senders.person.name,senders.place.id,"
            + "senders.place.name,senders.name,senders.uncertain,addressees.person.id,"))
        #expect(empty.stdout.split(whereSeparator: \.isNewline).count == 1)
        #expect(try cli.run(["letters", "--from", "Trotsky", "--during", "1800"]).stdout.contains("no letters match"))
        // The kinds are listed once in the help, by the parser.
        let help = try cli.run(["letters", "--help"]).stdout
        #expect(help.components(separatedBy: "ultimatum").count == 2)
    }

    /// --evidence on `network` shows, under each edge, the letters and contacts it counts, each
    /// with its source, locator and quote (Fixtures/letter.csv: l38-rakovsky-14-jul, deutscher-1959
    /// L232, "la carta de Trotsky a Rakovsky fechada el 14 de julio"); the edge names them in
    /// `sources`.
    @Test func networkEvidenceShowsTheLettersAndContactsOfEachEdge() throws {
        let edges = try rows(["network", "--by", "person", "--during", "1928", "--evidence"], key: "edges")
        let edge = try #require(edges.first { id($0, "from") == "trotsky" && id($0, "to") == "rakovsky" })
        let sources = try #require(edge["sources"] as? [[String: Any]])
        #expect(sources.contains { $0["id"] as? String == "l38-rakovsky-14-jul" && $0["name"] as? String == "letter 1928-07-14" })
        #expect(sources.contains { $0["id"] as? String == "l37-rakovsky-13-jul" })
        #expect(sources.contains { $0["id"] as? String == "principal-rakovsky" && $0["name"] as? String == "contact 1928" })
        #expect(sources.count == edge["count"] as? Int)
        let evidence = try #require(edge["evidence"] as? [[String: Any]])
        #expect(evidence.count == sources.count)
        let letter = try #require(evidence.first { ($0["about"] as? [String: Any])?["id"] as? String == "l38-rakovsky-14-jul" })
        #expect(letter["locator"] as? String == "L232")
        #expect(letter["quote"] as? String == "la carta de Trotsky a Rakovsky fechada el 14 de julio")
        #expect((letter["source"] as? [String: Any])?["id"] as? String == "deutscher-1959")
        let contact = try #require(evidence.first { ($0["about"] as? [String: Any])?["id"] as? String == "principal-rakovsky" })
        #expect(contact["quote"] as? String == "iba dirigida a Rakovsky, que había sido deportado a Astrakán")
        #expect(edge["self_loop"] as? Bool == false && edge["from_kind"] as? String == "person")
        let kinds = try #require(edge["kinds"] as? [[String: Any]])
        #expect(kinds.first?["kind"] as? String == "letter" && kinds.first?["count"] as? Int == 3)
        #expect(kinds.compactMap { $0["count"] as? Int }.reduce(0, +) == edge["count"] as? Int)

        let table = try cli.run(["network", "--by", "person", "--during", "1928", "--evidence"], environment: ["COLUMNS": "200"])
        #expect(table.stdout.contains("\u{21B3} letter 1928-07-14: deutscher-1959, L232: \u{201C}la carta de Trotsky a Rakovsky fechada el 14 de julio\u{201D}"))
        let csv = try cli.run(["network", "--by", "person", "--during", "1928", "--evidence", "--format", "csv"]).stdout
        #expect(csv.contains("la carta de Trotsky a Rakovsky fechada el 14 de julio"))
        // Without --evidence, no evidence; a self-loop is a boolean (and "yes" in the table).
        let plain = try rows(["network"], key: "edges")
        #expect(plain.allSatisfy { $0["evidence"] == nil })
        #expect(plain.contains { id($0, "from") == "alma-ata" && id($0, "to") == "alma-ata" && $0["self_loop"] as? Bool == true })
        let empty = try cli.run(["network", "--during", "1800", "--format", "csv"]).stdout
        #expect(empty == "from.id,from.name,to.id,to.name,count,messages,contacts,kinds.kind,kinds.count,self_loop,from_kind,to_kind,"
            + "sources.id,sources.name\r\n")
    }

    /// --evidence on `hubs` shows the letters and contacts behind a node's counts (its edges to
    /// other nodes, not its self-loops), then the evidence of the sources' own totals.
    @Test func hubsEvidenceShowsTheRecordsBehindTheCounts() throws {
        let hubs = try rows(["hubs", "--top", "1", "--evidence"], key: "hubs")
        let almaAta = try #require(hubs.first)
        #expect(id(almaAta, "node") == "alma-ata")
        let evidence = try #require(almaAta["evidence"] as? [[String: Any]])
        func about(_ item: [String: Any]) -> String? { (item["about"] as? [String: Any])?["id"] as? String }
        let rakovsky = try #require(evidence.first { about($0) == "l38-rakovsky-14-jul" })
        #expect(rakovsky["quote"] as? String == "la carta de Trotsky a Rakovsky fechada el 14 de julio")
        #expect(evidence.contains { about($0) == "principal-rakovsky" })
        // Self-loops (l06, l73, l75) are counted apart: not behind the columns.
        #expect(!evidence.contains { about($0) == "l06-protest-local-gpu" || about($0) == "l73-gpu-ultimatum" })
        #expect(evidence.contains { (($0["about"] as? [String: Any])?["name"] as? String)?.hasPrefix("tally 1928-04/1928-10") == true })
        #expect(try rows(["hubs", "--top", "1"], key: "hubs").first?["evidence"] == nil)
        let table = try cli.run(["hubs", "--top", "1", "--evidence"], environment: ["COLUMNS": "200"]).stdout
        #expect(table.contains("\u{21B3} letter 1928-07-14: deutscher-1959, L232"))
        // Scores to 1e-6 in JSON, counts whole; an option that takes one value is refused twice.
        let pagerank = try rows(["hubs", "--measure", "pagerank", "--top", "1"], key: "hubs")
        let score = try #require(pagerank.first?["pagerank"] as? Double)
        #expect(abs(score * 1e6 - (score * 1e6).rounded()) < 1e-6)
        let twice = try cli.run(["hubs", "--measure", "degree", "--measure", "strength"])
        #expect(twice.status == 2 && twice.stderr.contains("--measure was given twice"))
        let empty = try cli.run(["hubs", "--during", "1800", "--format", "csv"]).stdout
        #expect(empty.hasPrefix("rank,node.id,node.name,kind,strength,messages_out,"))
    }
}
