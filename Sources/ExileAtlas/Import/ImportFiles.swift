import Foundation

/// Reads the files of an import: CSV files named after tables (`place.csv`), given one by
/// one or as folders, checked for what would otherwise fail late or obscurely (a folder
/// without CSV, an empty file, bytes that are not UTF-8).
///
/// ```swift
/// let tables = try ImportFiles.read([URL(fileURLWithPath: "decembrists/")])
/// ```
enum ImportFiles {
    /// The CSV tables under `paths`, in the order the atlas loads tables.
    /// - Throws: `AtlasError.invalidData` listing every file that cannot be read.
    static func read(_ paths: [URL]) throws(AtlasError) -> [CSVTable] {
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
                    .filter { $0.pathExtension.lowercased() == "csv" }
                if found.isEmpty {
                    problems.append(DataProblem(file: path.path, line: 0, column: 0, message:
                        "the folder holds no .csv files; put one CSV per table in it (place.csv, person.csv, ...; see Fixtures/README.md)"))
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
                tables.append(try CSVTable(file: file.path, text: text))
            } catch let error {
                if case let .invalidData(found) = error { problems += found } else { throw error }
            }
        }
        guard problems.isEmpty else { throw .invalidData(problems) }
        func rank(_ table: CSVTable) -> Int {
            let name = (table.file as NSString).lastPathComponent.replacingOccurrences(of: ".csv", with: "")
            return TableLoader.tableOrder.firstIndex(of: name) ?? Int.max
        }
        return tables.sorted { (rank($0), $0.file) < (rank($1), $1.file) }
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
