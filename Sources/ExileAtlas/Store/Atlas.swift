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
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        return try retryingWhenBusy(path: path) {
            if FileManager.default.fileExists(atPath: path) {
                try checkIsSQLite(path)
                try checkVersion(path)
            } else {
                do {
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw AtlasError.cannotOpen(path: path, detail: "cannot create its folder: \(error.localizedDescription)")
                }
            }
            let atlas: Atlas
            do {
                // One connection per process is all a command needs. (GRDB's DatabasePool
                // writes a table into the file on every open to force the WAL into being,
                // which a refused import must not do.) WAL is set once, on a new file.
                atlas = Atlas(writer: try DatabaseQueue(path: path, configuration: configuration), url: url)
            } catch let error as DatabaseError {
                throw classify(error, path: path)
            }
            try atlas.bringUpToDate()
            return atlas
        }
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
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            .busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR:
            .cannotOpen(path: path, detail: error.message ?? "\(error.resultCode)")
        default:
            .database(error.message ?? "\(error)")
        }
    }

    /// Runs `body` and turns any database failure into an `AtlasError`.
    ///
    /// A "busy" failure is tried again for up to about ten seconds: SQLite reports some
    /// transient WAL states (another process creating or checkpointing the log) without
    /// waiting on the busy timeout, and a failed transaction leaves nothing behind.
    func perform<T>(_ body: () throws -> T) throws(AtlasError) -> T {
        try Self.retryingWhenBusy(path: url.path, body)
    }

    /// Runs a read in `perform`: how every query reaches the database.
    func read<T>(_ body: (Database) throws -> T) throws(AtlasError) -> T {
        try perform { try writer.read(body) }
    }

    static func retryingWhenBusy<T>(path: String, _ body: () throws -> T) throws(AtlasError) -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as AtlasError {
                guard case .busy = error, attempt < 100 else { throw error }
            } catch let error as DatabaseError {
                let classified = classify(error, path: path)
                guard case .busy = classified, attempt < 100 else { throw classified }
            } catch {
                throw .database("\(error)")
            }
            attempt += 1
            usleep(useconds_t(min(attempt, 10) * 10_000))
        }
    }

    // MARK: - Migrations and fixtures

    /// Applies the migrations newer than the database's `user_version` and reloads the
    /// shipped rows if the binary's fixtures differ from those the database holds.
    ///
    /// Both happen in one IMMEDIATE transaction, re-checked once the write lock is held, so
    /// that several processes opening a new database at once neither fail nor do the work
    /// twice: the first builds it, the others wait (busy timeout) and find it done. A failure
    /// leaves the database as it was.
    private func bringUpToDate() throws(AtlasError) {
        var problems: [DataProblem] = []
        try perform {
            let (version, digest, stale) = try writer.read { db in try Self.state(db) }
            if version == Self.schemaVersion && digest == Self.fixtureDigest && !stale { return }
            try writer.writeWithoutTransaction { db in
                // Readers in other processes then never wait for a writer.
                if version == 0 { try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try db.inTransaction(.immediate) {
                    let (version, digest, _) = try Self.state(db)
                    for (index, migration) in EmbeddedResources.migrations.enumerated() where index + 1 > version {
                        try db.execute(sql: migration.text)
                        try db.execute(sql: "PRAGMA user_version = \(index + 1)")
                    }
                    if digest != Self.fixtureDigest {
                        problems = try Self.replaceFixtures(db)
                        if !problems.isEmpty { return .rollback }
                    }
                    // After a migration, or names written by another program.
                    try Self.refreshNameIndex(db)
                    return .commit
                }
            }
        }
        if !problems.isEmpty { throw .invalidData(problems) }
    }

    /// The migration that made the name index (`Schema/005_name_index.sql`).
    static let nameIndexMigration = 5

    /// The schema version, the digest of the fixtures the database holds, and whether some
    /// entity's names changed since the name index was last brought up to date.
    private static func state(_ db: Database) throws -> (version: Int, digest: String?, stale: Bool) {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard version >= 1 else { return (version, nil, false) }
        let digest = try String.fetchOne(db, sql: "SELECT value FROM atlas_meta WHERE key = 'fixture_digest'")
        return (version, digest, version >= nameIndexMigration ? try nameIndexIsStale(db) : false)
    }

    /// Replaces every shipped row with the fixtures compiled into the binary, in one
    /// transaction. User rows stay; a user row whose fixture row disappeared fails the
    /// reload (and the database keeps its old fixtures) rather than losing its reference.
    public func reloadFixtures() throws(AtlasError) {
        var problems: [DataProblem] = []
        try perform {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    problems = try Self.replaceFixtures(db)
                    return problems.isEmpty ? .commit : .rollback
                }
            }
        }
        if !problems.isEmpty { throw .invalidData(problems) }
    }

    /// Inside the caller's transaction: deletes the shipped rows, loads the embedded
    /// fixtures, checks references and records the digest. Returns the problems found.
    private static func replaceFixtures(_ db: Database) throws -> [DataProblem] {
        let tables = try EmbeddedResources.fixtures.map { fixture throws(AtlasError) in
            try CSVTable(file: "Fixtures/" + fixture.name, text: fixture.text)
        }
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
        guard loader.problems.isEmpty else { return loader.problems }
        try refreshNameIndex(db)
        try db.execute(sql: """
            INSERT INTO atlas_meta(key, value) VALUES ('fixture_digest', ?)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """, arguments: [fixtureDigest])
        return []
    }
}
