import Foundation

/// What went wrong in the atlas, said so that a user can act on it.
///
/// Every case renders as one sentence: what was wrong, where, and what to do.
///
/// ```swift
/// do { _ = try Atlas.open(at: url) }
/// catch let error as AtlasError { print("error: \(error)") }
/// ```
public enum AtlasError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file is not an SQLite database (or is damaged beyond reading).
    case notADatabase(path: String, detail: String)
    /// The database was written by a newer version of the schema than this binary knows.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The database could not be opened or written.
    case cannotOpen(path: String, detail: String)
    /// Another process holds the database's write lock for longer than the busy timeout.
    case busy(path: String)
    /// A problem in a data file, located by file, line and column.
    case invalidData([DataProblem])
    /// An SQLite error that no other case describes.
    case database(String)

    /// How many data problems a message lists before it counts the rest.
    public static let problemsShown = 50

    /// The error as one sentence for the terminal: what was wrong, where, and what to do; for
    /// invalid data, one line per problem, the first `problemsShown` of them.
    public var description: String {
        switch self {
        case let .notADatabase(path, detail):
            "\(path) is not an Exile Atlas database (\(detail)); point --db at another file, or move this one away to let exile build a new one"
        case let .newerSchema(path, found, supported):
            "\(path) was written by a newer Exile Atlas (schema version \(found); this binary knows up to \(supported)); use a newer exile, or another --db"
        case let .cannotOpen(path, detail):
            "cannot open the database \(path) (\(detail)); check that its folder exists and is writable, or choose another with --db"
        case let .busy(path):
            "the database \(path) is busy (another exile is writing to it); try again when it has finished"
        case let .invalidData(problems):
            // The first problems are the ones to fix first; later ones often follow from them.
            (problems.prefix(Self.problemsShown).map(\.description)
                + (problems.count > Self.problemsShown ? ["... and \(problems.count - Self.problemsShown) more problems"] : []))
                .joined(separator: "\n")
        case let .database(detail):
            "database error: \(detail)"
        }
    }
}

/// One problem in a data file: `file:line:column: what is wrong; what to do`.
public struct DataProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (`place.csv`, `letters.xml`).
    public var file: String
    /// The 1-based line; 0 for a problem with the file as a whole. A JSON record's number stands
    /// for the line.
    public var line: Int
    /// The 1-based column: for CSV and JSON tables the number of the field, for CMIF and Linked
    /// Places files the column in characters.
    public var column: Int
    /// What is wrong and what to do about it (`this row has 9 fields but the header has 10; quote
    /// any field that holds a comma`).
    public var message: String

    /// Creates a problem; give `line` 0 for one that concerns the whole file.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file; self.line = line; self.column = column; self.message = message
    }

    /// `file:line:column: message`, or `file: message` for a problem with the file as a whole.
    public var description: String { line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)" }
}
