import Foundation

/// Turns a CMIF file (``CMIFFile``) into atlas rows: a source for each `bibl`, the people,
/// groups and places it names (matched by ``ImportContext``), its letters with all their
/// senders and addressees, and the authority ids it gives. The rows then load like any
/// import: all or nothing, each problem located at the line of the `correspDesc`.
///
/// - **Letters**: one per `correspDesc`, kind `letter` (CMIF has no kinds), dated as the
///   reader maps CMIF's dates to EDTF, undated when the file gives no date; the letter's
///   `key` and `ref` are its locator. Its id is `key` when the file is this atlas's own
///   export (its `bibl` ids are the UUIDs ``CMIF/bibliographicID(_:)`` gives the atlas's
///   sources), so a round trip finds its letters; a letter already in the atlas is left as
///   it is. Letters of other editions get ids made from their source and key.
/// - **Parties**: every `persName` (an individual) and `orgName` (a group) of an action, in
///   order, with the action's first place; `Unknown` is no party. `cert="low"` is an
///   uncertain identification, `evidence="conjecture"` an inferred one, for places too.
/// - **People and places** are matched by authority URI, then by exact name, else created;
///   a new place named by a GeoNames URI takes its coordinates from the offline GeoNames
///   extract when it has the id, and otherwise stays unlocated, saying why.
///
/// ```swift
/// var context = try atlas.importContext()
/// let tables = try CMIFImport.tables(from: CMIFReader.read(contentsOf: url), context: &context, geonames: extract)
/// ```
public enum CMIFImport {
    static func tables(from file: CMIFFile, context: inout ImportContext, geonames: GeoNamesExtract?) -> [CSVTable] {
        var sources = Rows(file: file.file, table: "source",
                           header: ["id", "kind", "title", "citation", "url", "note"])
        var people = Rows(file: file.file, table: "person", header: ["id", "name", "kind", "source_id", "locator", "note"])
        var places = Rows(file: file.file, table: "place",
                          header: ["id", "name", "kind", "latitude", "longitude", "coord_source_id", "coord_ref",
                                   "coord_note", "source_id", "locator", "note"])
        var authorities = Rows(file: file.file, table: "authority",
                               header: ["entity", "entity_id", "uri", "scheme", "source_id", "locator"])
        var letters = Rows(file: file.file, table: "letter", header: ["id", "kind", "date", "source_id", "locator", "note"])
        var parties = Rows(file: file.file, table: "letter_party",
                           header: ["letter_id", "role", "position", "person_id", "place_id", "certainty", "place_certainty"])

        // Sources: this atlas's own (a bibl id it gives one of its sources), else one per bibl.
        let ownSources = Dictionary(context.existingSources.map { (CMIF.bibliographicID($0), $0) }, uniquingKeysWith: { a, _ in a })
        var sourceOf: [String: String] = [:]   // bibl id → source id
        var fileSource: String?
        func source(for letter: CMIFLetter) -> String {
            if let bibl = file.bibl(of: letter), let id = bibl.id {
                if let known = sourceOf[id] { return known }
                if let own = ownSources[id] { sourceOf[id] = own; return own }
                // The same bibl gives the same source id, so a second import finds it.
                let sourceID = ImportContext.slug("cmif " + id)
                if !context.has("source", sourceID) {
                    context.use("source", sourceID)
                    sources.add([sourceID, "reference", String(bibl.text.prefix(300)), bibl.text, bibl.ref ?? file.header.url ?? "",
                                 "A bibl of the CMIF file \(file.header.url ?? file.file) (xml:id \(id))"], at: bibl.position)
                }
                sourceOf[id] = sourceID
                return sourceID
            }
            if let fileSource { return fileSource }
            let sourceID = ImportContext.slug("cmif " + (file.header.url ?? file.header.title ?? "letters"))
            if !context.has("source", sourceID) {
                context.use("source", sourceID)
                sources.add([sourceID, "reference", file.header.title ?? "CMIF file", file.header.title ?? "",
                             file.header.url ?? "", "The CMIF file \(file.header.url ?? file.file)"], at: TextPosition(line: 1, column: 1))
            }
            fileSource = sourceID
            return sourceID
        }
        let isOwn = { (letter: CMIFLetter) in letter.source.map { ownSources[$0] != nil } ?? false }

        func authority(_ entity: String, _ id: String, _ uris: [String], source: String, locator: String, at position: TextPosition) {
            for uri in uris.map(ImportContext.normal)
            where !context.existingAuthorities.contains("\(entity) \(uri)") && context.claim("authority", "\(entity) \(id) \(uri)") {
                authorities.add([entity, id, uri, AuthorityID.Scheme(uri: uri).rawValue, source, locator], at: position)
            }
        }
        func person(_ party: CMIFParty, source: String, locator: String) -> String {
            let match = context.person(named: party.name, uris: party.refs)
            if case let .new(id) = match, context.claim("person", id) {
                people.add([id, party.name, party.kind == .organisation ? "group" : "individual", source, locator,
                            "From the CMIF file \(file.header.url ?? file.file)."], at: party.position)
            }
            authority("person", match.id, party.refs, source: source, locator: locator, at: party.position)
            return match.id
        }
        func place(_ place: CMIFPlace, source: String, locator: String) -> String {
            let match = context.place(named: place.name, uris: place.refs)
            if case let .new(id) = match, context.claim("place", id) {
                if let entry = place.geonameID.flatMap({ geonames?[$0] }) {
                    places.add([id, place.name, "town", String(entry.latitude), String(entry.longitude), "geonames", entry.reference,
                                "GeoNames entry \"\(entry.name)\" (\(entry.countryCode)), from the offline extract", source, locator,
                                "From the CMIF file; kind not given there."], at: place.position)
                } else {
                    let why = place.geonameID == nil ? "the CMIF file gives no GeoNames id for it"
                        : "its GeoNames id is not in the offline extract (scripts/geonames-extract)"
                    places.add([id, place.name, "town", "", "", "", "", "unlocated: \(why)", source, locator,
                                "From the CMIF file; kind not given there."], at: place.position)
                }
            }
            authority("place", match.id, place.refs, source: source, locator: locator, at: place.position)
            return match.id
        }

        for (index, letter) in file.letters.enumerated() {
            let sourceID = source(for: letter)
            let locator = letter.key.map { "key \($0)" } ?? letter.ref ?? "correspDesc \(index + 1), line \(letter.position.line)"
            // The same letter of the same edition gets the same id, so a second import (or the
            // atlas's own export read back) finds it and leaves it as it is.
            let ownID = letter.key.flatMap { isOwn(letter) && ImportContext.slug($0) == $0 ? $0 : nil }
            let id = ownID ?? ImportContext.slug(sourceID + " " + (letter.key ?? "line \(letter.position.line)"))
            if context.existingLetters.contains(id) { continue }
            if context.has("letter", id) { continue }   // twice in one file: the first stands
            context.use("letter", id)
            letters.add([id, "letter", letter.date?.edtf ?? "", sourceID, locator, letter.ref.map { "Online: \($0)" } ?? ""],
                        at: letter.position)
            for action in letter.actions {
                let role: String
                switch action.kind {
                case .sent: role = "sender"
                case .received: role = "addressee"
                default: continue   // forwarded and the like: not a party of the letter
                }
                let where_ = action.places.first.map { place($0, source: sourceID, locator: locator) }
                let placeCertainty = action.places.first.map { $0.isUncertain ? "uncertain" : $0.isConjecture ? "inferred" : "certain" } ?? "certain"
                var position = 0
                for party in action.parties where !party.isUnknown {
                    position += 1
                    parties.add([id, role, String(position), person(party, source: sourceID, locator: locator), where_ ?? "",
                                 party.isUncertain ? "uncertain" : party.isConjecture ? "inferred" : "certain", placeCertainty],
                                at: party.position)
                }
                // A place with nobody named there: a party of the place alone.
                if position == 0, let where_ {
                    parties.add([id, role, "1", "", where_, "certain", placeCertainty], at: action.position)
                }
            }
        }
        return [sources, places, people, authorities, letters, parties].filter { !$0.records.isEmpty }.map(\.table)
    }

    /// Rows of one table being built, each with the line it comes from.
    private struct Rows {
        var file: String
        var tableName: String
        var header: [String]
        var records: [[String]] = []
        var lines: [Int] = []
        var ids: Set<String> = []

        init(file: String, table: String, header: [String]) {
            self.file = file; self.tableName = table; self.header = header
        }

        mutating func add(_ record: [String], at position: TextPosition) {
            records.append(record)
            lines.append(position.line)
            ids.insert(record[0])
        }

        func has(_ id: String) -> Bool { ids.contains(id) }

        var table: CSVTable { CSVTable(file: file, table: tableName, header: header, records: records, lines: lines) }
    }
}
