import Foundation
import Testing

/// The `exile` commands end to end: output, formats and exit statuses.
@Suite(.serialized) struct CLITests {
    let cli = CLIRunner()

    // MARK: - Who was exiled where

    @Test func exilesAtAstrakhanShowRakovsky() throws {
        let result = try cli.run(["exiles", "--place", "Astrakhan"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Rakovsky"))
        #expect(result.stdout.contains("Astrakhan"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: ["ASTRAKHAN", "Astrakán", "Астрахань", "astrakhan"])
    func placeNamesResolveAsPeopleTypeThem(_ name: String) throws {
        let result = try cli.run(["exiles", "--place", name, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("rakovsky"))
    }

    @Test func radekWasInTobolskThenTomsk() throws {
        let result = try cli.run(["person", "Radek"])
        #expect(result.status == 0)
        let tobolsk = try #require(result.stdout.range(of: "Tobolsk"))
        let tomsk = try #require(result.stdout.range(of: "Tomsk"))
        #expect(tobolsk.lowerBound < tomsk.lowerBound, "Tobolsk is listed before Tomsk")
        #expect(result.stdout.contains("1928-05-10"))
    }

    @Test func bishkekFindsPishpekFrunzeWithItsNameHistory() throws {
        let result = try cli.run(["place", "Bishkek", "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let place = try #require(root["place"] as? [String: Any])
        #expect(place["id"] as? String == "pishpek-frunze")
        let names = try #require(root["names"] as? [[String: Any]])
        let periods = Dictionary(names.compactMap { name in
            (name["name"] as? String).map { ($0, name["period"] as? [String: Any] ?? [:]) }
        }, uniquingKeysWith: { first, _ in first })
        // Periods are dates: EDTF with the first and last day they can mean (null for an open end).
        #expect((periods["Pishpek"]?["edtf"] as? String)?.hasSuffix("1926") == true)
        #expect(periods["Pishpek"]?["latest"] as? String == "1926-12-31")
        #expect((periods["Frunze"]?["edtf"] as? String)?.hasPrefix("1926") == true)
        #expect(periods["Bishkek"]?["earliest"] as? String == "1991-01-01")
        #expect(periods["Bishkek"]?["latest"] is NSNull)
        // Coordinates are numbers to 0.0001 degrees, the identification a word and a count.
        #expect(place["coordinates"] as? [String: Double] == ["latitude": 42.87, "longitude": 74.59])
        #expect(place["identification"] as? String == "certain" && place["candidate_count"] as? Int == 0)
    }

    @Test(arguments: [("Almaty", "alma-ata"), ("Istanbul", "constantinople"), ("Frunze", "pishpek-frunze")])
    func oldAndNewNamesBothWork(_ name: String, _ id: String) throws {
        let result = try cli.run(["place", name, "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((root["place"] as? [String: Any])?["id"] as? String == id)
    }

    @Test func exilesDuringAPeriodOverlapIt() throws {
        let during = try cli.run(["exiles", "--during", "1937/1940", "--format", "json"])
        #expect(during.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(during.stdout.utf8)) as? [String: Any])
        let rows = try #require(root["exiles"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            let period = try #require(row["period"] as? [String: Any])
            let from = try #require(period["earliest"] as? String)
            #expect((period["latest"] as? String).map { $0 >= "1937-01-01" } ?? true, "an open end reaches the period")
            #expect(from <= "1940-12-31")
        }
        #expect(rows.contains { ["mexico", "mexico-city"].contains(($0["place"] as? [String: Any])?["id"] as? String) })
    }

    @Test func onADateExcludesOtherYears() throws {
        let result = try cli.run(["exiles", "--on", "1928-06", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("rakovsky"))
        #expect(!result.stdout.contains("mexico-city"))
    }

    // MARK: - Formats and evidence

    @Test func jsonRowsHaveTheDocumentedFields() throws {
        let result = try cli.run(["exiles", "--place", "Astrakhan", "--format", "json", "--evidence"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["command"] as? String == "exiles" && root["format_version"] as? Int == 2 && root["notes"] is [Any])
        let rows = try #require(root["exiles"] as? [[String: Any]])
        let row = try #require(rows.first { ($0["person"] as? [String: Any])?["id"] as? String == "rakovsky" })
        for field in ["person", "place", "kind", "period", "start_basis", "end_basis", "start_evidence", "end_evidence",
                      "place_note", "evidence"] {
            #expect(row[field] != nil, "missing \(field)")
        }
        #expect((row["person"] as? [String: Any])?["name"] as? String == "Christian Rakovsky")
        let evidence = try #require((row["evidence"] as? [[String: Any]])?.first)
        #expect((evidence["source"] as? [String: Any])?["id"] as? String == "deutscher-1959")
        #expect((evidence["quote"] as? String)?.contains("deportado a Astrakán") == true)
        #expect((evidence["locator"] as? String)?.hasPrefix("L") == true)
    }

    @Test func csvHasAHeaderAndQuotesWhereNeeded() throws {
        let result = try cli.run(["exiles", "--place", "Astrakhan", "--format", "csv", "--evidence"])
        let lines = result.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("person.id,person.name,place.id,place.name,kind,period.edtf,period.earliest,period.latest,") == true)
        #expect(lines.first?.hasSuffix(",place_note,evidence.source.id,evidence.source.name,evidence.locator,evidence.quote,evidence.about.id,evidence.about.name") == true)
        #expect(lines.count == 2)
        #expect(lines.last?.contains(#""iba dirigida a Rakovsky, que había sido deportado a Astrakán""#) == true, "a quote with commas is quoted")
    }

    @Test func tableFitsOneHundredColumns() throws {
        let result = try cli.run(["exiles", "--evidence"])
        #expect(result.status == 0)
        for line in result.stdout.split(whereSeparator: \.isNewline) {
            #expect(line.count <= 100, "too wide: \(line)")
        }
    }

    @Test func sourcesListTheSeedTexts() throws {
        let result = try cli.run(["sources", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("000_d770f87c54446777.txt"))
        #expect(result.stdout.contains("001_00ade89db9919eaa.txt"))
    }

    @Test func conflictsShowBothShips() throws {
        let result = try cli.run(["conflicts", "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["command"] as? String == "conflicts" && root["format_version"] as? Int == 2)
        let rows = try #require(root["conflicts"] as? [[String: Any]])
        let ships = rows.filter { $0["property"] as? String == "vehicle" }
        #expect(Set(ships.compactMap { $0["value"] as? String }).isSuperset(of: ["Ilych", "Kalinin"]))
        // The source and the subject are entities: an id and a name (the source's title).
        let sources = ships.compactMap { $0["source"] as? [String: String] }
        #expect(Set(sources.compactMap { $0["id"] }) == ["agn-mexico", "deutscher-1959"])
        #expect(sources.contains { $0["name"]?.hasPrefix("El profeta desarmado") == true })
        #expect(ships.allSatisfy { ($0["subject"] as? [String: String])?["id"] == "expulsion-1929-5" && $0["subject_kind"] as? String == "leg" })
        #expect(ships.allSatisfy { $0["conflict"] as? Int == ships.first?["conflict"] as? Int })
        // An undated leg of 1929 is labelled by the names of its journey's time, as `route` does.
        let origin = rows.first { $0["property"] as? String == "rail-origin" }
        #expect(((origin?["subject"] as? [String: Any])?["name"] as? String)?.hasPrefix("expulsion-1929 leg 3: Frunze →") == true)
        // The table shows the short source id, not its title.
        let table = try cli.run(["conflicts"])
        #expect(table.stdout.contains("deutscher-1959") && !table.stdout.contains("El profeta"))
    }

    @Test func placesByKindAndPeopleByRole() throws {
        let cities = try cli.run(["places", "--kind", "city", "--format", "csv"])
        #expect(cities.status == 0)
        #expect(cities.stdout.contains("astrakhan,Astrakhan,city"))
        #expect(!cities.stdout.contains(",siding,"))
        let deportees = try cli.run(["people", "--role", "deportee", "--format", "csv"])
        #expect(deportees.status == 0)
        #expect(deportees.stdout.contains("rakovsky"))
        #expect(!deportees.stdout.contains("stalin"))
    }

    // MARK: - Errors

    @Test func unknownPlaceSuggestsTheNearest() throws {
        let result = try cli.run(["exiles", "--place", "Astrakhn"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: no place named \"Astrakhn\"; did you mean \"Astrakhan\""))
        #expect(result.stderr.split(whereSeparator: \.isNewline).count == 1)
    }

    @Test func nothingLikeItSaysSo() throws {
        let result = try cli.run(["place", "Atlantis"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no place named \"Atlantis\""))
    }

    @Test func ambiguousNameListsTheCandidates() throws {
        let result = try cli.run(["person", "Smirnov"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could be several people"))
        #expect(result.stderr.contains("Ivan Smirnov"))
        #expect(result.stderr.contains("Vladimir Smirnov"))
    }

    @Test(arguments: [
        ["exiles", "--on", "1928-13"],
        ["exiles", "--on", "1928/1929"],
        ["exiles", "--during", "last summer"],
        ["exiles", "--no-such-option"],
        ["places", "--kind", "castle"],
        ["no-such-command"],
        ["exiles", "--format", "xml"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try cli.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Error") || result.stderr.contains("error"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("thesis.docx").path
        let content = Data("PK\u{3}\u{4} not a database".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        let result = try CLIRunner(database: path).run(["places"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not an Exile Atlas database"))
        #expect(FileManager.default.contents(atPath: path) == content)
    }

    @Test func severalProcessesBuildingOneNewDatabaseAllSucceed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = CLIRunner(database: folder.appendingPathComponent("shared.sqlite").path)
        let results = try (0..<6).map { _ in try runner.start(["exiles", "--place", "Astrakhan", "--format", "csv"]) }
            .map { try $0.finish() }
        for result in results {
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.contains("rakovsky"))
        }
    }

    @Test func helpHasExamples() throws {
        let result = try cli.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        for command in ["places", "place", "people", "person", "exiles", "sources", "conflicts"] {
            let help = try cli.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("exile \(command)"), "\(command) --help has no example")
        }
    }

    @Test func completionScriptsComeFromTheParser() throws {
        let result = try cli.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("complete"))
    }
}

/// Terminal manners: values typed in any case, compass bearings, counts that read as
/// numbers, a mistyped --db.
@Suite(.serialized) struct TerminalMannersCLITests {
    let cli = CLIRunner()

    @Test func enumeratedValuesAreReadInAnyCase() throws {
        let json = try cli.run(["places", "--format", "JSON"])
        #expect(json.status == 0)
        #expect(json.stdout.hasPrefix("{") && json.stdout.contains(#""command": "places""#))
        #expect(try cli.run(["letters", "--kind", "Letter", "--format", "csv"]).stdout.contains(",letter,"))
        #expect(try cli.run(["hubs", "--measure", "PageRank", "--top", "1"]).status == 0)
        let wrong = try cli.run(["places", "--format", "yaml"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("'table', 'json' or 'csv'"))
    }

    @Test func bearingsAreCompassBearingsAndNoneFromAPlaceToItself() throws {
        let west = try cli.run(["distance", "Alma Ata", "Frunze", "--format", "json"])
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(west.stdout.utf8)) as? [String: Any])?["hops"] as? [[String: Any]])
        // Frunze lies west by south of Alma Ata: 258.1 degrees from north, not -101.9; to 0.0001.
        let bearing = try #require(rows.first?["bearing"] as? Double)
        #expect(abs(bearing - 258.13) < 0.01)
        #expect(bearing == (bearing * 10_000).rounded() / 10_000)
        let same = try cli.run(["distance", "Moscow", "Moscow", "--format", "json"])
        let row = try #require(((try JSONSerialization.jsonObject(with: Data(same.stdout.utf8)) as? [String: Any])?["hops"] as? [[String: Any]])?.first)
        #expect(row["bearing"] is NSNull)
        #expect(row["distance"] as? Double == 0)
    }

    @Test func aNegativeCountIsRefusedWithItsRule() throws {
        for arguments in [["hubs", "--top", "-3"], ["relay", "Astrakhan", "Alma Ata", "--top", "-1"],
                          ["relay", "Astrakhan", "Alma Ata", "--max-hops", "0"], ["network", "--depth", "-1"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("takes a whole number of at least 1"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aMistypedDatabasePathBuildsNoAtlas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-db-\(UUID().uuidString)")
        let typo = folder.appendingPathComponent("typo/x.sqlite").path
        let result = try cli.run(["exiles", "--db", typo])
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not exist; create it, or check the path"))
        #expect(!FileManager.default.fileExists(atPath: folder.path), "no folder was made")
        let check = try cli.run(["check", "--db", FileManager.default.temporaryDirectory.appendingPathComponent("nope-\(UUID().uuidString).sqlite").path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("no atlas at"))
    }
}
