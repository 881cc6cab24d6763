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
        let parsedHeader: [String], parsedRows: [[String]]
        if let fast = CSVTable.parseASCIIStructured(body) {
            (parsedHeader, parsedRows) = fast
        } else {
            do {
                (parsedHeader, parsedRows) = try CSVTable.parseWithSwiftCSV(body)
            } catch let CSVParseError.quotation(message), let CSVParseError.generic(message) {
                throw .invalidData([DataProblem(
                    file: file, line: 1, column: 1,
                    message: "not valid CSV (\(message)); a field holding a quote, a comma or a line break must be quoted whole, with quotes inside it doubled")])
            } catch {
                throw .invalidData([DataProblem(file: file, line: 1, column: 1, message: "not valid CSV (\(error))")])
            }
        }
        header = parsedHeader.map { $0.trimmingCharacters(in: .whitespaces) }
        // SwiftCSV yields a lone empty field for a blank line; blank lines are not records.
        var records: [[String]] = []
        var lines: [Int] = []
        records.reserveCapacity(parsedRows.count)
        lines.reserveCapacity(parsedRows.count)
        for (index, row) in parsedRows.enumerated() where !(row.count == 1 && row[0].isEmpty) {
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

    /// The header and rows as SwiftCSV reads them (the reference for `parseASCIIStructured`).
    static func parseWithSwiftCSV(_ text: String) throws -> (header: [String], rows: [[String]]) {
        let parsed = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        return (parsed.header, parsed.rows)
    }

    /// SwiftCSV's parse, done on UTF-8 bytes: the same header and rows for every text it
    /// accepts, about fifty times faster (SwiftCSV walks `Character`s). Returns nil, and the
    /// caller asks SwiftCSV, for anything this does not mirror exactly: a parse error (so the
    /// message is SwiftCSV's), a Unicode space or line separator (SwiftCSV skips or breaks on
    /// them), or a non-ASCII byte next to a comma or a quote (a combining mark there makes one
    /// `Character` with it).
    ///
    /// What it mirrors (SwiftCSV 0.10, `ParsingState`): whitespace at the start of a field is
    /// skipped; LF, VT, FF, CR and CR LF end a record; in an unquoted field `""` is one quote
    /// and a lone quote is an error; after a quoted field's closing quote only a comma, a line
    /// end or whitespace may follow; at the end of the text a last empty field is dropped;
    /// rows after the header are padded with empty fields to the longest row.
    static func parseASCIIStructured(_ text: String) -> (header: [String], rows: [[String]])? {
        var text = text
        return text.withUTF8 { bytes -> (header: [String], rows: [[String]])? in
            let n = bytes.count
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
            // Pre-scan for what only SwiftCSV's Character semantics decide.
            var i = 0
            while i < n {
                let byte = bytes[i]
                if byte >= 0x80 {
                    if i > 0 && (bytes[i - 1] == quote || bytes[i - 1] == comma) { return nil }
                    if i + 1 < n && (bytes[i + 1] == quote || bytes[i + 1] == comma) { return nil }
                    if byte == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0 { return nil }
                    if byte == 0xE1, i + 2 < n, bytes[i + 1] == 0x9A, bytes[i + 2] == 0x80 { return nil }
                    if byte == 0xE2, i + 2 < n {
                        let b1 = bytes[i + 1], b2 = bytes[i + 2]
                        if b1 == 0x80 && ((0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return nil }
                        if b1 == 0x81 && b2 == 0x9F { return nil }
                    }
                    if byte == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return nil }
                }
                i += 1
            }

            @inline(__always) func isNewline(_ b: UInt8) -> Bool { b >= 0x0A && b <= 0x0D }
            @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

            var rows: [[String]] = []
            var fields: [String] = []
            var field: [UInt8] = []
            field.reserveCapacity(256)
            var atStart = true, parsingField = false, parsingQuotes = false, innerQuotes = false
            func finishField() {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            }
            func finishRow() {
                finishField()
                rows.append(fields)
                fields.removeAll(keepingCapacity: true)
            }
            i = 0
            while i < n {
                let byte = bytes[i]
                // CR LF is one character, as in Swift.
                let width = byte == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
                defer { i += width }
                if atStart {
                    if byte == quote {
                        atStart = false
                        parsingQuotes = true
                    } else if byte == comma {
                        finishField()
                    } else if isNewline(byte) {
                        finishRow()
                    } else if isSpace(byte) {
                    } else {
                        parsingField = true
                        atStart = false
                        field.append(byte)
                    }
                } else if parsingField {
                    if innerQuotes {
                        guard byte == quote else { return nil }
                        field.append(byte)
                        innerQuotes = false
                    } else if byte == quote {
                        innerQuotes = true
                    } else if byte == comma {
                        atStart = true; parsingField = false; innerQuotes = false
                        finishField()
                    } else if isNewline(byte) {
                        atStart = true; parsingField = false; innerQuotes = false
                        finishRow()
                    } else {
                        field.append(byte)
                    }
                } else if parsingQuotes {
                    if innerQuotes {
                        if byte == quote {
                            field.append(byte)
                            innerQuotes = false
                        } else if byte == comma {
                            atStart = true; parsingField = false; innerQuotes = false
                            finishField()
                        } else if isNewline(byte) {
                            atStart = true; parsingQuotes = false; innerQuotes = false
                            finishRow()
                        } else if isSpace(byte) {
                        } else {
                            return nil
                        }
                    } else if byte == quote {
                        innerQuotes = true
                    } else {
                        field.append(byte)
                        if width == 2 { field.append(0x0A) }
                    }
                } else {
                    return nil
                }
            }
            if !field.isEmpty { fields.append(String(decoding: field, as: UTF8.self)) }
            if !fields.isEmpty { rows.append(fields) }
            guard let header = rows.first else { return ([], []) }
            var body = Array(rows.dropFirst())
            let width = body.map(\.count).max() ?? 0
            for index in body.indices where body[index].count < width {
                body[index] += Array(repeating: "", count: width - body[index].count)
            }
            return (header, body)
        }
    }
}
