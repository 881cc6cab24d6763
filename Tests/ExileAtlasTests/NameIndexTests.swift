import Foundation
import GRDB
import Testing
@testable import ExileAtlas

/// The atlas resolves names by its name index (migration 5), with the answers of the
/// in-memory `NameResolver` over the same names, and keeps the index through every write.
@Suite struct NameIndexTests {

    // MARK: - The same answers as the resolver in memory

    /// What users type: every stored name and id, changed as people change them (case,
    /// a letter dropped, doubled, swapped or wrong, a beginning, one word, "Surname, Forename").
    private func queries(from names: [String]) -> [String] {
        var queries: Set<String> = []
        for name in names {
            let chars = Array(name)
            queries.insert(name)
            queries.insert(name.lowercased())
            for cut in [2, 4] where cut < chars.count { queries.insert(String(chars[..<cut])) }
            for position in [chars.count / 2] where position > 0 && position < chars.count - 1 {
                var dropped = chars; dropped.remove(at: position); queries.insert(String(dropped))
                var doubled = chars; doubled.insert(chars[position], at: position); queries.insert(String(doubled))
                var swapped = chars; swapped.swapAt(position, position + 1); queries.insert(String(swapped))
                var wrong = chars; wrong[position] = "x"; queries.insert(String(wrong))
            }
            let words = name.split(separator: " ")
            if words.count > 1 {
                queries.insert(String(words[0]))
                queries.insert(String(words[words.count - 1]))
                queries.insert(words[words.count - 1] + ", " + words[..<(words.count - 1)].joined(separator: " "))
            }
        }
        return queries.sorted()
    }

    /// The queries (from every name and id of one kind of entity, and `extra`) on which the
    /// name index and the in-memory resolver answer differently.
    private func differences(_ entity: NamedEntity, extra: [String]) throws -> [String] {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try entity == .place ? atlas.placeResolver() : atlas.personResolver()
        let names = try atlas.read { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM "\(entity.table)" UNION ALL SELECT name FROM "\(entity.table)"
                UNION ALL SELECT name FROM "\(entity.namesTable)"
                """)
        }
        return try (queries(from: names) + extra).compactMap { query in
            let indexed = try atlas.resolve(query, among: entity), expected = memory.resolve(query)
            return indexed == expected ? nil : "\(query): \(indexed) ≠ \(expected)"
        }
    }

    @Test func placesResolveAsInMemory() throws {
        let found = try differences(.place, extra: ["", " ", "--", "Atlantis", "Om", "A", "zz"])
        #expect(found.isEmpty, "\(found.prefix(20))")
    }

    @Test func peopleResolveAsInMemory() throws {
        let found = try differences(.person, extra: ["Trotsky, Leon", "Bronstein, Lev", "Smirnov", "Nobody", "Xy"])
        #expect(found.isEmpty, "\(found.prefix(20))")
    }

    @Test func aMisspeltNameGetsSuggestionsFromTheIndex() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case let .notFound(_, suggestions) = try atlas.resolvePlace("Astrakn") else {
            Issue.record("Astrakn should not resolve"); return
        }
        #expect(suggestions.first?.id == "astrakhan")
        let candidates = try atlas.read { db in try Atlas.nameCandidates(db, .place, exact: "astrakn", loose: "astrakn") }
        #expect(candidates.contains { $0.id == "astrakhan" })
    }

    // MARK: - The index follows every write

    private let newPerson = """
        id,name,source_id,locator
        rakovsky-test,Christian Rakovsky Test,general-reference,test
        """
    private let newVariant = """
        person_id,name,language,kind,source_id,locator
        rakovsky-test,Кристиан Раковский-Тест,ru,variant,general-reference,test
        """

    @Test func anImportedNameResolves() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try atlas.resolvePerson("Khristian Rakovskiy-Test").id == nil)
        _ = try atlas.importCSV([("person.csv", newPerson), ("person_name.csv", newVariant)])
        #expect(try atlas.resolvePerson("Khristian Rakovskiy-Test").id == "rakovsky-test")   // the Cyrillic variant's key
        #expect(try atlas.resolvePerson("Rakovsky Test, Christian").id == "rakovsky-test")
        #expect(try atlas.resolvePerson("rakovsky-test").id == "rakovsky-test")
        // A dry run writes nothing, the index included.
        _ = try atlas.importCSV([("person.csv", newPerson.replacingOccurrences(of: "rakovsky-test", with: "dry-test"))], dryRun: true)
        #expect(try atlas.resolvePerson("dry-test").id == nil)
        let stale = try atlas.read { db in try Atlas.nameIndexIsStale(db) }
        #expect(stale == false)
    }

    @Test func aReplacedNameResolvesAndTheOldOneNoLonger() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try atlas.importCSV([("person.csv", newPerson)])
        #expect(try atlas.resolvePerson("Christian Rakovsky Test").id == "rakovsky-test")
        _ = try atlas.importCSV([("person.csv", newPerson.replacingOccurrences(of: "Christian Rakovsky Test", with: "Khristo Stanchev"))],
                                replace: true)
        #expect(try atlas.resolvePerson("Khristo Stanchev").id == "rakovsky-test")
        #expect(try atlas.resolvePerson("Christian Rakovsky Test").id == nil)
    }

    @Test func namesDeletedOrAddedByAnotherProgramAreIndexedOnOpen() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try atlas.resolvePlace("Bishkek").id == "pishpek-frunze")
        let queue = try DatabaseQueue(path: atlas.url.path)
        try queue.write { db in
            try db.execute(sql: """
                DELETE FROM place_name WHERE place_id = 'pishpek-frunze';
                INSERT INTO place(id, name, kind, source_id, locator, origin)
                    VALUES ('shell-village', 'Shellovka', 'village', 'general-reference', 'x', 'user');
                """)
        }
        try queue.close()
        let reopened = try Atlas.open(at: atlas.url)
        #expect(try reopened.resolvePlace("Bishkek").id != "pishpek-frunze")
        #expect(try reopened.resolvePlace("Shelovka").id == "shell-village")
    }

    @Test func reloadedFixturesAreIndexed() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try atlas.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM name_form") }
        try atlas.reloadFixtures()
        let after = try atlas.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM name_form") }
        #expect(before == after)
        #expect(try atlas.resolvePlace("Almaty").id == "alma-ata")
    }

    @Test func aVersionFourDatabaseIsIndexedByTheMigration() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("old.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            for migration in EmbeddedResources.migrations.prefix(4) { try db.execute(sql: migration.text) }
            try db.execute(sql: """
                PRAGMA user_version = 4;
                INSERT INTO source(id, kind, title, origin) VALUES ('mine', 'reference', 'My notes', 'user');
                INSERT INTO place(id, name, kind, source_id, locator, origin) VALUES ('my-village', 'Moya Derevnya', 'village', 'mine', 'p. 3', 'user');
                """)
        }
        try queue.close()
        let atlas = try Atlas.open(at: url)
        #expect(try atlas.resolvePlace("Moia Derevnia").id == "my-village")
        #expect(try atlas.resolvePlace("Alma-Ata").id == "alma-ata")
    }

    // MARK: - At scale

    /// 50,000 synthetic people, 100,000 names with their ids: a look-up reads a few index
    /// entries, not every name.
    @Test func resolutionAtScaleUsesTheIndex() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: atlas.url.path)
        try queue.write { db in
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
                INSERT INTO person(id, name, source_id, locator, origin)
                SELECT 'p' || i, 'Person ' || i, 'general-reference', 'synthetic', 'user' FROM n;
                """)
        }
        try queue.close()
        let scaled = try Atlas.open(at: atlas.url)   // indexes the new names
        let names = try scaled.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM name_form WHERE entity = 'person'") ?? 0 }
        #expect(names >= 100_000)

        #expect(try scaled.resolvePerson("Person 34567").id == "p34567")
        #expect(try scaled.resolvePerson("person-34567").id == "p34567")
        guard case let .notFound(_, suggestions) = try scaled.resolvePerson("Persn 34567") else {
            Issue.record("a misspelt name should not resolve"); return
        }
        #expect(suggestions.first?.id == "p34567")
        let candidates = try scaled.read { db in
            try Atlas.nameCandidates(db, .person, exact: NameKey.exact("Persn 34567"), loose: NameKey.loose("Persn 34567"))
        }
        #expect(candidates.count <= 3 * Atlas.candidateLimit && candidates.count < names / 20,
                "\(candidates.count) candidates of \(names) names")

        // The plans of the statements a look-up runs: each reads an index, never a whole table.
        let plans = try scaled.read { db in
            let (exact, loose) = (NameKey.exact("Persn 34567"), NameKey.loose("Persn 34567"))
            return try [Atlas.wholeNameQuery(.person, exact: exact, loose: loose),
                        Atlas.partNameQuery(.person, exact: exact, loose: loose),
                        Atlas.candidateQuery(db, .person, exact: exact, loose: loose),
                        Atlas.candidateQuery(db, .person, exact: "omks", loose: "omks")]
                .map { query in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments)
                        .map { $0["detail"] as String }.joined(separator: "; ")
                }
        }
        #expect(plans[0].contains("USING INDEX name_form_exact") || plans[0].contains("USING COVERING INDEX name_form_exact"), "\(plans[0])")
        #expect(plans[0].contains("INDEX name_form_loose"), "\(plans[0])")
        #expect(plans[1].contains("SEARCH name_part USING PRIMARY KEY"), "\(plans[1])")
        #expect(plans[2].contains("VIRTUAL TABLE INDEX"), "\(plans[2])")   // the trigram index
        #expect(plans[2].contains("INDEX name_form_loose") && plans[2].contains("INDEX name_form_exact"), "\(plans[2])")
        #expect(plans[3].contains("INDEX name_form_size"), "\(plans[3])")
        for plan in plans {
            #expect(!plan.contains("SCAN name_form") && !plan.contains("SCAN name_part") && !plan.contains("SCAN e"), "\(plan)")
        }
    }
}

extension Resolution {
    /// The id of a `.found` resolution, or nil.
    fileprivate var id: ID? {
        if case let .found(id, _, _) = self { return id }
        return nil
    }
}
