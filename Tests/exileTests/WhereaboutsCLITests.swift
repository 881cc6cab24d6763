import Foundation
import Testing

/// Who was where, when, as `exile exiles --on`, `exile timeline`, `exile place` and
/// `exile conflicts` answer it on the shipped data, checked against the seed text.
@Suite(.serialized) struct WhereaboutsCLITests {
    let cli = CLIRunner()

    /// The rows of a list command's JSON (the member named after the command: `exiles`, `timeline`).
    func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["format_version"] as? Int == 2)
        return try #require(root[arguments[0]] as? [[String: Any]])
    }

    /// The id of an entity field (`{"id": ..., "name": ...}`), nil when the field is null.
    func id(_ row: [String: Any]?, _ field: String) -> String? {
        (row?[field] as? [String: Any])?["id"] as? String
    }

    /// A member of an object field: `member(row, "period", "edtf")`.
    func member(_ row: [String: Any]?, _ field: String, _ name: String) -> Any? {
        (row?[field] as? [String: Any])?[name]
    }

    @Test func radekIsListedOn15October1928AsPossiblyAtTomsk() throws {
        let radek = try rows(["exiles", "--on", "1928-10-15", "--person", "Radek"])
        #expect(radek.count == 1)
        #expect(id(radek.first, "place") == "tomsk")
        #expect(radek.first?["status"] as? String == "possible")
        #expect(member(radek.first, "status_date", "edtf") as? String == "1928-07-14", "the last attestation, his letter from Tomsk")
        #expect(member(radek.first, "status_evidence", "locator") as? String == "L950")
        #expect((member(radek.first, "status_evidence", "source") as? [String: Any])?["id"] as? String == "deutscher-1959")
        #expect(radek.first?["end_basis"] as? String == "unknown")
        #expect(member(radek.first, "start_evidence", "locator") as? String == "L1116", "the memorandum written at Tomsk in June 1928")
        #expect(radek.first?["end_evidence"] is NSNull, "no evidence sets an unknown end")
        #expect(member(radek.first, "period", "edtf") as? String == "1928-06~/..")
        #expect(member(radek.first, "period", "earliest") as? String == "1928-06-01")
        #expect(member(radek.first, "period", "latest") is NSNull, "an open end has no last day")
    }

    @Test func theOppositionistsAreStillListedInJanuary1929() throws {
        let people = Set(try rows(["exiles", "--on", "1929-01-10"]).compactMap { id($0, "person") })
        for id in ["rakovsky", "radek", "preobrazhensky", "smilga", "beloborodov", "serebriakov", "muralov", "ivan-smirnov", "mrachkovsky"] {
            #expect(people.contains(id), "\(id) is missing on 1929-01-10")
        }
    }

    @Test func statusFiltersAndNeedsADate() throws {
        let attested = try rows(["exiles", "--on", "1928-05", "--status", "attested"])
        #expect(!attested.isEmpty)
        #expect(attested.allSatisfy { $0["status"] as? String == "attested" })
        #expect(attested.contains { id($0, "person") == "radek" && id($0, "place") == "tobolsk" })

        let refused = try cli.run(["exiles", "--status", "possible"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--status needs a date"))
        let badStatus = try cli.run(["exiles", "--on", "1928", "--status", "sure"])
        #expect(badStatus.status == 2)
    }

    @Test func sapronovIsListedWithAnUnknownPlace() throws {
        let sapronov = try rows(["exiles", "--person", "Sapronov"])
        #expect(sapronov.count == 1)
        #expect(sapronov.first?["place"] is NSNull)
        #expect((sapronov.first?["place_note"] as? String)?.contains("junto con los trotskistas") == true)
        let table = try cli.run(["exiles", "--person", "Sapronov"])
        #expect(table.stdout.contains("unknown"))
    }

    @Test func theColoniesOfExilesAnswer() throws {
        let barnaul = try rows(["exiles", "--place", "Barnaul"])
        #expect(barnaul.map { id($0, "person") } == ["exiles-barnaul"])
        #expect(member(barnaul.first, "period", "edtf") as? String == "1928?/..")
    }

    @Test func trotskyHasOneHomeAtATimeInAugustAndPossiblyEitherInTheAutumn() throws {
        let august = try rows(["exiles", "--person", "Trotsky", "--on", "1928-08"])
        let homes = august.filter { $0["kind"] as? String == "residence" }
        #expect(homes.map { id($0, "place") } == ["alma-ata-dacha"])
        #expect(homes.first?["status"] as? String == "within")
        let october = try rows(["exiles", "--person", "Trotsky", "--on", "1928-10"]).filter { $0["kind"] as? String == "residence" }
        #expect(october.count == 2)
        #expect(october.allSatisfy { $0["status"] as? String == "possible" }, "the move back is dated only to the autumn")
    }

    @Test func timelineOfRadekShowsTobolskTomskTheOctoberProtestAndTheGaps() throws {
        let result = try cli.run(["timeline", "Radek", "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(root["timeline"] as? [[String: Any]])
        func id(_ entity: Any?) -> String? { (entity as? [String: Any])?["id"] as? String }
        func when(_ entry: [String: Any], _ member: String) -> String? { (entry["when"] as? [String: Any])?[member] as? String }
        let stays = entries.filter { $0["entry"] as? String == "stay" }
        #expect(stays.compactMap { id($0["place"]) } == ["tobolsk", "tomsk"])
        #expect(stays.last.map { when($0, "edtf") } == "1928-06~/..")
        #expect(stays.last?["start_basis"] as? String == "inferred" && stays.last?["end_basis"] as? String == "unknown")
        #expect(entries.contains { $0["entry"] as? String == "attestation" && when($0, "edtf") == "1928-10"
            && when($0, "earliest") == "1928-10-01" && when($0, "latest") == "1928-10-31"
            && id($0["letter"]) == "l58-radek-protest-cc" })
        // An attestation that states no place has none (null), not a word.
        #expect(entries.contains { $0["entry"] as? String == "attestation" && $0["place"] is NSNull })
        let gaps = entries.filter { $0["entry"] as? String == "gap" }
        #expect(gaps.contains { when($0, "earliest") == "1928-07-15" && ($0["detail"] as? String)?.contains("Tomsk") == true
            && ($0["possibly"] as? [[String: Any]])?.compactMap { id($0) } == ["tomsk"] })
        let table = try cli.run(["timeline", "Radek"])
        #expect(table.stdout.contains("gap"))
        #expect(table.stdout.hasPrefix("Karl Radek"))
    }

    @Test func timelineOfAnUnknownPersonSuggests() throws {
        let result = try cli.run(["timeline", "Radzik"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean"))
    }

    @Test func kaminskShowsItsCandidates() throws {
        let result = try cli.run(["place", "Kaminsk", "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let place = try #require(root["place"] as? [String: Any])
        #expect(place["identification"] as? String == "uncertain")
        #expect(place["candidate_count"] as? Int == 2)
        let candidates = try #require(root["candidates"] as? [[String: Any]])
        #expect(candidates.count == 2)
        #expect(candidates.map { $0["chosen"] as? Bool } == [true, false])
        #expect(candidates.first?["coordinates"] as? [String: Double] == ["latitude": 53.789, "longitude": 81.332])
        let from = try #require(candidates.first?["coordinates_from"] as? [String: Any])
        #expect((from["source"] as? [String: Any])?["id"] as? String == "geonames" && from["reference"] as? String == "geonames:1504871")
        #expect((candidates.first?["candidate"] as? String)?.hasPrefix("Kamen-na-Obi") == true)
        let certain = try cli.run(["place", "Astrakhan", "--format", "json"])
        let astrakhan = try #require(try JSONSerialization.jsonObject(with: Data(certain.stdout.utf8)) as? [String: Any])
        #expect((astrakhan["candidates"] as? [Any])?.isEmpty == true)
    }

    @Test func theTemperaturesAreNotAConflict() throws {
        let result = try cli.run(["conflicts", "--format", "csv"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("temperature"))
        #expect(result.stdout.contains("Kalinin"))
    }

    @Test func trotskyIsACorrespondent() throws {
        let result = try cli.run(["people", "--role", "correspondent", "--format", "csv"])
        #expect(result.stdout.contains("trotsky,"))
    }
}
