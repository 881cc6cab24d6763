import Foundation
import GRDB

/// The atlas: one SQLite database holding places, people, exiles, journeys and letters,
/// with the evidence of each. The only type in the library that speaks SQL.
///
/// Opening applies the schema migrations in `Schema/` (the version lives in
/// `PRAGMA user_version`) and loads the fixtures the binary carries when they are new or
/// changed. User rows (`origin = 'user'`) are never dropped by a fixture rebuild.
///
/// ```swift
/// let atlas = try Atlas.open(at: URL(fileURLWithPath: "atlas.sqlite"))
/// let exiles = try atlas.exiles(ExileFilter(placeIDs: ["astrakhan"]))
/// ```
public final class Atlas: Sendable {
    /// The schema version this binary writes: the number of its migrations.
    public static var schemaVersion: Int { EmbeddedResources.migrations.count }
    /// Identifies the schema and fixtures compiled into this binary.
    public static var fixtureDigest: String { EmbeddedResources.digest }

    let writer: any DatabaseWriter
    /// The database file.
    public let url: URL

    private init(writer: any DatabaseWriter, url: URL) {
        self.writer = writer
        self.url = url
    }

    // MARK: - Opening

    /// Opens (creating if needed) the atlas database at `url`, migrates it and loads the
    /// shipped fixtures if they changed.
    ///
    /// - Throws: `AtlasError.notADatabase` for a file that is not SQLite (left untouched),
    ///   `.newerSchema` for a database from a newer binary (left untouched), `.cannotOpen`,
    ///   `.invalidData` if the fixtures fail to load (the database is left as it was).
    public static func open(at url: URL) throws(AtlasError) -> Atlas {
        let path = url.path
        let exists = FileManager.default.fileExists(atPath: path)
        if exists {
            try checkIsSQLite(path)
            try checkVersion(path)
        } else {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, detail: "cannot create its folder: \(error.localizedDescription)")
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw classify(error, path: path)
        } catch {
            throw .cannotOpen(path: path, detail: "\(error)")
        }
        let atlas = Atlas(writer: pool, url: url)
        try atlas.migrate()
        try atlas.loadFixturesIfChanged()
        return atlas
    }

    /// Refuses a file whose first bytes are not SQLite's header, before SQLite touches it.
    private static func checkIsSQLite(_ path: String) throws(AtlasError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, detail: "it cannot be read")
        }
        defer { try? handle.close() }
        let header = handle.readData(ofLength: 16)
        if header.isEmpty { return }   // an empty file becomes a new database
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .notADatabase(path: path, detail: "it does not start with the SQLite header")
        }
    }

    /// Reads `user_version` read-only, so that a newer database is refused untouched.
    private static func checkVersion(_ path: String) throws(AtlasError) {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            try queue.close()
            if version > schemaVersion {
                throw AtlasError.newerSchema(path: path, found: version, supported: schemaVersion)
            }
        } catch let error as AtlasError {
            throw error
        } catch let error as DatabaseError {
            throw classify(error, path: path)
        } catch {
            throw .cannotOpen(path: path, detail: "\(error)")
        }
    }

    static func classify(_ error: DatabaseError, path: String) -> AtlasError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            .notADatabase(path: path, detail: "SQLite reports it as damaged or not a database")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR:
            .cannotOpen(path: path, detail: error.message ?? "\(error.resultCode)")
        default:
            .database(error.message ?? "\(error)")
        }
    }

    /// Runs `body` and turns any database failure into an `AtlasError`.
    func perform<T>(_ body: () throws -> T) throws(AtlasError) -> T {
        do {
            return try body()
        } catch let error as AtlasError {
            throw error
        } catch let error as DatabaseError {
            throw Self.classify(error, path: url.path)
        } catch {
            throw .database("\(error)")
        }
    }

    // MARK: - Migrations

    /// Applies every migration newer than the database's `user_version`, each in its own
    /// transaction.
    private func migrate() throws(AtlasError) {
        try perform {
            let current = try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            for (index, migration) in EmbeddedResources.migrations.enumerated() where index + 1 > current {
                try writer.write { db in
                    try db.execute(sql: migration.text)
                    try db.execute(sql: "PRAGMA user_version = \(index + 1)")
                }
            }
        }
    }

    // MARK: - Fixtures

    /// Reloads the shipped rows when the binary's fixtures differ from those in the database.
    private func loadFixturesIfChanged() throws(AtlasError) {
        let stored = try perform {
            try writer.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM atlas_meta WHERE key = 'fixture_digest'")
            }
        }
        if stored != Self.fixtureDigest { try reloadFixtures() }
    }

    /// Replaces every shipped row with the fixtures compiled into the binary, in one
    /// transaction. User rows stay; a user row whose fixture row disappeared fails the
    /// reload (and the database keeps its old fixtures) rather than losing its reference.
    public func reloadFixtures() throws(AtlasError) {
        let tables = try EmbeddedResources.fixtures.map { fixture throws(AtlasError) in
            try CSVTable(file: "Fixtures/" + fixture.name, text: fixture.text)
        }
        var problems: [DataProblem] = []
        try perform {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                    for table in TableLoader.tableOrder.reversed() {
                        try db.execute(sql: "DELETE FROM \"\(table)\" WHERE origin = 'fixture'")
                    }
                    var loader = TableLoader(db: db, origin: "fixture")
                    for table in TableLoader.tableOrder {
                        if let csv = tables.first(where: { $0.file == "Fixtures/\(table).csv" }) {
                            try loader.load(csv)
                        }
                    }
                    try loader.checkReferences()
                    problems = loader.problems
                    guard problems.isEmpty else { return .rollback }
                    try db.execute(sql: """
                        INSERT INTO atlas_meta(key, value) VALUES ('fixture_digest', ?)
                        ON CONFLICT(key) DO UPDATE SET value = excluded.value
                        """, arguments: [Self.fixtureDigest])
                    return .commit
                }
            }
        }
        if !problems.isEmpty { throw .invalidData(problems) }
    }
}
