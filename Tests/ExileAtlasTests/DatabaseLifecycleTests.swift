import Foundation
import GRDB
import Testing
@testable import ExileAtlas

/// Opening refuses what it must not touch, and rebuilding the fixtures keeps user rows.
@Suite struct DatabaseLifecycleTests {
    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("notes.sqlite")
        let content = Data("These are my notes, not a database.\n".utf8)
        try content.write(to: url)
        #expect {
            _ = try Atlas.open(at: url)
        } throws: { error in
            guard case .notADatabase = error as? AtlasError else { return false }
            return "\(error)".contains("is not an Exile Atlas database")
        }
        #expect(try Data(contentsOf: url) == content)
    }

    @Test func aNewerDatabaseIsRefusedAndLeftAlone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("future.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(x); PRAGMA user_version = \(Atlas.schemaVersion + 5)")
        }
        try queue.close()
        let before = try Data(contentsOf: url)
        #expect {
            _ = try Atlas.open(at: url)
        } throws: { error in
            guard case let .newerSchema(_, found, supported) = error as? AtlasError else { return false }
            return found == Atlas.schemaVersion + 5 && supported == Atlas.schemaVersion
        }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func changedFixturesAreReloadedAndUserRowsKept() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: atlas.url.path)
        let fixtureNames = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM place_name") ?? 0 }
        try #require(fixtureNames > 0)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO place(id, name, kind, source_id, locator, origin)
                VALUES ('user-village', 'My village', 'village', (SELECT id FROM source LIMIT 1), 'L1', 'user');
                DELETE FROM place_name WHERE origin = 'fixture';
                UPDATE atlas_meta SET value = 'an older build' WHERE key = 'fixture_digest';
                """)
        }
        let reopened = try Atlas.open(at: atlas.url)
        let after = try DatabaseQueue(path: reopened.url.path)
        let (names, village, digest) = try after.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM place_name WHERE origin = 'fixture'"),
             try String.fetchOne(db, sql: "SELECT name FROM place WHERE id = 'user-village'"),
             try String.fetchOne(db, sql: "SELECT value FROM atlas_meta WHERE key = 'fixture_digest'"))
        }
        #expect(names == fixtureNames)
        #expect(village == "My village")
        #expect(digest == Atlas.fixtureDigest)
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(DatabaseLocation.resolve(explicit: "/tmp/a.sqlite", environment: ["EXILE_ATLAS_DB": "/tmp/b.sqlite"]).path == "/tmp/a.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["EXILE_ATLAS_DB": "/tmp/b.sqlite", "XDG_DATA_HOME": "/x"]).path == "/tmp/b.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/home/h"]).path == "/x/exile-atlas/atlas.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/h"]).path == "/home/h/.local/share/exile-atlas/atlas.sqlite")
    }
}

/// A database written by an older schema is migrated forward in place, keeping user rows.
@Suite struct MigrationTests {
    @Test func aVersionOneDatabaseIsMigratedForward() throws {
        try #require(Atlas.schemaVersion >= 2)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("old.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: EmbeddedResources.migrations[0].text)
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: """
                INSERT INTO source(id, kind, title, origin) VALUES ('mine', 'reference', 'My notes', 'user');
                INSERT INTO place(id, name, kind, source_id, locator, origin) VALUES ('my-village', 'My village', 'village', 'mine', 'p. 3', 'user');
                """)
        }
        try queue.close()
        let atlas = try Atlas.open(at: url)
        let after = try DatabaseQueue(path: atlas.url.path)
        let (version, village, speeds) = try after.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchOne(db, sql: "SELECT name FROM place WHERE id = 'my-village'"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mode_speed"))
        }
        #expect(version == Atlas.schemaVersion)
        #expect(village == "My village")
        #expect((speeds ?? 0) > 0)
    }

    @Test func aDamagedDatabaseIsRefusedAndLeftAlone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("atlas.sqlite")
        do { _ = try Atlas.open(at: url) }   // built, then closed: everything is in the main file
        var data = try Data(contentsOf: url)
        try #require(data.count > 100_000)
        // Keep SQLite's header, wreck every page after the first.
        for index in stride(from: 4096, to: data.count, by: 1) { data[index] = UInt8(truncatingIfNeeded: index * 31) }
        let damaged = folder.appendingPathComponent("damaged.sqlite")
        try data.write(to: damaged)
        #expect {
            _ = try Atlas.open(at: damaged)
        } throws: { error in
            guard case .notADatabase = error as? AtlasError else { return false }
            return true
        }
        #expect(try Data(contentsOf: damaged) == data)
    }
}
