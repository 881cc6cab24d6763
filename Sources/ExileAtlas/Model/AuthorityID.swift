/// A record of an authority file that identifies a person, group or place, as a URI: GND,
/// VIAF, Wikidata, the Library of Congress, the BnF, the NDL, GeoNames.
///
/// ```swift
/// AuthorityID.Scheme(uri: "http://d-nb.info/gnd/118623761")   // .gnd
/// ```
public struct AuthorityID: Sendable, Hashable, Codable {
    /// Which authority file.
    public enum Scheme: String, Sendable, Codable, CaseIterable {
        /// The GND, VIAF, Wikidata, Library of Congress, BnF, NDL and GeoNames files, or `other`
        /// for a URI of none of them.
        case gnd, viaf, wikidata, lc, bnf, ndl, geonames, other

        /// The file a URI belongs to, read from its host.
        public init(uri: String) {
            let lower = uri.lowercased()
            let hosts: [(String, Scheme)] = [
                ("d-nb.info/gnd", .gnd), ("viaf.org", .viaf), ("wikidata.org", .wikidata), ("id.loc.gov", .lc),
                ("data.bnf.fr", .bnf), ("catalogue.bnf.fr", .bnf), ("id.ndl.go.jp", .ndl), ("geonames.org", .geonames),
            ]
            self = hosts.first { lower.contains($0.0) }?.1 ?? .other
        }
    }
    /// `person` (people and groups) or `place`.
    public enum Entity: String, Sendable, Codable { case person, place }

    /// Whether the record identifies a person (or group) or a place.
    public var entity: Entity
    /// The id of the atlas's person or place the record identifies (`trotsky`).
    public var entityID: String
    /// The authority record's URI (`http://www.wikidata.org/entity/Q33391`).
    public var uri: String
    /// The authority file the URI belongs to.
    public var scheme: Scheme

    /// Creates an authority id; when `scheme` is nil it is read from the URI's host
    /// (``AuthorityID/Scheme/init(uri:)``).
    public init(entity: Entity, entityID: String, uri: String, scheme: Scheme? = nil) {
        self.entity = entity; self.entityID = entityID; self.uri = uri; self.scheme = scheme ?? Scheme(uri: uri)
    }
}

/// The atlas's authority ids, by person and by place: what exports write as `ref` and
/// `closeMatch`, and what imports match incoming records by.
///
/// ```swift
/// let ids = try atlas.authorityIDs()
/// ids.uris(person: "trotsky")       // ["http://www.wikidata.org/entity/Q33391"]
/// ids.geonames(place: "alma-ata")   // "http://www.geonames.org/1526384"
/// ```
public struct AuthorityIDs: Sendable {
    private let people: [String: [AuthorityID]]
    private let places: [String: [AuthorityID]]

    /// Groups the ids by person and by place, each list in the order CMIF recommends (GND, VIAF,
    /// LC, BnF, NDL), then Wikidata, GeoNames and other URIs.
    public init(_ ids: [AuthorityID]) {
        // The order CMIF recommends for people (GND, VIAF, LC, BnF, NDL), then Wikidata.
        let order: [AuthorityID.Scheme] = [.gnd, .viaf, .lc, .bnf, .ndl, .wikidata, .geonames, .other]
        func sorted(_ list: [AuthorityID]) -> [AuthorityID] {
            list.sorted { (order.firstIndex(of: $0.scheme)!, $0.uri) < (order.firstIndex(of: $1.scheme)!, $1.uri) }
        }
        people = Dictionary(grouping: ids.filter { $0.entity == .person }, by: \.entityID).mapValues(sorted)
        places = Dictionary(grouping: ids.filter { $0.entity == .place }, by: \.entityID).mapValues(sorted)
    }

    /// A person's or group's URIs, GND and VIAF first.
    public func uris(person id: String) -> [String] { people[id]?.map(\.uri) ?? [] }

    /// A place's URIs, GeoNames first.
    public func uris(place id: String) -> [String] {
        (places[id] ?? []).sorted { ($0.scheme == .geonames ? 0 : 1) < ($1.scheme == .geonames ? 0 : 1) }.map(\.uri)
    }

    /// A place's GeoNames URI, the form CMIF and correspSearch expect.
    public func geonames(place id: String) -> String? { places[id]?.first { $0.scheme == .geonames }?.uri }

    /// A place's Wikidata URI.
    public func wikidata(place id: String) -> String? { places[id]?.first { $0.scheme == .wikidata }?.uri }
}
