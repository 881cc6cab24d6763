import Foundation

/// Linked Places Format 1.2.2 (LPF), for the World Historical Gazetteer: one Feature per
/// place with its dated names, its position with the citation it rests on, its type (Getty
/// AAT terms of WHG's subset), links to GeoNames and Wikidata, and its parent.
///
/// Choices where LPF leaves room:
/// - `@id` is `base` + the place id; the default base is a URN, so the ids are stable
///   without claiming a web address the user may not own.
/// - `when` timespans: a plain EDTF end (`1926`, `1928-05~`) is `in`, without its qualifier
///   (ISO 8601 has none, and WHG's upload validation refuses one), the `when` then being
///   `less-certain`; a season or `192X` is `earliest`/`latest`; an open or unknown start is
///   `{"latest": end}`; an open or unknown end is `{"earliest": start}` (LPF has no open
///   end; without one a timespan would mean "during the start").
/// - Every Feature has a `when` of its own, as LPF asks and WHG checks: the span of what
///   the atlas dates at the place (``PlaceDates``), else of its dated names, else of the
///   transport links through it, else the whole record's span, `uncertain`
///   (docs/exports.md).
/// - A place the sources leave unlocated has `"geometry": null` (valid GeoJSON), not LPF's
///   suggested `["null"]`, which GeoJSON readers reject.
/// - Every name cites its source (title and locator, and the source's URL as `@id` when
///   there is one); the canonical name comes first, citing the place's own evidence.
///
/// ```swift
/// let data = try LinkedPlaces.document(places: index, sources: sources)
/// ```
public enum LinkedPlaces {
    /// The address of the Linked Places 1.1 JSON-LD context, written as every document's
    /// `@context`.
    public static let context = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"

    /// The places as an LPF FeatureCollection.
    ///
    /// ```swift
    /// let data = try LinkedPlaces.document(places: try atlas.placeIndex(), sources: try atlas.sources(),
    ///                                      dates: try atlas.placeDates().dates(at:))
    /// ```
    ///
    /// - Parameters:
    ///   - places: The places, their names and candidates.
    ///   - sources: The sources the citations name.
    ///   - base: The prefix of each Feature's `@id`.
    ///   - dates: What the atlas dates at a place (``PlaceDates/dates(at:)``): the Feature's `when`.
    ///   - routes: The periods of the transport links through a place (``PlaceDates/routes(at:)``):
    ///     its `when` when nothing else is dated there.
    /// - Throws: `EncodingError` if a value cannot be encoded.
    public static func document(places: PlaceIndex, sources: [Source], base: String = "urn:exile-atlas:place:",
                                dates: (String) -> [HistoricalDate] = { _ in [] },
                                routes: (String) -> [HistoricalDate] = { _ in [] }) throws -> Data {
        let sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func citation(_ evidence: Evidence) -> Citation {
            let source = sources[evidence.sourceID]
            let label = [source?.title ?? evidence.sourceID, evidence.locator].filter { !$0.isEmpty }.joined(separator: ", ")
            return Citation(label: label, id: Authority.uri(locator: evidence.locator) ?? source?.url)
        }
        // A place the record dates nothing at, nor any of its names, lies in the record's
        // span as a whole: said so in the label, and `uncertain`. (An atlas that dates
        // nothing at all has no span to give, and its Features no `when`.)
        var whole = span(places.places.keys.flatMap(dates), label: "not dated at this place: the span of the whole record")
        whole?.certainty = "uncertain"
        let features = places.places.values.sorted(by: { $0.id < $1.id }).map { place -> Feature in
            let names = places.names[place.id] ?? []
            var toponyms = [Name(toponym: place.name, lang: "en", citations: [citation(place.evidence)], when: nil)]
            for name in names where !(name.name == place.name && name.period == nil && name.language == "en") {
                toponyms.append(Name(toponym: name.name, lang: name.language, citations: [citation(name.evidence)],
                                     when: name.period.flatMap(self.when)))
            }
            var geometry = place.coordinate.map { coordinate -> Geometry in
                let reference = Evidence(sourceID: place.coordinateSourceID ?? place.evidence.sourceID,
                                         locator: place.coordinateReference ?? "")
                return Geometry(geometries: [Point(
                    coordinates: GeoJSON.position(coordinate), citations: [citation(reference)],
                    certainty: sources[reference.sourceID]?.kind == .reference ? "certain" : "less-certain")])
            }
            // An uncertain identification: every candidate is a point, the chosen one
            // "less-certain", the others "uncertain", each citing its gazetteer record.
            if places.isUncertain(place.id) {
                let points = (places.candidates[place.id] ?? []).compactMap { candidate -> Point? in
                    candidate.coordinate.map { coordinate in
                        Point(coordinates: GeoJSON.position(coordinate),
                              citations: [citation(Evidence(sourceID: candidate.coordinateSourceID ?? candidate.evidence.sourceID,
                                                            locator: candidate.coordinateReference ?? ""))],
                              certainty: candidate.chosen ? "less-certain" : "uncertain")
                    }
                }
                if !points.isEmpty { geometry = Geometry(geometries: points) }
            }
            let links = [Authority.geonames(place), Authority.wikidata(place, names: names)].compactMap { $0 }
                .map { Link(type: "closeMatch", identifier: $0) }
            let parent = place.parentID.flatMap { places.places[$0] }
            let when = span(dates(place.id), label: "what the atlas dates here")
                ?? span(names.compactMap(\.period), label: "the span of its dated names")
                ?? span(routes(place.id), label: "the transport links through it")
                ?? whole
            return Feature(
                id: base + place.id,
                properties: Properties(title: place.name, fclasses: fclass(place.kind).map { [$0] }),
                names: toponyms,
                types: aat[place.kind].map { [PlaceType(identifier: "aat:\($0.id)", label: $0.label,
                                                        sourceLabels: [SourceLabel(label: place.kind.rawValue, lang: "en")])] },
                geometry: geometry,
                links: links.isEmpty ? nil : links,
                relations: parent.map { [Relation(relationType: "gvp:broaderPartitive", relationTo: base + $0.id,
                                                  label: "part of \($0.name)")] },
                descriptions: place.note.map { [Description(value: $0, lang: "en")] },
                when: when)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Collection(context: context, features: features)) + Data("\n".utf8)
    }

    /// An LPF `when` for a period (see the type's notes); nil for a period with neither end.
    static func when(_ period: HistoricalDate) -> When? {
        let span: Timespan
        switch (period.start, period.end) {
        case let (start?, end?):
            span = Timespan(start: bound(start), end: period.isInterval ? bound(end) : nil)
        case let (nil, end?):
            span = Timespan(start: Bound(latest: end.iso(earliestDay: false)), end: bound(end))
        case let (start?, nil):
            span = Timespan(start: bound(start), end: Bound(earliest: start.iso(earliestDay: true)))
        case (nil, nil):
            return nil
        }
        return When(timespans: [span], label: period.edtf, certainty: certainty([period.start, period.end]))
    }

    /// The `when` of a whole Feature: one timespan from the start of the earliest of the
    /// dates to the end of the latest, each end as precise as the date it comes from
    /// (`in` when plain, else `earliest`/`latest`); open and unknown ends are passed over.
    /// Nil when no date has a known start or end.
    ///
    /// ```swift
    /// LinkedPlaces.span([try HistoricalDate(parsing: "1928-05"), try HistoricalDate(parsing: "1928-10-15")],
    ///                   label: "what the atlas dates here")
    /// // start {"in": "1928-05"}, end {"in": "1928-10-15"}
    /// ```
    static func span(_ dates: [HistoricalDate], label: String) -> When? {
        let starts = dates.compactMap(\.start).filter { $0.earliest != .distantPast }
        let ends = dates.compactMap(\.end).filter { $0.latest != .distantFuture }
        let first = starts.min { ($0.earliest, $0.latest) < ($1.earliest, $1.latest) }
        let last = ends.max { $0.latest < $1.latest }
        let timespan: Timespan
        switch (first, last) {
        case let (first?, last?):
            let start = bound(first), end = bound(last)
            timespan = Timespan(start: start, end: start == end ? nil : end)
        case let (first?, nil):
            timespan = Timespan(start: bound(first), end: Bound(earliest: first.iso(earliestDay: true)))
        case let (nil, last?):
            timespan = Timespan(start: Bound(latest: last.iso(earliestDay: false)), end: bound(last))
        case (nil, nil):
            return nil
        }
        return When(timespans: [timespan], label: label, certainty: certainty([first, last]))
    }

    /// One end as LPF writes it: ISO 8601 `in` for a plain year, month or day (its EDTF
    /// qualifier goes to the `when`'s certainty), else its first and last days.
    private static func bound(_ end: DateEndpoint) -> Bound {
        if let plain = end.plain { return Bound(in: plain) }
        return Bound(earliest: end.earliest.iso, latest: end.latest.iso)
    }

    /// `less-certain` when an end is approximate or uncertain (`~`, `?`, `%`); nil (certain) otherwise.
    private static func certainty(_ ends: [DateEndpoint?]) -> String? {
        ends.contains { !($0?.qualifier.isEmpty ?? true) } ? "less-certain" : nil
    }

    /// GeoNames feature class: P populated place, S spot (building, station), H water,
    /// T relief (pass, island), A administrative area, R road.
    static func fclass(_ kind: Place.Kind) -> String? {
        switch kind {
        case .city, .town, .village, .port: "P"
        case .station, .siding, .stop, .house, .building, .institution: "S"
        case .street: "R"
        case .river, .lake, .sea: "H"
        case .pass, .island: "T"
        case .region, .country: "A"
        }
    }

    /// Getty AAT terms from WHG's subset (aat_whg-subset.tsv of the LPF repository); kinds
    /// with no term there (station, house, street...) have none rather than a wrong one.
    static let aat: [Place.Kind: (id: String, label: String)] = [
        .city: ("300008389", "city"), .town: ("300008375", "town"), .village: ("300008372", "village"),
        .port: ("300120599", "port"), .region: ("300182722", "region (geographic)"), .country: ("300387506", "country"),
        .river: ("300008707", "river"), .lake: ("300008680", "lake"), .sea: ("300008694", "sea"),
        .island: ("300008791", "island"), .pass: ("300259572", "pass"),
    ]

    // The LPF document, encoded by JSONEncoder.

    struct Collection: Encodable {
        let type = "FeatureCollection"
        var context: String
        var features: [Feature]
        enum CodingKeys: String, CodingKey { case type, context = "@context", features }
    }

    struct Feature: Encodable {
        var id: String
        let type = "Feature"
        var properties: Properties
        var names: [Name]
        var types: [PlaceType]?
        var geometry: Geometry?
        var links: [Link]?
        var relations: [Relation]?
        var descriptions: [Description]?
        var when: When?

        enum CodingKeys: String, CodingKey {
            case id = "@id", type, properties, names, types, geometry, links, relations, descriptions, when
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(type, forKey: .type)
            try container.encode(properties, forKey: .properties)
            try container.encode(names, forKey: .names)
            try container.encodeIfPresent(types, forKey: .types)
            try container.encode(geometry, forKey: .geometry)  // null when unlocated, as GeoJSON allows
            try container.encodeIfPresent(links, forKey: .links)
            try container.encodeIfPresent(relations, forKey: .relations)
            try container.encodeIfPresent(descriptions, forKey: .descriptions)
            try container.encodeIfPresent(when, forKey: .when)
        }
    }

    struct Properties: Encodable {
        var title: String
        var fclasses: [String]?
    }

    struct Name: Encodable {
        var toponym: String
        var lang: String
        var citations: [Citation]
        var when: When?
    }

    struct Citation: Encodable {
        var label: String
        var id: String?
        enum CodingKeys: String, CodingKey { case label, id = "@id" }
    }

    struct When: Encodable, Equatable {
        var timespans: [Timespan]
        var label: String
        var certainty: String?
    }

    struct Timespan: Encodable, Equatable {
        var start: Bound
        var end: Bound?
    }

    struct Bound: Encodable, Equatable {
        var `in`: String?
        var earliest: String?
        var latest: String?
        init(in value: String? = nil, earliest: String? = nil, latest: String? = nil) {
            self.in = value; self.earliest = earliest; self.latest = latest
        }
    }

    struct PlaceType: Encodable {
        var identifier: String
        var label: String
        var sourceLabels: [SourceLabel]
    }

    struct SourceLabel: Encodable {
        var label: String
        var lang: String
    }

    struct Geometry: Encodable {
        let type = "GeometryCollection"
        var geometries: [Point]
    }

    struct Point: Encodable {
        let type = "Point"
        var coordinates: [Double]
        var citations: [Citation]
        var certainty: String
    }

    struct Link: Encodable {
        var type: String
        var identifier: String
    }

    struct Relation: Encodable {
        var relationType: String
        var relationTo: String
        var label: String
    }

    struct Description: Encodable {
        var value: String
        var lang: String
    }
}
