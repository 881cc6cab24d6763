import Foundation

/// Reads Linked Places (LPF 1.2.2) FeatureCollections into `LPFCollection` values, locating
/// every place and every problem by line and column (with `LocatedJSON`) and by its path in
/// the file: `places.json:14:22: features[3] (@id urn:x:alma-ata): names[0].when.timespans[0].start.in: ...`.
///
/// The rules are those of the LPF README and sample (LinkedPasts/linked-places-format):
/// a FeatureCollection of Features, each with an `@id`, `properties.title`, `names` (each
/// with a `toponym`), a `geometry` (a GeoJSON geometry, a GeometryCollection whose members
/// carry `when`, `certainty` and `citations`, or `null` when the place is unlocated),
/// `links` (`closeMatch`, `exactMatch`, ...: identifiers normalised to authority URIs by
/// `AuthorityReference`), `relations` (`gvp:broaderPartitive`: the parent) and `when`
/// anywhere (see `LPFWhen` for the EDTF of a timespan). Coordinates are WGS84, longitude
/// first, and must lie on the globe; dates must be real days of the years 0001-9999.
///
/// What LPF asks for that reading does not need (a `when` on every feature, as the World
/// Historical Gazetteer requires) is a note in `LPFCollection.notes`.
///
/// ```swift
/// let collection = try LinkedPlacesReader.read(contentsOf: URL(fileURLWithPath: "places.jsonld"))
/// for feature in collection.features {
///     print(feature.title, feature.point?.point ?? "unlocated", feature.parents.map(\.to))
/// }
/// ```
public enum LinkedPlacesReader {
    // MARK: - Reading

    /// Reads an LPF file from disk.
    /// - Throws: `AtlasError.invalidData` with every problem found, each located.
    public static func read(contentsOf url: URL) throws(AtlasError) -> LPFCollection {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .invalidData([DataProblem(file: url.path, line: 0, column: 0, message: "cannot be read; check the path and its permissions")])
        }
        return try read(data: data, file: url.path)
    }

    /// Reads LPF from bytes.
    /// - Parameters:
    ///   - data: The JSON.
    ///   - file: The name problems and locators give (`places.json`).
    /// - Throws: `AtlasError.invalidData` with every problem found, each located.
    public static func read(data: Data, file: String) throws(AtlasError) -> LPFCollection {
        let bytes = [UInt8](data)
        guard bytes.contains(where: { !CMIFReader.isXMLSpace($0) }) else {
            throw .invalidData([DataProblem(file: file, line: 1, column: 1, message:
                "the file is empty; a Linked Places file is a GeoJSON FeatureCollection")])
        }
        let root: LocatedJSON
        do {
            root = try LocatedJSON.parse(bytes)
        } catch {
            throw .invalidData([DataProblem(file: file, line: error.position.line, column: error.position.column,
                                            message: "not valid JSON: \(error.message)")])
        }
        var reader = Reader(file: file)
        let collection = reader.collection(root)
        guard reader.problems.isEmpty, let collection else { throw .invalidData(reader.problems) }
        return collection
    }

    /// Whether the bytes look like a Linked Places file (a JSON object that says
    /// `FeatureCollection` near its start).
    public static func recognises(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        // "type" may come after every feature (a writer that sorts its keys): "features" is enough.
        return head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{"
            && (head.contains("FeatureCollection") || head.contains("\"features\""))
    }
}

// MARK: - The walk over the JSON

private struct Reader {
    let file: String
    var problems: [DataProblem] = []
    var notes: [DataProblem] = []
    /// `features[3] (@id ...)`: the feature being read, for messages.
    var feature = ""

    init(file: String) { self.file = file }

    mutating func problem(_ value: LocatedJSON, _ path: String, _ message: String) {
        problems.append(located(value.position, path, message))
    }

    func located(_ position: TextPosition, _ path: String, _ message: String) -> DataProblem {
        let prefix = [feature, path].filter { !$0.isEmpty }.joined(separator: ": ")
        return DataProblem(file: file, line: position.line, column: position.column,
                           message: prefix.isEmpty ? message : "\(prefix): \(message)")
    }

    // MARK: Collection and features

    mutating func collection(_ root: LocatedJSON) -> LPFCollection? {
        guard root.members != nil else {
            problem(root, "", "the file holds \(root.kindName), not a FeatureCollection; a Linked Places file is {\"type\": \"FeatureCollection\", \"features\": [...]}")
            return nil
        }
        guard root["type"]?.string == "FeatureCollection" else {
            problem(root["type"] ?? root, "type", "a Linked Places file is a GeoJSON FeatureCollection; write \"type\": \"FeatureCollection\" and put the places in \"features\"")
            return nil
        }
        guard let items = root["features"]?.array else {
            problem(root["features"] ?? root, "features", "a FeatureCollection needs \"features\": an array of Feature objects, one per place")
            return nil
        }
        var features: [LPFFeature] = []
        var seen: [String: TextPosition] = [:]
        for (index, item) in items.enumerated() {
            feature = "features[\(index)]"
            guard let read = self.feature(item, index: index) else { continue }
            if let first = seen[read.id] {
                problem(item["@id"] ?? item, "@id", "the @id \(read.id) is also the @id of the feature at \(first); give each place its own @id")
            } else {
                seen[read.id] = read.position
            }
            features.append(read)
        }
        feature = ""
        return LPFCollection(file: file, context: root["@context"]?.string, features: features, notes: notes)
    }

    mutating func feature(_ item: LocatedJSON, index: Int) -> LPFFeature? {
        guard item.members != nil else {
            problem(item, "", "a feature must be an object ({\"type\": \"Feature\", \"@id\": ..., ...}), not \(item.kindName)")
            return nil
        }
        let idValue = item["@id"] ?? item["id"]
        guard let id = idValue?.string?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
            problem(idValue ?? item, "@id", "a feature needs an @id: the place's URI in its gazetteer (e.g. \"http://mygaz.org/places/p_12345\")")
            return nil
        }
        feature = "features[\(index)] (@id \(id))"
        let problemsBefore = problems.count
        if item["type"]?.string != "Feature" {
            problem(item["type"] ?? item, "type", "a feature's type must be \"Feature\" (GeoJSON)")
        }
        let properties = item["properties"]
        let title = properties?["title"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if properties?.members == nil {
            problem(properties ?? item, "properties", "a feature needs \"properties\" with a \"title\" (the place's preferred name)")
        } else if title.isEmpty {
            problem(properties?["title"] ?? properties!, "properties.title", "a feature needs a title (the place's preferred name) as a non-empty string")
        }
        let names = list(item["names"], "names").compactMap { name($0.value, $0.path) }
        if item["names"]?.array?.isEmpty ?? true {
            notes.append(located(item.position, "", "no names; LPF asks for at least one attested name, with a citation (the title is not read as a name)"))
        }
        let types = list(item["types"], "types").compactMap { type($0.value, $0.path) }
        let links = list(item["links"], "links").compactMap { link($0.value, $0.path) }
        let relations = list(item["relations"], "relations").compactMap { relation($0.value, $0.path) }
        let descriptions = list(item["descriptions"], "descriptions").compactMap { $0.value["value"]?.string }
        let ownWhen = item["when"].flatMap { when($0, "when") }
        var geometry: LPFGeometry?
        if let value = item["geometry"] {
            geometry = self.geometry(value, "geometry")
        } else {
            notes.append(located(item.position, "", "no geometry member; GeoJSON asks for one (\"geometry\": null for a place whose location is not known): read as unlocated"))
        }
        guard problems.count == problemsBefore else { return nil }
        let read = LPFFeature(
            index: index, id: id, title: title,
            ccodes: strings(properties?["ccodes"], "properties.ccodes"),
            fclasses: strings(properties?["fclasses"], "properties.fclasses"),
            when: ownWhen, names: names, types: types, geometry: geometry, links: links, relations: relations,
            descriptions: descriptions, position: item.position)
        let anyWhen = read.when != nil || read.names.contains { $0.when != nil } || read.types.contains { $0.when != nil }
            || read.relations.contains { $0.when != nil } || (read.geometry?.shapes ?? []).contains { $0.when != nil }
        if !anyWhen, !read.names.contains(where: { $0.citations.contains { $0.year != nil } }) {
            notes.append(located(item.position, "", "no when anywhere and no citation year: LPF asks every feature for one, and the World Historical Gazetteer refuses the feature without"))
        }
        return read
    }

    // MARK: Parts

    /// The items of an optional array member, with their paths; a problem if it is not an array.
    mutating func list(_ value: LocatedJSON?, _ path: String) -> [(value: LocatedJSON, path: String)] {
        guard let value, !value.isNull else { return [] }
        guard let items = value.array else {
            problem(value, path, "\(path) must be an array, not \(value.kindName)")
            return []
        }
        return items.enumerated().map { (value: $0.element, path: "\(path)[\($0.offset)]") }
    }

    mutating func strings(_ value: LocatedJSON?, _ path: String) -> [String] {
        list(value, path).compactMap { item in
            guard let text = item.value.string else { problem(item.value, item.path, "must be a string"); return nil }
            return text
        }
    }

    mutating func name(_ value: LocatedJSON, _ path: String) -> LPFName? {
        guard value.members != nil else { problem(value, path, "a name must be an object with a toponym"); return nil }
        guard let toponym = value["toponym"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines), !toponym.isEmpty else {
            problem(value["toponym"] ?? value, "\(path).toponym", "a name needs a toponym: the name as the source writes it")
            return nil
        }
        return LPFName(toponym: toponym, lang: value["lang"]?.string, citations: citations(value["citations"], "\(path).citations"),
                       when: value["when"].flatMap { when($0, "\(path).when") }, position: value.position)
    }

    mutating func citations(_ value: LocatedJSON?, _ path: String) -> [LPFCitation] {
        // A plain loop: the same code as a closure crashes the Swift 6.3 optimizer
        // (CopyPropagation, "Found ownership error") in release builds.
        var result: [LPFCitation] = []
        for item in list(value, path) {
            let entry = item.value
            var year: Int?
            // A whole number that fits an Int (Int(1e300) would trap).
            if let number = entry["year"]?.number, number == number.rounded(), abs(number) < 1e15 { year = Int(number) }
            if year == nil, let text = entry["year"]?.string { year = Int(text) }
            result.append(LPFCitation(label: entry["label"]?.string, year: year, id: entry["@id"]?.string ?? entry["id"]?.string))
        }
        return result
    }

    mutating func type(_ value: LocatedJSON, _ path: String) -> LPFType? {
        guard value.members != nil else { problem(value, path, "a type must be an object with an identifier and a label"); return nil }
        return LPFType(identifier: value["identifier"]?.string.map(AuthorityReference.normalise), label: value["label"]?.string,
                       sourceLabels: list(value["sourceLabels"], "\(path).sourceLabels").compactMap { $0.value["label"]?.string },
                       when: value["when"].flatMap { when($0, "\(path).when") }, position: value.position)
    }

    /// The string at `key`, or nil after reporting `message` at it (or at the object when the
    /// key is missing). A string of only spaces counts as missing.
    private mutating func required(_ value: LocatedJSON, _ key: String, _ path: String, _ message: String) -> String? {
        if let string = value[key]?.string, !string.trimmingCharacters(in: .whitespaces).isEmpty { return string }
        problem(value[key] ?? value, "\(path).\(key)", message)
        return nil
    }

    mutating func link(_ value: LocatedJSON, _ path: String) -> LPFLink? {
        guard let type = required(value, "type", path, "a link needs a type: closeMatch, exactMatch, primaryTopicOf, subjectOf or seeAlso"),
              let identifier = required(value, "identifier", path, "a link needs an identifier: a URI or a prefixed id such as gn:1526384 or wd:Q35493")
        else { return nil }
        return LPFLink(type: type, identifier: AuthorityReference.normalise(identifier), position: value.position)
    }

    mutating func relation(_ value: LocatedJSON, _ path: String) -> LPFRelation? {
        guard let type = required(value, "relationType", path, "a relation needs a relationType, such as gvp:broaderPartitive for the place it lies in"),
              let to = required(value, "relationTo", path, "a relation needs a relationTo: the @id of the other place")
        else { return nil }
        return LPFRelation(type: type, to: AuthorityReference.normalise(to), label: value["label"]?.string,
                           when: value["when"].flatMap { when($0, "\(path).when") },
                           certainty: certainty(value["certainty"], "\(path).certainty"), position: value.position)
    }

    mutating func certainty(_ value: LocatedJSON?, _ path: String) -> LPFCertainty? {
        guard let value, !value.isNull else { return nil }
        guard let text = value.string, let certainty = LPFCertainty(rawValue: text) else {
            problem(value, path, "certainty must be \"certain\", \"less-certain\" or \"uncertain\"")
            return nil
        }
        return certainty
    }

    // MARK: Geometry

    mutating func geometry(_ value: LocatedJSON, _ path: String) -> LPFGeometry? {
        if value.isNull { return nil }
        guard value.members != nil else {
            problem(value, path, "geometry must be a GeoJSON geometry object, or null where the location is not known")
            return nil
        }
        let type = value["type"]?.string
        if type == "GeometryCollection" {
            let shapes = list(value["geometries"], "\(path).geometries").compactMap { shape($0.value, $0.path) }
            if value["geometries"]?.array == nil {
                problem(value["geometries"] ?? value, "\(path).geometries", "a GeometryCollection needs \"geometries\": an array of geometries")
            }
            return LPFGeometry(type: "GeometryCollection", shapes: shapes, position: value.position)
        }
        return shape(value, path).map { LPFGeometry(type: $0.type ?? "geowkt", shapes: [$0], position: value.position) }
    }

    static let geometryTypes: Set<String> = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"]

    mutating func shape(_ value: LocatedJSON, _ path: String) -> LPFShape? {
        guard value.members != nil else { problem(value, path, "a geometry must be an object, not \(value.kindName)"); return nil }
        let type = value["type"]?.string
        let wkt = value["geowkt"]?.string
        var shape = LPFShape(type: type, point: nil, southWest: nil, northEast: nil, geowkt: wkt,
                             certainty: certainty(value["certainty"], "\(path).certainty"),
                             citations: citations(value["citations"], "\(path).citations"),
                             when: value["when"].flatMap { when($0, "\(path).when") }, position: value.position)
        if let type, !Self.geometryTypes.contains(type) {
            problem(value["type"]!, "\(path).type", "\"\(type)\" is not a GeoJSON geometry type; write Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon")
            return nil
        }
        guard let coordinates = value["coordinates"] else {
            if type != nil {
                problem(value, "\(path).coordinates", "a \(type!) needs coordinates ([longitude, latitude] for a Point)")
                return nil
            }
            guard let wkt else {
                problem(value, path, "a geometry needs a type and coordinates (or a geowkt)")
                return nil
            }
            shape.point = Self.wktPoint(wkt)
            return shape
        }
        var positions: [LPFPoint] = []
        guard collect(coordinates, "\(path).coordinates", into: &positions, depth: type == "Point" ? 0 : nil) else { return nil }
        if type == "Point" {
            shape.point = positions.first
        } else if !positions.isEmpty {
            shape.southWest = LPFPoint(latitude: positions.map(\.latitude).min()!, longitude: positions.map(\.longitude).min()!)
            shape.northEast = LPFPoint(latitude: positions.map(\.latitude).max()!, longitude: positions.map(\.longitude).max()!)
        }
        return shape
    }

    /// Gathers the GeoJSON positions in nested coordinate arrays; false after a problem.
    /// `depth` 0 asks for one position (a Point).
    mutating func collect(_ value: LocatedJSON, _ path: String, into positions: inout [LPFPoint], depth: Int?) -> Bool {
        guard let items = value.array else {
            problem(value, path, "coordinates must be arrays of numbers, [longitude, latitude]")
            return false
        }
        if let first = items.first, first.number != nil {
            let numbers = items.compactMap(\.number)
            guard numbers.count == items.count, (2...3).contains(numbers.count) else {
                problem(value, path, "a position is [longitude, latitude] (and an optional altitude), numbers only")
                return false
            }
            let (longitude, latitude) = (numbers[0], numbers[1])
            guard (-180...180).contains(longitude), (-90...90).contains(latitude) else {
                let swapped = abs(latitude) > 90 && abs(longitude) <= 90 ? " (GeoJSON writes longitude first: are they swapped?)" : ""
                problem(value, path, "[\(longitude), \(latitude)] is not on the globe: longitude must lie in -180...180 and latitude in -90...90\(swapped)")
                return false
            }
            positions.append(LPFPoint(latitude: latitude, longitude: longitude))
            return true
        }
        if depth == 0 {
            problem(value, path, "a Point's coordinates are one position, [longitude, latitude]")
            return false
        }
        for (index, item) in items.enumerated() where !collect(item, "\(path)[\(index)]", into: &positions, depth: nil) { return false }
        return true
    }

    /// The position of a WKT `POINT(lon lat)`, if the text is one.
    static func wktPoint(_ wkt: String) -> LPFPoint? {
        guard let range = wkt.range(of: #"^\s*POINT\s*\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)\s*$"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let inside = wkt[range].drop(while: { $0 != "(" }).dropFirst().prefix(while: { $0 != ")" })
        let numbers = inside.split(whereSeparator: { $0.isWhitespace }).compactMap { Double($0) }
        guard numbers.count == 2, (-180...180).contains(numbers[0]), (-90...90).contains(numbers[1]) else { return nil }
        return LPFPoint(latitude: numbers[1], longitude: numbers[0])
    }

    // MARK: When

    mutating func when(_ value: LocatedJSON, _ path: String) -> LPFWhen? {
        if value.isNull { return nil }
        guard value.members != nil else {
            problem(value, path, "a when must be an object with \"timespans\": [{\"start\": {\"in\": \"1928\"}}]")
            return nil
        }
        let certainty = self.certainty(value["certainty"], "\(path).certainty")
        var spans: [String] = []
        let items = list(value["timespans"], "\(path).timespans")
        if items.isEmpty {
            notes.append(located(value.position, path, "a when without timespans; LPF asks for at least one (its periods alone give no dates)"))
        }
        for item in items {
            if let span = timespan(item.value, item.path) { spans.append(span) }
        }
        let label = value["label"]?.string
        // A label that is EDTF with the same bounds is the exact EDTF (as Exile Atlas writes it).
        if spans.count == 1, let label, let exact = try? HistoricalDate(parsing: label),
           let read = try? HistoricalDate(parsing: spans[0]), (exact.earliest, exact.latest) == (read.earliest, read.latest) {
            spans[0] = exact.edtf
        }
        if let certainty, certainty != .certain { spans = spans.map(Self.uncertain) }
        let periods = list(value["periods"], "\(path).periods").map {
            LPFPeriod(name: $0.value["name"]?.string, id: $0.value["@id"]?.string ?? $0.value["uri"]?.string)
        }
        return LPFWhen(timespans: spans, periods: periods, label: label, duration: value["duration"]?.string,
                       certainty: certainty, position: value.position, edtf: Self.hull(spans))
    }

    /// The EDTF of one timespan (see `LPFWhen`), or nil after a problem.
    mutating func timespan(_ value: LocatedJSON, _ path: String) -> String? {
        guard value.members != nil, let startValue = value["start"] else {
            problem(value, path, "a timespan needs a start: {\"start\": {\"in\": \"1928\"}}, with an end where it has one")
            return nil
        }
        guard let start = bound(startValue, "\(path).start") else { return nil }
        var edtf: String
        if let endValue = value["end"], !endValue.isNull {
            guard let end = bound(endValue, "\(path).end") else { return nil }
            edtf = "\(start.in ?? start.earliest ?? "")/\(end.in ?? end.latest ?? "")"
        } else if let exact = start.in {
            edtf = exact
        } else {
            edtf = "\(start.earliest ?? "")/\(start.latest ?? "")"
        }
        do {
            edtf = try HistoricalDate(parsing: edtf).edtf
        } catch {
            problem(value, path, "the timespan amounts to \(edtf), which is not a valid date or interval: \(error.reason)")
            return nil
        }
        return edtf
    }

    /// A start or end: `in`, `earliest`, `latest` (or a bare string, as in LPF's own
    /// GeometryCollection example), each a date; nil after a problem.
    mutating func bound(_ value: LocatedJSON, _ path: String) -> (in: String?, earliest: String?, latest: String?)? {
        if let text = value.string {
            return date(text, value, path).map { (in: $0, earliest: nil, latest: nil) }
        }
        guard value.members != nil else {
            problem(value, path, "must be an object with in, earliest or latest: {\"in\": \"1928-05\"}")
            return nil
        }
        var parts: [String: String] = [:]
        var valid = true
        for key in ["in", "earliest", "latest"] {
            guard let part = value[key], !part.isNull else { continue }
            guard let text = part.string else {
                problem(part, "\(path).\(key)", "a date must be a string (\"1928\", \"1928-05-07\"), not \(part.kindName)")
                valid = false
                continue
            }
            if let checked = date(text, part, "\(path).\(key)") { parts[key] = checked } else { valid = false }
        }
        guard valid else { return nil }
        guard !parts.isEmpty else {
            problem(value, path, "gives no date: write in (the date), or earliest and/or latest")
            return nil
        }
        return (in: parts["in"], earliest: parts["earliest"], latest: parts["latest"])
    }

    /// A single date (ISO 8601 as OWL-Time has it, or EDTF), checked; nil after a problem.
    mutating func date(_ text: String, _ value: LocatedJSON, _ path: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("/") {
            problem(value, path, "\"\(text)\" is an interval; a start or end is one date: put the interval's ends in start and end")
            return nil
        }
        do {
            return try HistoricalDate(parsing: trimmed).edtf
        } catch {
            let advice = trimmed.hasPrefix("-") ? "Exile Atlas reads years 0001 to 9999 only" : error.reason
            problem(value, path, "\"\(text)\" is not a date: \(advice)")
            return nil
        }
    }

    /// `?` on each end that has a date (`~` becomes `%`).
    static func uncertain(_ edtf: String) -> String {
        edtf.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            if part.isEmpty || part == ".." || part.hasSuffix("?") || part.hasSuffix("%") { return String(part) }
            if part.hasSuffix("~") { return part.dropLast() + "%" }
            return part + "?"
        }.joined(separator: "/")
    }

    /// One EDTF for several timespans: from the start of the earliest to the end of the latest.
    static func hull(_ spans: [String]) -> String? {
        guard spans.count > 1 else { return spans.first }
        let dates = spans.compactMap { text in (try? HistoricalDate(parsing: text)).map { (text, $0) } }
        guard let first = dates.min(by: { $0.1.earliest < $1.1.earliest }),
              let last = dates.max(by: { $0.1.latest < $1.1.latest }) else { return nil }
        let start = first.0.split(separator: "/", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let end = last.0.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return (try? HistoricalDate(parsing: "\(start)/\(end)"))?.edtf
    }
}
