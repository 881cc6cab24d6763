import Foundation
import GRDB

extension Atlas {
    // MARK: - Attestations

    /// The attestations of one person (or of everyone), oldest first: the `attestation`
    /// rows, and every dated letter the person sent, read as evidence of where they wrote
    /// from (place not stated when the letter's source gives none).
    ///
    /// Where a letter was addressed is not an attestation: it is the sender's belief, and
    /// in the data often the compilers' inference from the exile itself.
    ///
    /// ```swift
    /// try atlas.attestations(personID: "radek").map(\.date.edtf)
    /// // ["1928-05", "1928-05-10", "1928-05-25", "1928-06", ...]
    /// ```
    public func attestations(personID: String? = nil) throws(AtlasError) -> [Attestation] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM attestation WHERE ?1 IS NULL OR person_id = ?1
                """, arguments: [personID])
            var result = try rows.map(Attestation.init(row:))
            let letters = try Self.attachParties(db, to: try Row.fetchAll(db, sql: """
                SELECT * FROM letter WHERE date IS NOT NULL AND id IN (
                    SELECT letter_id FROM letter_party WHERE role = 'sender' AND person_id IS NOT NULL
                        AND (?1 IS NULL OR person_id = ?1))
                """, arguments: [personID]).map(Letter.init(row:)))
            result += letters.flatMap { letter in
                letter.senders.filter { $0.personID != nil && (personID == nil || $0.personID == personID) }
                    .map { Attestation(letter: letter, sender: $0) }
            }
            return result.sorted { ($0.date.earliest, $0.date.latest, $0.id) < ($1.date.earliest, $1.date.latest, $1.id) }
        }
    }

    /// Everything the whereabouts rule needs for the given people (everyone when nil):
    /// their stays, attestations, deaths and the place hierarchy.
    ///
    /// ```swift
    /// let whereabouts = try atlas.whereabouts(personIDs: ["radek"])
    /// whereabouts.presences(on: try HistoricalDate(parsing: "1928-10-15")).first?.status   // .possible
    /// ```
    public func whereabouts(personIDs: [String]? = nil) throws(AtlasError) -> Whereabouts {
        var stays: [Exile] = [], attestations: [Attestation] = []
        if let personIDs {
            for id in personIDs {
                stays += try exiles(ExileFilter(personID: id))
                attestations += try self.attestations(personID: id)
            }
        } else {
            stays = try exiles()
            attestations = try self.attestations()
        }
        let people = Set(stays.map(\.personID) + attestations.map(\.personID))
        return try read { db in
            var deaths: [String: HistoricalDate] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, died FROM person WHERE died IS NOT NULL") {
                let id: String = row["id"]
                if people.contains(id), let died = try historicalDate(row, "died") { deaths[id] = died }
            }
            var parents: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, parent_id FROM place WHERE parent_id IS NOT NULL") {
                parents[row["id"]] = row["parent_id"]
            }
            return Whereabouts(stays: stays, attestations: attestations, parents: parents, deaths: deaths)
        }
    }

    // MARK: - Place candidates

    /// The candidate identifications of a place (the chosen one first); empty for a place
    /// whose identification is certain.
    ///
    /// ```swift
    /// try atlas.placeCandidates(of: "kamensk").map(\.name)   // ["Kamensk-Uralsky", "Kamen-na-Obi"]
    /// ```
    public func placeCandidates(of placeID: String) throws(AtlasError) -> [PlaceCandidate] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM place_candidate WHERE place_id = ? ORDER BY chosen DESC, name",
                             arguments: [placeID]).map(PlaceCandidate.init(row:))
        }
    }

    /// Every place's candidate identifications, keyed by place id: the places whose
    /// identification is uncertain.
    public func placeCandidates() throws(AtlasError) -> [String: [PlaceCandidate]] {
        try read { db in
            Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM place_candidate ORDER BY place_id, chosen DESC, name")
                .map(PlaceCandidate.init(row:)), by: \.placeID)
        }
    }
}

extension Attestation {
    /// A letter read as evidence of where one of its senders wrote from.
    init(letter: Letter, sender: LetterParty) {
        self.init(id: "letter-" + letter.id + (sender.position > 1 ? "-\(sender.position)" : ""),
                  personID: sender.personID ?? "", placeID: sender.placeID,
                  placeNote: sender.placeID == nil ? "wrote; the source does not say from where" : nil,
                  kind: .letter, date: letter.date!, letterID: letter.id, evidence: letter.evidence,
                  note: letter.title ?? "\(letter.kind.rawValue) \(letter.id)")
    }
}

extension Atlas {
    /// Every authority id the atlas holds (`authority` table).
    ///
    /// ```swift
    /// try atlas.authorityIDs().uris(person: "trotsky")   // ["http://www.wikidata.org/entity/Q33391"]
    /// ```
    public func authorityIDs() throws(AtlasError) -> AuthorityIDs {
        try read { db in
            AuthorityIDs(try Row.fetchAll(db, sql: "SELECT entity, entity_id, uri, scheme FROM authority").map { row in
                AuthorityID(entity: AuthorityID.Entity(rawValue: row["entity"]) ?? .person, entityID: row["entity_id"],
                            uri: row["uri"], scheme: AuthorityID.Scheme(rawValue: row["scheme"]))
            })
        }
    }
}
