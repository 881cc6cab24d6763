import Foundation
import SwiftCSV

/// A CSV file read whole: its header, its records and the line each record starts on.
///
/// Parsing is SwiftCSV's (RFC 4180, rejects a stray quote inside a field); this type adds
/// what error messages need: the line and column of every record and field.
struct CSVTable: Sendable {
    var file: String
    /// The table the rows go to: the file's name without its extension, unless given.
    var table: String
    var header: [String]
    var records: [[String]]
    /// 1-based line on which each record starts (the header is line 1).
    var lines: [Int]

    /// A table already split into fields (from JSON): `lines` number the records.
    init(file: String, table: String, header: [String], records: [[String]], lines: [Int]) {
        self.file = file
        self.table = table
        self.header = header
        self.records = records
        self.lines = lines
    }

    init(file: String, text: String) throws(AtlasError) {
        self.file = file
        self.table = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }   // a byte-order mark is not data
        // Every well-formed CSV has an even number of quotes: fields open and close them
        // in pairs and escape them by doubling.
        let quotes = body.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }
        let starts = CSVTable.recordStartLines(body)
        if quotes % 2 == 1 {
            throw .invalidData([DataProblem(
                file: file, line: CSVTable.lineOfLastOpenQuote(body), column: 1,
                message: "a quoted field is never closed; add the closing \" (and write a quote inside a field as \"\")")])
        }
        let parsed: EnumeratedCSV
        do {
            parsed = try EnumeratedCSV(string: body, delimiter: .comma, loadColumns: false)
        } catch let CSVParseError.quotation(message), let CSVParseError.generic(message) {
            throw .invalidData([DataProblem(
                file: file, line: 1, column: 1,
                message: "not valid CSV (\(message)); a field holding a quote, a comma or a line break must be quoted whole, with quotes inside it doubled")])
        } catch {
            throw .invalidData([DataProblem(file: file, line: 1, column: 1, message: "not valid CSV (\(error))")])
        }
        header = parsed.header.map { $0.trimmingCharacters(in: .whitespaces) }
        // SwiftCSV yields a lone empty field for a blank line; blank lines are not records.
        var records: [[String]] = []
        var lines: [Int] = []
        for (index, row) in parsed.rows.enumerated() where !(row.count == 1 && row[0].isEmpty) {
            records.append(row)
            lines.append(index + 1 < starts.count ? starts[index + 1] : starts.last ?? 1)
        }
        self.records = records
        self.lines = lines
    }

    /// The line each record starts on, header and blank lines included (SwiftCSV yields a
    /// record for a blank line too), found by following quotes so that a line break inside a
    /// quoted field does not start a record. CR LF counts as one line break, as in SwiftCSV.
    private static func recordStartLines(_ text: String) -> [Int] {
        var starts: [Int] = []
        var line = 1, inQuotes = false, atRecordStart = true
        for byte in text.utf8 {
            if atRecordStart && byte != UInt8(ascii: "\r") {
                starts.append(line)
                atRecordStart = false
            }
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == UInt8(ascii: "\n") {
                line += 1
                if !inQuotes { atRecordStart = true }
            }
        }
        return starts
    }

    private static func lineOfLastOpenQuote(_ text: String) -> Int {
        var line = 1, openedAt = 1, inQuotes = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                if inQuotes { openedAt = line }
            }
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return openedAt
    }
}
