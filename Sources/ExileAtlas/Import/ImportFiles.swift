import Foundation

/// The kinds of file `exile import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    /// By extension and content: `.csv` and `.json` tables, a TEI/CMIF `.xml`, a Linked
    /// Places FeatureCollection (`.json`, `.geojson`, `.jsonld`).
    case auto
    /// CSV tables (`place.csv`), a JSON object of tables, a TEI/CMIF letters file, or a Linked
    /// Places FeatureCollection.
    case csv, json, cmif, lpf
}

/// Reads the files of an import: CSV files named after tables (`place.csv`), given one by
/// one or as folders, checked for what would otherwise fail late or obscurely (a folder
/// without CSV, an empty file, bytes that are not UTF-8).
///
/// ```swift
/// var context = try atlas.importContext()
/// let tables = try ImportFiles.read([URL(fileURLWithPath: "decembrists/")], context: &context)
/// ```
enum ImportFiles {
    /// The CSV tables under `paths`, in the order the atlas loads tables.
    /// - Throws: `AtlasError.invalidData` listing every file that cannot be read.
    static func read(_ paths: [URL], format: ImportFormat = .auto, context: inout ImportContext,
                     geonames: GeoNamesExtract? = nil) throws(AtlasError) -> [CSVTable] {
        var problems: [DataProblem] = []
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                problems.append(DataProblem(file: path.path, line: 0, column: 0, message: "no such file or folder; check the path"))
                continue
            }
            if isFolder.boolValue {
                let found = ((try? FileManager.default.contentsOfDirectory(at: path, includingPropertiesForKeys: nil)) ?? [])
                    .filter { ["csv", "json", "xml", "geojson", "jsonld"].contains($0.pathExtension.lowercased()) }
                if found.isEmpty {
                    problems.append(DataProblem(file: path.path, line: 0, column: 0, message:
                        "the folder holds no .csv or .json files; put one CSV per table in it (place.csv, person.csv, ...; see Fixtures/README.md)"))
                }
                files += found
            } else {
                files.append(path)
            }
        }
        var tables: [CSVTable] = []
        for file in files {
            let name = file.lastPathComponent
            guard let data = FileManager.default.contents(atPath: file.path) else {
                problems.append(DataProblem(file: file.path, line: 0, column: 0, message: "cannot be read; check its permissions"))
                continue
            }
            if data.isEmpty {
                problems.append(DataProblem(file: file.path, line: 1, column: 1, message:
                    "the file is empty; it needs a header row and rows (see Fixtures/README.md for \(name))"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                let (line, column) = firstInvalidUTF8(data)
                problems.append(DataProblem(file: file.path, line: line, column: column, message:
                    "this is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"))
                continue
            }
            do {
                let ext = file.pathExtension.lowercased()
                let kind: ImportFormat = format != .auto ? format
                    : ext == "xml" || CMIFReader.recognises(data) ? .cmif
                    : ["json", "geojson", "jsonld"].contains(ext) && LinkedPlacesReader.recognises(data) ? .lpf
                    : ext == "json" ? .json : .csv
                switch kind {
                case .cmif:
                    tables += CMIFImport.tables(from: try CMIFReader.read(data: data, file: file.path), context: &context, geonames: geonames)
                case .lpf:
                    tables += LinkedPlacesImport.tables(from: try LinkedPlacesReader.read(data: data, file: file.path),
                                                        context: &context, geonames: geonames)
                case .json:
                    tables += try jsonTables(file: file.path, data: data)
                case .csv, .auto:
                    tables.append(try CSVTable(file: file.path, text: text))
                }
            } catch let error {
                if case let .invalidData(found) = error { problems += found } else { throw error }
            }
        }
        guard problems.isEmpty else { throw .invalidData(problems) }
        func rank(_ csv: CSVTable) -> Int { TableLoader.tableOrder.firstIndex(of: csv.table) ?? Int.max }
        return tables.sorted { (rank($0), $0.file) < (rank($1), $1.file) }
    }

    /// Tables from JSON: a file named after a table holding an array of objects whose keys
    /// are the table's columns, or an object whose members are tables (`{"place": [...]}`).
    /// Values may be strings, numbers, booleans or null; problems are located by record
    /// number (as the "line") and field.
    static func jsonTables(file: String, data: Data) throws(AtlasError) -> [CSVTable] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .invalidData([DataProblem(file: file, line: 1, column: 1, message:
                "not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error)); write an array of objects, one per row")])
        }
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let named: [(table: String, rows: Any)]
        if let rows = root as? [Any] {
            named = [(name, rows)]
        } else if let object = root as? [String: Any] {
            named = object.keys.sorted().map { ($0, object[$0]!) }
        } else {
            throw .invalidData([DataProblem(file: file, line: 1, column: 1, message:
                "the JSON holds neither an array of rows nor an object of tables; write [{\"id\": ...}, ...]")])
        }
        var problems: [DataProblem] = []
        var tables: [CSVTable] = []
        for (table, rows) in named {
            let label = named.count == 1 && table == name ? file : "\(file)#\(table)"
            guard let objects = rows as? [Any] else {
                problems.append(DataProblem(file: label, line: 1, column: 1, message: "\(table) must be an array of row objects"))
                continue
            }
            var header: [String] = []
            var dictionaries: [[String: String?]] = []
            for (index, item) in objects.enumerated() {
                guard let object = item as? [String: Any] else {
                    problems.append(DataProblem(file: label, line: index + 1, column: 1, message: "row \(index + 1) is not an object of column: value"))
                    continue
                }
                var row: [String: String?] = [:]
                for key in object.keys.sorted() {
                    if !header.contains(key) { header.append(key) }
                    switch object[key] {
                    case let text as String: row[key] = text
                    case let number as NSNumber:
                        row[key] = number.stringValue
                    case let flag as Bool:
                        row[key] = flag ? "1" : "0"
                    case is NSNull, nil: row[key] = nil
                    default:
                        problems.append(DataProblem(file: label, line: index + 1, column: (header.firstIndex(of: key) ?? 0) + 1,
                                                    message: "\(key) must be a string, a number, true, false or null"))
                    }
                }
                dictionaries.append(row)
            }
            let records = dictionaries.map { row in header.map { (row[$0] ?? nil) ?? "" } }
            tables.append(CSVTable(file: label, table: table, header: header, records: records, lines: Array(stride(from: 1, through: records.count, by: 1))))
        }
        guard problems.isEmpty else { throw .invalidData(problems) }
        return tables
    }

    /// Line and column (in bytes) of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let sequence = length == 0 || index + length > bytes.count ? nil : Array(bytes[index..<(index + length)])
            guard let sequence, String(bytes: sequence, encoding: .utf8) != nil else {
                return (line, index - lineStart + 1)
            }
            if byte == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
            index += length
        }
        return (line, 1)
    }
}
