import Foundation

// The values a CMIF file holds, as `CMIFReader` reads them: neutral (no atlas ids), each
// with the position it was read from. CMIF: the Correspondence Metadata Interchange Format
// of the TEI Correspondence SIG, versions 1.0 and 1.1 (2025).

/// A CMIF file: its header, the editions its letters come from, and its letters in file order.
///
/// ```swift
/// let file = try CMIFReader.read(contentsOf: URL(fileURLWithPath: "letters.xml"))
/// file.header.title            // "Briefe der Linken Opposition"
/// file.letters.count           // 104
/// file.letters[0].senders[0]   // CMIFParty(kind: .person, name: "Trotsky, Leon", ...)
/// ```
public struct CMIFFile: Sendable, Hashable {
    /// The file as named to the reader, used in every locator.
    public var file: String
    /// `teiHeader/fileDesc`: title, editors, publishers, URL, licence, date.
    public var header: CMIFHeader
    /// `sourceDesc/bibl`: the editions the letters come from.
    public var bibls: [CMIFBibl]
    /// One per `correspDesc`, in file order.
    public var letters: [CMIFLetter]
    /// What the file does against CMIF's advice without making it unreadable (a `bibl` whose
    /// `xml:id` is not a UUID, a letter without `correspAction type="received"`, ...), located.
    public var notes: [DataProblem]

    /// The `bibl` a letter points to with its `source`, if it does.
    public func bibl(of letter: CMIFLetter) -> CMIFBibl? {
        letter.source.flatMap { id in bibls.first { $0.id == id } }
    }
}

/// `teiHeader/fileDesc`: what CMIF asks every file to say about itself.
public struct CMIFHeader: Sendable, Hashable {
    /// `titleStmt/title`.
    public var title: String?
    /// `titleStmt/editor`: name and e-mail.
    public var editors: [CMIFEditor]
    /// `publicationStmt/publisher` (several are allowed); the text of a `ref` inside included.
    public var publishers: [String]
    /// `publicationStmt/idno type="url"`: where the file is published.
    public var url: String?
    /// `publicationStmt/availability/licence`: its text and `target`.
    public var licence: String?
    /// `availability/licence/@target`: the licence's address
    /// (`https://creativecommons.org/licenses/by/4.0/`); nil when missing.
    public var licenceTarget: String?
    /// `publicationStmt/date/@when`: when the file was last changed (xsd:dateTime), as written.
    public var date: String?

    /// Creates a header; every field is optional, as a reader finds them.
    public init(title: String? = nil, editors: [CMIFEditor] = [], publishers: [String] = [], url: String? = nil,
                licence: String? = nil, licenceTarget: String? = nil, date: String? = nil) {
        self.title = title; self.editors = editors; self.publishers = publishers; self.url = url
        self.licence = licence; self.licenceTarget = licenceTarget; self.date = date
    }
}

/// `titleStmt/editor`: the person responsible for the file.
public struct CMIFEditor: Sendable, Hashable {
    /// The editor's name as written, whitespace collapsed.
    public var name: String
    /// The editor's `email`; nil when the file gives none.
    public var email: String?
}

/// `sourceDesc/bibl`: a printed or digital edition the letters come from.
public struct CMIFBibl: Sendable, Hashable {
    /// The kind of edition (`bibl/@type`).
    public enum Kind: String, Sendable, CaseIterable {
        /// A printed edition, a digital one, or both.
        case print, online, hybrid
    }

    /// `xml:id`, a UUID in CMIF 1.1 (mandatory there); `correspDesc/@source` points to it.
    public var id: String?
    /// `type`; nil when missing or not one of CMIF's three.
    public var kind: Kind?
    /// The bibliographic text, whitespace collapsed.
    public var text: String
    /// `ref/@target` inside the `bibl`: the edition's address.
    public var ref: String?
    /// Where the `bibl` start tag is.
    public var position: TextPosition
}

/// One `correspDesc`: a letter with its senders, addressees, places and dates.
///
/// Places and dates belong to a `correspAction`, not to one correspondent: CMIF puts all
/// senders of a letter in one action with one place. `senders` and `addressees` gather the
/// parties of all `sent` and `received` actions; `actions` keeps them with their places.
public struct CMIFLetter: Sendable, Hashable {
    /// `@key`: the letter's number in a printed edition.
    public var key: String?
    /// `@ref`: the letter's web address in a digital edition.
    public var ref: String?
    /// `@source` without its `#`: the `xml:id` of the `bibl` the letter comes from.
    public var source: String?
    /// The `correspAction`s in file order.
    public var actions: [CMIFAction]
    /// Where the `correspDesc` start tag is.
    public var position: TextPosition

    /// The parties of the `sent` actions.
    public var senders: [CMIFParty] { actions.filter { $0.kind == .sent }.flatMap(\.parties) }
    /// The parties of the `received` actions.
    public var addressees: [CMIFParty] { actions.filter { $0.kind == .received }.flatMap(\.parties) }
    /// The first `sent` action: its places and date are where and when the letter was written.
    public var sent: CMIFAction? { actions.first { $0.kind == .sent } }
    /// The first `received` action.
    public var received: CMIFAction? { actions.first { $0.kind == .received } }
    /// The date the letter was sent, else the date it was received.
    public var date: CMIFDate? { sent?.date ?? received?.date }
}

/// One `correspAction`: who sent or received the letter, where and when.
public struct CMIFAction: Sendable, Hashable {
    /// `@type`. CMIF 1.1 allows `sent` and `received`; TEI's others (`forwarded`,
    /// `redirected`, `transmitted`) are kept as `.other`, with a note.
    public enum Kind: Sendable, Hashable {
        /// The sender's action, or the addressee's.
        case sent, received
        /// Any other TEI type (`forwarded`, `redirected`, `transmitted`), as written.
        case other(String)
    }

    /// Whether the action is the sending, the receiving or another `@type`.
    public var kind: Kind
    /// The `persName` and `orgName` children, in file order; an action that names a place
    /// but no one has one unknown party (empty name, `isUnknown`, the action's position).
    public var parties: [CMIFParty]
    /// The `placeName` children.
    public var places: [CMIFPlace]
    /// The `date` child (the first, if several).
    public var date: CMIFDate?
    /// Where the `correspAction` start tag is.
    public var position: TextPosition
}

/// A sender or addressee: a `persName` (a person) or an `orgName` (a group or institution).
public struct CMIFParty: Sendable, Hashable {
    /// Whether a party is named by `persName` or by `orgName`.
    public enum Kind: String, Sendable {
        /// A `persName` (a person) or an `orgName` (a group or institution).
        case person, organisation
    }

    /// Whether the party is a person (`persName`) or an organisation (`orgName`).
    public var kind: Kind
    /// The name as written, whitespace collapsed (`Gänsbacher, Johann`; `Unknown`).
    public var name: String
    /// `@ref`, split at spaces, each normalised by `AuthorityReference.normalise`.
    public var refs: [String]
    /// `@cert` as written (`low` in CMIF 1.1; TEI's `high`, `medium`, `unknown` in older files).
    public var cert: String?
    /// `@evidence` as written (`conjecture`: inferred by the editor, not stated in the letter).
    public var evidence: String?
    /// No one is named: CMIF's `Unknown` (or `Unbekannt`, `N. N.`), or an empty name.
    public var isUnknown: Bool
    /// Where the `persName` or `orgName` start tag is (the action's, for an unknown party the
    /// reader adds).
    public var position: TextPosition

    /// `cert="low"` or `"unknown"`: the attribution is uncertain.
    public var isUncertain: Bool { CMIFCertainty.isLow(cert) }
    /// `evidence="conjecture"`: inferred, not stated in the source.
    public var isConjecture: Bool { evidence == "conjecture" }
}

/// A `placeName`: where a letter was sent from or to.
public struct CMIFPlace: Sendable, Hashable {
    /// The place's name as written, whitespace collapsed (`Alma-Ata`).
    public var name: String
    /// `@ref` URIs (GeoNames in CMIF), normalised.
    public var refs: [String]
    /// `@cert` as written (`low` in CMIF 1.1; TEI's `high`, `medium`, `unknown` in older files);
    /// nil when missing.
    public var cert: String?
    /// `@evidence` as written (`conjecture`: inferred by the editor); nil when missing.
    public var evidence: String?
    /// Where the `placeName` start tag is.
    public var position: TextPosition

    /// The GeoNames id among the refs, if there is one.
    public var geonameID: Int? { refs.lazy.compactMap { AuthorityReference($0)?.geonameID }.first }
    /// `cert="low"` or `"unknown"`: the place is uncertain.
    public var isUncertain: Bool { CMIFCertainty.isLow(cert) }
    /// `evidence="conjecture"`: the place is inferred, not stated in the source.
    public var isConjecture: Bool { evidence == "conjecture" }
}

/// A `date`, with its attributes as written and the EDTF they amount to.
///
/// - `when="1928-05-07"` is `1928-05-07` (`.exact`);
/// - `from`/`to` is the interval `from/to` (`.period`: the action took that time); a missing
///   end is unknown (`1928-05/`);
/// - `notBefore`/`notAfter` is the interval `notBefore/notAfter` of the possible dates
///   (`.between`: one day somewhere in it); a missing end is open (`1928-05/..`);
/// - `cert="low"` (or TEI's `unknown`) adds `?` to each end: `1928-05-07?`,
///   `1928-05-01?/1928-05-09?`.
///
/// ```swift
/// let date = file.letters[0].date!
/// date.edtf                // "1810-07-11/1810-07-18"
/// date.form                // .between
/// date.historicalDate?.latest.iso  // "1810-07-18"
/// ```
public struct CMIFDate: Sendable, Hashable {
    /// How the date is written, and so what its interval means.
    public enum Form: String, Sendable {
        /// `@when`: the day, month or year itself.
        case exact
        /// `@from`/`@to`: a period the action spans.
        case period
        /// `@notBefore`/`@notAfter`: one day, somewhere in the interval.
        case between
    }

    /// `@when` as written (`1928-05-07`); nil when missing.
    public var when: String?
    /// `@from` as written: the start of a period the action spans; nil when missing.
    public var from: String?
    /// `@to` as written: the end of a period the action spans; nil when missing.
    public var to: String?
    /// `@notBefore` as written: the earliest the date can be; nil when missing.
    public var notBefore: String?
    /// `@notAfter` as written: the latest the date can be; nil when missing.
    public var notAfter: String?
    /// `@cert` as written (`low`, or TEI's `unknown`, make the EDTF uncertain); nil when missing.
    public var cert: String?
    /// `@evidence` as written (`conjecture`); nil when missing.
    public var evidence: String?
    /// The human-readable text inside `date` (CMIF 1.1), whitespace collapsed; nil if empty.
    public var text: String?
    /// The EDTF the attributes amount to; nil when the date has no dating attribute.
    public var edtf: String?
    /// Which attributes date it (`@when`, `@from`/`@to` or `@notBefore`/`@notAfter`), and so what
    /// the interval means; nil without a dating attribute.
    public var form: Form?
    /// Where the `date` start tag is.
    public var position: TextPosition

    /// The EDTF read back as a `HistoricalDate` (bounds for range queries).
    public var historicalDate: HistoricalDate? { edtf.flatMap { try? HistoricalDate(parsing: $0) } }
    /// `cert="low"` or `"unknown"`: the date is uncertain.
    public var isUncertain: Bool { CMIFCertainty.isLow(cert) }
    /// `evidence="conjecture"`: the date is inferred, not stated in the source.
    public var isConjecture: Bool { evidence == "conjecture" }
}

/// TEI's certainty values: CMIF 1.1 allows `low` only; older files write `high`, `medium`,
/// `low` or `unknown`.
enum CMIFCertainty {
    static let values: Set<String> = ["high", "medium", "low", "unknown"]
    static func isLow(_ cert: String?) -> Bool { cert == "low" || cert == "unknown" }
}
