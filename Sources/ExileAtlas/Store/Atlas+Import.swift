import Foundation
import GRDB

/// What an import did, or would do: rows added, unchanged and updated per table.
public struct ImportSummary: Sendable, Hashable {
    /// The counts of one table.
    public struct TableCounts: Sendable, Hashable {
        /// The table's name (`place`, `letter`).
        public var table: String
        /// Rows whose id was new.
        public var added: Int
        /// Rows already in the database with the same values, left alone.
        public var unchanged: Int
        /// Rows already in the database with other values, overwritten because `replace` was given.
        public var updated: Int
    }
    /// One entry per table the import touched, in the order the atlas loads tables.
    public var tables: [TableCounts]
    /// True when nothing was written (`--dry-run`).
    public var dryRun: Bool
}

extension Atlas {
    /// Imports files (CSV tables in the `Fixtures/` layout, JSON tables, CMIF letters, Linked
    /// Places) as user data, all or nothing.
    ///
    /// Everything is validated before anything is kept: columns, types, ranges, EDTF dates,
    /// enumerations, duplicate ids, references to places and people in the files or the
    /// database. One transaction holds the whole import; on any problem it is rolled back
    /// and every problem is reported, located by file, line and column. A row whose id is
    /// already in the database is left alone if identical, reported as a conflict if not,
    /// or updated with `replace`. Imported rows are user rows: rebuilding the shipped
    /// fixtures never drops them.
    ///
    /// ```swift
    /// let summary = try atlas.importFiles([URL(fileURLWithPath: "decembrists")], dryRun: true)
    /// ```
    /// - Parameters:
    ///   - paths: the files to import (CSV tables named after their table, JSON tables, CMIF
    ///     letters, Linked Places), or folders of CSV files.
    ///   - replace: update rows whose id exists with other values.
    ///   - dryRun: validate and count, then roll back.
    ///   - format: how to read the files; `.auto` goes by extension and content (a TEI
    ///     file is CMIF, a FeatureCollection Linked Places).
    ///   - geonames: the offline GeoNames extract that locates imported places named by a
    ///     GeoNames URI; without it they stay unlocated, saying why.
    /// - Throws: `AtlasError.invalidData` with every problem; the database is unchanged.
    public func importFiles(_ paths: [URL], replace: Bool = false, dryRun: Bool = false, format: ImportFormat = .auto,
                            geonames: GeoNamesExtract? = nil) throws(AtlasError) -> ImportSummary {
        var context = try importContext()
        return try importTables(ImportFiles.read(paths, format: format, context: &context, geonames: geonames),
                                replace: replace, dryRun: dryRun)
    }

    /// Imports CSV texts held in memory, each named like a file (`place.csv`), with the
    /// same checks and guarantees as `importFiles`.
    ///
    /// ```swift
    /// try atlas.importCSV([("person.csv", "id,name,source_id,locator\nvolkonsky,...")], dryRun: true)
    /// ```
    public func importCSV(_ files: [(name: String, text: String)], replace: Bool = false,
                          dryRun: Bool = false) throws(AtlasError) -> ImportSummary {
        var tables: [CSVTable] = []
        var problems: [DataProblem] = []
        for file in files {
            do { tables.append(try CSVTable(file: file.name, text: file.text)) } catch {
                if case let .invalidData(found) = error { problems += found } else { throw error }
            }
        }
        if !problems.isEmpty { throw .invalidData(problems) }
        return try importTables(tables, replace: replace, dryRun: dryRun)
    }

    /// Imports a JSON document held in memory (the shapes `importFiles` reads from `.json`),
    /// named like the file it came from (`person.json`).
    public func importJSON(_ data: Data, name: String, replace: Bool = false,
                           dryRun: Bool = false) throws(AtlasError) -> ImportSummary {
        try importTables(ImportFiles.jsonTables(file: name, data: data), replace: replace, dryRun: dryRun)
    }

    func importTables(_ tables: [CSVTable], replace: Bool, dryRun: Bool) throws(AtlasError) -> ImportSummary {
        var problems: [DataProblem] = []
        var summary = ImportSummary(tables: [], dryRun: dryRun)
        try perform {
            try writer.writeWithoutTransaction { db in
                // A large import rewrites the same index pages many times over: with SQLite's
                // default page cache (2 MiB) most of its time goes to evicting and re-reading
                // them. Up to 256 MiB while importing (allocated only as pages are used), then
                // back to what it was.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -262144")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                    var loader = TableLoader(db: db, origin: "user", existing: replace ? .replace : .report)
                    for table in tables { try loader.load(table) }
                    try loader.checkReferences()
                    problems = loader.problems
                    if problems.isEmpty && !dryRun { try Self.refreshNameIndex(db) }
                    summary.tables = TableLoader.tableOrder.compactMap { name in
                        loader.counts[name].map { ImportSummary.TableCounts(table: name, added: $0.added, unchanged: $0.unchanged, updated: $0.updated) }
                    }
                    return problems.isEmpty && !dryRun ? .commit : .rollback
                }
            }
        }
        if !problems.isEmpty { throw .invalidData(problems) }
        return summary
    }
}
