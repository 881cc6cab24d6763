import Foundation
import GRDB

/// What an import of a standard file (CMIF, Linked Places) needs to know of the atlas to
/// match what it brings to what is there: the one rule for "is this the same person, group
/// or place?".
///
/// Matching, in order (issue: "authority URI first, then an exact name in the same
/// authority-less context, otherwise create it"):
/// 1. an authority URI (GND, VIAF, Wikidata, GeoNames ...) the atlas already holds for a
///    person or place: that one;
/// 2. else, for a record that brings no URI, the exact name (``NameKey/exact(_:)``,
///    "Surname, Forename" read either way) of exactly one person or place: that one (a record
///    that brings URIs none of which the atlas knows is a new one, so a namesake identified
///    elsewhere is not merged);
/// 3. else a new row, with an id made from the name that no row uses yet.
///
/// ```swift
/// var context = try atlas.importContext()
/// context.person(named: "Trotsky, Leon", uris: ["http://www.wikidata.org/entity/Q33391"])   // .existing("trotsky")
/// ```
public struct ImportContext: Sendable {
    /// A match: a row the atlas (or this import) already has, or a new id to create.
    public enum Match: Sendable, Hashable {
        /// A row the atlas (or an earlier record of this import) already has, by its id.
        case existing(String)
        /// No row matches: the id to create, unused so far.
        case new(String)

        /// The id of the row matched or to be created, either way.
        public var id: String {
            switch self { case let .existing(id), let .new(id): id }
        }
    }

    /// Per table (`person`, `place`): the row each authority URI names, and the rows without
    /// any URI under each exact name key.
    private var byURI: [String: [String: String]]
    private var byName: [String: [String: [String]]]
    /// Ids in use per table (the atlas's and this import's), so new ids never collide.
    private var taken: [String: Set<String>]
    /// The authority URIs the atlas already holds, as "entity uri" ("person http://..."):
    /// an import adds only the others.
    public let existingAuthorities: Set<String>
    /// The letters, sources and places already in the atlas.
    public let existingLetters: Set<String>
    /// The ids of the sources already in the atlas.
    public let existingSources: Set<String>
    /// The ids of the places already in the atlas.
    public let existingPlaces: Set<String>
    /// The names, authority URIs and sources the atlas already holds (``ImportContext/Held``),
    /// so an import brings only what is new about a place it matched.
    public let held: Held

    /// Builds the context from the atlas's people, places, authority ids, letters and sources.
    init(db: Database) throws {
        var personByURI: [String: String] = [:], placeByURI: [String: String] = [:]
        var existingAuthorities: Set<String> = []
        for row in try Row.fetchAll(db, sql: "SELECT entity, entity_id, uri FROM authority") {
            let uri = Self.normal(row["uri"])
            existingAuthorities.insert("\(row["entity"] as String) \(uri)")
            if (row["entity"] as String) == "person" { personByURI[uri] = row["entity_id"] } else { placeByURI[uri] = row["entity_id"] }
        }
        var personByName: [String: [String]] = [:], placeByName: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM person UNION SELECT person_id, name FROM person_name") {
            Self.index(row["name"], id: row["id"], into: &personByName)
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM place UNION SELECT place_id, name FROM place_name") {
            Self.index(row["name"], id: row["id"], into: &placeByName)
        }
        var taken: [String: Set<String>] = [:]
        for table in ["person", "place", "source", "letter"] {
            taken[table] = Set(try String.fetchAll(db, sql: "SELECT id FROM \"\(table)\""))
        }
        byURI = ["person": personByURI, "place": placeByURI]
        byName = ["person": personByName, "place": placeByName]
        self.taken = taken
        self.existingAuthorities = existingAuthorities
        existingLetters = taken["letter"] ?? []
        existingSources = taken["source"] ?? []
        existingPlaces = taken["place"] ?? []
        held = try Held(db: db)
    }

    /// One spelling per authority record (`gn:524901`, `https://sws.geonames.org/524901/` →
    /// `http://www.geonames.org/524901`); a URI no known authority has stays as written.
    public static func normal(_ uri: String) -> String { AuthorityReference(uri)?.uri ?? uri }

    private static func index(_ name: String, id: String, into map: inout [String: [String]]) {
        for key in Set([NameKey.exact(name), NameResolver<String>.reordered(name).map(NameKey.exact) ?? ""]) where !key.isEmpty {
            if map[key]?.contains(id) != true { map[key, default: []].append(id) }
        }
    }

    // MARK: - Matching

    /// The person or group a name and its authority URIs stand for.
    public mutating func person(named name: String, uris: [String]) -> Match {
        match(name: name, uris: uris, table: "person")
    }

    /// The place a name and its authority URIs stand for.
    public mutating func place(named name: String, uris: [String]) -> Match {
        match(name: name, uris: uris, table: "place")
    }

    private mutating func match(name: String, uris: [String], table: String) -> Match {
        let normal = uris.map(Self.normal)
        let known = byURI[table] ?? [:]
        if let id = normal.compactMap({ known[$0] }).first {
            for uri in normal where known[uri] == nil { byURI[table, default: [:]][uri] = id }
            return newIDs[table]?.contains(id) == true ? .new(id) : .existing(id)
        }
        let key = NameKey.exact(NameResolver<String>.reordered(name) ?? name)
        if normal.isEmpty, let ids = byName[table]?[key], ids.count == 1 {
            return newIDs[table]?.contains(ids[0]) == true ? .new(ids[0]) : .existing(ids[0])
        }
        let id = freshID(table, from: NameResolver<String>.reordered(name) ?? name)
        for uri in normal { byURI[table, default: [:]][uri] = id }
        // Later mentions by name alone find it (Serge with his GND id, then "Serge, Victor").
        if byName[table]?[key]?.contains(id) != true { byName[table, default: [:]][key, default: []].append(id) }
        return .new(id)
    }

    /// The place an authority URI names (in the atlas, or given to a place by this import),
    /// without matching or creating anything.
    public func place(withURI uri: String) -> String? { byURI["place"]?[Self.normal(uri)] }

    /// Ids this import creates, per table (so a second mention of a new person is the same one).
    private var newIDs: [String: Set<String>] = [:]

    /// Rows this import has already written, as "table id" (authority rows as "authority
    /// entity id uri"), so that files imported together write each row once.
    private var written: Set<String> = []

    /// Whether this import still has to write the row: true the first time it is asked.
    ///
    /// ```swift
    /// if context.claim("person", id) { people.add(...) }
    /// ```
    public mutating func claim(_ table: String, _ key: String) -> Bool {
        written.insert("\(table) \(key)").inserted
    }

    /// Whether the atlas (or this import) has a row of that id in the table.
    public func has(_ table: String, _ id: String) -> Bool { taken[table]?.contains(id) ?? false }

    /// Marks an id as used by this import.
    public mutating func use(_ table: String, _ id: String) {
        taken[table, default: []].insert(id)
        newIDs[table, default: []].insert(id)
    }

    /// A slug from a name that no row of the table uses yet: "Leon Trotsky" → "leon-trotsky",
    /// then "leon-trotsky-2" ...
    public mutating func freshID(_ table: String, from name: String) -> String {
        let base = Self.slug(name).isEmpty ? table : Self.slug(name)
        var id = base, n = 2
        while taken[table, default: []].contains(id) { id = "\(base)-\(n)"; n += 1 }
        taken[table, default: []].insert(id)
        newIDs[table, default: []].insert(id)
        return id
    }

    /// Lower-case ASCII letters, digits and hyphens, as the atlas's ids are; at most 60 characters.
    public static func slug(_ text: String) -> String {
        let folded = text.applyingTransform(.toLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? text.lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String(slug.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}

extension Atlas {
    /// What an import needs to match incoming people and places (``ImportContext``).
    public func importContext() throws(AtlasError) -> ImportContext {
        try perform { try writer.read { db in try ImportContext(db: db) } }
    }
}
