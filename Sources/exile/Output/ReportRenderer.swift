import ExileAtlas
import Foundation

/// Renders a `Report` as a table for people, or as JSON or CSV for programs.
///
/// JSON: always an object, `{"command": ..., "format_version": ..., SECTION: ..., "notes": [...]}`,
/// with one member per section: an array of row objects, or one object for a section that
/// describes one thing (`docs/json.md`; `docs/schema/COMMAND.schema.json` for each command).
/// CSV (RFC 4180): a single-list report is a header, always, and one line per row, objects
/// flattened into `parent.member` columns; a report of several sections is in long form,
/// `section,row,field,value`, so one file holds it all.
struct ReportRenderer {
    /// The JSON format's version; it changes only when a field is renamed or removed.
    static let formatVersion = 2

    var format: OutputFormat
    var withEvidence: Bool
    /// Columns available to a table.
    var width: Int
    /// The command whose output this is (`exiles`), named in JSON.
    var command: String = "exile"
    /// Source ids to their titles, so that evidence names its source.
    var sourceNames: [String: String] = [:]

    func render(_ report: Report) -> String {
        switch format {
        case .table: table(report)
        case .json: json(report)
        case .csv: csv(report)
        }
    }

    /// The record's fields, with the evidence when asked for.
    private func fields(of record: Record) -> [(name: String, value: Cell)] {
        guard withEvidence else { return record.fields }
        return record.fields + [(name: "evidence", value: .list(record.evidence, itemKeys: Cell.evidenceKeys))]
    }

    // MARK: - Table

    private func table(_ report: Report) -> String {
        var blocks: [String] = []
        for section in report.sections {
            var lines: [String] = []
            if let title = section.title { lines.append(title) }
            if section.records.isEmpty {
                if let empty = section.emptyMessage { lines.append("  " + empty) }
            } else if section.isSingle {
                lines += single(section.records[0], hiding: section.machineOnly, indent: section.title == nil ? "" : "  ")
            } else {
                lines += grid(section.records.map { record in
                    var shown = record
                    shown.fields.removeAll { section.machineOnly.contains($0.name) }
                    return shown
                })
            }
            if !lines.isEmpty { blocks.append(lines.joined(separator: "\n")) }
        }
        blocks += report.notes.map { note in
            wrap(note, width: width - 6).enumerated().map { ($0.offset == 0 ? "note: " : "      ") + $0.element }
                .joined(separator: "\n")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `source, locator: "quote"`, wrapped under a row; prefixed by what it is evidence of.
    private func evidenceLines(_ cell: Cell, indent: String) -> [String] {
        guard case let .evidence(evidence, about) = cell else { return [] }
        let quote = evidence.quote.isEmpty ? "" : ": \u{201C}\(evidence.quote)\u{201D}"
        let subject = about.display.isEmpty ? "" : about.display + ": "
        return wrap("\(subject)\(evidence.sourceID), \(evidence.locator)\(quote)", width: width - indent.count - 2)
            .enumerated().map { indent + ($0.offset == 0 ? "\u{21B3} " : "  ") + $0.element }
    }

    private func single(_ record: Record, hiding: Set<String>, indent: String) -> [String] {
        let shown = record.fields.filter { !hiding.contains($0.name) && !$0.value.display.isEmpty }
        let labelWidth = shown.map(\.name.count).max() ?? 0
        let valueWidth = max(20, width - indent.count - labelWidth - 2)
        var lines = shown.flatMap { field -> [String] in
            let wrapped = wrap(field.value.display, width: valueWidth)
            return wrapped.enumerated().map { index, line in
                let label = index == 0 ? (field.name + ":").padding(toLength: labelWidth + 1, withPad: " ", startingAt: 0)
                                       : String(repeating: " ", count: labelWidth + 1)
                return indent + label + " " + line
            }
        }
        if withEvidence { lines += record.evidence.flatMap { evidenceLines($0, indent: indent) } }
        return lines
    }
    /// Aligned columns that fit `width`: the widest columns give way first and their cells
    /// wrap onto further lines. Evidence, when asked for, goes on an indented line under
    /// each row rather than in three more columns, so that quotes stay readable.
    private func grid(_ records: [Record]) -> [String] {
        let names = records[0].fields.map(\.name)
        let cells = records.map { $0.fields.map { $0.value.display } }
        // Widths and longest words measured once per cell (ASCII cells on bytes).
        let cellWidths = cells.map { $0.map(columnsWide) }
        var widths = names.indices.map { column in
            max(columnsWide(names[column]), cellWidths.map { $0[column] }.max() ?? 0)
        }
        let gap = 2
        // A column gives way down to its longest word (dates, ids, names stay whole), but
        // no further than 24 characters; only if that is not enough do words break.
        let floors = names.indices.map { column in
            min(24, max(columnsWide(names[column]), cells.map { longestWord($0[column]) }.max() ?? 0))
        }
        func shrink(to floor: (Int) -> Int) {
            while widths.reduce(0, +) + gap * (widths.count - 1) > width,
                  let widest = widths.indices.filter({ widths[$0] > floor($0) }).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
            }
        }
        shrink { floors[$0] }
        shrink { _ in 4 }
        func line(_ values: [[String]], row: Int) -> String {
            values.indices.map { column in
                let text = row < values[column].count ? values[column][row] : ""
                return column == values.count - 1 ? text : padded(text, to: widths[column])
            }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces()
        }
        var output = [line(names.map { [$0] }, row: 0)]
        output.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        for ((record, row), rowWidths) in zip(zip(records, cells), cellWidths) {
            let wrapped = row.indices.map { rowWidths[$0] <= widths[$0] ? [row[$0]] : wrap(row[$0], width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for index in 0..<height { output.append(line(wrapped, row: index)) }
            if withEvidence {
                output += record.evidence.flatMap { evidenceLines($0, indent: "    ") }
            }
        }
        return output
    }

    // MARK: - JSON

    private func json(_ report: Report) -> String {
        func object(_ record: Record) -> JSONValue {
            .object(fields(of: record).map { ($0.name, $0.value.json(sources: sourceNames)) })
        }
        var members: [(String, JSONValue)] = [("command", .string(command)), ("format_version", .integer(Self.formatVersion))]
        members += report.sections.map { section in
            (section.key, section.isSingle ? (section.records.first.map(object) ?? .null) : .array(section.records.map(object)))
        }
        members.append(("notes", .array(report.notes.map { .string($0) })))
        return JSONValue.object(members).serialized() + "\n"
    }

    // MARK: - CSV

    private func csv(_ report: Report) -> String {
        var lines: [String] = []
        if report.sections.count == 1 && !report.sections[0].isSingle {
            let section = report.sections[0]
            let rows = section.records.map { fields(of: $0).flatMap { $0.value.csvColumns($0.name, sources: sourceNames) } }
            var header = rows.first?.map(\.name) ?? section.header
            if rows.isEmpty && withEvidence { header += Cell.evidenceKeys.map { "evidence." + $0 } }
            lines.append(CSVField.line(header))
            for row in rows { lines.append(CSVField.line(row.map(\.value))) }
        } else {
            lines.append("section,row,field,value")
            for section in report.sections {
                for (index, record) in section.records.enumerated() {
                    for column in fields(of: record).flatMap({ $0.value.csvColumns($0.name, sources: sourceNames) }) where !column.value.isEmpty {
                        lines.append(CSVField.line([section.key, String(index + 1), column.name, column.value]))
                    }
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// How many columns a text takes: its UTF-8 length when it is ASCII (most cells: counting
/// characters walks grapheme clusters, which dominated drawing large tables), else its characters.
func columnsWide(_ text: String) -> Int {
    text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
}

/// The text padded with spaces to `width` columns (cut to it if longer, as a squeezed
/// header is).
func padded(_ text: String, to width: Int) -> String {
    let shortfall = width - columnsWide(text)
    if shortfall < 0 { return String(text.prefix(width)) }
    return shortfall > 0 ? text + String(repeating: " ", count: shortfall) : text
}

/// The length of the longest space-separated word, in columns.
func longestWord(_ text: String) -> Int {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").map(\.count).max() ?? 0 }
    var longest = 0, current = 0
    for byte in text.utf8 {
        if byte == UInt8(ascii: " ") { longest = max(longest, current); current = 0 } else { current += 1 }
    }
    return max(longest, current)
}

/// Splits text into lines of at most `width` characters, at spaces where it can.
func wrap(_ text: String, width: Int) -> [String] {
    guard columnsWide(text) > width, width > 0 else { return [text] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
        var word = Substring(word)
        while word.count > width {   // a word longer than the column is cut
            if !current.isEmpty { lines.append(current); current = "" }
            lines.append(String(word.prefix(width)))
            word = word.dropFirst(width)
        }
        if current.isEmpty {
            current = String(word)
        } else if current.count + 1 + word.count <= width {
            current += " " + word
        } else {
            lines.append(current)
            current = String(word)
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines.isEmpty ? [""] : lines
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
