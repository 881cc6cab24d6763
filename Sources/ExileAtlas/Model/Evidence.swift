/// Where a fact comes from: a source, a place in it and the source's own words.
///
/// ```swift
/// let evidence = Evidence(sourceID: "deutscher-1959", locator: "L257-258",
///                         quote: "Rakovsky, que había sido deportado a Astrakán")
/// ```
public struct Evidence: Sendable, Hashable, Codable {
    /// The `source` row the fact rests on.
    public var sourceID: String
    /// Lines of the source's file (`L257-258`), a page, or a reference id (`geonames:1526384`).
    public var locator: String
    /// The exact words of the source; empty for references and estimates.
    public var quote: String

    /// Creates evidence; leave `quote` empty only for reference and estimate sources.
    public init(sourceID: String, locator: String, quote: String = "") {
        self.sourceID = sourceID
        self.locator = locator
        self.quote = quote
    }
}

/// A text, reference work or estimate that facts cite.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    /// What kind of authority a source is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A text with words to quote (a seed).
        case text
        /// A reference work or gazetteer record (GeoNames, Wikidata).
        case reference
        /// A value the compilers estimated.
        case estimate
    }
    /// The source's stable id, as in Fixtures/source.csv (`deutscher-1959`).
    public var id: String
    /// Whether the source is a text to quote, a reference work or the compilers' estimate.
    public var kind: Kind
    /// The title as cited (*El profeta desarmado*, chapter "Un año en Alma Ata").
    public var title: String
    /// The author or issuing body; nil when none is named.
    public var author: String?
    /// The year of publication, as text (`1959`); nil when unknown.
    public var year: String?
    /// The language of the text as read, an ISO 639-1 code (`es`); nil when it does not apply.
    public var language: String?
    /// The file a text's line locators refer to.
    public var file: String?
    /// The full bibliographic citation, as a reader would write it in a footnote.
    public var citation: String?
    /// Where the source can be read online; nil when it has no address.
    public var url: String?
    /// The compilers' remark on the source (the state of an OCR, say); nil when there is none.
    public var note: String?

    /// Creates a source row; only `id`, `kind` and `title` are required.
    public init(id: String, kind: Kind, title: String, author: String? = nil, year: String? = nil,
                language: String? = nil, file: String? = nil, citation: String? = nil,
                url: String? = nil, note: String? = nil) {
        self.id = id; self.kind = kind; self.title = title; self.author = author; self.year = year
        self.language = language; self.file = file; self.citation = citation; self.url = url
        self.note = note
    }
}

/// "1 message", "2 messages": a count with its noun, singular or plural as the count asks.
///
/// ```swift
/// counted(1, "message")                   // "1 message"
/// counted(3, "self-loop")                 // "3 self-loops"
/// counted(2, "undated one", "undated ones")
/// ```
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
