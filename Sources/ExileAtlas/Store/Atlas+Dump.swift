import GRDB

/// One table written out in the import layout: its columns (the `Fixtures/` header) and
/// its rows as text, empty for NULL.
public struct TableDump: Sendable, Hashable {
    /// The table's name, which is also its file's (`place` for `place.csv`).
    public var table: String
    /// The column names, in the order of the table and of the `Fixtures/` header.
    public var columns: [String]
    /// The rows in insertion order, one value per column; nil for NULL.
    public var rows: [[String?]]
}

extension Atlas {
    /// Every table in the layout `importFiles` reads, so that a dump imports back as it was:
    /// the columns of `Fixtures/README.md` (derived date bounds and `origin` left out).
    ///
    /// ```swift
    /// let mine = try atlas.dump(userRowsOnly: true)   // a backup of what you imported
    /// ```
    /// - Parameter userRowsOnly: only rows you imported, not the shipped data set.
    public func dump(userRowsOnly: Bool = false) throws(AtlasError) -> [TableDump] {
        try read { db in
            try TableLoader.tableOrder.map { table in
                let columns = try db.columns(in: table).map(\.name).filter {
                    $0 != "origin" && !$0.hasSuffix("_earliest") && !$0.hasSuffix("_latest")
                }
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                let filter = userRowsOnly ? "WHERE origin = 'user'" : ""
                let rows = try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(table)\" \(filter) ORDER BY rowid").map { row in
                    columns.map { column -> String? in
                        switch (row[column] as DatabaseValue).storage {
                        case .null: nil
                        case let .string(text): text
                        case let .int64(number): String(number)
                        case let .double(number): "\(number)"   // shortest text that reads back exactly
                        case let .blob(data): String(decoding: data, as: UTF8.self)
                        }
                    }
                }
                return TableDump(table: table, columns: columns, rows: rows)
            }
        }
    }
}
