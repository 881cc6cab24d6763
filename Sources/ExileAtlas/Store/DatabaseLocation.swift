import Foundation

/// Where the atlas database lives when the user names none.
///
/// `--db PATH` wins, then `EXILE_ATLAS_DB`, then `$XDG_DATA_HOME/exile-atlas/atlas.sqlite`,
/// then `~/.local/share/exile-atlas/atlas.sqlite` (the XDG default).
///
/// ```swift
/// let url = DatabaseLocation.resolve(explicit: nil, environment: ProcessInfo.processInfo.environment)
/// ```
public enum DatabaseLocation {
    /// The database file to use.
    /// - Parameters:
    ///   - explicit: the `--db` option, if given.
    ///   - environment: the process environment.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let variable = environment["EXILE_ATLAS_DB"], !variable.isEmpty {
            return URL(fileURLWithPath: variable)
        }
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        }
        return dataHome.appendingPathComponent("exile-atlas/atlas.sqlite")
    }
}
