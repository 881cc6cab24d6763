import Foundation

/// Turns a Linked Places FeatureCollection (as `LinkedPlacesReader` reads it) into rows of the
/// atlas's tables (`source`, `place`, `place_name`, `authority`), matching each feature to the
/// atlas's places by the one rule of ``ImportContext``.
///
/// - **Source**: the file is one `reference` source, titled by its file name (else its
///   `@context`), with a fresh id; unless every citation of the file names one existing
///   non-text source (by its URL or title), which is then used. No source row is written
///   when no other row cites it (a file whose places, names and links the atlas already has).
/// - **Matching**: a feature whose `@id` is Exile Atlas's export URN (`urn:exile-atlas:place:`
///   + an id the atlas has) is that place, unless one of its authority URIs belongs to another;
///   a feature whose http(s) `@id` a place holds as an authority URI (the file, or another
///   version of it, was imported before) is that place; otherwise
///   `context.place(named: title, uris:)` on its `closeMatch`/`exactMatch` links (http and
///   https URIs: the ones the atlas can keep). Two features of the file without links and
///   with the same title are two places (they have two `@id`s).
/// - **A matched place** (`.existing`) gets no place row, only the names (name and language)
///   and authority URIs it does not have yet (its canonical name is not repeated).
/// - **A new place** gets a row: its kind from the types (the atlas kind as a source label,
///   as Exile Atlas writes it; a Getty AAT term of WHG's subset; a label) or else the GeoNames
///   feature class (P town, A region, H river, S building, R street, T/L/V region, U sea), and
///   `town` when the file says nothing: a gazetteer's places are above all settlements, and
///   `town` says "a settlement" without claiming a size (city) or a rank (village), as AAT's
///   "inhabited place" and GeoNames' P do; its note says the kind is a default. Coordinates
///   are the feature's most certain point (else the centre of its shape's bounds, said so),
///   cited `geonames`/`geonames:ID` when the feature links a GeoNames record, else the file's
///   source and the feature's `@id`; a feature with no geometry is unlocated, and
///   `coord_note` says why. The parent is the first `gvp:broaderPartitive` relation whose
///   target is a feature of the file, an atlas place's export URN or an authority URI the
///   atlas (or this file) gives a place; others go to the note.
/// - **Names**: one `place_name` row per name (language `und` when the file gives none or one
///   the atlas cannot hold), `official` with the name's `when` as EDTF period, else `variant`;
///   the title too when no name spells it. Citations and a `when` that is not EDTF go to the note.
/// - With a GeoNames extract, a new place without coordinates that links a GeoNames record
///   in the extract takes the record's coordinates (`geonames`, `geonames:ID`, said so).
/// - **Authority**: one row per `closeMatch`/`exactMatch` http(s) URI that no place holds
///   yet, and one for the feature's own http(s) `@id` (its record in its gazetteer, so a
///   second import finds the place even where its name has become ambiguous); the scheme
///   from the URI: gnd, viaf, wikidata, lc, bnf, ndl, geonames, else other.
///   `seeAlso`, `primaryTopicOf` and `subjectOf` links are pages about the place, not
///   records that identify it, and go to the new place's note.
///
/// Every row's evidence is the file's source, the feature's `@id` as locator and an empty
/// quote; each record's line is the line of the JSON it comes from (the feature, or the name).
///
/// ```swift
/// var context = try atlas.importContext()
/// let tables = LinkedPlacesImport.tables(from: try LinkedPlacesReader.read(contentsOf: url), context: &context)
/// ```
enum LinkedPlacesImport {
    /// The default base of `exile export lpf`'s `@id`s.
    static let exportBase = "urn:exile-atlas:place:"

    /// The rows of a collection.
    /// - Parameters:
    ///   - collection: The file as `LinkedPlacesReader` read it.
    ///   - context: The atlas's matching state; the places and sources this file makes are
    ///     added to it.
    ///   - geonames: The offline GeoNames extract (``GeoNamesExtract``), if there is one: a new
    ///     place the file leaves without geometry but links to a GeoNames record in it gets the
    ///     record's coordinates.
    static func tables(from collection: LPFCollection, context: inout ImportContext,
                       geonames: GeoNamesExtract? = nil) -> [CSVTable] {
        var builder = Builder(collection: collection, geonames: geonames)
        builder.build(&context)
        return builder.tables()
    }

    // MARK: - Mappings

    /// The atlas kind a feature's types or feature classes give, or nil.
    static func kind(of feature: LPFFeature) -> String? {
        let kinds = Set(Place.Kind.allCases.map(\.rawValue))
        for type in feature.types {
            if let label = type.sourceLabels.lazy.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) }).first(where: kinds.contains) {
                return label
            }
        }
        for type in feature.types {
            if let id = type.identifier.flatMap(aatID), let kind = aatKinds[id] { return kind }
            if let label = type.label?.lowercased().trimmingCharacters(in: .whitespaces) {
                if kinds.contains(label) { return label }
                if let kind = labelKinds[label] { return kind }
            }
        }
        for fclass in feature.fclasses {
            if let kind = fclassKinds[fclass.uppercased()] { return kind }
        }
        return nil
    }

    /// The number of a Getty AAT term (`aat:300008375`, `http://vocab.getty.edu/aat/300008375`).
    static func aatID(_ identifier: String) -> String? {
        let text = identifier.trimmingCharacters(in: .whitespaces)
        for marker in ["aat:", "vocab.getty.edu/aat/", "vocab.getty.edu/page/aat/"] {
            if let range = text.range(of: marker, options: .caseInsensitive) {
                let id = text[range.upperBound...].prefix(while: \.isNumber)
                return id.isEmpty ? nil : String(id)
            }
        }
        return nil
    }

    /// AAT terms of WHG's subset (feature-types-AAT_20230609.tsv) that name an atlas kind.
    static let aatKinds: [String: String] = {
        var kinds = Dictionary(uniqueKeysWithValues: LinkedPlaces.aat.map { ($0.value.id, $0.key.rawValue) })
        let more: [String: String] = [
            "300008347": "town",      // inhabited place
            "300000774": "region", "300000771": "region", "300000776": "region", "300135982": "region",   // province, county, state, territory
            "300387107": "region", "300387130": "region", "300387178": "region", "300387347": "region",   // autonomous region/area, historical, inhabited region
            "300236157": "region", "300232418": "region", "300000705": "region", "300235115": "region",   // political, administrative division, district, colony
            "300232420": "country", "300128207": "country", "300128214": "country", "300417385": "country", "300235096": "country",   // sovereign state, nation, empire, polity, kingdom
            "300004790": "building", "300008063": "building", "300007486": "building", "300007501": "building",   // single built work, historic building, church, cathedral
            "300007544": "building", "300007595": "building", "300007590": "building", "300005734": "building",   // mosque, temple, synagogue, palace
            "300006891": "building", "300006617": "institution",   // castle, university
            "300008304": "street", "300008217": "street",   // square, road
            "300266556": "lake", "300006191": "lake",   // salt lake, reservoir
            "300008687": "sea", "300132316": "sea", "300132315": "sea",   // ocean, bay, gulf
            "300386853": "island", "300008678": "port",   // island group, harbor
        ]
        kinds.merge(more) { first, _ in first }
        return kinds
    }()

    /// Type labels (AAT's terms) that name an atlas kind.
    static let labelKinds: [String: String] = [
        "inhabited place": "town", "settlement": "town", "populated place": "town", "region (geographic)": "region",
        "province": "region", "county": "region", "state": "region", "territory": "region", "district": "region",
        "historical region": "region", "administrative division": "region", "sovereign state": "country",
        "nation": "country", "empire": "country", "kingdom": "country", "ports (settlements)": "port",
        "harbor": "port", "ocean": "sea", "bay": "sea", "gulf": "sea", "salt lake": "lake", "reservoir": "lake",
        "church": "building", "historic building": "building", "palace": "building", "castle": "building",
        "university": "institution", "square": "street", "road": "street", "passes (landforms)": "pass",
        "railroad station": "station", "railway station": "station",
    ]

    /// GeoNames feature classes: P populated place, A administrative area, H water (a stream,
    /// the commonest), S spot (a building), R road, T relief, L area, V vegetation, U undersea.
    static let fclassKinds: [String: String] = [
        "P": "town", "A": "region", "H": "river", "S": "building", "R": "street",
        "T": "region", "L": "region", "V": "region", "U": "sea",
    ]

    /// A language tag the atlas can hold (2 to 8 characters): the tag, else its primary
    /// subtag, else `und` (ISO 639-2 "undetermined").
    static func language(_ tag: String?) -> String {
        let tag = tag?.trimmingCharacters(in: .whitespaces) ?? ""
        if (2...8).contains(tag.count) { return tag }
        if let primary = tag.split(separator: "-").first, (2...8).contains(primary.count) { return String(primary) }
        return "und"
    }

    /// A `when` as an EDTF period the atlas can hold (an unknown end written open: `/1929-06`
    /// is `../1929-06`), or nil with a note saying what the file gives.
    static func period(_ when: LPFWhen?) -> (period: String?, note: String?) {
        guard let when else { return (nil, nil) }
        guard var text = when.edtf else {
            let said = [when.label, when.periods.compactMap(\.name).joined(separator: ", "), when.duration]
                .compactMap { $0 }.filter { !$0.isEmpty }
            return (nil, said.isEmpty ? nil : "when: \(said.joined(separator: "; "))")
        }
        if text.hasPrefix("/") { text = ".." + text }
        if text.hasSuffix("/") { text += ".." }
        guard let first = text.unicodeScalars.first, first == "." || ("0"..."9").contains(first),
              (try? HistoricalDate(parsing: text)) != nil else {
            return (nil, "when \(when.edtf ?? "") in the file is not a period the atlas reads as EDTF")
        }
        return (text, nil)
    }

    /// The `authority.scheme` of a URI.
    static func scheme(_ uri: String) -> String {
        switch AuthorityReference(uri)?.authority {
        case .gnd?: "gnd"
        case .viaf?: "viaf"
        case .wikidata?: "wikidata"
        case .lc?: "lc"
        case .bnf?: "bnf"
        case .ndl?: "ndl"
        case .geonames?: "geonames"
        default: "other"
        }
    }

    static func isWebURI(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && !text.contains(where: \.isWhitespace)
    }
}

// MARK: - Building the rows

private struct Builder {
    let collection: LPFCollection
    let geonames: GeoNamesExtract?
    let fileName: String

    var sources: [[String]] = [], sourceLines: [Int] = []
    var places: [[String]] = [], placeLines: [Int] = []
    var names: [[String]] = [], nameLines: [Int] = []
    var authorities: [[String]] = [], authorityLines: [Int] = []

    /// The place each feature (by index) is, and whether this import creates it.
    var placeOf: [Int: String] = [:]
    var created: [Int: Bool] = [:]
    /// The place each feature `@id` is.
    var placeByFeatureID: [String: String] = [:]
    /// Places this import writes a row for, and the parent it gives each.
    var written: Set<String> = []
    var parentOf: [String: String] = [:]
    /// Keys already written, so no row is written twice.
    var nameKeys: Set<String> = []
    var authorityURIs: Set<String> = []

    init(collection: LPFCollection, geonames: GeoNamesExtract?) {
        self.collection = collection
        self.geonames = geonames
        fileName = (collection.file as NSString).lastPathComponent
    }

    mutating func build(_ context: inout ImportContext) {
        // 1. Match every feature first, so relations can name features further on.
        for feature in collection.features {
            let uris = Self.uris(feature)
            var match: ImportContext.Match?
            if feature.id.hasPrefix(LinkedPlacesImport.exportBase) {
                let id = String(feature.id.dropFirst(LinkedPlacesImport.exportBase.count))
                if context.existingPlaces.contains(id), uris.allSatisfy({ (context.held.place(holdingURI: $0) ?? id) == id }) {
                    match = .existing(id)
                }
            }
            // A file imported before: its @id is an authority URI of the place it made.
            if match == nil, let own = Self.ownURI(feature), let id = context.place(withURI: own) {
                match = context.existingPlaces.contains(id) ? .existing(id) : .new(id)
            }
            if match == nil {
                match = context.place(named: feature.title, uris: uris)
                // The context gives a second authority-less mention of a new name the same
                // id; two features are two places.
                if case let .new(id)? = match, uris.isEmpty, placeOf.values.contains(id) {
                    match = .new(context.freshID("place", from: feature.title))
                }
            }
            switch match! {
            case let .existing(id): placeOf[feature.index] = id; created[feature.index] = false
            case let .new(id): placeOf[feature.index] = id; created[feature.index] = true
            }
            placeByFeatureID[feature.id] = placeOf[feature.index]
        }

        // 2. The file's source.
        let sourceID = citedSource(context.held) ?? context.freshID("source", from: sourceSlugBase)

        // 3. Rows, feature by feature.
        for feature in collection.features {
            guard let id = placeOf[feature.index] else { continue }
            let line = feature.position.line
            if created[feature.index] == true, !written.contains(id) {
                written.insert(id)
                places.append(placeRow(feature, id: id, sourceID: sourceID, context: context))
                placeLines.append(line)
            }
            let isExisting = created[feature.index] == false
            // Names: the title first (when no name spells it), then every name.
            var toponyms: [(name: String, lang: String?, when: LPFWhen?, citations: [LPFCitation], line: Int)] = []
            if !feature.names.contains(where: { $0.toponym == feature.title }) {
                toponyms.append((feature.title, nil, nil, [], line))
            }
            toponyms += feature.names.map { ($0.toponym, $0.lang, $0.when, $0.citations, $0.position.line) }
            for toponym in toponyms {
                let name = toponym.name.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !name.isEmpty else { continue }
                let language = LinkedPlacesImport.language(toponym.lang)
                if isExisting {
                    if context.held.placeNames[id] == name || context.held.hasName(name, language: language, place: id) { continue }
                }
                guard nameKeys.insert("\(id)\u{1F}\(name)\u{1F}\(language)").inserted else { continue }
                let (period, periodNote) = LinkedPlacesImport.period(toponym.when)
                var note: [String] = []
                if toponym.lang == nil { note.append("the file gives no language") }
                else if language != toponym.lang { note.append("language \(toponym.lang!) in the file") }
                if let periodNote { note.append(periodNote) }
                let cited = toponym.citations.compactMap { citation -> String? in
                    let text = [citation.label, citation.year.map(String.init), citation.id].compactMap { $0 }.joined(separator: ", ")
                    return text.isEmpty ? nil : text
                }
                if !cited.isEmpty { note.append("cited: \(cited.joined(separator: "; "))") }
                names.append([id, name, language, period == nil ? "variant" : "official", period ?? "",
                              sourceID, feature.id, "", note.joined(separator: "; ")])
                nameLines.append(toponym.line)
            }
            // Authority URIs no place holds yet.
            var identifying = feature.links.filter { $0.type == "closeMatch" || $0.type == "exactMatch" }
                .map { (uri: $0.identifier, note: $0.type, line: $0.position.line) }
            if let own = Self.ownURI(feature) { identifying.append((own, "the place's @id in the Linked Places file", line)) }
            for link in identifying {
                let uri = ImportContext.normal(link.uri)
                guard LinkedPlacesImport.isWebURI(uri), context.held.place(holdingURI: uri) == nil,
                      (context.place(withURI: uri) ?? id) == id, authorityURIs.insert(uri).inserted else { continue }
                authorities.append(["place", id, uri, LinkedPlacesImport.scheme(uri), sourceID, feature.id, "", link.note])
                authorityLines.append(link.line)
            }
        }

        if !places.isEmpty || !names.isEmpty || !authorities.isEmpty, context.held.sources[sourceID] == nil {
            let title = fileName.isEmpty ? (collection.context ?? "Linked Places file") : fileName
            let citation = "Linked Places (LPF) FeatureCollection \(title)" + (collection.context.map { ", @context \($0)" } ?? "")
            sources.append([sourceID, "reference", title, "", "", "", "", citation, "",
                            "Imported from a Linked Places file; each row's locator is the @id of the feature it comes from."])
            sourceLines.append(1)
        }
    }

    /// The slug the file's new source id is made from: the file name without its extension.
    var sourceSlugBase: String {
        let stem = (fileName as NSString).deletingPathExtension
        return stem.isEmpty ? "linked-places" : stem
    }

    /// The feature's `@id` as an authority URI the atlas can keep (http or https), normalised:
    /// the place's record in its gazetteer, kept so that importing the file again finds it.
    static func ownURI(_ feature: LPFFeature) -> String? {
        let uri = ImportContext.normal(feature.id)
        return LinkedPlacesImport.isWebURI(uri) ? uri : nil
    }

    /// The authority URIs a feature is matched on: its `closeMatch` and `exactMatch` links
    /// that the atlas can keep (http and https), normalised, once each.
    static func uris(_ feature: LPFFeature) -> [String] {
        var seen = Set<String>()
        return feature.authorityURIs.map(ImportContext.normal).filter { LinkedPlacesImport.isWebURI($0) && seen.insert($0).inserted }
    }

    /// The existing source every citation of the file names (by its URL, or by its title as
    /// the label or the label's start), when it is one and not a text (a text needs quotes).
    func citedSource(_ held: ImportContext.Held) -> String? {
        let citations = collection.features.flatMap { feature in
            feature.names.flatMap(\.citations) + (feature.geometry?.shapes.flatMap(\.citations) ?? [])
        }
        guard !citations.isEmpty else { return nil }
        var found: Set<String> = []
        for citation in citations {
            let match = held.sources.first { _, source in
                (citation.id != nil && citation.id == source.url)
                    || citation.label.map { $0 == source.title || $0.hasPrefix(source.title + ", ") } == true
            }
            guard let match else { return nil }
            found.insert(match.key)
        }
        guard found.count == 1, let id = found.first, held.sources[id]?.kind != "text" else { return nil }
        return id
    }

    /// The row of a place this import creates.
    mutating func placeRow(_ feature: LPFFeature, id: String, sourceID: String, context: ImportContext) -> [String] {
        var note: [String] = []
        if let description = feature.descriptions.first, !description.isEmpty { note.append(description) }
        let kind: String
        if let mapped = LinkedPlacesImport.kind(of: feature) {
            kind = mapped
        } else {
            kind = "town"
            let said = feature.types.compactMap { $0.label ?? $0.identifier }
            note.append(said.isEmpty ? "kind town by default: the file gives no type"
                                     : "kind town by default: the file's type \(said.joined(separator: ", ")) names no kind of the atlas")
        }
        // The parent: the first broaderPartitive relation that names a place.
        var parent = ""
        for relation in feature.parents {
            let target = resolve(relation.to, context: context)
            if parent.isEmpty, let target, target != id, !leadsTo(id, from: target) {
                parent = target
                parentOf[id] = target
                continue
            }
            note.append("part of \(relation.label ?? relation.to)\(target == nil ? " (not in the atlas)" : "")")
        }
        var latitude = "", longitude = "", coordSource = "", coordRef = "", coordNote = ""
        let geonamesID = feature.authorityURIs.lazy.compactMap { AuthorityReference($0)?.geonameID }.first
        let hasGeoNamesSource = context.existingSources.contains("geonames")
        if let shape = feature.point, let point = shape.point {
            latitude = String(point.latitude)
            longitude = String(point.longitude)
            if let geonamesID, hasGeoNamesSource {
                (coordSource, coordRef) = ("geonames", "geonames:\(geonamesID)")
            } else {
                (coordSource, coordRef) = (sourceID, feature.id)
            }
            var said: [String] = []
            let points = feature.geometry?.shapes.filter { $0.point != nil }.count ?? 0
            if points > 1 { said.append("the most certain of \(points) points in the file") }
            if let certainty = shape.certainty, certainty != .certain { said.append("\(certainty.rawValue) in the file") }
            coordNote = said.joined(separator: "; ")
        } else if let shape = feature.geometry?.shapes.first(where: { $0.southWest != nil && $0.northEast != nil }),
                  let southWest = shape.southWest, let northEast = shape.northEast {
            // Rounded to a micro-degree (about 0.1 m), so the halving adds no binary noise.
            latitude = String(((southWest.latitude + northEast.latitude) / 2 * 1e6).rounded() / 1e6)
            longitude = String(((southWest.longitude + northEast.longitude) / 2 * 1e6).rounded() / 1e6)
            (coordSource, coordRef) = (sourceID, feature.id)
            coordNote = "the centre of the bounds of the file's \(shape.type ?? "shape"); the file gives no point"
        } else if let geonamesID, hasGeoNamesSource, let entry = geonames?[geonamesID] {
            latitude = String(entry.latitude)
            longitude = String(entry.longitude)
            (coordSource, coordRef) = ("geonames", entry.reference)
            coordNote = "from the offline GeoNames extract (\(entry.name), \(entry.countryCode)): the Linked Places file gives no coordinates"
        } else {
            coordNote = feature.geometry == nil ? "unlocated: the Linked Places file gives no geometry for this place"
                                                : "unlocated: the Linked Places file's geometry gives no coordinates"
            if let geonamesID {
                coordNote += geonames == nil ? "; no GeoNames extract was at hand for its record \(geonamesID)"
                                             : "; its GeoNames record \(geonamesID) is not in the offline extract"
            }
        }
        let pages = feature.links.filter { $0.type != "closeMatch" && $0.type != "exactMatch" }.map { "\($0.type) \($0.identifier)" }
        if !pages.isEmpty { note.append(pages.joined(separator: "; ")) }
        let dropped = feature.authorityURIs.filter { !LinkedPlacesImport.isWebURI(ImportContext.normal($0)) }
        if !dropped.isEmpty { note.append("also matches \(dropped.joined(separator: ", ")) (not a web URI, not kept as an authority)") }
        return [id, feature.title, kind, parent, latitude, longitude, coordSource, coordRef, coordNote,
                sourceID, feature.id, "", note.joined(separator: "; ")]
    }

    /// The place a relation's target names: a feature of the file, an atlas place by its
    /// export URN, or a place holding it as an authority URI.
    func resolve(_ target: String, context: ImportContext) -> String? {
        if let id = placeByFeatureID[target] { return id }
        if target.hasPrefix(LinkedPlacesImport.exportBase) {
            let id = String(target.dropFirst(LinkedPlacesImport.exportBase.count))
            if context.existingPlaces.contains(id) { return id }
        }
        return context.place(withURI: target)
    }

    /// Whether following the parents this import gives from `start` reaches `id` (a cycle).
    func leadsTo(_ id: String, from start: String) -> Bool {
        var current: String? = start, seen = Set<String>()
        while let place = current, seen.insert(place).inserted {
            if place == id { return true }
            current = parentOf[place]
        }
        return false
    }

    func tables() -> [CSVTable] {
        let file = collection.file
        let all: [(String, [String], [[String]], [Int])] = [
            ("source", ["id", "kind", "title", "author", "year", "language", "file", "citation", "url", "note"], sources, sourceLines),
            ("place", ["id", "name", "kind", "parent_id", "latitude", "longitude", "coord_source_id", "coord_ref", "coord_note",
                       "source_id", "locator", "quote", "note"], places, placeLines),
            ("place_name", ["place_id", "name", "language", "kind", "period", "source_id", "locator", "quote", "note"], names, nameLines),
            ("authority", ["entity", "entity_id", "uri", "scheme", "source_id", "locator", "quote", "note"], authorities, authorityLines),
        ]
        return all.filter { !$0.2.isEmpty }.map { CSVTable(file: file, table: $0.0, header: $0.1, records: $0.2, lines: $0.3) }
    }
}
