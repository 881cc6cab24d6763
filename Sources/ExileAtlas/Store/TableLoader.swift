import Foundation
import GRDB

/// Writes CSV tables (the `Fixtures/` layout) into the database inside the caller's
/// transaction, checking every row and locating every problem by file, line and column.
///
/// Column names come from the schema (`PRAGMA table_info`), never from the file: a header
/// names columns, the loader checks each against the schema, and values are always bound.
struct TableLoader {
    /// The tables in an order that lets rows refer to earlier tables (foreign keys are
    /// deferred anyway, so the order only makes problems read naturally).
    static let tableOrder = [
        "source", "place", "place_candidate", "place_name", "person", "person_name", "person_role", "exile",
        "attestation", "journey", "journey_traveller", "leg", "link", "mode_speed", "letter", "letter_party", "tally", "contact",
        "channel", "claim", "authority", "letter_link",
    ]

    /// EDTF columns; each `c` has derived `c_earliest` and `c_latest` where the table has them.
    static let dateColumns: [String: [String]] = [
        "place_name": ["period"], "person": ["born", "died"], "exile": ["period"], "attestation": ["date"], "claim": ["moment"],
        "journey": ["period"], "leg": ["departed", "arrived"], "link": ["valid"],
        "letter": ["date"], "letter_link": ["received"], "tally": ["period"], "contact": ["period"], "channel": ["period"],
    ]

    /// The longest field the atlas takes: quotes and notes are short by design, and a
    /// runaway field is nearly always a broken file.
    static let maximumFieldBytes = 1_000_000

    /// Tables whose rows are parts of another row's fact and carry no evidence of their own
    /// (a letter's senders and addressees share the letter's).
    static let withoutEvidence: Set<String> = ["letter_party"]

    /// Tables whose ids a claim may name in `subject`.
    static let claimSubjects = ["place", "person", "exile", "journey", "leg", "letter", "link", "channel"]

    private struct Column {
        var name: String
        var type: String
        var required: Bool
        /// Whether NULL is refused (with or without a default).
        var notNull: Bool
        /// Position in the primary key (1-based), 0 if not part of it.
        var keyPosition: Int
        /// The schema's default, as a value (`'certain'` → "certain", `1` → 1), if any.
        var defaultValue: DatabaseValueConvertible? = nil
    }

    /// What to do with a row whose key is already in the database.
    enum ExistingRows {
        /// Leave the existing row (a user's row wins over a shipped one).
        case keep
        /// Report a row that differs as a problem; an identical one is left as it is.
        case report
        /// Update a row that differs.
        case replace
    }

    /// How many rows of a table were added, left as they were, or updated.
    struct Tally: Sendable, Hashable {
        var added = 0
        var unchanged = 0
        var updated = 0
    }

    let db: Database
    let origin: String
    let existing: ExistingRows
    private(set) var problems: [DataProblem] = []
    /// Rows added, unchanged and updated, per table.
    private(set) var counts: [String: Tally] = [:]
    /// Where each written row came from, to locate problems found after writing.
    private var rowOrigins: [String: [Int64: (file: String, line: Int)]] = [:]
    /// Each file's header, to give a problem found after writing the column it is in.
    private var headers: [String: [String]] = [:]
    /// The keys seen so far in this load, per table, to report duplicates (a composite key's
    /// fields joined by U+001F, which no id holds).
    private var seenKeys: [String: [String: (file: String, line: Int)]] = [:]
    /// EDTF texts already parsed in this load: dates repeat a great deal (a million letters
    /// fall on some fifteen thousand days), and parsing is a pure function of the text.
    private var parsedDates: [String: ParsedDate] = [:]
    /// The statement that fetches a stored row by key, per table (used only on a conflict).
    private var existingStatements: [String: Statement] = [:]

    private enum ParsedDate {
        case valid(earliest: String, latest: String)
        case invalid(String)
    }

    init(db: Database, origin: String, existing: ExistingRows = .keep) {
        self.db = db
        self.origin = origin
        self.existing = existing
    }

    // MARK: - Loading

    /// Writes the records of one CSV table; problems are collected, not thrown.
    mutating func load(_ csv: CSVTable) throws {
        let table = csv.table
        guard Self.tableOrder.contains(table) else {
            problems.append(DataProblem(file: csv.file, line: 1, column: 1, message:
                "\"\(table)\" is not a table of the atlas; name the file after one of: \(Self.tableOrder.joined(separator: ", "))"))
            return
        }
        let schema = try columns(of: table)
        guard checkHeader(csv, table: table, schema: schema) else { return }
        headers[csv.file] = csv.header

        let dates = Self.dateColumns[table] ?? []
        var insertColumns = csv.header + ["origin"]
        for date in dates where csv.header.contains(date) && schema[date + "_earliest"] != nil {
            insertColumns += [date + "_earliest", date + "_latest"]
        }
        let columnList = insertColumns.map { "\"\($0)\"" }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: insertColumns.count).joined(separator: ", ")
        let statement = try db.cachedStatement(sql:
            "INSERT INTO \"\(table)\" (\(columnList)) VALUES (\(placeholders)) ON CONFLICT DO NOTHING")

        let keyColumns = schema.values.filter { $0.keyPosition > 0 }.sorted { $0.keyPosition < $1.keyPosition }
            .compactMap { column in csv.header.firstIndex(of: column.name) }
        let fields = csv.header.map { name in
            Field(name: name, column: schema[name]!, isDate: dates.contains(name))
        }
        let derived = dates.compactMap { date in
            schema[date + "_earliest"] != nil ? csv.header.firstIndex(of: date).map { (date, $0) } : nil
        }
        var tally = counts[table] ?? Tally()
        var seen = seenKeys[table] ?? [:]
        var origins = rowOrigins[table] ?? [:]
        seen.reserveCapacity(seen.count + csv.records.count)
        origins.reserveCapacity(origins.count + csv.records.count)
        defer {
            counts[table] = tally
            seenKeys[table] = seen
            rowOrigins[table] = origins
        }
        for (index, record) in csv.records.enumerated() {
            let line = csv.lines[index]
            guard record.count == csv.header.count else {
                problems.append(DataProblem(file: csv.file, line: line, column: 1, message:
                    "this row has \(record.count) fields but the header has \(csv.header.count); quote any field that holds a comma"))
                continue
            }
            let keyText = keyColumns.count == 1 ? record[keyColumns[0]] : keyColumns.map { record[$0] }.joined(separator: "\u{1F}")
            if let first = seen[keyText] {
                problems.append(DataProblem(file: csv.file, line: line, column: (keyColumns.first ?? 0) + 1, message:
                    "\(keyColumns.map { record[$0] }.joined(separator: ", ")) is already used at line \(first.line) of \(first.file); ids must be unique"))
                continue
            }
            seen[keyText] = (csv.file, line)
            guard let values = convert(record, csv: csv, line: line, fields: fields) else { continue }
            var row = values
            row.reserveCapacity(values.count + 1 + 2 * derived.count)
            row.append(origin)
            for (_, position) in derived {
                if case let .valid(earliest, latest)? = record[position].isEmpty ? nil : parsedDates[record[position]] {
                    row.append(earliest)
                    row.append(latest)
                } else {
                    row.append(nil)
                    row.append(nil)
                }
            }
            do {
                // Insert first: a new key (the usual case) costs one statement. Only a row whose
                // key is taken is compared with the stored one.
                try statement.execute(arguments: StatementArguments(row))
                if db.changesCount > 0 {
                    origins[db.lastInsertedRowID] = (csv.file, line)
                    tally.added += 1
                    continue
                }
                guard existing != .keep, let current = try existingRow(table, keyNames: keyColumns.map { csv.header[$0] },
                                                                      key: keyColumns.map { values[$0] }, columns: insertColumns) else { continue }
                var comparable = row
                comparable.remove(at: values.count)   // origin is not compared
                let same = zip(current.values, comparable).allSatisfy { $0 == ($1?.databaseValue ?? .null) }
                if same {
                    tally.unchanged += 1
                } else if existing == .report {
                    problems.append(DataProblem(file: csv.file, line: line, column: (keyColumns.first ?? 0) + 1, message:
                        "\(keyColumns.map { record[$0] }.joined(separator: ", ")) is already in the database with other values; import with --replace to update it, or give this row a new id"))
                } else {
                    let assignments = insertColumns.filter { $0 != "origin" }.map { "\"\($0)\" = ?" }.joined(separator: ", ")
                    try db.execute(sql: "UPDATE \"\(table)\" SET \(assignments), origin = ? WHERE rowid = ?",
                                   arguments: StatementArguments(comparable + [origin, current.rowid]))
                    origins[current.rowid] = (csv.file, line)
                    tally.updated += 1
                }
            } catch let error as DatabaseError {
                problems.append(describe(error, csv: csv, line: line, table: table))
            }
        }
    }

    /// A column of the file with what converting its cells needs, looked up once per file.
    private struct Field {
        var name: String
        var column: Column
        var isDate: Bool
    }

    /// The row already stored under this key: its rowid and its values for `columns`
    /// (without `origin`), in order.
    private mutating func existingRow(_ table: String, keyNames: [String], key: [DatabaseValueConvertible?],
                                      columns: [String]) throws -> (rowid: Int64, values: [DatabaseValue])? {
        let selected = columns.filter { $0 != "origin" }
        let condition = keyNames.map { "\"\($0)\" = ?" }.joined(separator: " AND ")
        let sql = "SELECT rowid, \(selected.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \"\(table)\" WHERE \(condition)"
        let statement: Statement
        if let cached = existingStatements[sql] { statement = cached } else {
            statement = try db.makeStatement(sql: sql)
            existingStatements[sql] = statement
        }
        guard let found = try Row.fetchOne(statement, arguments: StatementArguments(key)) else { return nil }
        return (found["rowid"], selected.map { found[$0] as DatabaseValue })
    }

    /// Checks what only the whole data set can tell: references between rows (deferred
    /// foreign keys) and claims naming their subject. Call after every table is loaded.
    mutating func checkReferences() throws {
        let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        for violation in violations {
            let table: String = violation["table"]
            let rowid: Int64? = violation["rowid"]
            let parent: String = violation["parent"]
            let keyIndex: Int = violation["fkid"]
            let key = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\"\(table)\")")
                .first { ($0["id"] as Int) == keyIndex }
            let column: String = key?["from"] ?? "?"
            let value = try rowid.flatMap {
                try String.fetchOne(db, sql: "SELECT \"\(column)\" FROM \"\(table)\" WHERE rowid = ?", arguments: [$0])
            } ?? "?"
            let message = "\(column) \"\(value)\" names no \(parent); add that \(parent) to \(parent).csv or correct the id"
            problems.append(locate(table: table, rowid: rowid, column: column, message: message))
        }
        // A fact that cites a text must quote it: the quote is what lets a reader check it.
        for (table, origins) in rowOrigins where table != "source" && !Self.withoutEvidence.contains(table) {
            let rows = try Row.fetchAll(db, sql: """
                SELECT "\(table)".rowid AS rowid FROM "\(table)" JOIN source ON source.id = "\(table)".source_id
                WHERE source.kind = 'text' AND "\(table)".quote = ''
                """)
            for row in rows where origins[row["rowid"] as Int64] != nil {
                problems.append(locate(table: table, rowid: row["rowid"], column: "quote", message:
                    "this row cites a text source but its quote is empty; copy the source's exact words into quote"))
            }
        }
        // A stated end's own evidence must quote its text too.
        if let origins = rowOrigins["exile"] {
            for end in ["start", "end"] {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT exile.rowid AS rowid FROM exile JOIN source ON source.id = exile.\(end)_source_id
                    WHERE source.kind = 'text' AND coalesce(exile.\(end)_quote, '') = ''
                    """)
                for row in rows where origins[row["rowid"] as Int64] != nil {
                    problems.append(locate(table: "exile", rowid: row["rowid"], column: "\(end)_quote", message:
                        "this row's \(end) cites a text source but \(end)_quote is empty; copy the source's exact words into it"))
                }
            }
            // An end no source gives is written open or uncertain, never as a firm date.
            for row in try Row.fetchAll(db, sql: "SELECT rowid, * FROM exile WHERE start_basis <> 'stated' OR end_basis <> 'stated'")
            where origins[row["rowid"] as Int64] != nil {
                for problem in try Exile(row: row).boundProblems {
                    problems.append(locate(table: "exile", rowid: row["rowid"], column: problem.column, message: problem.message))
                }
            }
        }
        for entity in ["person", "place"] {
            let orphans = try Row.fetchAll(db, sql: """
                SELECT rowid, entity_id FROM authority
                WHERE entity = ? AND NOT EXISTS (SELECT 1 FROM "\(entity)" WHERE id = authority.entity_id)
                """, arguments: [entity])
            for orphan in orphans where rowOrigins["authority"]?[orphan["rowid"] as Int64] != nil {
                let id: String = orphan["entity_id"]
                problems.append(locate(table: "authority", rowid: orphan["rowid"], column: "entity_id", message:
                    "entity_id \"\(id)\" names no \(entity); correct the id or the entity"))
            }
        }
        for subject in Self.claimSubjects {
            let orphans = try Row.fetchAll(db, sql: """
                SELECT rowid, subject_id FROM claim
                WHERE subject = ? AND NOT EXISTS (SELECT 1 FROM "\(subject)" WHERE id = claim.subject_id)
                """, arguments: [subject])
            for orphan in orphans {
                let id: String = orphan["subject_id"]
                problems.append(locate(table: "claim", rowid: orphan["rowid"], column: "subject_id", message:
                    "subject_id \"\(id)\" names no \(subject); correct the id or the subject"))
            }
        }
    }

    // MARK: - Steps

    private func columns(of table: String) throws -> [String: Column] {
        var result: [String: Column] = [:]
        for row in try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(table)\")") {
            let name: String = row["name"]
            let notNull: Bool = row["notnull"]
            let hasDefault = (row["dflt_value"] as String?) != nil
            var column = Column(name: name, type: row["type"], required: notNull && !hasDefault,
                                notNull: notNull, keyPosition: row["pk"])
            if let literal = row["dflt_value"] as String? {
                if literal.hasPrefix("'"), literal.hasSuffix("'"), literal.count >= 2 {
                    column.defaultValue = String(literal.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
                } else {
                    column.defaultValue = Int64(literal) ?? Double(literal)
                }
            }
            result[name] = column
        }
        return result
    }

    private static func isDerived(_ column: String) -> Bool {
        column == "origin" || column.hasSuffix("_earliest") || column.hasSuffix("_latest")
    }

    private mutating func checkHeader(_ csv: CSVTable, table: String, schema: [String: Column]) -> Bool {
        let allowed = schema.keys.filter { !Self.isDerived($0) }
        let ordered = (try? Row.fetchAll(db, sql: "PRAGMA table_info(\"\(table)\")"))?
            .map { $0["name"] as String }.filter { !Self.isDerived($0) } ?? allowed.sorted()
        let before = problems.count
        if csv.header.isEmpty || csv.header == [""] {
            problems.append(DataProblem(file: csv.file, line: 1, column: 1, message:
                "the file is empty; it needs a header row: \(ordered.joined(separator: ","))"))
            return false
        }
        var seen = Set<String>()
        for (index, name) in csv.header.enumerated() {
            if !allowed.contains(name) {
                problems.append(DataProblem(file: csv.file, line: 1, column: index + 1, message:
                    "\"\(name)\" is not a column of \(table); the columns are \(ordered.joined(separator: ","))"))
            } else if !seen.insert(name).inserted {
                problems.append(DataProblem(file: csv.file, line: 1, column: index + 1, message:
                    "column \"\(name)\" appears twice; keep one"))
            }
        }
        for name in ordered where schema[name]?.required == true && !seen.contains(name) {
            problems.append(DataProblem(file: csv.file, line: 1, column: csv.header.count + 1, message:
                "the required column \"\(name)\" is missing; add it to the header"))
        }
        return problems.count == before
    }

    /// The record's values typed for the schema (empty cell = NULL), or nil after noting a problem.
    /// Each date is parsed once per load and remembered for `load`'s derived columns.
    private mutating func convert(_ record: [String], csv: CSVTable, line: Int,
                                  fields: [Field]) -> [DatabaseValueConvertible?]? {
        var values: [DatabaseValueConvertible?] = []
        values.reserveCapacity(fields.count + 5)
        var ok = true
        for (index, field) in fields.enumerated() {
            let text = record[index]
            let name = field.name, column = field.column
            if text.utf8.count > Self.maximumFieldBytes {
                problems.append(DataProblem(file: csv.file, line: line, column: index + 1, message:
                    "\(name) is \(text.utf8.count) bytes long; a field may hold at most \(Self.maximumFieldBytes) (put long texts elsewhere and cite them)"))
                ok = false
                continue
            }
            if text.isEmpty {
                // An empty cell is NULL; where the schema refuses NULL it is the column's
                // default (a certainty left empty is 'certain', a quote ''), else the empty string.
                values.append(column.notNull ? column.defaultValue ?? (column.type == "TEXT" ? "" : nil) : nil)
                continue
            }
            switch column.type {
            case "INTEGER":
                if let number = Int64(text.trimmingCharacters(in: .whitespaces)) { values.append(number) } else {
                    problems.append(DataProblem(file: csv.file, line: line, column: index + 1, message:
                        "\(name) must be a whole number, not \"\(text.prefix(40))\""))
                    ok = false
                }
            case "REAL":
                if let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite { values.append(number) } else {
                    problems.append(DataProblem(file: csv.file, line: line, column: index + 1, message:
                        "\(name) must be a number (a dot for decimals), not \"\(text.prefix(40))\""))
                    ok = false
                }
            default:
                if field.isDate {
                    let parsed: ParsedDate
                    if let known = parsedDates[text] { parsed = known } else {
                        do {
                            let date = try HistoricalDate(parsing: text)
                            parsed = .valid(earliest: date.earliest.iso, latest: date.latest.iso)
                        } catch {
                            parsed = .invalid("\(error)")
                        }
                        parsedDates[text] = parsed
                    }
                    if case let .invalid(reason) = parsed {
                        problems.append(DataProblem(file: csv.file, line: line, column: index + 1, message:
                            "\(name): \(reason)"))
                        ok = false
                    }
                }
                values.append(text)
            }
        }
        return ok ? values : nil
    }

    /// Turns an SQLite constraint message into a located, readable problem.
    private func describe(_ error: DatabaseError, csv: CSVTable, line: Int, table: String) -> DataProblem {
        let message = error.message ?? "\(error)"
        let column = csv.header.firstIndex { message.contains($0) }.map { $0 + 1 } ?? 1
        let detail: String
        if message.hasPrefix("CHECK constraint failed: ") {
            let rule = message.dropFirst("CHECK constraint failed: ".count)
            detail = "this row breaks the rule \(rule); correct the value (see Fixtures/README.md for what \(table) allows)"
        } else if message.hasPrefix("NOT NULL constraint failed: ") {
            let name = message.split(separator: ".").last.map(String.init) ?? message
            detail = "\(name) is required; fill it in"
        } else {
            detail = "\(message); correct this row"
        }
        return DataProblem(file: csv.file, line: line, column: column, message: detail)
    }

    private func locate(table: String, rowid: Int64?, column: String, message: String) -> DataProblem {
        if let rowid, let place = rowOrigins[table]?[rowid] {
            // The column's position in the file; a column the file leaves out is reported at
            // the row's start.
            let position = headers[place.file]?.firstIndex(of: column).map { $0 + 1 } ?? 1
            return DataProblem(file: place.file, line: place.line, column: position, message: message)
        }
        return DataProblem(file: "\(table) (already in the database)", line: Int(rowid ?? 0), column: 1, message: message)
    }
}
