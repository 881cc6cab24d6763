import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// CMIF 1.1 (Correspondence Metadata Interchange Format, TEI `correspDesc`), for
/// correspSearch: one `correspDesc` per dated letter, with all its senders and addressees,
/// their places (GeoNames URIs) and the date mapped from EDTF.
///
/// - **Correspondents**: a person is a `persName` with every authority URI the atlas holds
///   (GND, VIAF, LC, BnF, NDL, then Wikidata) in `ref`; a group row is an `orgName`. Nobody
///   named (an unnamed person, or only the source's words, "un amigo") is
///   `<persName>Unknown</persName>`, as CMIF asks, with the source's words in a `note`.
/// - **Certainty** (CMIF 1.1): an uncertain identification has `cert="low"`, an inferred one
///   `evidence="conjecture"`, for names and places alike; a place with several candidate
///   identifications is `cert="low"`.
/// - **Dates**: a plain date is `when` (`1928-05`); a span a single message was written in is
///   `notBefore`/`notAfter`; a span a batch of messages was written over (a row standing for
///   several letters) is `from`/`to`; an open end is left out; `~`, `?` and `%` add
///   `cert="low"`. CMIF takes only `YYYY`, `YYYY-MM` and `YYYY-MM-DD`, so a season or `192X`
///   end is written as its first or last day.
/// - **Sources**: each `correspDesc` points at its source's `bibl`, whose `xml:id` is a UUID
///   derived from the source id (stable across runs, beginning with a letter as `xml:id` needs).
///
/// ```swift
/// let data = CMIF.document(letters: letters, people: people, places: index, sources: sources,
///                          authorities: try atlas.authorityIDs(), place: { letter, party in party.placeID },
///                          header: CMIF.Header(url: "https://example.org/letters.xml", created: Date()))
/// ```
public enum CMIF {
    /// The file's own metadata (all required by CMIF).
    public struct Header: Sendable {
        /// `titleStmt/title`: the file's title.
        public var title: String
        /// `titleStmt/editor`: who is responsible for the file.
        public var editor: String
        /// The editor's e-mail (`titleStmt/editor/email`); nil to leave it out.
        public var email: String?
        /// `publicationStmt/publisher`: who publishes the file.
        public var publisher: String
        /// Where the file will be published: CMIF's `idno type="url"`.
        public var url: String
        /// The licence the file is published under (`availability/licence`).
        public var licence: Licence
        /// When the file was made (`publicationStmt/date/@when`); pass `ExportDate.now()` for
        /// reproducible files.
        public var created: Date

        /// Creates a header; only the address the file will be published at and its date have no
        /// default.
        public init(title: String = "Exile Atlas: letters of the exiles", editor: String = "Exile Atlas",
                    email: String? = nil, publisher: String = "Exile Atlas", url: String,
                    licence: Licence = .ccBy, created: Date) {
            self.title = title; self.editor = editor; self.email = email; self.publisher = publisher
            self.url = url; self.licence = licence; self.created = created
        }
    }

    /// The two licences correspSearch accepts.
    public enum Licence: String, Sendable, CaseIterable {
        /// Creative Commons Attribution 4.0.
        case ccBy = "cc-by"
        /// Creative Commons Zero (public domain dedication).
        case cc0

        var target: String {
            switch self {
            case .ccBy: "https://creativecommons.org/licenses/by/4.0/"
            case .cc0: "https://creativecommons.org/publicdomain/zero/1.0/"
            }
        }

        var statement: String {
            switch self {
            case .ccBy: "This file is licensed under the terms of the Creative Commons License CC-BY 4.0"
            case .cc0: "This file is licensed under the terms of the Creative Commons License CC0 1.0"
            }
        }
    }

    /// The messages as a TEI document; undated ones are left out (see `dated`).
    /// - Parameters:
    ///   - letters: the messages to index.
    ///   - people: the people and groups, by id.
    ///   - places: the places with their names.
    ///   - sources: the sources, written as `bibl`.
    ///   - authorities: the authority URIs of people, groups and places.
    ///   - header: what the file says about itself.
    ///   - place: where a sender or addressee was, stated or inferred from the person's exile.
    public static func document(letters: [Letter], people: [String: Person], places: PlaceIndex,
                                sources: [Source], authorities: AuthorityIDs,
                                place: (Letter, LetterParty) -> String?, header: Header) -> Data {
        let root = XMLElement("TEI", ["xmlns": "http://www.tei-c.org/ns/1.0"])
        let teiHeader = root.add("teiHeader")
        let fileDesc = teiHeader.add("fileDesc")
        let titleStmt = fileDesc.add("titleStmt")
        titleStmt.add("title", text: header.title)
        let editor = titleStmt.add("editor", text: header.editor)
        if let email = header.email { editor.add("email", text: email) }
        let publication = fileDesc.add("publicationStmt")
        publication.add("publisher", text: header.publisher)
        publication.add("idno", ["type": "url"], text: header.url)
        publication.add("date", ["when": ExportDate.timestamp(header.created)])
        publication.add("availability").add("licence", ["target": header.licence.target], text: header.licence.statement)

        let dated = dated(letters)
        let cited = Set(dated.map(\.evidence.sourceID))
        let sourceDesc = fileDesc.add("sourceDesc")
        for source in sources where cited.contains(source.id) {
            sourceDesc.add("bibl", ["type": source.url == nil ? "print" : "online", "xml:id": bibliographicID(source.id)],
                           text: source.citation ?? source.title)
        }

        let profile = teiHeader.add("profileDesc")
        for letter in dated {
            let description = profile.add("correspDesc", ["key": letter.id, "source": "#" + bibliographicID(letter.evidence.sourceID)])
            for (sent, parties) in [(true, letter.senders), (false, letter.addressees)] {
                let action = description.add("correspAction", ["type": sent ? "sent" : "received"])
                var notes: [String] = []
                for party in parties.isEmpty ? [LetterParty(role: sent ? .sender : .addressee)] : parties {
                    if let words = self.party(action, party, people: people, authorities: authorities) { notes.append(words) }
                }
                // CMIF gives one place per side: the first the letter's parties have.
                if let party = parties.first(where: { place(letter, $0) != nil }), let placeID = place(letter, party),
                   places.places[placeID] != nil {
                    let element = action.add("placeName", ["ref": authorities.geonames(place: placeID)],
                                             text: places.name(of: placeID, at: letter.date))
                    let certainty = places.isUncertain(placeID) ? .uncertain
                        : party.placeID == nil ? .inferred : party.placeCertainty
                    mark(element, certainty)
                }
                if sent, let date = letter.date { self.date(action, date, batch: letter.multiplicity != .one) }
                for note in notes { action.add("note", text: note) }
            }
        }
        root.add("text").add("body").add("p")
        return XMLWriting.data(root)
    }

    /// The messages CMIF takes: those with a date.
    public static func dated(_ letters: [Letter]) -> [Letter] { letters.filter { $0.date != nil } }

    /// Writes one correspondent; returns the source's words for a correspondent CMIF can only
    /// call `Unknown`, for a note.
    private static func party(_ action: XMLElement, _ party: LetterParty, people: [String: Person],
                              authorities: AuthorityIDs) -> String? {
        let known = party.personID.flatMap { people[$0] }
        let element: XMLElement
        var words: String?
        switch known?.kind {
        case .individual?:
            let refs = authorities.uris(person: known!.id)
            element = action.add("persName", ["ref": refs.isEmpty ? nil : refs.joined(separator: " ")], text: known!.name)
        case .group?:
            let refs = authorities.uris(person: known!.id)
            element = action.add("orgName", ["ref": refs.isEmpty ? nil : refs.joined(separator: " ")], text: known!.name)
        case .unnamed?, nil:
            element = action.add("persName", text: "Unknown")
            words = known?.name ?? party.name
        }
        mark(element, party.certainty)
        return words.map { "Named in the source only as: \($0)" }
    }

    /// CMIF 1.1's certainty: `cert="low"` for an uncertain identification, `evidence="conjecture"`
    /// for one the compilers inferred.
    private static func mark(_ element: XMLElement, _ certainty: LetterParty.Certainty) {
        switch certainty {
        case .certain: break
        case .uncertain: element.set("cert", "low")
        case .inferred: element.set("evidence", "conjecture")
        }
    }

    /// `when`, `notBefore`/`notAfter` or `from`/`to`, with `cert="low"` for `~ ? %`.
    static func date(_ action: XMLElement, _ date: HistoricalDate, batch: Bool) {
        let element = action.add("date")
        if !date.isInterval, let plain = date.start?.plain {
            element.set("when", plain)
        } else {
            let (lower, upper) = batch && date.isInterval ? ("from", "to") : ("notBefore", "notAfter")
            if let start = date.start { element.set(lower, start.iso(earliestDay: true)) }
            if let end = date.end { element.set(upper, end.iso(earliestDay: false)) }
        }
        if date.isApproximate || date.isUncertain { element.set("cert", "low") }
    }

    /// A stable UUID for a source (name-based, RFC 4122 version 5 over the source id), whose
    /// first character is a letter: `xml:id` is an NCName, and CMIF asks bibl ids to be UUIDs.
    ///
    /// ```swift
    /// CMIF.bibliographicID("deutscher-1959")   // "d4c0…-…" (always the same)
    /// ```
    public static func bibliographicID(_ sourceID: String) -> String {
        var attempt = 0
        while true {
            let uuid = UUIDv5.make(name: attempt == 0 ? sourceID : "\(sourceID)#\(attempt)")
            if uuid.first?.isLetter == true { return uuid }
            attempt += 1
        }
    }
}
