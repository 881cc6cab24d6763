/// One end of a date, in the shapes other formats take: the plain ISO text when the end is a
/// plain year, month or day (`1928-05`), else only its first and last days (a season, `192X`).
///
/// CMIF, KML and Linked Places accept ISO 8601 dates but not EDTF's seasons, unspecified
/// digits or open ends, so each writer maps a `HistoricalDate` through its endpoints.
///
/// ```swift
/// let date = try HistoricalDate(parsing: "1928-04/1928-21")
/// date.start?.plain     // "1928-04"
/// date.end?.plain       // nil (a season)
/// date.end?.latest.iso  // "1928-05-31"
/// ```
public struct DateEndpoint: Sendable, Hashable {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` without qualifier or time, when the end is written so.
    public var plain: String?
    /// `~`, `?`, `%` or empty.
    public var qualifier: String
    /// The first day the end can fall on (for `1928-05`, 1928-05-01).
    public var earliest: Day
    /// The last day the end can fall on (for `1928-05`, 1928-05-31).
    public var latest: Day

    /// The plain text if there is one, else the day at the given edge.
    public func iso(earliestDay: Bool) -> String { plain ?? (earliestDay ? earliest : latest).iso }
}

extension HistoricalDate {
    /// The start: nil when open (`../1926`) or unknown (`/1926`).
    public var start: DateEndpoint? { endpoints.start }

    /// The end: nil when open (`1929/..`) or unknown (`1929/`); the start again for a single date.
    public var end: DateEndpoint? { endpoints.end }

    private var endpoints: (start: DateEndpoint?, end: DateEndpoint?) {
        guard isInterval else {
            let whole = Self.endpoint(edtf, earliest: earliest, latest: latest)
            return (whole, whole)
        }
        let sides = edtf.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func side(_ text: String) -> DateEndpoint? {
            guard !text.isEmpty, text != "..", let date = try? HistoricalDate(parsing: text) else { return nil }
            return Self.endpoint(text, earliest: date.earliest, latest: date.latest)
        }
        return (side(sides.first ?? ""), side(sides.last ?? ""))
    }

    private static func endpoint(_ text: String, earliest: Day, latest: Day) -> DateEndpoint {
        var body = Substring(text)
        var qualifier = ""
        if let last = body.last, "~?%".contains(last) {
            qualifier = String(last)
            body = body.dropLast()
        }
        if let time = body.firstIndex(of: "T") { body = body[..<time] }
        let shape = body.map { $0.isNumber ? "9" : String($0) }.joined()
        let isPlain = ["9999", "9999-99", "9999-99-99"].contains(shape)
            && !(shape == "9999-99" && Int(body.suffix(2))! > 12)  // a season, 1928-21
        return DateEndpoint(plain: isPlain ? String(body) : nil, qualifier: qualifier,
                            earliest: earliest, latest: latest)
    }
}
