import Foundation
import Testing

/// The database survives a killed import and concurrent use.
@Suite(.serialized) struct DurabilityCLITests {
    static let people = 1_000

    /// A synthetic import large enough to take a while: places, people and four exiles each.
    private func writeImport(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let n = Self.people
        try "id,kind,title\nsyn,estimate,Synthetic test data\n".write(to: folder.appendingPathComponent("source.csv"), atomically: true, encoding: .utf8)
        var places = "id,name,kind,latitude,longitude,coord_source_id,source_id,locator\n"
        var people = "id,name,source_id,locator\n"
        var exiles = "id,person_id,place_id,kind,period,source_id,locator\n"
        for i in 0..<n {
            places += "p\(i),Village \(i),village,\(40 + i % 30).5,\(30 + i % 90).25,syn,syn,gen\n"
            people += "x\(i),Synthetic Person \(i),syn,gen\n"
        }
        for i in 0..<(n * 4) { exiles += "e\(i),x\(i % n),p\((i * 7) % n),exile,\(1900 + i % 50)/\(1901 + i % 50),syn,gen\n" }
        try places.write(to: folder.appendingPathComponent("place.csv"), atomically: true, encoding: .utf8)
        try people.write(to: folder.appendingPathComponent("person.csv"), atomically: true, encoding: .utf8)
        try exiles.write(to: folder.appendingPathComponent("exile.csv"), atomically: true, encoding: .utf8)
    }

    /// How many synthetic people the database holds.
    private func importedPeople(_ runner: CLIRunner) throws -> Int {
        let result = try runner.run(["people", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\r\n").filter { $0.contains("Synthetic Person") }.count
    }

    @Test func killingAnImportLeavesAllOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input")
        try writeImport(to: input)
        let pristine = folder.appendingPathComponent("pristine.sqlite")
        #expect(try CLIRunner(database: pristine.path).run(["sources"]).status == 0)

        var generator = SystemRandomNumberGenerator()
        var outcomes: [Int: Int] = [:]
        for round in 0..<20 {
            let database = folder.appendingPathComponent("round-\(round).sqlite")
            try FileManager.default.copyItem(at: pristine, to: database)
            let runner = CLIRunner(database: database.path)
            let running = try runner.start(["import", input.path])
            usleep(UInt32.random(in: 20_000...900_000, using: &generator))
            kill(running.process.processIdentifier, SIGKILL)
            _ = try running.finish()
            let check = try runner.run(["check"])
            #expect(check.status == 0, "round \(round): \(check.stdout) \(check.stderr)")
            let count = try importedPeople(runner)
            #expect(count == 0 || count == Self.people, "round \(round): \(count) people, a partial import")
            outcomes[count, default: 0] += 1
        }
        #expect(outcomes.values.reduce(0, +) == 20)
    }

    @Test func queriesRunWhileAnImportWritesAndASecondImportWaits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-busy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input")
        try writeImport(to: input)
        let runner = CLIRunner(database: folder.appendingPathComponent("atlas.sqlite").path)
        #expect(try runner.run(["sources"]).status == 0)
        let first = try runner.start(["import", input.path])
        let second = try runner.start(["import", input.path])
        var queries: [CLIResult] = []
        for _ in 0..<15 { queries.append(try runner.run(["exiles", "--place", "Astrakhan", "--format", "csv"])) }
        for query in queries {
            #expect(query.status == 0, "\(query.stderr)")
            #expect(query.stdout.contains("rakovsky"))
        }
        let results = [try first.finish(), try second.finish()]
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
        // One import added the rows; the other waited, then found them all already there.
        let added = results.filter { $0.stdout.contains("\(Self.people * 6 + 1) rows added") }.count
        #expect(added == 1)
        #expect(try importedPeople(runner) == Self.people)
        #expect(try runner.run(["check"]).status == 0)
    }
}
