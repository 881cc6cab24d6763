import ExileAtlas

/// One value in a report: typed, so that JSON keeps numbers as numbers and absent values
/// as null, while tables and CSV show text.
enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case number(Double, decimals: Int)
    case null

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ value: Int?) { self = value.map { .integer($0) } ?? .null }
    init(_ value: Double?, decimals: Int) { self = value.map { .number($0, decimals: decimals) } ?? .null }

    /// How the value reads in a table or a CSV cell.
    var display: String {
        switch self {
        case let .text(text): text
        case let .integer(value): String(value)
        case let .number(value, decimals): formatted(value, decimals: decimals)
        case .null: ""
        }
    }
}

/// A number with a fixed count of decimals, without locale surprises.
func formatted(_ value: Double, decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

/// One row of a report: named fields in a fixed order, and the evidence behind the row.
struct Record: Sendable {
    var fields: [(name: String, value: Cell)]
    var evidence: Evidence?

    init(_ fields: [(String, Cell)], evidence: Evidence? = nil) {
        self.fields = fields.map { (name: $0.0, value: $0.1) }
        self.evidence = evidence
    }
}

/// A titled block of records with the same fields. `key` names it in JSON.
struct Section: Sendable {
    var key: String
    var title: String?
    var records: [Record]
    /// Shown in a table when there are no records ("no exiles recorded here").
    var emptyMessage: String?
    /// A section that describes one thing (the place itself) renders as a list of
    /// "field: value" lines in a table and as a JSON object rather than an array.
    var isSingle = false
    /// Fields for programs only (ids, bounding days): in JSON and CSV, not in a table.
    var machineOnly: Set<String> = []
}

/// What a command prints: one or more sections, rendered by `ReportRenderer` as a table,
/// JSON or CSV. Commands build reports; none of them formats text itself.
struct Report: Sendable {
    var sections: [Section]
    /// Lines printed under a table (and as "notes" in JSON): caveats a reader must see.
    var notes: [String] = []
    /// Whether JSON is always an object (`{"letters": [...], "notes": [...]}`) even for a
    /// single list, for commands whose output carries notes, so its shape never varies.
    var withNotes = false

    init(_ sections: [Section], notes: [String] = []) {
        self.sections = sections
        self.notes = notes
    }

    /// A report of a single list.
    init(key: String, records: [Record], emptyMessage: String? = nil, machineOnly: Set<String> = [],
         notes: [String]? = nil) {
        self.init([Section(key: key, records: records, emptyMessage: emptyMessage, machineOnly: machineOnly)],
                  notes: notes ?? [])
        withNotes = notes != nil
    }
}
