import ExileAtlas
import Foundation

/// One value in a report: typed, so that JSON keeps numbers as numbers, absent values as
/// null and structured values (a place, a date, a range) as objects, while a table shows
/// text and CSV flattens objects into `parent.member` columns.
indirect enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A quantity, rounded to `decimals` in every format (0 decimals prints an integer).
    case number(Double, decimals: Int)
    case bool(Bool)
    case null
    /// A JSON array; a table joins the items' text with ", ", CSV with "; ".
    case list([Cell], itemKeys: [String])
    /// A JSON object; `display` is how a table shows it.
    case object([Member], display: String)
    /// An object that is absent (JSON null) but whose CSV columns still exist: `keys` are its
    /// members' paths (`id`, `name`; `source.id` ...), so a header never depends on the data.
    /// A table shows `display` ("unknown" for a place no source gives).
    case absent(keys: [String], display: String = "")
    /// Evidence: `{"source": {"id", "name"}, "locator", "quote", "about"}`, the source named
    /// by the renderer; `about` is what it is evidence of, when a row rests on several records.
    case evidence(Evidence, about: Cell)
    /// A value a table shows as `display` (a list of letter parties joined with "; "), while
    /// JSON and CSV give the value itself.
    case shown(Cell, display: String)

    /// One member of an object cell.
    struct Member: Sendable, Equatable {
        var name: String
        var value: Cell
    }

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ value: Int?) { self = value.map { .integer($0) } ?? .null }
    init(_ value: Double?, decimals: Int) { self = value.map { .number($0, decimals: decimals) } ?? .null }
    init(_ value: Bool?) { self = value.map { .bool($0) } ?? .null }

    /// An object from named cells, shown in a table as `display`.
    static func object(_ members: [(String, Cell)], display: String) -> Cell {
        .object(members.map { Member(name: $0.0, value: $0.1) }, display: display)
    }

    /// How the value reads in a table.
    var display: String {
        switch self {
        case let .text(text): text
        case let .integer(value): String(value)
        case let .number(value, decimals): formatted(value, decimals: decimals)
        case let .bool(value): value ? "yes" : "no"
        case .null: ""
        case let .absent(_, display): display
        case let .evidence(evidence, _): "\(evidence.sourceID), \(evidence.locator)"
        case let .list(items, _): items.map(\.display).joined(separator: ", ")
        case let .object(_, display): display
        case let .shown(_, display): display
        }
    }

    /// The value's CSV columns: one for a scalar or a list of scalars, one per member path for
    /// an object (`person.id`, `person.name`), and for a list of objects one per member, the
    /// items' values joined with "; ".
    func csvColumns(_ name: String, sources: [String: String]) -> [(name: String, value: String)] {
        switch self {
        case let .object(members, _):
            return members.flatMap { $0.value.csvColumns(name + "." + $0.name, sources: sources) }
        case let .absent(keys, _):
            return keys.map { (name: name + "." + $0, value: "") }
        case .evidence:
            return expanded(sources).csvColumns(name, sources: sources)
        case let .shown(value, _):
            return value.csvColumns(name, sources: sources)
        case let .list(items, itemKeys) where !itemKeys.isEmpty:
            let columns = items.map { item in
                Dictionary(item.csvColumns("", sources: sources).map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            }
            return itemKeys.map { key in
                (name: name + "." + key, value: columns.map { $0["." + key] ?? "" }.joined(separator: "; "))
            }
        case let .list(items, _):
            return [(name: name, value: items.map(\.csvText).joined(separator: "; "))]
        default:
            return [(name: name, value: csvText)]
        }
    }

    /// A scalar as CSV writes it: numbers as in JSON, booleans as true/false.
    private var csvText: String {
        switch self {
        case let .bool(value): value ? "true" : "false"
        default: display
        }
    }

    /// The members of evidence, as CSV columns.
    static let evidenceKeys = ["source.id", "source.name", "locator", "quote", "about.id", "about.name"]

    /// Evidence as the object it is in JSON, its source named from `sources` (id to title).
    private func expanded(_ sources: [String: String]) -> Cell {
        guard case let .evidence(evidence, about) = self else { return self }
        return .object([
            ("source", .entity(id: evidence.sourceID, name: sources[evidence.sourceID] ?? evidence.sourceID)),
            ("locator", .text(evidence.locator)),
            ("quote", Cell(evidence.quote.isEmpty ? nil : evidence.quote)),
            ("about", about),
        ], display: display)
    }

    /// The value in JSON; evidence names its source from `sources` (id to title).
    func json(sources: [String: String]) -> JSONValue {
        switch self {
        case .evidence: expanded(sources).json(sources: sources)
        case let .shown(value, _): value.json(sources: sources)
        case let .text(text): .string(text)
        case let .integer(value): .integer(value)
        case let .number(value, decimals): decimals == 0 && abs(value) < 9e15 ? .integer(Int(value.rounded())) : .number(rounded(value, decimals: decimals))
        case let .bool(value): .bool(value)
        case .null, .absent: .null
        case let .list(items, _): .array(items.map { $0.json(sources: sources) })
        case let .object(members, _): .object(members.map { ($0.name, $0.value.json(sources: sources)) })
        }
    }
}

/// A number with a fixed count of decimals, without locale surprises.
func formatted(_ value: Double, decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

/// A number rounded to a count of decimals, so that JSON states the precision the docs give
/// (km to 0.1, degrees to 0.0001) rather than every binary digit.
func rounded(_ value: Double, decimals: Int) -> Double {
    guard value.isFinite else { return value }
    let scale = pow(10, Double(decimals))
    return (value * scale).rounded() / scale
}

/// One row of a report: named fields in a fixed order, and the evidence behind the row.
struct Record: Sendable {
    var fields: [(name: String, value: Cell)]
    /// What the row rests on: `.evidence` cells, shown with `--evidence`.
    var evidence: [Cell]

    init(_ fields: [(String, Cell)], evidence: Evidence? = nil) {
        self.fields = fields.map { (name: $0.0, value: $0.1) }
        self.evidence = evidence.map { [.evidence($0)] } ?? []
    }

    /// A row resting on several records: each `.evidence(_, about:)` names its record.
    init(_ fields: [(String, Cell)], evidence: [Cell]) {
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
    /// The CSV header of a list with no records (`person.id`, `person.name`, ...): the
    /// columns its records would have. A test compares it with a full list's header.
    var header: [String] = []
}

/// What a command prints: one or more sections, rendered by `ReportRenderer` as a table,
/// JSON or CSV. Commands build reports; none of them formats text itself.
struct Report: Sendable {
    var sections: [Section]
    /// Lines printed under a table (and as "notes" in JSON): caveats a reader must see.
    var notes: [String] = []

    init(_ sections: [Section], notes: [String] = []) {
        self.sections = sections
        self.notes = notes
    }

    /// A report of a single list.
    init(key: String, records: [Record], emptyMessage: String? = nil, machineOnly: Set<String> = [],
         header: [String] = [], notes: [String] = []) {
        self.init([Section(key: key, records: records, emptyMessage: emptyMessage, machineOnly: machineOnly,
                           header: header)], notes: notes)
    }
}
