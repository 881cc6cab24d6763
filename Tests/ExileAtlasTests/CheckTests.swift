import Foundation
import GRDB
import Testing
@testable import ExileAtlas

/// `Atlas.check()` passes the shipped data and finds what is broken.
@Suite struct CheckTests {
    @Test func theShippedAtlasHasNoErrors() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let findings = try atlas.check()
        #expect(findings.filter { $0.level == .error }.isEmpty, "\(findings.filter { $0.level == .error })")
    }

    @Test func brokenRowsAreFound() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: atlas.url.path)
        try queue.write { db in
            try db.execute(sql: """
                UPDATE exile SET period_earliest = '1900-01-01' WHERE id = (SELECT id FROM exile ORDER BY id LIMIT 1);
                INSERT INTO claim(id, subject, subject_id, property, value, source_id, locator)
                    VALUES ('orphan', 'leg', 'no-such-leg', 'distance', '1 km', 'estimate', 'x');
                INSERT INTO place(id, name, kind, source_id, locator) VALUES ('nowhere', 'Nowhere', 'village', 'estimate', 'x');
                UPDATE place SET quote = '' WHERE id = 'astrakhan';
                """)
        }
        let errors = try atlas.check().filter { $0.level == .error }
        #expect(errors.contains { $0.check == "date" && $0.detail.contains("stale bounds") })
        #expect(errors.contains { $0.check == "claim-subject" && $0.location == "claim orphan" })
        #expect(errors.contains { $0.check == "unlocated-place" && $0.location == "place nowhere" })
        #expect(errors.contains { $0.check == "evidence" && $0.location == "place astrakhan" })
        #expect(errors.count == 4)
    }
}
