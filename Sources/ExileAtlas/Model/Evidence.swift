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
    public var id: String
    public var kind: Kind
    public var title: String
    public var author: String?
    public var year: String?
    public var language: String?
    /// The file a text's line locators refer to.
    public var file: String?
    public var citation: String?
    public var url: String?
    public var note: String?

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
