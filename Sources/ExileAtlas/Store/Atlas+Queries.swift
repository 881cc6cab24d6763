import Foundation
import GRDB

/// Which exiles to list. Every field narrows; an empty filter lists all.
///
/// ```swift
/// let filter = ExileFilter(placeIDs: ["astrakhan"], during: try HistoricalDate(parsing: "1928"))
/// ```
public struct ExileFilter: Sendable {
    /// Places to match, as given (`place` ids); to include the sub-places (the houses in a
    /// town), pass `Atlas.placeAndDescendants(_:)`. Nil for any place.
    public var placeIDs: [String]?
    /// The people whose exiles to list (any of them), `person` ids; nil for everyone.
    public var personIDs: [String]?
    /// Exiles whose period overlaps this date or interval.
    public var during: HistoricalDate?

    /// Creates a filter; every nil field matches all. `personID` is one person, as
    /// `personIDs: [personID]`.
    public init(placeIDs: [String]? = nil, personID: String? = nil, personIDs: [String]? = nil, during: HistoricalDate? = nil) {
        self.placeIDs = placeIDs
        self.personIDs = personIDs ?? personID.map { [$0] }
        self.during = during
    }
}

/// Sources that disagree about one attribute of one fact, side by side.
public struct Conflict: Sendable, Hashable, Codable {
    /// The table of the fact the claims are about (`leg`, `journey`, `place` ...).
    public var subject: String
    /// The id of that fact (`deportation-1928-6`).
    public var subjectID: String
    /// The attribute the claims disagree on (`distance`, `vehicle`).
    public var property: String
    /// Every claim on that attribute, each with its source.
    public var claims: [Claim]
}

extension Atlas {
    // MARK: - Sources

    /// Every source, texts first.
    public func sources() throws(AtlasError) -> [Source] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY kind <> 'text', id").map(Source.init(row:))
        }
    }

    // MARK: - Places

    /// Places, by name; optionally only those of one kind.
    public func places(kind: Place.Kind? = nil) throws(AtlasError) -> [Place] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM place WHERE ?1 IS NULL OR kind = ?1 ORDER BY name COLLATE NOCASE",
                             arguments: [kind?.rawValue]).map(Place.init(row:))
        }
    }

    /// The place with this id, or nil.
    public func place(id: String) throws(AtlasError) -> Place? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM place WHERE id = ?", arguments: [id]).map(Place.init(row:))
        }
    }

    /// The names of a place, oldest period first, undated names last.
    public func placeNames(of placeID: String) throws(AtlasError) -> [PlaceName] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM place_name WHERE place_id = ?
                ORDER BY period_earliest IS NULL, period_earliest, kind, language, name
                """, arguments: [placeID]).map(PlaceName.init(row:))
        }
    }

    /// The place and every place inside it (its houses, streets...), as ids.
    public func placeAndDescendants(_ placeID: String) throws(AtlasError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                WITH RECURSIVE tree(id) AS (
                    SELECT ? UNION SELECT place.id FROM place JOIN tree ON place.parent_id = tree.id)
                SELECT id FROM tree
                """, arguments: [placeID])
        }
    }

    /// A resolver over every name of every place, and the ids themselves, held in memory.
    ///
    /// It reads every name: to look one name up, ``resolvePlace(_:)`` asks the name index instead,
    /// with the same answers.
    public func placeResolver() throws(AtlasError) -> NameResolver<String> {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, name AS name, name AS label FROM place
                UNION SELECT id, id, name FROM place
                UNION SELECT place.id, place_name.name, place.name FROM place_name JOIN place ON place.id = place_name.place_id
                """)
            return NameResolver(rows.map { .init(id: $0["id"], name: $0["name"], label: $0["label"]) })
        }
    }

    // MARK: - People

    /// Every role, stored or following from the facts (``Atlas/roles()``), as rows of
    /// `person_id, role, source_id, locator, quote, note, derived`.
    ///
    /// Roles follow from facts: a person who sends or receives a letter is a correspondent
    /// (evidence: their earliest letter), a person with an exile, semi-exile or deportation
    /// is a deportee (evidence: their first one). A stored role keeps its own evidence.
    static let allRolesSQL = """
        SELECT person_id, role, source_id, locator, quote, note, 0 AS derived FROM person_role
        UNION ALL
        SELECT person_id, 'correspondent', source_id, locator, quote,
               'from the facts: ' || kind || ' ' || id, 1
        FROM (SELECT p.person_id, letter.id, letter.kind, letter.source_id, letter.locator, letter.quote,
                     ROW_NUMBER() OVER (PARTITION BY p.person_id ORDER BY letter.date_earliest IS NULL,
                                        letter.date_earliest, letter.id) AS n
              FROM letter JOIN (SELECT DISTINCT letter_id, person_id FROM letter_party WHERE person_id IS NOT NULL) AS p
                   ON p.letter_id = letter.id) AS c
        WHERE n = 1 AND NOT EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = c.person_id AND r.role = 'correspondent')
        UNION ALL
        SELECT person_id, 'deportee', source_id, locator, quote, 'from the facts: ' || kind || ' ' || id, 1
        FROM (SELECT exile.*, ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY period_earliest, id) AS n
              FROM exile WHERE kind IN ('exile', 'semi-exile', 'deportation')) AS d
        WHERE n = 1 AND NOT EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = d.person_id AND r.role = 'deportee')
        """

    /// People, by name; optionally only those with a role, stored or following from the
    /// facts (a letter makes a correspondent, an exile a deportee).
    public func people(role: PersonRole.Role? = nil) throws(AtlasError) -> [Person] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM person WHERE ?1 IS NULL
                    OR id IN (SELECT person_id FROM (\(Self.allRolesSQL)) WHERE role = ?1)
                ORDER BY name COLLATE NOCASE
                """, arguments: [role?.rawValue]).map(Person.init(row:))
        }
    }

    /// The person with this id, or nil.
    public func person(id: String) throws(AtlasError) -> Person? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id]).map(Person.init(row:))
        }
    }

    /// The names of a person.
    public func personNames(of personID: String) throws(AtlasError) -> [PersonName] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM person_name WHERE person_id = ? ORDER BY kind, language, name",
                             arguments: [personID]).map(PersonName.init(row:))
        }
    }

    /// The roles of every person, keyed by person id: the stored roles, and those that follow
    /// from the facts (a letter sent or received makes a correspondent, an exile a deportee;
    /// their note says "from the facts" and names the row).
    ///
    /// ```swift
    /// try atlas.roles()["trotsky"]?.map(\.role)   // [.correspondent, .deportee]
    /// ```
    public func roles() throws(AtlasError) -> [String: [PersonRole]] {
        try read { db in
            Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM (\(Self.allRolesSQL)) ORDER BY role")
                .compactMap(PersonRole.init(row:)), by: \.personID)
        }
    }

    /// A resolver over every name of every person, and the ids themselves, held in memory.
    ///
    /// It reads every name: to look one name up, ``resolvePerson(_:)`` asks the name index instead,
    /// with the same answers.
    public func personResolver() throws(AtlasError) -> NameResolver<String> {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, name AS name, name AS label FROM person
                UNION SELECT id, id, name FROM person
                UNION SELECT person.id, person_name.name, person.name FROM person_name JOIN person ON person.id = person_name.person_id
                """)
            return NameResolver(rows.map { .init(id: $0["id"], name: $0["name"], label: $0["label"]) })
        }
    }

    // MARK: - Exiles

    /// Exiles matching the filter, by start date then person.
    public func exiles(_ filter: ExileFilter = ExileFilter()) throws(AtlasError) -> [Exile] {
        try read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible?] = []
            if let places = filter.placeIDs {
                conditions.append("place_id IN (\(databaseQuestionMarks(count: places.count)))")
                arguments += places
            }
            if let people = filter.personIDs {
                conditions.append("person_id IN (\(databaseQuestionMarks(count: people.count)))")
                arguments += people
            }
            if let during = filter.during {
                conditions.append("period_latest >= ? AND period_earliest <= ?")
                arguments += [during.earliest.iso, during.latest.iso]
            }
            let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM exile \(clause) ORDER BY period_earliest, person_id, id",
                                        arguments: StatementArguments(arguments))
            let columns = rows.first.map(RowReader.Columns.init)
            return try rows.map { try Exile(row: $0, columns: columns) }
        }
    }

    // MARK: - Journeys

    /// Journeys, by start date; optionally one person's (as principal traveller or companion).
    public func journeys(personID: String? = nil) throws(AtlasError) -> [Journey] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM journey WHERE ?1 IS NULL OR person_id = ?1
                    OR id IN (SELECT journey_id FROM journey_traveller WHERE person_id = ?1)
                ORDER BY period_earliest, id
                """, arguments: [personID]).map(Journey.init(row:))
        }
    }

    /// The journey with this id, or nil.
    public func journey(id: String) throws(AtlasError) -> Journey? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM journey WHERE id = ?", arguments: [id]).map(Journey.init(row:))
        }
    }

    /// The legs of a journey, in order.
    public func legs(of journeyID: String) throws(AtlasError) -> [Leg] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM leg WHERE journey_id = ? ORDER BY seq", arguments: [journeyID])
                .map(Leg.init(row:))
        }
    }

    /// The leg with this id, or nil.
    public func leg(id: String) throws(AtlasError) -> Leg? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM leg WHERE id = ?", arguments: [id]).map(Leg.init(row:))
        }
    }

    /// Legs that start or end at any of these places, in journey order.
    public func legs(touching placeIDs: [String]) throws(AtlasError) -> [Leg] {
        try read { db in
            let marks = databaseQuestionMarks(count: placeIDs.count)
            return try Row.fetchAll(db, sql: """
                SELECT leg.* FROM leg JOIN journey ON journey.id = leg.journey_id
                WHERE from_place_id IN (\(marks)) OR to_place_id IN (\(marks))
                ORDER BY journey.period_earliest, leg.seq
                """, arguments: StatementArguments(placeIDs + placeIDs)).map(Leg.init(row:))
        }
    }

    // MARK: - Letters

    /// Letters sent from or to any of these places (or by, to or relayed by this person), by date.
    public func letters(placeIDs: [String]? = nil, personID: String? = nil) throws(AtlasError) -> [Letter] {
        try read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible?] = []
            if let places = placeIDs {
                conditions.append("id IN (SELECT letter_id FROM letter_party WHERE place_id IN (\(databaseQuestionMarks(count: places.count))))")
                arguments += places
            }
            if let person = personID {
                conditions.append("(id IN (SELECT letter_id FROM letter_party WHERE person_id = ?) OR relay_id = ?)")
                arguments += [person, person]
            }
            let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let letters = try Row.fetchAll(db, sql: "SELECT * FROM letter \(clause) ORDER BY date_earliest IS NULL, date_earliest, id",
                                           arguments: StatementArguments(arguments)).map(Letter.init(row:))
            return try Self.attachParties(db, to: letters)
        }
    }

    /// The letters with their senders and addressees, read in one query.
    static func attachParties(_ db: Database, to letters: [Letter]) throws -> [Letter] {
        guard !letters.isEmpty else { return letters }
        var parties: [String: [LetterParty]] = [:]
        let sql = "SELECT * FROM letter_party ORDER BY letter_id, role DESC, position"
        // Every party at once when most letters are asked for; else only theirs, as one JSON list.
        let rows: RowCursor
        if letters.count > 200 {
            rows = try Row.fetchCursor(db, sql: sql)
        } else {
            let ids = String(decoding: try JSONEncoder().encode(letters.map(\.id)), as: UTF8.self)
            rows = try Row.fetchCursor(db, sql: "SELECT * FROM letter_party WHERE letter_id IN (SELECT value FROM json_each(?)) ORDER BY letter_id, role DESC, position",
                                       arguments: [ids])
        }
        while let row = try rows.next() { parties[row["letter_id"], default: []].append(LetterParty(row: row)) }
        return letters.map { letter in
            var letter = letter
            let own = parties[letter.id] ?? []
            letter.senders = own.filter { $0.role == .sender }
            letter.addressees = own.filter { $0.role == .addressee }
            return letter
        }
    }

    // MARK: - Claims and conflicts

    /// The claims sources make about one fact.
    public func claims(subject: String, id: String) throws(AtlasError) -> [Claim] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM claim WHERE subject = ? AND subject_id = ? ORDER BY property, id",
                             arguments: [subject, id]).map(Claim.init(row:))
        }
    }

    /// Every attribute on which sources disagree: claims on the same subject and property,
    /// from different sources, with different values, about the same moment
    /// (``Claim/conflicts(with:)``). Claims about different moments (the cold on the siding,
    /// the cold of the whole journey) are kept as claims and are not conflicts.
    public func conflicts() throws(AtlasError) -> [Conflict] {
        try read { db in
            let claims = try Row.fetchAll(db, sql: """
                SELECT claim.* FROM claim JOIN (
                    SELECT subject, subject_id, property FROM claim
                    GROUP BY subject, subject_id, property
                    HAVING COUNT(DISTINCT value) > 1 AND COUNT(DISTINCT source_id) > 1
                ) AS disputed USING (subject, subject_id, property)
                ORDER BY subject, subject_id, property, source_id
                """).map(Claim.init(row:))
            let groups = Dictionary(grouping: claims) { "\($0.subject)\u{1}\($0.subjectID)\u{1}\($0.property)" }
                .values.map { group in group.filter { claim in group.contains(where: claim.conflicts(with:)) } }
                .filter { !$0.isEmpty }
            return groups.map { group in
                Conflict(subject: group[0].subject, subjectID: group[0].subjectID,
                         property: group[0].property, claims: group)
            }.sorted { ($0.subject, $0.subjectID, $0.property) < ($1.subject, $1.subjectID, $1.property) }
        }
    }
}

extension Atlas {
    /// Every place and every place name, in one read, for display and naming by date.
    public func placeIndex() throws(AtlasError) -> PlaceIndex {
        try read { db in
            PlaceIndex(places: try Row.fetchAll(db, sql: "SELECT * FROM place").map(Place.init(row:)),
                       names: try Row.fetchAll(db, sql: "SELECT * FROM place_name").map(PlaceName.init(row:)),
                       candidates: try Row.fetchAll(db, sql: "SELECT * FROM place_candidate").map(PlaceCandidate.init(row:)))
        }
    }

    /// The places given and their names: `placeIndex()` narrowed to what a command shows, so
    /// that naming a few places does not read every place of a large atlas. Ids that name no
    /// place are left out (the index then shows the id itself).
    public func placeIndex(placeIDs: some Collection<String>) throws(AtlasError) -> PlaceIndex {
        let ids = Array(Set(placeIDs)).sorted()
        return try read { db in
            var places: [Place] = [], names: [PlaceName] = [], candidates: [PlaceCandidate] = []
            for start in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[start..<min(start + 500, ids.count)])
                let marks = databaseQuestionMarks(count: part.count)
                places += try Row.fetchAll(db, sql: "SELECT * FROM place WHERE id IN (\(marks))",
                                           arguments: StatementArguments(part)).map(Place.init(row:))
                // In stored order, as placeIndex() reads them (ties between names go to the first).
                names += try Row.fetchAll(db, sql: "SELECT * FROM place_name WHERE place_id IN (\(marks)) ORDER BY rowid",
                                          arguments: StatementArguments(part)).map(PlaceName.init(row:))
                candidates += try Row.fetchAll(db, sql: "SELECT * FROM place_candidate WHERE place_id IN (\(marks))",
                                               arguments: StatementArguments(part)).map(PlaceCandidate.init(row:))
            }
            return PlaceIndex(places: places, names: names, candidates: candidates)
        }
    }

    /// The display names of the people given, keyed by id (ids that name no one are left out).
    public func personNamesByID(ids: some Collection<String>) throws(AtlasError) -> [String: String] {
        let ids = Array(Set(ids)).sorted()
        return try read { db in
            // The ids go in as one JSON array: compiling an IN list of hundreds of
            // placeholders, or running a statement per id, cost more than the lookups.
            let list = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
            var result: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM person WHERE id IN (SELECT value FROM json_each(?))",
                                           arguments: [list])
            while let row = try rows.next() { result[row[0] as String] = row[1] as String }
            return result
        }
    }

    /// Every person's display name, keyed by id.
    public func personNamesByID() throws(AtlasError) -> [String: String] {
        try read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT id, name FROM person").map { ($0["id"] as String, $0["name"] as String) },
                       uniquingKeysWith: { first, _ in first })
        }
    }
}

/// A sender or recipient to filter letters by: a person, or places (a place with the places
/// inside it, as `Atlas.placeAndDescendants(_:)` lists them).
public enum Party: Sendable, Hashable {
    /// A person, by `person` id: the letters they sent (as `from`) or received (as `to`).
    case person(String)
    /// Places, by `place` id, matched as given: the letters whose sender (as `from`) or
    /// addressee (as `to`) was at one of them.
    case places([String])
}

/// Which letters to list. Every field narrows; an empty filter lists all. A field of several
/// values takes their union: letters from Trotsky or from Astrakhan, letters or telegrams.
public struct LetterFilter: Sendable {
    /// Sent by any of these (empty: by anyone).
    public var from: [Party]
    /// Sent to any of these (empty: to anyone).
    public var to: [Party]
    /// Letters whose date overlaps this; undated letters are left out when it is set.
    public var during: HistoricalDate?
    /// Of any of these kinds (empty: every kind).
    public var kinds: [Letter.Kind]

    /// Creates a filter; every empty or nil field matches all.
    public init(from: [Party] = [], to: [Party] = [], during: HistoricalDate? = nil, kinds: [Letter.Kind] = []) {
        self.from = from; self.to = to; self.during = during; self.kinds = kinds
    }
}

extension Atlas {
    /// Letters matching the filter, by date (undated last).
    public func letters(_ filter: LetterFilter) throws(AtlasError) -> [Letter] {
        try read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible?] = []
            for (parties, role) in [(filter.from, "sender"), (filter.to, "addressee")] where !parties.isEmpty {
                // Any of the parties: a person by id, a place with the places inside it.
                var any: [String] = []
                for party in parties {
                    switch party {
                    case let .person(id):
                        any.append("person_id = ?")
                        arguments.append(id)
                    case let .places(ids):
                        any.append("place_id IN (\(databaseQuestionMarks(count: ids.count)))")
                        arguments += ids
                    }
                }
                conditions.append("id IN (SELECT letter_id FROM letter_party WHERE role = '\(role)' AND (\(any.joined(separator: " OR "))))")
            }
            if let during = filter.during {
                conditions.append("date_latest >= ? AND date_earliest <= ?")
                arguments += [during.earliest.iso, during.latest.iso]
            }
            if !filter.kinds.isEmpty {
                conditions.append("kind IN (\(databaseQuestionMarks(count: filter.kinds.count)))")
                arguments += filter.kinds.map(\.rawValue)
            }
            let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let letters = try Row.fetchAll(db, sql: "SELECT * FROM letter \(clause) ORDER BY date_earliest IS NULL, date_earliest, id",
                                           arguments: StatementArguments(arguments)).map(Letter.init(row:))
            return try Self.attachParties(db, to: letters)
        }
    }

    /// Every contact and relay, by id.
    public func contacts() throws(AtlasError) -> [Contact] {
        try perform {
            try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM contact ORDER BY id").map(Contact.init(row:)) }
        }
    }

    /// Every tally, by period.
    public func tallies() throws(AtlasError) -> [Tally] {
        try perform {
            try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM tally ORDER BY period_earliest, id").map(Tally.init(row:)) }
        }
    }

    /// Every letter, by date.
    public func allLetters() throws(AtlasError) -> [Letter] {
        try letters(LetterFilter())
    }
}
