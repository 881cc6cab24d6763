import Foundation
import Testing
@testable import ExileAtlas

/// Every quote in `Fixtures/` stands in its seed text at the lines its locator names.
@Suite struct FixtureQuoteTests {
    /// The fixtures compiled into the library, parsed.
    private func fixtureTables() throws -> [CSVTable] {
        try EmbeddedResources.fixtures.map { try CSVTable(file: $0.name, text: $0.text) }
    }

    @Test func verifierFindsFoldsAndRejects() {
        let verifier = QuoteVerifier(text: "En una pequeña estación\ndesierta a unos 50\n  kilómetros de Moscú\n")
        #expect(verifier.check(quote: "estación desierta", locator: "L1-2") == .found)
        #expect(verifier.check(quote: "unos 50 kilómetros", locator: "L2-3") == .found)
        #expect(verifier.check(quote: "unos 50 kilómetros", locator: "L1") == .notFound(nearby: 2))
        #expect(verifier.check(quote: "Samara", locator: "L1-3") == .notFound(nearby: nil))
        #expect(verifier.check(quote: "Moscú", locator: "L9") == .outOfRange(lines: 4))
        #expect(verifier.check(quote: "Moscú", locator: "line 3") == .badLocator)
        #expect(QuoteVerifier.lineRange("L257-258") == 257...258)
        #expect(QuoteVerifier.lineRange("L258-257") == nil)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsFolder.path), "needs ../shared/seeds"))
    func everyFixtureQuoteStandsInItsSeed() throws {
        let tables = try fixtureTables()
        let sources = try #require(tables.first { $0.file == "source.csv" })
        let column = { (table: CSVTable, name: String) in table.header.firstIndex(of: name) }
        let idColumn = try #require(column(sources, "id")), kindColumn = try #require(column(sources, "kind"))
        let fileColumn = try #require(column(sources, "file"))
        var verifiers: [String: QuoteVerifier] = [:]
        for record in sources.records where record[kindColumn] == "text" && !record[fileColumn].isEmpty {
            let text = try String(contentsOf: seedsFolder.appendingPathComponent(record[fileColumn]), encoding: .utf8)
            verifiers[record[idColumn]] = QuoteVerifier(text: text)
        }
        #expect(!verifiers.isEmpty)

        var checked = 0
        var failures: [String] = []
        // A row's evidence, and an exile's own evidence for each end of its period.
        for table in tables {
            for prefix in ["", "start_", "end_"] {
                guard let source = column(table, prefix + "source_id"), let locator = column(table, prefix + "locator"),
                      let quote = column(table, prefix + "quote") else { continue }
                for (index, record) in table.records.enumerated() {
                    guard let verifier = verifiers[record[source]] else { continue }
                    checked += 1
                    let outcome = verifier.check(quote: record[quote], locator: record[locator])
                    if record[quote].isEmpty || outcome != .found {
                        failures.append("\(table.file):\(table.lines[index]): \(prefix)\(record[locator]) \(outcome): \(record[quote])")
                    }
                }
            }
        }
        #expect(checked > 300, "only \(checked) quotes checked")
        #expect(failures.isEmpty, "\(failures.count) quotes not at their lines:\n\(failures.joined(separator: "\n"))")
    }
}
