import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// CMIF 1.0 (Correspondence Metadata Interchange Format, TEI `correspDesc`), for
/// correspSearch: one `correspDesc` per dated message, with sender and addressee, their
/// places (GeoNames URIs where the atlas has them) and the date mapped from EDTF.
///
/// Dates: a plain date is `when` (`1928-05`); a span a single message was written in is
/// `notBefore`/`notAfter`; a span a batch of messages was written over (a row standing for
/// several letters) is `from`/`to`; an open end is left out; `~`, `?` and `%` add
/// `cert="low"`. CMIF takes only `YYYY`, `YYYY-MM` and `YYYY-MM-DD`, so a season or `192X`
/// end is written as its first or last day.
///
/// People carry their Wikidata URI where the atlas cites one, places their GeoNames URI.
/// Where a message names no person, the addressee is the group it describes (`orgName`) or
/// `Unknown`, as CMIF asks. Each `correspDesc` points at its source's `bibl`.
///
/// ```swift
/// let data = CMIF.document(letters: letters, header: CMIF.Header(), ...)
/// ```
public enum CMIF {
    /// The file's own metadata (all required by CMIF).
    public struct Header: Sendable {
        public var title: String
        public var editor: String
        public var email: String?
        public var publisher: String
        /// Where the file will be published: CMIF's `idno type="url"`.
        public var url: String
        public var licence: Licence
        public var created: Date

        public init(title: String = "Exile Atlas: letters of the exiles", editor: String = "Exile Atlas",
                    email: String? = nil, publisher: String = "Exile Atlas", url: String,
                    licence: Licence = .ccBy, created: Date) {
            self.title = title; self.editor = editor; self.email = email; self.publisher = publisher
            self.url = url; self.licence = licence; self.created = created
        }
    }

    /// The two licences correspSearch accepts.
    public enum Licence: String, Sendable, CaseIterable {
        case ccBy = "cc-by"
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
    ///   - place: where a sender or addressee was, stated or inferred from the person's exile.
    public static func document(letters: [Letter], people: [String: Person], places: PlaceIndex,
                                sources: [Source], place: (Letter, LetterParty) -> String?,
                                header: Header) -> Data {
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
            sourceDesc.add("bibl", ["type": source.url == nil ? "print" : "online", "xml:id": xmlID(source.id)],
                           text: source.citation ?? source.title)
        }

        let profile = teiHeader.add("profileDesc")
        for letter in dated {
            let description = profile.add("correspDesc", ["key": letter.id, "source": "#" + xmlID(letter.evidence.sourceID)])
            for (sender, parties) in [(true, letter.senders), (false, letter.addressees)] {
                let action = description.add("correspAction", ["type": sender ? "sent" : "received"])
                for party in parties.isEmpty ? [LetterParty(role: sender ? .sender : .addressee)] : parties {
                    self.party(action, person: party.personID, group: party.name, people: people)
                }
                // CMIF gives one place per side: the first the letter's parties have.
                if let placeID = parties.compactMap({ place(letter, $0) }).first, let known = places.places[placeID] {
                    action.add("placeName", ["ref": Authority.geonames(known)],
                               text: places.name(of: placeID, at: letter.date))
                }
                if sender, let date = letter.date { self.date(action, date, batch: letter.multiplicity != .one) }
            }
        }
        root.add("text").add("body").add("p")
        return XMLWriting.data(root)
    }

    /// The messages CMIF takes: those with a date.
    public static func dated(_ letters: [Letter]) -> [Letter] { letters.filter { $0.date != nil } }

    private static func party(_ action: XMLElement, person: String?, group: String?, people: [String: Person]) {
        if let person, let known = people[person] {
            action.add("persName", ["ref": Authority.wikidata(known.evidence)], text: known.name)
        } else if let group {
            action.add("orgName", text: group)
        } else {
            action.add("persName", text: person ?? "Unknown")
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

    /// An `xml:id` (an NCName) for a source id: slugs that start with a digit get a prefix.
    static func xmlID(_ id: String) -> String { id.first?.isLetter == true ? id : "source-" + id }
}
