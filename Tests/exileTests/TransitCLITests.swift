import Foundation
import Testing

/// `exile letters --transit` and `exile check --plausibility` on the shipped data, and an
/// impossible dating imported into a fresh atlas.
@Suite(.serialized) struct TransitCLITests {
    let cli = CLIRunner()

    private func document(_ runner: CLIRunner, _ arguments: [String], status: Int32 = 0) throws -> [String: Any] {
        let result = try runner.run(arguments + ["--format", "json"])
        #expect(result.status == status, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func id(_ value: Any?) -> String? { (value as? [String: Any])?["id"] as? String }

    @Test func transitFromAlmaAtaToMoscowInJune1928AgreesWithPlan() throws {
        let letters = try #require(try document(cli, ["letters", "--from", "Alma Ata", "--to", "Moscow", "--during", "1928-06", "--transit"])["letters"] as? [[String: Any]])
        let critique = try #require(letters.first { $0["id"] as? String == "l27-critique-congress" })
        #expect(id(critique["from_place"]) == "alma-ata" && id(critique["to_place"]) == "moscow")
        #expect(critique["from_basis"] as? String == "letter")
        #expect((critique["network_date"] as? [String: Any])?["edtf"] as? String == "1928-06-01")
        let transit = try #require(critique["transit"] as? [String: Any])
        let route = try #require(try document(cli, ["plan", "Alma Ata", "Moscow", "--on", "1928-06", "--by", "time"])["route"] as? [String: Any])
        #expect(transit["km"] as? Double == route["length"] as? Double)
        #expect(transit["hours"] as? Double == route["hours"] as? Double)
        #expect(transit["days"] as? Double == route["days"] as? Double)
        #expect(transit["km"] as? Double == 4364.4 && transit["days"] as? Double == 7.5)
        #expect(critique["transit_note"] is NSNull && critique["judgement"] is NSNull)
    }

    @Test func datedReceiptsAndRepliesAreJudged() throws {
        let letters = try #require(try document(cli, ["letters", "--transit"])["letters"] as? [[String: Any]])
        func row(_ letter: String) -> [String: Any]? { letters.first { $0["id"] as? String == letter } }
        // Trotsky's letter of 2 March to Uralsk, answered some time from March to December:
        // possible only if answered from 10 March (8 days of travel), so tight.
        let march = try #require(row("l09-preobrazhensky-2-mar"))
        let reply = try #require((march["datings"] as? [[String: Any]])?.first)
        #expect(reply["kind"] as? String == "reply" && id(reply["reply"]) == "l10-preobrazhensky-reply")
        #expect((reply["slack_days"] as? [String: Any])?["min"] as? Int == -1)
        #expect((reply["slack_days"] as? [String: Any])?["max"] as? Int == 304)
        #expect(reply["needed_days"] as? Int == 8 && reply["judgement"] as? String == "tight")
        #expect(march["judgement"] as? String == "tight")
        // The Berlin letter: received in mid-May, but Berlin is off the network.
        let berlin = try #require(row("l14-berlin-8-may"))
        #expect(berlin["transit"] is NSNull && berlin["transit_note"] as? String == "Berlin is not on the transport network")
        #expect(berlin["judgement"] as? String == "unjudged")
        // The answer to the ultimatum, the same day at Alma Ata.
        #expect(row("l73-gpu-ultimatum")?["judgement"] as? String == "plausible")
        // The table shows the transit and the verdicts.
        let table = try cli.run(["letters", "--transit", "--from", "Beloborodov"]).stdout
        #expect(table.contains("6218 km,") && table.contains("11.9 d") && table.contains("1928-05-10/1928-05-20:")
                && table.contains("-21 to 49 d, needs 11:"), "\(table)")
    }

    @Test func theShippedDatingsAreNoneImpossible() throws {
        let check = try document(cli, ["check", "--plausibility"])
        let notes = try #require(check["notes"] as? [String])
        #expect(notes.first == "plausibility: 9 dated receipts or replies judged against the network: 1 plausible, 2 tight, 0 impossible, 6 unjudged")
        #expect(notes.dropFirst().first == "plausibility: 5 dated legs judged against their modes' speeds: 3 plausible, 2 tight, 0 impossible")
        let findings = try #require(check["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["check"] as? String == "plausibility" })
        #expect(!findings.contains { $0["level"] as? String == "error" })
    }

    @Test func aReceiptBeforeArrivalIsAnErrorWithBothSidesEvidence() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-transit-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "source.csv": "id,kind,title\ntest-ref,reference,A test reference\n",
            "letter.csv": "id,kind,date,channel,source_id,locator\nt1-astrakhan,letter,1928-07-01,post,test-ref,page 1\n",
            "letter_party.csv": "letter_id,role,position,person_id,place_id\nt1-astrakhan,sender,1,rakovsky,astrakhan\nt1-astrakhan,addressee,1,trotsky,alma-ata\n",
            "letter_link.csv": "id,letter_id,kind,received,source_id,locator\nt1-receipt,t1-astrakhan,receipt,1928-07-03,test-ref,page 2\n",
            // Astrakhan to Alma Ata by rail in a day: the geodesic alone needs some 4 days at 26 km/h.
            "journey.csv": "id,person_id,title,period,source_id,locator\ntj,rakovsky,A test journey,1928-08,test-ref,page 3\n",
            "leg.csv": "id,journey_id,seq,from_place_id,to_place_id,departed,arrived,modes,source_id,locator\ntj-1,tj,1,astrakhan,alma-ata,1928-08-01,1928-08-02,rail,test-ref,page 3\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
        let runner = CLIRunner(database: folder.appendingPathComponent("atlas.sqlite").path)
        #expect(try runner.run(["import", input.path]).status == 0)
        let result = try runner.run(["check", "--plausibility"])
        #expect(result.status == 1)
        let findings = try #require(try document(runner, ["check", "--plausibility"], status: 1)["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["check"] as? String == "plausibility" })
        #expect(finding["level"] as? String == "error" && finding["where"] as? String == "letter_link t1-receipt")
        let detail = try #require(finding["detail"] as? String)
        #expect(detail.contains("letter t1-astrakhan dated 1928-07-01 (test-ref page 1)") && detail.contains("received 1928-07-03")
                && detail.contains("[test-ref page 2") && detail.contains("Astrakhan to Alma Ata takes 8.8 days"), "\(detail)")
        let leg = try #require(findings.first { $0["where"] as? String == "leg tj-1" })
        #expect(leg["level"] as? String == "error")
        #expect((leg["detail"] as? String)?.contains("departed 1928-08-01, arrived 1928-08-02 (test-ref page 3) gives 1 day for at least") == true, "\(leg)")
        // Without --plausibility the datings are not judged.
        #expect(try runner.run(["check"]).status == 0)
    }
}
