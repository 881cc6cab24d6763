import Foundation
import Testing

/// How `exile` behaves at a terminal: options given twice, names given as arguments, help
/// that lists allowed values once, options offered only where they mean something.
@Suite struct OptionMannersCLITests {
    let cli = CLIRunner()

    @Test func anOptionGivenTwiceIsRefusedUnlessItRepeats() throws {
        let twice = try cli.run(["exiles", "--on", "1928", "--on", "1935"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("--on was given twice (1928, 1935), but takes one value; give it once"), "\(twice.stderr)")
        #expect(twice.stdout.isEmpty)
        let format = try cli.run(["places", "--format=json", "--format", "csv"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("--format was given twice (json, csv)"))
        let flag = try cli.run(["exiles", "--evidence", "--evidence"])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("--evidence was given twice; give it once"))
    }

    @Test func aRepeatableFilterTakesTheUnionOfItsValues() throws {
        let astrakhan = try people(["exiles", "--place", "Astrakhan"])
        let tobolsk = try people(["exiles", "--place", "Tobolsk"])
        let both = try people(["exiles", "--place", "Astrakhan", "--place", "Tobolsk"])
        #expect(astrakhan.contains("rakovsky") && tobolsk.contains("radek"))
        #expect(both == astrakhan.union(tobolsk))
        let two = try people(["exiles", "--person", "Radek", "--person", "Rakovsky"])
        #expect(two == ["radek", "rakovsky"])
    }

    @Test func exilesTakesAPersonAsItsArgumentAsJourneysDoes() throws {
        #expect(try people(["exiles", "Radek"]) == ["radek"])
        let rows = try exiles(["exiles", "Radek"])
        #expect(rows.compactMap { ($0["place"] as? [String: Any])?["id"] as? String } == ["tobolsk", "tomsk"])
        let unknown = try cli.run(["exiles", "Radzik"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean"))
    }

    @Test func anEmptyListKeepsItsCSVHeaderAndJSONShape() throws {
        let csv = try cli.run(["exiles", "--on", "1800", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("person.id,person.name,place.id,place.name,kind,period.edtf") == true)
        #expect(csv.stdout.hasSuffix("\r\n"), "RFC 4180 ends each line with CRLF")
        let full = try cli.run(["exiles", "--on", "1928-10-15", "--format", "csv"])
        #expect(full.stdout.split(whereSeparator: \.isNewline).first == lines.first, "the same header, rows or none")
        #expect(try exiles(["exiles", "--on", "1800"]).isEmpty)
    }

    @Test func helpListsAllowedValuesOnce() throws {
        let root = try cli.run(["--help"]).stdout
        let listing = root.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        var commands: [String] = []
        for line in listing.split(whereSeparator: \.isNewline) {
            guard let word = line.split(separator: " ").first.map(String.init), word != "help", word != "See" else { continue }
            commands.append(word)
        }
        #expect(commands.count > 15)
        for command in commands {
            let help = try cli.run([command, "--help"], environment: ["COLUMNS": "400"]).stdout
            // Each option's help, joined onto one line, before swift-argument-parser's "(values: ...)".
            for block in help.components(separatedBy: "\n  --").dropFirst() {
                let lines: [String] = block.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }
                let text = lines.joined(separator: " ")
                guard let range = text.range(of: "(values: ") else { continue }
                let values = text[range.upperBound...].prefix { $0 != ")" && $0 != ";" }.components(separatedBy: ", ")
                let before = text[..<range.lowerBound]
                let words = Set(before.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init))
                let repeated = values.filter { words.contains($0) }
                #expect(repeated.count < 2, "exile \(command) --\(text.prefix(40)) lists its values twice")
            }
        }
    }

    @Test func evidenceIsOfferedOnlyWhereThereIsEvidenceToShow() throws {
        for command in ["sources", "check"] {
            let help = try cli.run([command, "--help"]).stdout
            #expect(!help.contains("--evidence"), "exile \(command) has no evidence to show")
            let refused = try cli.run([command, "--evidence"])
            #expect(refused.status == 2)
        }
        #expect(try cli.run(["exiles", "--help"]).stdout.contains("--evidence"))
        let importHelp = try cli.run(["import", "--help"]).stdout
        #expect(!importHelp.contains("--evidence"))
    }

    // MARK: - Helpers

    private func exiles(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(root["exiles"] as? [[String: Any]])
    }

    private func people(_ arguments: [String]) throws -> Set<String> {
        Set(try exiles(arguments).compactMap { ($0["person"] as? [String: Any])?["id"] as? String })
    }
}
