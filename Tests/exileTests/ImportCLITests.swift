import Foundation
import Testing

/// `exile import`: good files land, bad files are refused with a located message and leave
/// the database byte for byte as it was.
@Suite(.serialized) struct ImportCLITests {
    static let header = (
        source: "id,kind,title\n",
        place: "id,name,kind,latitude,longitude,coord_source_id,source_id,locator\n",
        person: "id,name,source_id,locator\n",
        exile: "id,person_id,place_id,kind,period,source_id,locator\n"
    )
    static let good: [String: String] = [
        "source.csv": header.source + "decembrist-ref,reference,General reference on the Decembrists\nmytext,text,A memoir\n",
        "place.csv": header.place + "chita,Chita,town,52.0317,113.5009,decembrist-ref,decembrist-ref,general\n",
        "person.csv": header.person + "volkonsky,Sergei Volkonsky,decembrist-ref,general\n",
        "exile.csv": header.exile + "volkonsky-chita,volkonsky,chita,exile,1827/1830,decembrist-ref,general\n",
    ]

    /// A fresh database and a folder of import files.
    private func workspace(_ files: [String: Data]) throws -> (runner: CLIRunner, folder: URL, files: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-import-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: input.appendingPathComponent(name)) }
        let runner = CLIRunner(database: folder.appendingPathComponent("atlas.sqlite").path)
        #expect(try runner.run(["sources"]).status == 0)   // builds the database, then closes it
        return (runner, folder, input)
    }

    private func bytes(_ runner: CLIRunner) -> Data? { FileManager.default.contents(atPath: runner.database) }

    @Test func goodFilesImportAndAreFound() throws {
        let (runner, folder, input) = try workspace(Self.good.mapValues { Data($0.utf8) })
        defer { try? FileManager.default.removeItem(at: folder) }
        let dry = try runner.run(["import", input.path, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("dry run: nothing was written; 5 rows"))
        #expect(try runner.run(["exiles", "--place", "Chita"]).status == 1)   // not there yet
        #expect(try runner.run(["import", input.path]).status == 0)
        let found = try runner.run(["exiles", "--place", "Chita", "--format", "csv"])
        let row = found.stdout.split(whereSeparator: \.isNewline).dropFirst().first ?? ""
        #expect(row.hasPrefix("volkonsky,") && row.contains(",chita,"), "\(found.stdout)")
        // Again: identical rows are left alone.
        #expect(try runner.run(["import", input.path]).stdout.contains("0 rows added or updated"))
    }

    @Test func aChangedRowIsAConflictUnlessReplaced() throws {
        let (runner, folder, input) = try workspace(Self.good.mapValues { Data($0.utf8) })
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try runner.run(["import", input.path]).status == 0)
        try Data((Self.header.exile + "volkonsky-chita,volkonsky,chita,exile,1827/1831,decembrist-ref,general\n").utf8)
            .write(to: input.appendingPathComponent("exile.csv"))
        let conflict = try runner.run(["import", input.path])
        #expect(conflict.status == 1)
        #expect(conflict.stderr.contains("exile.csv:2:1: volkonsky-chita is already in the database with other values"))
        let replaced = try runner.run(["import", input.path, "--replace"])
        #expect(replaced.status == 0)
        #expect(try runner.run(["exiles", "--person", "Volkonsky", "--format", "csv"]).stdout.contains("1827/1831"))
    }

    /// Bad inputs, each with the file, line, column and words its message must carry.
    static let badInputs: [(name: String, file: String, content: Data, message: String)] = [
        ("latitude 91", "place.csv", Data((header.place + "chita,Chita,town,91,113.5,decembrist-ref,decembrist-ref,general\n").utf8),
         "place.csv:2:4: this row breaks the rule latitude BETWEEN -90 AND 90"),
        ("longitude -181", "place.csv", Data((header.place + "chita,Chita,town,52,-181,decembrist-ref,decembrist-ref,general\n").utf8),
         "place.csv:2:5: this row breaks the rule longitude BETWEEN -180 AND 180"),
        ("wrong type", "place.csv", Data((header.place + "chita,Chita,town,north,113.5,decembrist-ref,decembrist-ref,general\n").utf8),
         "place.csv:2:4: latitude must be a number"),
        ("bad EDTF", "exile.csv", Data((header.exile + "volkonsky-chita,volkonsky,chita,exile,1827-13,decembrist-ref,general\n").utf8),
         "exile.csv:2:5: period: \"1827-13\" is not an EDTF date"),
        ("end before start", "exile.csv", Data((header.exile + "volkonsky-chita,volkonsky,chita,exile,1830/1827,decembrist-ref,general\n").utf8),
         "ends before it starts"),
        ("unknown place", "exile.csv", Data((header.exile + "volkonsky-chita,volkonsky,atlantis,exile,1827,decembrist-ref,general\n").utf8),
         "exile.csv:2:3: place_id \"atlantis\" names no place"),
        ("unknown person", "exile.csv", Data((header.exile + "volkonsky-chita,nobody,chita,exile,1827,decembrist-ref,general\n").utf8),
         "exile.csv:2:2: person_id \"nobody\" names no person"),
        ("duplicate id", "person.csv", Data((header.person + "volkonsky,A,decembrist-ref,general\nvolkonsky,B,decembrist-ref,general\n").utf8),
         "person.csv:3:1: volkonsky is already used at line 2"),
        ("missing column", "person.csv", Data("id,name,locator\nvolkonsky,Sergei Volkonsky,general\n".utf8),
         "person.csv:1:4: the required column \"source_id\" is missing"),
        ("extra column", "person.csv", Data("id,name,source_id,locator,rank\nvolkonsky,S,decembrist-ref,general,prince\n".utf8),
         "person.csv:1:5: \"rank\" is not a column of person"),
        ("empty file", "person.csv", Data(), "person.csv:1:1: the file is empty"),
        ("header only", "person.csv", Data(header.person.utf8), "exile.csv:2:2: person_id \"volkonsky\" names no person"),
        ("invalid UTF-8", "person.csv", Data(header.person.utf8) + Data([0x76, 0x6f, 0xff, 0x6b, 0x2c, 0x41, 0x2c, 0x64, 0x2c, 0x67, 0x0a]),
         "person.csv:2:3: this is not UTF-8 text"),
        ("unterminated quote", "person.csv", Data((header.person + "volkonsky,\"Sergei Volkonsky,decembrist-ref,general\n").utf8),
         "person.csv:2:1: a quoted field is never closed"),
        ("not CSV at all", "person.csv", Data("%PDF-1.4 a \"binary\" \"thing\" here\n".utf8),
         "person.csv:1:1: not valid CSV (Can't have non-quote here: b)"),
        ("a text cited without a quote", "place.csv", Data(("id,name,kind,source_id,locator,quote\n"
            + "chita,Chita,town,mytext,p. 12,\n").utf8) + Data(),
         "place.csv:2:6: this row cites a text source but its quote is empty"),
        ("a 10 MB field", "person.csv", Data((header.person + "volkonsky,\(String(repeating: "x", count: 10_000_000)),decembrist-ref,general\n").utf8),
         "person.csv:2:2: name is 10000000 bytes long; a field may hold at most 1000000"),
        ("SQL-looking table name", "place; DROP TABLE place.csv", Data(header.place.utf8),
         "is not a table of the atlas"),
        ("an unknown end written as a firm date", "exile.csv",
         Data(("id,person_id,place_id,kind,period,end_basis,source_id,locator\n"
               + "volkonsky-chita,volkonsky,chita,exile,1827/1830,unknown,decembrist-ref,general\n").utf8),
         "exile.csv:2:6: the end is unknown, yet the period ends firmly on 1830; write it open (1827/..) or uncertain (1827/1830~)"),
        ("an inferred end that does not say from what", "exile.csv",
         Data(("id,person_id,place_id,kind,period,end_basis,source_id,locator\n"
               + "volkonsky-chita,volkonsky,chita,exile,1827/1830,inferred,decembrist-ref,general\n").utf8),
         "exile.csv:2:6: this row breaks the rule end_basis <> 'inferred' OR coalesce(length(end_note), 0) > 0"),
        ("an exile with no place and no reason", "exile.csv",
         Data((header.exile + "volkonsky-chita,volkonsky,,exile,1827/1830,decembrist-ref,general\n").utf8),
         "exile.csv:2:1: this row breaks the rule place_id IS NOT NULL OR coalesce(length(place_note), 0) > 0"),
    ]

    @Test(arguments: badInputs.indices)
    func badInputIsRefusedAndChangesNothing(_ index: Int) throws {
        let bad = Self.badInputs[index]
        var files = Self.good.mapValues { Data($0.utf8) }
        files[bad.file] = bad.content
        let (runner, folder, input) = try workspace(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = bytes(runner)
        let result = try runner.run(["import", input.path])
        #expect(result.status == 1, "\(bad.name): exit \(result.status)")
        #expect(result.stderr.contains(bad.message), "\(bad.name): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "), "\(bad.name)")
        #expect(!result.stderr.contains("Fatal error"), "\(bad.name)")
        #expect(result.stdout.isEmpty, "\(bad.name)")
        #expect(bytes(runner) == before, "\(bad.name): the database changed")
    }

    /// The new columns of an exile: an unknown place with its reason, each end's basis,
    /// and an attestation; the statuses follow.
    @Test func exilesWithUnknownPlacesOpenEndsAndAttestationsImport() throws {
        var files = Self.good.mapValues { Data($0.utf8) }
        files["exile.csv"] = Data(("id,person_id,place_id,place_note,kind,period,start_basis,end_basis,end_note,source_id,locator\n"
            + "volkonsky-chita,volkonsky,chita,,exile,1827/..,stated,unknown,,decembrist-ref,general\n"
            + "volkonsky-unknown,volkonsky,,the memoir does not say,exile,1826?/1827~,unknown,inferred,before Chita,decembrist-ref,general\n").utf8)
        files["attestation.csv"] = Data(("id,person_id,place_id,kind,date,source_id,locator\n"
            + "volkonsky-1829,volkonsky,chita,mention,1829-06,decembrist-ref,general\n").utf8)
        let (runner, folder, input) = try workspace(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try runner.run(["import", input.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let on = try runner.run(["exiles", "--person", "Volkonsky", "--on", "1829-06", "--format", "csv"])
        #expect(on.stdout.contains("chita,Chita,exile,1827/..,1827-01-01,,attested"), "\(on.stdout)")
        let later = try runner.run(["exiles", "--person", "Volkonsky", "--on", "1835", "--format", "csv"])
        #expect(later.stdout.contains("chita,Chita,exile,1827/..,1827-01-01,,possible"), "no end stated: possibly still there")
        let all = try runner.run(["exiles", "--person", "Volkonsky", "--format", "csv"])
        #expect(all.stdout.contains("volkonsky,Sergei Volkonsky,,,exile,1826?/1827~"), "an unknown place is empty in CSV")
        #expect(all.stdout.contains("the memoir does not say"))
    }

    @Test func awkwardButValidInputsAreAccepted() throws {
        // A byte-order mark, CRLF line ends, a formula-like cell and an SQL-looking name are
        // data like any other: stored as text, never run.
        let person = "\u{FEFF}" + Self.header.person.replacingOccurrences(of: "\n", with: "\r\n")
            + "volkonsky,\"'); DROP TABLE place;--\",decembrist-ref,general\r\n"
            + "trubetskoy,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",decembrist-ref,general\r\n"
        var files = Self.good.mapValues { Data($0.utf8) }
        files["person.csv"] = Data(person.utf8)
        let (runner, folder, input) = try workspace(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runner.run(["import", input.path])
        #expect(result.status == 0, "\(result.stderr)")
        let people = try runner.run(["people", "--format", "csv"])
        #expect(people.stdout.contains("'); DROP TABLE place;--"))
        #expect(people.stdout.contains("=HYPERLINK"))
        #expect(try runner.run(["places", "--format", "csv"]).stdout.contains("chita"))   // place survived
    }

    @Test func aFolderWithoutCSVAndAMissingPath() throws {
        let (runner, folder, _) = try workspace([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try runner.run(["import", folder.appendingPathComponent("input").path])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("the folder holds no .csv or .json files"))
        let missing = try runner.run(["import", folder.appendingPathComponent("nowhere").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file or folder"))
        #expect(try runner.run(["import"]).status == 2)
    }
}

/// `exile check` end to end.
@Suite struct CheckCLITests {
    @Test func aHealthyAtlasPasses() throws {
        let result = try CLIRunner().run(["check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 errors"))
    }
}

/// JSON import: an object of tables, or an array of rows in a file named after its table.
@Suite struct JSONImportCLITests {
    @Test func jsonTablesImportAndBadJSONIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = CLIRunner(database: folder.appendingPathComponent("atlas.sqlite").path)
        let tables = """
            {"source": [{"id": "ref", "kind": "reference", "title": "General reference"}],
             "place": [{"id": "chita", "name": "Chita", "kind": "town", "latitude": 52.0317, "longitude": 113.5009,
                        "coord_source_id": "ref", "source_id": "ref", "locator": "general", "note": null}]}
            """
        try tables.write(to: folder.appendingPathComponent("decembrists.json"), atomically: true, encoding: .utf8)
        try #"[{"id": "volkonsky", "name": "Sergei Volkonsky", "born": "1788", "source_id": "ref", "locator": "general"}]"#
            .write(to: folder.appendingPathComponent("person.json"), atomically: true, encoding: .utf8)
        let result = try runner.run(["import", folder.appendingPathComponent("decembrists.json").path,
                                     folder.appendingPathComponent("person.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        let chita = try runner.run(["place", "Chita", "--format", "csv"]).stdout
        #expect(chita.contains("place,1,coordinates.latitude,52.0317\r\nplace,1,coordinates.longitude,113.5009\r\n"))
        #expect(try runner.run(["person", "Volkonsky"]).status == 0)

        try "{\"place\": [{\"id\": \"x\"".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let broken = try runner.run(["import", folder.appendingPathComponent("broken.json").path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("broken.json:1:1: not valid JSON"))
        try #"[{"id": "y", "name": ["a list"], "source_id": "ref", "locator": "g"}]"#
            .write(to: folder.appendingPathComponent("person.json"), atomically: true, encoding: .utf8)
        let nested = try runner.run(["import", folder.appendingPathComponent("person.json").path])
        #expect(nested.status == 1)
        #expect(nested.stderr.contains("person.json:1:"))
        #expect(nested.stderr.contains("name must be a string, a number, true, false or null"))
    }
}

/// `exile dump` writes what `exile import` reads back, unchanged.
@Suite(.serialized) struct DumpCLITests {
    @Test func aFullDumpImportsBackUnchangedAndUserRowsMove() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = CLIRunner(database: folder.appendingPathComponent("first.sqlite").path)
        let second = CLIRunner(database: folder.appendingPathComponent("second.sqlite").path)

        // Every shipped row, out as CSV and back in: all identical, to the last decimal.
        #expect(try first.run(["dump", "--format", "csv", "--out", folder.appendingPathComponent("all").path]).status == 0)
        let back = try second.run(["import", folder.appendingPathComponent("all").path])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("0 rows added or updated"))

        // User rows, out as JSON and into another atlas.
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in ImportCLITests.good { try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        #expect(try first.run(["import", input.path]).status == 0)
        let mine = folder.appendingPathComponent("mine.json")
        #expect(try first.run(["dump", "--user-only", "--out", mine.path]).status == 0)
        let moved = try second.run(["import", mine.path])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("5 rows added or updated"))
        #expect(try second.run(["exiles", "--place", "Chita", "--format", "csv"]).stdout.contains("volkonsky"))
        #expect(try second.run(["dump", "--format", "csv"]).status == 2)
    }
}
