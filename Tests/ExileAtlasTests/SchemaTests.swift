import Foundation
import GRDB
import Testing
@testable import ExileAtlas

/// The schema itself refuses bad rows, whatever code writes them.
@Suite struct SchemaTests {
    /// Runs `sql` on a fresh atlas's database and returns SQLite's complaint, if any.
    private func refusal(_ sql: String) throws -> String? {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: atlas.url.path)
        do {
            try queue.write { db in try db.execute(sql: sql) }
            return nil
        } catch let error as DatabaseError {
            return error.message
        }
    }

    private let source = "INSERT INTO source(id, kind, title) VALUES ('s', 'text', 'A text');"

    @Test func versionForeignKeysAndJournal() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: atlas.url.path)
        let (version, journal, foreignKeys) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(version == Atlas.schemaVersion)
        #expect(journal == "wal")
        #expect(foreignKeys == true)
        #expect(Atlas.schemaVersion >= 1)
    }

    @Test func latitudeOutOfRangeIsRefused() throws {
        let message = try refusal(source + """
            INSERT INTO place(id, name, kind, latitude, longitude, coord_source_id, source_id, locator)
            VALUES ('x', 'X', 'city', 91, 10, 's', 's', 'L1');
            """)
        #expect(message?.contains("latitude") == true)
    }

    @Test func longitudeOutOfRangeIsRefused() throws {
        let message = try refusal(source + """
            INSERT INTO place(id, name, kind, latitude, longitude, coord_source_id, source_id, locator)
            VALUES ('x', 'X', 'city', 10, -181, 's', 's', 'L1');
            """)
        #expect(message?.contains("longitude") == true)
    }

    @Test func halfACoordinateIsRefused() throws {
        let message = try refusal(source + """
            INSERT INTO place(id, name, kind, latitude, coord_source_id, source_id, locator)
            VALUES ('x', 'X', 'city', 10, 's', 's', 'L1');
            """)
        #expect(message?.contains("CHECK constraint failed") == true)
    }

    @Test func unknownKindIsRefused() throws {
        let message = try refusal(source + "INSERT INTO place(id, name, kind, source_id, locator) VALUES ('x', 'X', 'castle', 's', 'L1');")
        #expect(message?.contains("kind") == true)
    }

    @Test func badSlugIsRefused() throws {
        let message = try refusal(source + "INSERT INTO place(id, name, kind, source_id, locator) VALUES ('Alma Ata', 'X', 'city', 's', 'L1');")
        #expect(message?.contains("CHECK constraint failed") == true)
    }

    @Test func unknownSourceIsRefused() throws {
        let message = try refusal("INSERT INTO place(id, name, kind, source_id, locator) VALUES ('x', 'X', 'city', 'nowhere', 'L1');")
        #expect(message?.contains("FOREIGN KEY") == true)
    }

    @Test func exileEndingBeforeItStartsIsRefused() throws {
        let message = try refusal(source + """
            INSERT INTO place(id, name, kind, source_id, locator) VALUES ('p', 'P', 'city', 's', 'L1');
            INSERT INTO person(id, name, source_id, locator) VALUES ('a', 'A', 's', 'L1');
            INSERT INTO exile(id, person_id, place_id, period, period_earliest, period_latest, source_id, locator)
            VALUES ('e', 'a', 'p', '1929/1928', '1929-01-01', '1928-12-31', 's', 'L1');
            """)
        #expect(message?.contains("period_earliest <= period_latest") == true)
    }

    @Test func legWithUnknownModeIsRefused() throws {
        let message = try refusal(source + """
            INSERT INTO place(id, name, kind, source_id, locator) VALUES ('p', 'P', 'city', 's', 'L1'), ('q', 'Q', 'city', 's', 'L1');
            INSERT INTO person(id, name, source_id, locator) VALUES ('a', 'A', 's', 'L1');
            INSERT INTO journey(id, person_id, title, period, period_earliest, period_latest, source_id, locator)
            VALUES ('j', 'a', 'J', '1928', '1928-01-01', '1928-12-31', 's', 'L1');
            INSERT INTO leg(id, journey_id, seq, from_place_id, to_place_id, modes, source_id, locator)
            VALUES ('l', 'j', 1, 'p', 'q', 'bus+aeroplane', 's', 'L1');
            """)
        #expect(message?.contains("travel_mode") == true)
    }

    @Test func aGoodLegIsAccepted() throws {
        let message = try refusal(source + """
            INSERT INTO place(id, name, kind, source_id, locator) VALUES ('p', 'P', 'city', 's', 'L1'), ('q', 'Q', 'city', 's', 'L1');
            INSERT INTO person(id, name, source_id, locator) VALUES ('a', 'A', 's', 'L1');
            INSERT INTO journey(id, person_id, title, period, period_earliest, period_latest, source_id, locator)
            VALUES ('j', 'a', 'J', '1928', '1928-01-01', '1928-12-31', 's', 'L1');
            INSERT INTO leg(id, journey_id, seq, from_place_id, to_place_id, modes, source_id, locator)
            VALUES ('l', 'j', 1, 'p', 'q', 'bus+lorry+sleigh+on-foot', 's', 'L1');
            """)
        #expect(message == nil)
    }

    @Test func negativeTallyIsRefused() throws {
        let message = try refusal(source + """
            INSERT INTO tally(id, direction, item, count, period, period_earliest, period_latest, source_id, locator)
            VALUES ('t', 'sent', 'letter', -1, '1928', '1928-01-01', '1928-12-31', 's', 'L1');
            """)
        #expect(message?.contains("count >= 0") == true)
    }
}
