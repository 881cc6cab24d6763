import Foundation

// The values a Linked Places (LPF 1.2.2) file holds, as `LinkedPlacesReader` reads them:
// neutral (no atlas ids), each with the position it was read from.

/// A Linked Places FeatureCollection: its places in file order.
///
/// ```swift
/// let collection = try LinkedPlacesReader.read(contentsOf: URL(fileURLWithPath: "places.jsonld"))
/// collection.features[0].title             // "Alma-Ata"
/// collection.features[0].authorityURIs     // ["http://www.geonames.org/1526384", ...]
/// ```
public struct LPFCollection: Sendable, Hashable {
    /// The file as named to the reader, used in every locator.
    public var file: String
    /// `@context` as written.
    public var context: String?
    /// The Features (places), in file order.
    public var features: [LPFFeature]
    /// What the file does against LPF's rules without making it unreadable (a feature with no
    /// `when` anywhere, no name with a citation), located.
    public var notes: [DataProblem]
}

/// A Feature: one place.
public struct LPFFeature: Sendable, Hashable {
    /// The 0-based index in `features`.
    public var index: Int
    /// `@id`: the place's URI in its gazetteer.
    public var id: String
    /// `properties.title`.
    public var title: String
    /// `properties.ccodes` (ISO 3166-1 alpha-2) and `properties.fclasses` (GeoNames classes A, H, L, P, R, S, T).
    public var ccodes: [String]
    /// `properties.fclasses`: GeoNames feature classes (A, H, L, P, R, S, T).
    public var fclasses: [String]
    /// The feature's own `when`.
    public var when: LPFWhen?
    /// `names[]`: the toponyms with their languages, citations and times.
    public var names: [LPFName]
    /// `types[]`: what sort of place it is, as vocabulary terms.
    public var types: [LPFType]
    /// nil for `"geometry": null` (or none): the place is unlocated.
    public var geometry: LPFGeometry?
    /// `links[]`: matches in other gazetteers and authority files.
    public var links: [LPFLink]
    /// `relations[]`: the places it lies in or is related to.
    public var relations: [LPFRelation]
    /// `descriptions[].value`.
    public var descriptions: [String]
    /// Where the Feature's `{` is.
    public var position: TextPosition

    /// The identifiers of the `closeMatch` and `exactMatch` links: the authority ids to match on.
    public var authorityURIs: [String] {
        links.filter { $0.type == "closeMatch" || $0.type == "exactMatch" }.map(\.identifier)
    }

    /// The `gvp:broaderPartitive` relations: the places this one lies in.
    public var parents: [LPFRelation] { relations.filter(\.isBroaderPartitive) }

    /// The most certain point of the geometry (`certain` before `less-certain`, before
    /// `uncertain`; unstated counts as certain), first in file order among equals.
    public var point: LPFShape? {
        (geometry?.shapes ?? []).filter { $0.point != nil }
            .enumerated().min { ($0.element.certainty?.rank ?? 0, $0.offset) < ($1.element.certainty?.rank ?? 0, $1.offset) }?.element
    }
}

/// A name (toponym) with its language, citations and time.
public struct LPFName: Sendable, Hashable {
    /// The name as written (`Alma-Ata`).
    public var toponym: String
    /// `lang`: the name's language tag (`ru`, `en`); nil when missing.
    public var lang: String?
    /// `citations[]`: where the name is attested.
    public var citations: [LPFCitation]
    /// When the name was in use; nil when not said.
    public var when: LPFWhen?
    /// Where the name's `{` is.
    public var position: TextPosition
}

/// A citation: `label`, `year` and `@id`.
public struct LPFCitation: Sendable, Hashable {
    /// The cited work's label; nil when missing.
    public var label: String?
    /// The cited work's year; nil when missing or not an integer.
    public var year: Int?
    /// The cited work's `@id` (a URI); nil when missing.
    public var id: String?
}

/// A place type: a vocabulary term (`aat:300008375`, normalised like links) with its label.
public struct LPFType: Sendable, Hashable {
    /// `identifier`: the type's vocabulary term, normalised (`aat:300008375`); nil when missing.
    public var identifier: String?
    /// `label`: the type's preferred label; nil when missing.
    public var label: String?
    /// `sourceLabels[].label`: the type as the source words it.
    public var sourceLabels: [String]
    /// When the place was of that type; nil when not said.
    public var when: LPFWhen?
    /// Where the type's `{` is.
    public var position: TextPosition
}

/// LPF's three degrees of certainty.
public enum LPFCertainty: String, Sendable, CaseIterable {
    /// Certain (the default when a value says nothing).
    case certain
    /// Less certain.
    case lessCertain = "less-certain"
    /// Uncertain.
    case uncertain

    /// 0 certain, 1 less certain, 2 uncertain.
    var rank: Int { self == .certain ? 0 : self == .lessCertain ? 1 : 2 }
}

/// A geometry: a single GeoJSON geometry, or the members of a GeometryCollection.
public struct LPFGeometry: Sendable, Hashable {
    /// `Point`, `Polygon`, ... or `GeometryCollection`.
    public var type: String
    /// One shape for a single geometry; one per member of a GeometryCollection.
    public var shapes: [LPFShape]
    /// Where the geometry's `{` is.
    public var position: TextPosition
}

/// One geometry with LPF's additions (`when`, `certainty`, `citations`, `geowkt`).
public struct LPFShape: Sendable, Hashable {
    /// The GeoJSON type (`Point`, `MultiPoint`, `LineString`, `Polygon`, ...), or nil for a
    /// shape given only as `geowkt`.
    public var type: String?
    /// The position of a `Point` (or of a `geowkt` `POINT(lon lat)`).
    public var point: LPFPoint?
    /// The bounds of any other geometry's coordinates (south-west and north-east corners).
    public var southWest: LPFPoint?
    /// The north-east corner of a non-point geometry's bounds; nil for a point.
    public var northEast: LPFPoint?
    /// The `geowkt` text as written (`POINT(76.9 43.25)`); nil when missing.
    public var geowkt: String?
    /// `certainty` of the geometry; nil when not said (read as certain).
    public var certainty: LPFCertainty?
    /// `citations[]`: where the position comes from.
    public var citations: [LPFCitation]
    /// When the place had that geometry; nil when not said.
    public var when: LPFWhen?
    /// Where the geometry's `{` is.
    public var position: TextPosition
}

/// A WGS84 position (GeoJSON writes it longitude first; here it is named).
public struct LPFPoint: Sendable, Hashable {
    /// Degrees north.
    public var latitude: Double
    /// Degrees east.
    public var longitude: Double
}

/// A link to another gazetteer or authority; `identifier` normalised to a URI where the
/// authority is known (`gn:2657780` → `http://www.geonames.org/2657780`).
public struct LPFLink: Sendable, Hashable {
    /// `closeMatch`, `exactMatch`, `primaryTopicOf`, `subjectOf`, `seeAlso`.
    public var type: String
    /// The other record's URI, normalised where the authority is known
    /// (`http://www.geonames.org/2657780`).
    public var identifier: String
    /// Where the link's `{` is.
    public var position: TextPosition
}

/// A relation to another place.
public struct LPFRelation: Sendable, Hashable {
    /// `relationType` as written (`gvp:broaderPartitive`).
    public var type: String
    /// `relationTo`: the other place's `@id` (or an authority URI, normalised).
    public var to: String
    /// `label`: the relation in words; nil when missing.
    public var label: String?
    /// When the relation held (a town's region in a period); nil when not said.
    public var when: LPFWhen?
    /// `certainty` of the relation; nil when not said.
    public var certainty: LPFCertainty?
    /// Where the relation's `{` is.
    public var position: TextPosition

    /// Whether the relation is Getty's broaderPartitive: the other place contains this one.
    public var isBroaderPartitive: Bool {
        type == "gvp:broaderPartitive" || type == "http://vocab.getty.edu/ontology#broaderPartitive"
    }
}

/// A `when`: timespans (each as EDTF), named periods, a label, a duration, a certainty.
///
/// A timespan's bounds map to EDTF so: `in` is the date itself; a start's `earliest` (else
/// `latest`, read as an unknown start) and an end's `latest` (else `earliest`, read as an
/// unknown end) give the widest interval the bounds allow; a timespan without end is its
/// start (`{"start": {"in": "1832"}}` is `1832`; `{"start": {"earliest": "1928-03-01",
/// "latest": "1928-05-31"}}` is `1928-03-01/1928-05-31`). A `label` that is itself EDTF with
/// the same bounds (as Exile Atlas's export writes it) is taken as the exact EDTF, so a
/// season (`1928-21`) or an open end (`1929/..`) comes back as written. `certainty`
/// `less-certain` or `uncertain` adds `?` to each end.
public struct LPFWhen: Sendable, Hashable {
    /// The EDTF of each timespan, in file order.
    public var timespans: [String]
    /// `periods[]`: name and `@id` (PeriodO, ChronOntology).
    public var periods: [LPFPeriod]
    /// `label`: the period in words (`1920s`), or itself EDTF as Exile Atlas writes it; nil when
    /// missing.
    public var label: String?
    /// `duration` as written (`P100Y`).
    public var duration: String?
    /// `certainty`: `less-certain` and `uncertain` make each EDTF end uncertain; nil when not said.
    public var certainty: LPFCertainty?
    /// Where the `when`'s `{` is.
    public var position: TextPosition

    /// One EDTF for the whole `when`: its timespan, or from the earliest start to the latest
    /// end of several; nil when it has no timespan.
    public var edtf: String?

    /// `edtf` read back as a `HistoricalDate`.
    public var historicalDate: HistoricalDate? { edtf.flatMap { try? HistoricalDate(parsing: $0) } }
}

/// A named period a `when` refers to.
public struct LPFPeriod: Sendable, Hashable {
    /// The period's name; nil when missing.
    public var name: String?
    /// The period's `@id` in its gazetteer (PeriodO, ChronOntology); nil when missing.
    public var id: String?
}
