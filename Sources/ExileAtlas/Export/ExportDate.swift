import Foundation

/// The time an export is stamped with (CMIF's publication date, GEXF's last-modified date):
/// now, or `SOURCE_DATE_EPOCH` when set, so that builds and tests can write byte-identical
/// files (https://reproducible-builds.org/specs/source-date-epoch/).
public enum ExportDate {
    /// The current time, or the time `SOURCE_DATE_EPOCH` (seconds since 1970) gives in
    /// `environment` when it is set and a number.
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date()
    }

    /// `2026-11-23T22:14:55Z`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `2026-11-23`.
    public static func day(_ date: Date) -> String { String(timestamp(date).prefix(10)) }
}
