import ArgumentParser
import ExileAtlas

/// The constraints on the transport network that `plan`, `reach` and `map --reach` take:
/// `--on DATE`, `--modes` and `--avoid` (each repeatable, their values' union), read once here.
struct TransportFilter {
    /// Only links open at this date; nil for every link.
    var date: HistoricalDate?
    /// Only these modes; nil for every mode.
    var only: Set<TravelMode>?
    /// Never these modes.
    var avoiding: Set<TravelMode>

    /// Whether `--modes` or `--avoid` narrowed the modes (an error then says to loosen them).
    var restricted: Bool { only != nil || !avoiding.isEmpty }

    init(on: String?, modes: [String], avoid: [String]) throws {
        date = try on.map { try ExilesCommand.date($0, option: "--on") }
        only = try Self.modeSet(modes, option: "--modes")
        avoiding = try Self.modeSet(avoid, option: "--avoid") ?? []
    }

    /// The modes named in every value of a repeatable option (their union); nil when none is given.
    static func modeSet(_ values: [String], option: String) throws -> Set<TravelMode>? {
        guard !values.isEmpty else { return nil }
        var result = Set<TravelMode>()
        for name in values.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            let key = name == "sea" ? "ship" : name == "foot" ? "on-foot" : name
            guard let mode = TravelMode(rawValue: key) else {
                throw ValidationError("\(option): unknown mode \"\(name)\"; use \(TravelMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result.insert(mode)
        }
        return result
    }

}
