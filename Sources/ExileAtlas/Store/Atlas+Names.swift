import Foundation
import GRDB

/// The kinds of entity with names to look up, and where their names are stored.
enum NamedEntity: String, CaseIterable, Sendable {
    /// Places: `place.name`, `place_name.name`, and the ids.
    case place
    /// People and groups: `person.name`, `person_name.name`, and the ids.
    case person

    /// The entity's table, which holds its id and label.
    var table: String { rawValue }
    /// The table of its other names.
    var namesTable: String { rawValue + "_name" }
    /// The column of `namesTable` that names the entity.
    var namesColumn: String { rawValue + "_id" }
}

extension Atlas {
    // MARK: - Look-ups by name

    /// Resolves what a user typed to one place, the ambiguous candidates, or suggestions,
    /// by the name index: the steps of ``NameResolver``, each an indexed query.
    ///
    /// ```swift
    /// try atlas.resolvePlace("Bishkek")     // .found(id: "pishpek-frunze", label: "Pishpek-Frunze", matched: "Bishkek")
    /// try atlas.resolvePlace("Astrakn")     // .notFound(query: "Astrakn", suggestions: [Astrakhan])
    /// ```
    /// - Throws: `AtlasError` if the database cannot be read.
    public func resolvePlace(_ query: String) throws(AtlasError) -> Resolution<String> {
        try resolve(query, among: .place)
    }

    /// Resolves what a user typed to one person or group, the ambiguous candidates, or
    /// suggestions, by the name index (see ``resolvePlace(_:)``).
    ///
    /// ```swift
    /// try atlas.resolvePerson("Trotsky, Leon")   // .found(id: "trotsky", label: "Leon Trotsky", ...)
    /// try atlas.resolvePerson("Smirnov")         // .ambiguous(query: "Smirnov", candidates: [...])
    /// ```
    /// - Throws: `AtlasError` if the database cannot be read.
    public func resolvePerson(_ query: String) throws(AtlasError) -> Resolution<String> {
        try resolve(query, among: .person)
    }

    /// The steps of `NameResolver.resolve`, over the name index.
    ///
    /// Step 0 reads the entity's primary key; steps 1 and 2 are one query on the indexed exact
    /// and loose keys; step 3 one query on the indexed keys of the names' parts; suggestions
    /// read their candidates from the trigram index (and the key indexes for prefixes) and
    /// measure the edit distance over those few.
    func resolve(_ query: String, among entity: NamedEntity) throws(AtlasError) -> Resolution<String> {
        try read { db in
            try NameResolver<String>.resolve(
                query,
                entity: { text in
                    try Row.fetchOne(db, sql: "SELECT id, name FROM \"\(entity.table)\" WHERE id = ?", arguments: [text])
                        .map { row -> (id: String, label: String) in (row[0], row[1]) }
                },
                matches: { exact, loose in try Self.nameMatches(db, entity, exact: exact, loose: loose) },
                candidates: { exact, loose in try Self.nameCandidates(db, entity, exact: exact, loose: loose) })
        }
    }

    /// The columns a match is read from, `f` being `name_form` and `e` the entity's table.
    private static let matchColumns = "f.id, e.name AS label, f.name, f.exact, f.loose"
    /// The stored order: by id, then name as written, a turned form right after its name (as
    /// `NameResolver` holds them, which decides ties).
    private static let storedOrder = "ORDER BY f.id, f.written, f.turned, f.form"

    private static func match(_ row: Row) -> NameResolver<String>.Match {
        .init(id: row["id"], label: row["label"], name: row["name"], exact: row["exact"], loose: row["loose"])
    }

    /// One statement of a look-up, with its arguments (tests read its query plan).
    struct NameQuery {
        var sql: String
        var arguments: StatementArguments
    }

    /// The forms of the first of steps 1-3 with any match: two indexed queries at most.
    static func nameMatches(_ db: Database, _ entity: NamedEntity, exact: String, loose: String) throws
        -> [NameResolver<String>.Match] {
        let wholeQuery = wholeNameQuery(entity, exact: exact, loose: loose)
        let whole = try Row.fetchAll(db, sql: wholeQuery.sql, arguments: wholeQuery.arguments)
        if !whole.isEmpty {
            let exactHits = whole.filter { $0["isExact"] as Bool }
            return (exactHits.isEmpty ? whole : exactHits).map(match)
        }
        let partQuery = partNameQuery(entity, exact: exact, loose: loose)
        let parts = try Row.fetchAll(db, sql: partQuery.sql, arguments: partQuery.arguments)
        let exactParts = parts.filter { ($0["step"] as Int) == 3 }
        return (exactParts.isEmpty ? parts : exactParts).map(match)
    }

    /// Steps 1 and 2: the forms whose exact key is the query's, or whose loose key is.
    static func wholeNameQuery(_ entity: NamedEntity, exact: String, loose: String) -> NameQuery {
        NameQuery(sql: """
            SELECT \(matchColumns), f.exact = ?2 AS isExact
            FROM name_form f JOIN "\(entity.table)" e ON e.id = f.id
            WHERE f.form IN (SELECT form FROM name_form INDEXED BY name_form_exact WHERE entity = ?1 AND exact = ?2
                             UNION ALL
                             SELECT form FROM name_form INDEXED BY name_form_loose WHERE entity = ?1 AND loose = ?3)
            \(storedOrder)
            """, arguments: [entity.rawValue, exact, loose])
    }

    /// Step 3: the forms with a whole-word part whose exact key is the query's, or whose loose key is.
    static func partNameQuery(_ entity: NamedEntity, exact: String, loose: String) -> NameQuery {
        NameQuery(sql: """
            SELECT \(matchColumns), p.step
            FROM (SELECT form, step FROM name_part WHERE entity = ?1 AND step = 3 AND key = ?2
                  UNION ALL
                  SELECT form, step FROM name_part WHERE entity = ?1 AND step = 4 AND key = ?3) AS p
            JOIN name_form f ON f.form = p.form JOIN "\(entity.table)" e ON e.id = f.id
            \(storedOrder)
            """, arguments: [entity.rawValue, exact, loose])
    }

    /// How many rows each source of suggestion candidates gives at most: all of them at any
    /// realistic size, a bounded sample when a query's every trigram is in most names.
    static let candidateLimit = 4096

    /// The longest query (loose key, in Unicode scalars) that also takes the names of about its
    /// length as candidates: up to here the reach is 2 edits, enough to leave no trigram in common.
    static let shortQuery = 8

    /// The forms that may be suggested for these keys, from indexes only: the names that share
    /// one of the query's rarer trigrams (loose key), those its exact or loose key begins, and
    /// for a short query (``shortQuery``) the names of about its length.
    static func nameCandidates(_ db: Database, _ entity: NamedEntity, exact: String, loose: String) throws
        -> [NameResolver<String>.Match] {
        let query = try candidateQuery(db, entity, exact: exact, loose: loose)
        return try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map(match)
    }

    /// The statement of ``nameCandidates(_:_:exact:loose:)``, after reading how many names
    /// have each of the query's trigrams.
    static func candidateQuery(_ db: Database, _ entity: NamedEntity, exact: String, loose: String) throws -> NameQuery {
        let scalars = Array(loose.unicodeScalars)
        let reach = NameResolver<String>.suggestionReach(loose)
        var sources: [String] = []
        var arguments: [DatabaseValueConvertible] = [entity.rawValue]

        if scalars.count >= 3 {
            let trigrams = Set((0...(scalars.count - 3)).map { start in
                String(String.UnicodeScalarView(scalars[start..<(start + 3)]))
            }).sorted()
            let counts = try Row.fetchAll(db, sql: """
                SELECT term, doc FROM name_trigram_vocab WHERE term IN (\(databaseQuestionMarks(count: trigrams.count)))
                """, arguments: StatementArguments(trigrams))
                .map { (term: $0["term"] as String, docs: $0["doc"] as Int) }
                .sorted { ($0.docs, $0.term) < ($1.docs, $1.term) }
            // The rarer trigrams, as many as keep the candidates few; at least the rarest.
            var chosen: [String] = []
            var total = 0
            for count in counts where chosen.isEmpty || total + count.docs <= candidateLimit {
                chosen.append(count.term)
                total += count.docs
            }
            if !chosen.isEmpty {
                sources.append("SELECT rowid AS form FROM name_trigram WHERE name_trigram MATCH ? LIMIT \(candidateLimit)")
                arguments.append(chosen.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                    .joined(separator: " OR "))
            }
            sources.append(prefixCandidates("loose"))
            arguments += [loose, loose + "\u{10FFFF}"]
        }
        // A short name within reach may share no trigram with the query ("Lein", "Lenin"):
        // short queries also take the names of about their length.
        if scalars.count <= shortQuery {
            sources.append("""
                SELECT form FROM name_form INDEXED BY name_form_size WHERE entity = ?1 AND size BETWEEN ? AND ?
                LIMIT \(candidateLimit)
                """)
            arguments += [max(0, scalars.count - reach), scalars.count + reach]
        }
        if exact.unicodeScalars.count >= 3 {
            sources.append(prefixCandidates("exact"))
            arguments += [exact, exact + "\u{10FFFF}"]
        }
        let union = sources.map { "SELECT form FROM (\($0))" }.joined(separator: " UNION ")
        return NameQuery(sql: """
            SELECT \(matchColumns)
            FROM name_form f JOIN "\(entity.table)" e ON e.id = f.id
            WHERE f.entity = ?1 AND f.form IN (\(union)) \(storedOrder)
            """, arguments: StatementArguments(arguments))
    }

    /// The forms whose `column` key begins with a text: a range of the key's index.
    private static func prefixCandidates(_ column: String) -> String {
        """
        SELECT form FROM name_form INDEXED BY name_form_\(column) WHERE entity = ?1 AND \(column) >= ? AND \(column) < ?
        LIMIT \(candidateLimit)
        """
    }

    // MARK: - Keeping the index

    /// Whether some entity's names changed since the index was last brought up to date.
    static func nameIndexIsStale(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM name_stale)") ?? false
    }

    /// Rebuilds the name index rows of every entity marked in `name_stale` (by the triggers on
    /// `place`, `place_name`, `person` and `person_name`), inside the caller's transaction.
    ///
    /// Every write of the store (import, fixture load, migration) ends with this; a database
    /// written by another program is brought up to date when the atlas next opens it.
    static func refreshNameIndex(_ db: Database) throws {
        guard try nameIndexIsStale(db) else { return }
        try db.execute(sql: """
            DELETE FROM name_form WHERE form IN (
                SELECT f.form FROM name_stale s JOIN name_form f ON f.entity = s.entity AND f.id = s.id)
            """)
        let insertForm = try db.cachedStatement(sql: """
            INSERT INTO name_form(entity, id, written, turned, name, exact, loose, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertPart = try db.cachedStatement(sql: "INSERT OR IGNORE INTO name_part(entity, step, key, form) VALUES (?, ?, ?, ?)")
        for entity in NamedEntity.allCases {
            let names = try Row.fetchCursor(db, sql: """
                SELECT e.id, e.name FROM name_stale s JOIN "\(entity.table)" e ON e.id = s.id WHERE s.entity = ?1
                UNION SELECT e.id, e.id FROM name_stale s JOIN "\(entity.table)" e ON e.id = s.id WHERE s.entity = ?1
                UNION SELECT n."\(entity.namesColumn)", n.name FROM name_stale s
                    JOIN "\(entity.namesTable)" n ON n."\(entity.namesColumn)" = s.id WHERE s.entity = ?1
                """, arguments: [entity.rawValue])
            while let row = try names.next() {
                let id: String = row[0]
                let written: String = row[1]
                for form in NameForm.forms(of: written) {
                    try insertForm.execute(arguments: [entity.rawValue, id, written, form.turned, form.name, form.exact,
                                                       form.loose, form.loose.unicodeScalars.count])
                    let rowID = db.lastInsertedRowID
                    for key in form.exactParts { try insertPart.execute(arguments: [entity.rawValue, 3, key, rowID]) }
                    for key in form.looseParts { try insertPart.execute(arguments: [entity.rawValue, 4, key, rowID]) }
                }
            }
        }
        try db.execute(sql: "DELETE FROM name_stale")
    }
}
