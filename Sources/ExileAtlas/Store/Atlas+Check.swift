import GRDB

/// One finding of `Atlas.check()`.
public struct CheckFinding: Sendable, Hashable {
    /// Whether the finding makes the database wrong, or is only worth knowing.
    public enum Level: String, Sendable { case error, notice }
    /// Whether the finding is an error or a notice.
    public var level: Level
    /// Which check found it (`integrity`, `foreign-key`, `claim-subject`, `date`, `evidence`,
    /// `unlocated-place`, `period-end`, `role`, `residence-overlap`, `place-candidate`,
    /// `person-without-facts`, and with `exile check --plausibility` `plausibility`).
    public var check: String
    /// Where: table and id (or rowid).
    public var location: String
    /// What is wrong, in one sentence a user can act on.
    public var detail: String

    /// Creates a finding (the plausibility of datings is judged by ``TransitRule`` and reported
    /// as findings of the check `plausibility`).
    public init(level: Level, check: String, location: String, detail: String) {
        self.level = level; self.check = check; self.location = location; self.detail = detail
    }
}

extension Atlas {
    /// Checks the database: SQLite's integrity and foreign keys, claims naming no fact,
    /// EDTF dates and their derived bounds, text evidence without a quote, places without
    /// coordinates and without a reason, ends no source gives written as firm dates, roles
    /// the facts contradict (a deportee with no exile, a correspondent with no letter), two
    /// residences of one person at once, candidate identifications without a chosen one
    /// or whose chosen coordinate is not the place's, people with no fact at all (a notice).
    ///
    /// ```swift
    /// let findings = try atlas.check()
    /// findings.contains { $0.level == .error }   // false for a healthy atlas
    /// ```
    public func check() throws(AtlasError) -> [CheckFinding] {
        try read { db in
            var findings: [CheckFinding] = []
            func error(_ check: String, _ location: String, _ detail: String) {
                findings.append(CheckFinding(level: .error, check: check, location: location, detail: detail))
            }
            for row in try String.fetchAll(db, sql: "PRAGMA integrity_check") where row != "ok" {
                error("integrity", "database", row)
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row["table"], parent: String = row["parent"]
                error("foreign-key", "\(table) rowid \(row["rowid"] as Int64? ?? 0)", "refers to a \(parent) that does not exist")
            }
            for entity in ["person", "place"] {
                for row in try Row.fetchAll(db, sql: """
                    SELECT entity_id, uri FROM authority WHERE entity = ? AND NOT EXISTS (SELECT 1 FROM "\(entity)" WHERE id = authority.entity_id)
                    """, arguments: [entity]) {
                    error("authority", "authority \(row["uri"] as String)", "names a \(entity) that does not exist")
                }
            }
            for subject in TableLoader.claimSubjects {
                for id in try String.fetchAll(db, sql: """
                    SELECT id FROM claim WHERE subject = ? AND NOT EXISTS (SELECT 1 FROM "\(subject)" WHERE id = claim.subject_id)
                    """, arguments: [subject]) {
                    error("claim-subject", "claim \(id)", "names a \(subject) that does not exist")
                }
            }
            for (table, columns) in TableLoader.dateColumns.sorted(by: { $0.key < $1.key }) {
                let hasBounds = try db.columns(in: table).contains { $0.name == columns[0] + "_earliest" }
                for column in columns {
                    let bounds = hasBounds ? ", \(column)_earliest AS earliest, \(column)_latest AS latest" : ""
                    for row in try Row.fetchAll(db, sql: "SELECT rowid, \(column) AS date\(bounds) FROM \"\(table)\" WHERE \(column) IS NOT NULL") {
                        let text: String = row["date"]
                        let location = "\(table) rowid \(row["rowid"] as Int64)"
                        do {
                            let date = try HistoricalDate(parsing: text)
                            if hasBounds, (row["earliest"] as String?) != date.earliest.iso || (row["latest"] as String?) != date.latest.iso {
                                error("date", location, "\(column) \(text) has stale bounds; re-import the row")
                            }
                        } catch let problem {
                            error("date", location, "\(column): \(problem)")
                        }
                    }
                }
            }
            for table in TableLoader.tableOrder where table != "source" && !TableLoader.withoutEvidence.contains(table) {
                let key = try db.primaryKey(table).columns.map { "\"\(table)\".\"\($0)\"" }.joined(separator: " || ', ' || ")
                for row in try Row.fetchAll(db, sql: """
                    SELECT \(key) AS key FROM "\(table)" JOIN source ON source.id = "\(table)".source_id
                    WHERE source.kind = 'text' AND "\(table)".quote = ''
                    """) {
                    error("evidence", "\(table) \(row["key"] as String)", "cites a text but quotes nothing; add the source's words")
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM exile WHERE start_basis <> 'stated' OR end_basis <> 'stated'") {
                for problem in try Exile(row: row).boundProblems {
                    error("period-end", "exile \(row["id"] as String)", problem.message)
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT person_id, role FROM person_role r WHERE
                    (role = 'deportee' AND NOT EXISTS (SELECT 1 FROM exile WHERE person_id = r.person_id
                                                       AND kind IN ('exile', 'semi-exile', 'deportation')))
                 OR (role = 'correspondent' AND NOT EXISTS (SELECT 1 FROM letter_party WHERE person_id = r.person_id)
                                            AND NOT EXISTS (SELECT 1 FROM contact WHERE r.person_id IN (from_person_id, to_person_id, via_person_id)))
                ORDER BY person_id, role
                """) {
                let role: String = row["role"]
                error("role", "person \(row["person_id"] as String)", role == "deportee"
                    ? "has the role deportee but no exile records it; add the exile (with an unknown place and place_note if the sources do not say where) or drop the role"
                    : "has the role correspondent but no letter or contact names them; add the letter or drop the role")
            }
            let residences = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM exile WHERE kind = 'residence' ORDER BY period_earliest")
                .map { try Exile(row: $0) }, by: \.personID)
            for (person, stays) in residences.sorted(by: { $0.key < $1.key }) {
                for (index, first) in stays.enumerated() {
                    for second in stays[(index + 1)...] where first.certainlyOverlaps(second) {
                        error("residence-overlap", "person \(person)", "lived at two residences at once: \(first.id) (\(first.period.edtf)) and \(second.id) (\(second.period.edtf)); date the move, or say in a note why both hold")
                    }
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT place.id, place.latitude, place.longitude, c.latitude AS clat, c.longitude AS clon, c.name
                FROM place JOIN place_candidate c ON c.place_id = place.id AND c.chosen = 1
                WHERE c.latitude IS NOT place.latitude OR c.longitude IS NOT place.longitude
                """) {
                error("place-candidate", "place \(row["id"] as String)", "its chosen candidate \(row["name"] as String) lies elsewhere than the place's coordinates; make them one")
            }
            for id in try String.fetchAll(db, sql: """
                SELECT DISTINCT place_id FROM place_candidate c
                WHERE NOT EXISTS (SELECT 1 FROM place_candidate WHERE place_id = c.place_id AND chosen = 1)
                """) {
                error("place-candidate", "place \(id)", "has candidate identifications but none chosen; mark the one the atlas draws with chosen = 1")
            }
            for id in try String.fetchAll(db, sql: "SELECT id FROM place WHERE latitude IS NULL AND coalesce(coord_note, '') = ''") {
                error("unlocated-place", "place \(id)", "has no coordinates and no note saying why")
            }
            for id in try String.fetchAll(db, sql: """
                SELECT id FROM person p WHERE
                    NOT EXISTS (SELECT 1 FROM exile WHERE person_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM journey WHERE person_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM journey_traveller WHERE person_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM letter_party WHERE person_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM letter WHERE relay_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM contact WHERE p.id IN (from_person_id, to_person_id, via_person_id))
                AND NOT EXISTS (SELECT 1 FROM channel WHERE carrier_person_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM claim WHERE subject = 'person' AND subject_id = p.id)
                ORDER BY id
                """) {
                findings.append(CheckFinding(level: .notice, check: "person-without-facts", location: "person \(id)",
                                             detail: "named, with roles, but in no exile, journey, letter or contact"))
            }
            return findings
        }
    }
}
