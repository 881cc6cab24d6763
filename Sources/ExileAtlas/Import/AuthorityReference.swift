import Foundation

/// Authority-file references (GND, VIAF, Wikidata, GeoNames, LC, BNF, NDL, Getty TGN,
/// Pleiades) as the URIs CMIF and correspSearch use, read from the forms files write them in:
/// full URIs in any of their variants (`https://d-nb.info/gnd/118629662/about/html`,
/// `https://www.wikidata.org/wiki/Q649`, `http://www.geonames.org/2657780/abingdon.html`) and
/// the prefixed forms of Linked Places and TEI (`gn:2657780`, `wd:Q649`, `gnd:118629662`,
/// `viaf:59894734`, `tgn:7011944`).
///
/// Two references to the same record give the same `uri`, so imports can match on it.
///
/// ```swift
/// AuthorityReference("wd:Q33391")?.uri                            // "http://www.wikidata.org/entity/Q33391"
/// AuthorityReference("https://sws.geonames.org/1526384/")?.uri    // "http://www.geonames.org/1526384"
/// AuthorityReference("https://d-nb.info/gnd/118623761")?.uri      // "http://d-nb.info/gnd/118623761"
/// AuthorityReference.normalise("mygaz:places/p_1")                // "mygaz:places/p_1" (kept as written)
/// ```
public struct AuthorityReference: Sendable, Hashable {
    /// The authority files Exile Atlas recognises.
    public enum Authority: String, Sendable, CaseIterable {
        /// GND, VIAF, Wikidata, GeoNames, the Library of Congress, the BnF, the NDL, Getty's
        /// Thesaurus of Geographic Names and Pleiades.
        case gnd, viaf, wikidata, geonames, lc, bnf, ndl, tgn, pleiades
    }

    /// Which authority file.
    public var authority: Authority
    /// The record's id in that file (`118629662`, `Q649`, `2657780`).
    public var identifier: String
    /// The canonical URI: `http://d-nb.info/gnd/ID`, `http://viaf.org/viaf/ID`,
    /// `http://www.wikidata.org/entity/QID`, `http://www.geonames.org/ID`,
    /// `http://id.loc.gov/authorities/names/ID`, `http://data.bnf.fr/ark:/12148/ID`,
    /// `http://id.ndl.go.jp/auth/ndlna/ID`, `http://vocab.getty.edu/tgn/ID`,
    /// `https://pleiades.stoa.org/places/ID`.
    public var uri: String {
        switch authority {
        case .gnd: "http://d-nb.info/gnd/\(identifier)"
        case .viaf: "http://viaf.org/viaf/\(identifier)"
        case .wikidata: "http://www.wikidata.org/entity/\(identifier)"
        case .geonames: "http://www.geonames.org/\(identifier)"
        case .lc: "http://id.loc.gov/authorities/names/\(identifier)"
        case .bnf: "http://data.bnf.fr/ark:/12148/\(identifier)"
        case .ndl: "http://id.ndl.go.jp/auth/ndlna/\(identifier)"
        case .tgn: "http://vocab.getty.edu/tgn/\(identifier)"
        case .pleiades: "https://pleiades.stoa.org/places/\(identifier)"
        }
    }

    /// The GeoNames id as a number, for a GeoNames reference.
    public var geonameID: Int? { authority == .geonames ? Int(identifier) : nil }

    /// Reads a reference, or returns nil for text that names none of the known authorities.
    /// - Parameter text: A URI or a prefixed name, surrounding whitespace ignored.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for (prefix, authority) in Self.prefixes where text.lowercased().hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            guard let identifier = Self.identifier(rest, for: authority) else { return nil }
            self.authority = authority
            self.identifier = identifier
            return
        }
        // A URI: drop the scheme and "www.", then match host and path.
        var rest = Substring(text)
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) { rest = rest.dropFirst(scheme.count) }
        if rest.lowercased().hasPrefix("www.") { rest = rest.dropFirst(4) }
        let lowered = rest.lowercased()
        for (base, authority) in Self.bases where lowered.hasPrefix(base) {
            guard let identifier = Self.identifier(String(rest.dropFirst(base.count)), for: authority) else { return nil }
            self.authority = authority
            self.identifier = identifier
            return
        }
        return nil
    }

    /// The canonical URI of a reference to a known authority, else the text as written
    /// (trimmed): a URI of another gazetteer, or a project's own prefixed id.
    ///
    /// ```swift
    /// AuthorityReference.normalise("gn:2657780")  // "http://www.geonames.org/2657780"
    /// ```
    public static func normalise(_ text: String) -> String {
        AuthorityReference(text)?.uri ?? text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Reading

    /// Prefixed names, as Linked Places (its README's aliases) and TEI `prefixDef`s write them.
    private static let prefixes: [(String, Authority)] = [
        ("gnd:", .gnd), ("viaf:", .viaf), ("wd:", .wikidata), ("wikidata:", .wikidata),
        ("gn:", .geonames), ("geonames:", .geonames), ("lc:", .lc), ("loc:", .lc), ("bnf:", .bnf),
        ("ndl:", .ndl), ("tgn:", .tgn), ("pl:", .pleiades), ("pleiades:", .pleiades),
    ]

    /// URI bases without scheme and "www.", lower-cased.
    private static let bases: [(String, Authority)] = [
        ("d-nb.info/gnd/", .gnd), ("viaf.org/viaf/", .viaf),
        ("wikidata.org/entity/", .wikidata), ("wikidata.org/wiki/", .wikidata), ("m.wikidata.org/wiki/", .wikidata),
        ("geonames.org/", .geonames), ("sws.geonames.org/", .geonames),
        ("id.loc.gov/authorities/names/", .lc), ("id.loc.gov/authorities/subjects/", .lc),
        ("data.bnf.fr/ark:/12148/", .bnf), ("catalogue.bnf.fr/ark:/12148/", .bnf),
        ("id.ndl.go.jp/auth/ndlna/", .ndl), ("id.ndl.go.jp/auth/ndlsh/", .ndl),
        ("vocab.getty.edu/tgn/", .tgn), ("vocab.getty.edu/page/tgn/", .tgn), ("pleiades.stoa.org/places/", .pleiades),
    ]

    /// The id at the start of `rest` (up to `/`, `#`, `?` or `.html`), checked for its authority's shape.
    private static func identifier(_ rest: String, for authority: Authority) -> String? {
        var id = Substring(rest)
        if let end = id.firstIndex(where: { "/#?".contains($0) }) { id = id[..<end] }
        if id.hasSuffix(".html") { id = id.dropLast(5) }
        guard !id.isEmpty else { return nil }
        let digits = id.allSatisfy(\.isASCII) && id.allSatisfy(\.isNumber)
        switch authority {
        case .geonames, .viaf, .tgn, .pleiades:
            return digits ? String(id) : nil
        case .wikidata:
            let upper = id.uppercased()
            return upper.hasPrefix("Q") && upper.count > 1 && upper.dropFirst().allSatisfy(\.isNumber) ? upper : nil
        case .gnd:
            // GND ids are digits with a check character (X) and may hold a hyphen: 4005728-8.
            return id.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "X" || $0 == "x") }) ? id.uppercased() : nil
        case .lc, .bnf, .ndl:
            return id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) ? String(id) : nil
        }
    }
}
