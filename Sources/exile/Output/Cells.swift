import ExileAtlas

/// The one JSON shape of each concept (docs/json.md): every command builds its cells here,
/// so a place, a date or a range reads the same in every command's output.
extension Cell {
    /// A person, group, place, journey, letter or source: `{"id": ..., "name": ...}`; a table
    /// shows the name. Absent (null) when there is neither.
    static func entity(id: String?, name: String?) -> Cell {
        guard id != nil || name != nil else { return .absent(keys: entityKeys) }
        return .object([("id", Cell(id)), ("name", Cell(name ?? id))], display: name ?? id ?? "")
    }

    /// The members of an entity.
    static let entityKeys = ["id", "name"]

    /// A list of entities: an array of `{"id", "name"}`; CSV columns `key.id` and `key.name`,
    /// the items joined with "; ".
    static func entities(_ items: [(id: String?, name: String)]) -> Cell {
        .list(items.map { entity(id: $0.id, name: $0.name) }, itemKeys: entityKeys)
    }

    /// A date: `{"edtf": "1928-06~", "earliest": "1928-06-01", "latest": "1928-06-30"}`, the
    /// first and last day it can mean (null for an open end); a table shows the EDTF string.
    static func date(_ date: HistoricalDate?) -> Cell {
        guard let date else { return .absent(keys: dateKeys) }
        return .object([
            ("edtf", .text(date.edtf)),
            ("earliest", Cell(date.earliest == .distantPast ? nil : date.earliest.iso)),
            ("latest", Cell(date.latest == .distantFuture ? nil : date.latest.iso)),
        ], display: date.edtf)
    }

    /// The members of a date.
    static let dateKeys = ["edtf", "earliest", "latest"]

    /// A range of quantities: `{"min": 5, "max": 9}`; a table shows "5-9", or one number
    /// when both ends agree. Absent when neither end is known.
    static func range(_ min: Double?, _ max: Double?, decimals: Int) -> Cell {
        guard min != nil || max != nil else { return .absent(keys: rangeKeys) }
        let low = min.map { formatted($0, decimals: decimals) } ?? "?"
        let high = max.map { formatted($0, decimals: decimals) } ?? "?"
        return .object([("min", Cell(min, decimals: decimals)), ("max", Cell(max, decimals: decimals))],
                       display: low == high ? low : "\(low)-\(high)")
    }

    /// The members of a range.
    static let rangeKeys = ["min", "max"]

    /// Evidence that is the row's own (not about another record).
    static func evidence(_ evidence: Evidence?) -> Cell {
        evidence.map { .evidence($0, about: .absent(keys: entityKeys)) } ?? .absent(keys: evidenceKeys)
    }

    /// A position: `{"latitude": 43.2567, "longitude": 76.9286}`, degrees to 0.0001; a table
    /// shows "43.2567, 76.9286", or `unlocated`.
    static func coordinates(_ coordinate: Coordinate?, unlocated: String = "unlocated") -> Cell {
        guard let coordinate else { return .absent(keys: coordinateKeys, display: unlocated) }
        return .object([("latitude", Cell(coordinate.latitude, decimals: Decimals.degrees)),
                        ("longitude", Cell(coordinate.longitude, decimals: Decimals.degrees))],
                       display: formatted(coordinate.latitude, decimals: Decimals.degrees) + ", "
                           + formatted(coordinate.longitude, decimals: Decimals.degrees))
    }

    /// A sender or addressee of a letter, or a stop of a relay chain: `{"person": {"id",
    /// "name"} or null, "place": {"id", "name"} or null, "name": "Leon Trotsky (Alma Ata)",
    /// "uncertain": false}`, so a script can join it to `people` and `places`. `name` is how
    /// it reads ("Leon Trotsky (Alma Ata)", "a friend"); a table shows it, with "(?)" when
    /// the identification is uncertain.
    static func party(person: (id: String, name: String)?, place: (id: String, name: String)?, name: String,
                      uncertain: Bool = false) -> Cell {
        .object([
            ("person", person.map { entity(id: $0.id, name: $0.name) } ?? .absent(keys: entityKeys)),
            ("place", place.map { entity(id: $0.id, name: $0.name) } ?? .absent(keys: entityKeys)),
            ("name", .text(name)), ("uncertain", .bool(uncertain)),
        ], display: name + (uncertain ? " (?)" : ""))
    }

    /// The members of a party.
    static let partyKeys = entityKeys.map { "person." + $0 } + entityKeys.map { "place." + $0 } + ["name", "uncertain"]

    /// A letter's senders or addressees: an array of `party` objects; a table joins them with
    /// "; " and shows "unknown" for none.
    static func parties(_ parties: [Cell]) -> Cell {
        .shown(.list(parties, itemKeys: partyKeys),
               display: parties.isEmpty ? "unknown" : parties.map(\.display).joined(separator: "; "))
    }

    /// The members of a position.
    static let coordinateKeys = ["latitude", "longitude"]

    /// A list of words or ids: a JSON array of strings; a table joins them with ", ".
    static func strings(_ items: [String]) -> Cell {
        .list(items.map { .text($0) }, itemKeys: [])
    }
}

extension Cell {
    /// An entity that a table shows by `display` rather than its name: a source or journey by
    /// its short id (`deutscher-1959`), as evidence lines do, since their titles are long.
    static func entity(id: String, name: String?, display: String) -> Cell {
        .object([("id", .text(id)), ("name", .text(name ?? id))], display: display)
    }
}

/// The precision every command rounds a quantity to, in decimals, as docs/json.md states.
enum Decimals {
    /// Lengths in the chosen unit (km, versts, miles ...): 0.1.
    static let length = 1
    /// Coordinates and bearings, in degrees: 0.0001 (about 11 m of latitude).
    static let degrees = 4
    /// Hours and days of travel: 0.1.
    static let time = 1
    /// Speeds (km/h, km a day) and ratios: 0.1 and 0.01.
    static let speed = 1
    static let ratio = 2
    /// Centrality scores: 0.000001.
    static let score = 6
}
