// HistoricalDate.swift
//
// Dates as historians write them, in the Extended Date/Time Format (EDTF):
// Library of Congress, "Extended Date/Time Format (EDTF) Specification", 2019
// (https://www.loc.gov/standards/datetime/), adopted as ISO 8601-2:2019, Annex/Part 2.
//
// This file reads EDTF levels 0 and 1:
//   level 0  1928, 1928-06, 1928-01-25, 1928-01-25T03:00[:00][Z|±hh[:mm]],
//            and intervals START/END of those;
//   level 1  qualifiers ? ~ % at the end of a date, open ends (..), unknown ends (empty),
//            unspecified digits (192X, 19XX, 1928-XX, 1928-06-XX, 1928-XX-XX),
//            seasons 21-24.
// Extended years (Y17000), negative years and level 2 features are rejected with a message.
//
// The scanner is a small recursive descent over the characters of the trimmed text; every
// error carries the 1-based column where reading stopped. Pure Swift, no Foundation.

// MARK: - Day

/// A calendar day (proleptic Gregorian), comparable, with ISO text and a day number for arithmetic.
///
/// Days exist for the years 0001 to 9999, the range this tool handles.
///
/// ```swift
/// let expelled = Day(year: 1929, month: 1, day: 22)!
/// let exiled = Day(iso: "1928-01-25")!
/// expelled - exiled       // 363
/// exiled.iso              // "1928-01-25"
/// ```
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1 to 9999.
    ///
    /// ```swift
    /// Day(iso: "1928-01-25")!.year   // 1928
    /// ```
    public let year: Int

    /// The month, 1 (January) to 12 (December).
    ///
    /// ```swift
    /// Day(iso: "1928-01-25")!.month  // 1
    /// ```
    public let month: Int

    /// The day of the month, 1 to 31.
    ///
    /// ```swift
    /// Day(iso: "1928-01-25")!.day    // 25
    /// ```
    public let day: Int

    /// Makes a day from its parts, or returns nil if no such day exists.
    ///
    /// Leap years follow the Gregorian rule (every fourth year, except centuries not divisible by 400).
    ///
    /// ```swift
    /// Day(year: 1928, month: 2, day: 29)  // a day: 1928 is a leap year
    /// Day(year: 1900, month: 2, day: 29)  // nil: 1900 is not
    /// ```
    ///
    /// - Parameters:
    ///   - year: The year, 1 to 9999.
    ///   - month: The month, 1 to 12.
    ///   - day: The day of the month, 1 to the length of that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.length(ofMonth: month, in: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a day written exactly as `YYYY-MM-DD`, or returns nil.
    ///
    /// ```swift
    /// Day(iso: "1928-01-25")  // 25 January 1928
    /// Day(iso: "1928-1-25")   // nil: two digits for month and day
    /// ```
    ///
    /// - Parameter iso: Ten characters: a four-digit year, `-`, a two-digit month, `-`, a two-digit day.
    public init?(iso: String) {
        let chars = Array(iso)
        guard chars.count == 10, chars[4] == "-", chars[7] == "-",
              let year = decimalValue(chars[0..<4]),
              let month = decimalValue(chars[5..<7]),
              let day = decimalValue(chars[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day as `YYYY-MM-DD`, the year zero-padded to four digits.
    ///
    /// ```swift
    /// Day(year: 800, month: 12, day: 25)!.iso  // "0800-12-25"
    /// ```
    public var iso: String {
        "\(zeroPadded(year, to: 4))-\(zeroPadded(month, to: 2))-\(zeroPadded(day, to: 2))"
    }

    /// The ISO text of the day, as `iso`.
    ///
    /// ```swift
    /// "\(Day(iso: "1928-01-25")!)"  // "1928-01-25"
    /// ```
    public var description: String { iso }

    /// The number of days since 1970-01-01 (negative before it), exact for every day.
    ///
    /// ```swift
    /// Day(iso: "1970-01-01")!.dayNumber  // 0
    /// Day(iso: "1928-01-25")!.dayNumber  // -15317
    /// ```
    public var dayNumber: Int {
        // Days from the civil calendar, counted in 400-year eras that begin on 1 March.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days from `b` to `a` (negative if `a` is earlier).
    ///
    /// ```swift
    /// Day(iso: "1929-01-22")! - Day(iso: "1928-01-25")!  // 363
    /// ```
    ///
    /// - Parameters:
    ///   - a: The later day.
    ///   - b: The earlier day.
    /// - Returns: `a.dayNumber - b.dayNumber`.
    public static func - (a: Day, b: Day) -> Int {
        a.dayNumber - b.dayNumber
    }

    /// Whether `a` comes before `b` in the calendar.
    ///
    /// ```swift
    /// Day(iso: "1928-01-25")! < Day(iso: "1929-01-22")!  // true
    /// ```
    ///
    /// - Parameters:
    ///   - a: The first day.
    ///   - b: The second day.
    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// 0001-01-01, the earliest day: what an open (`..`) or unknown start maps to.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "../1926").earliest == .distantPast  // true
    /// ```
    public static let distantPast = Day(checkedYear: 1, month: 1, day: 1)

    /// 9999-12-31, the latest day: what an open (`..`) or unknown end maps to.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1929-01-22/..").latest == .distantFuture  // true
    /// ```
    public static let distantFuture = Day(checkedYear: 9999, month: 12, day: 31)

    /// Reads a day from its ISO text, as JSON `"1928-01-25"`.
    ///
    /// ```swift
    /// try JSONDecoder().decode(Day.self, from: Data(#""1928-01-25""#.utf8))
    /// ```
    ///
    /// - Parameter decoder: A decoder holding a single string.
    /// - Throws: `DecodingError.dataCorrupted` if the string is not a `YYYY-MM-DD` day.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a day: write YYYY-MM-DD, e.g. 1928-01-25")
        }
        self = day
    }

    /// Writes the day as its ISO text alone, as JSON `"1928-01-25"`.
    ///
    /// ```swift
    /// try JSONEncoder().encode(Day(iso: "1928-01-25")!)  // "1928-01-25" in quotes
    /// ```
    ///
    /// - Parameter encoder: The encoder to write a single string to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// A day known to exist (for constants and for days built from checked parts).
    fileprivate init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days in a month of a year, leap years included.
    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether a year has 29 February (Gregorian rule).
    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}

// MARK: - HistoricalDate

/// An EDTF date or interval with the earliest and latest days it can mean.
///
/// The bounds are those of the written date: a qualifier (`?` uncertain, `~` approximate,
/// `%` both) is kept and reported by `isUncertain` and `isApproximate`, but it does **not**
/// widen the bounds. `1928~` still runs from 1928-01-01 to 1928-12-31. Open (`..`) and unknown
/// (empty) ends map to `Day.distantPast` and `Day.distantFuture`.
///
/// Two values are equal when their EDTF text is equal; `1928` and `1928-01/1928-12` cover the
/// same days but are different values.
///
/// ```swift
/// let exile = try HistoricalDate(parsing: "1928-01-16/1928-01-20")
/// exile.earliest.iso  // "1928-01-16"
/// exile.latest.iso    // "1928-01-20"
/// try HistoricalDate(parsing: "1929-02~").isApproximate  // true
/// ```
public struct HistoricalDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The EDTF text as given, with surrounding whitespace trimmed.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: " 1928-06 ").edtf  // "1928-06"
    /// ```
    public let edtf: String

    /// The first day the date can mean (`Day.distantPast` for an open or unknown start).
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1928-21").earliest.iso  // "1928-03-01" (spring)
    /// ```
    public let earliest: Day

    /// The last day the date can mean (`Day.distantFuture` for an open or unknown end).
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1928-02").latest.iso  // "1928-02-29"
    /// ```
    public let latest: Day

    /// Whether any part carries `~` (approximate) or `%` (approximate and uncertain).
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1929-02~").isApproximate  // true
    /// ```
    public var isApproximate: Bool { flags.contains(.approximate) }

    /// Whether any part carries `?` (uncertain) or `%` (approximate and uncertain).
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1928?").isUncertain  // true
    /// ```
    public var isUncertain: Bool { flags.contains(.uncertain) }

    /// Whether the text is an interval `START/END`.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1928-04/1928-10").isInterval  // true
    /// ```
    public var isInterval: Bool { flags.contains(.interval) }

    /// Whether the interval has an open start, `../END`.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "../1926").isOpenStart  // true
    /// ```
    public var isOpenStart: Bool { flags.contains(.openStart) }

    /// Whether the interval has an open end, `START/..`.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1929-01-22/..").isOpenEnd  // true
    /// ```
    public var isOpenEnd: Bool { flags.contains(.openEnd) }

    /// Whether the interval's start is unknown (written empty), `/END`.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "/1928").isUnknownStart  // true
    /// ```
    public var isUnknownStart: Bool { flags.contains(.unknownStart) }

    /// Whether the interval's end is unknown (written empty), `START/`.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1928/").isUnknownEnd  // true
    /// ```
    public var isUnknownEnd: Bool { flags.contains(.unknownEnd) }

    /// The finest unit written out in full, for display; for an interval, that of its start
    /// (or of its end when the start is open or unknown).
    ///
    /// Unspecified parts do not count (`1928-06-XX` is `.month`, `1928-XX` and `192X` are
    /// `.year`), and a season (`1928-21`) is `.year`, since it spans several months.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1928-01-25T03:00").precision  // .day
    /// try HistoricalDate(parsing: "1928-04/1928-10-05").precision  // .month
    /// ```
    public var precision: Precision { storedPrecision }

    /// How finely a date is written, for display.
    ///
    /// ```swift
    /// switch date.precision {
    /// case .year: "1928"
    /// case .month: "June 1928"
    /// case .day: "9 June 1928"
    /// }
    /// ```
    public enum Precision: Sendable {
        /// Only the year is known: a year, unspecified digits or month, or a season.
        ///
        /// ```swift
        /// try HistoricalDate(parsing: "192X").precision  // .year
        /// ```
        case year
        /// The month is known, the day is not.
        ///
        /// ```swift
        /// try HistoricalDate(parsing: "1928-06-XX").precision  // .month
        /// ```
        case month
        /// The day is known, with or without a time.
        ///
        /// ```swift
        /// try HistoricalDate(parsing: "1928-06-09T03:00").precision  // .day
        /// ```
        case day
    }

    private let flags: Flags
    private let storedPrecision: Precision

    /// Reads an EDTF date or interval (levels 0 and 1).
    ///
    /// Whitespace around the text is trimmed; whitespace inside it is an error. Qualifiers
    /// do not widen the bounds (see the type's documentation). Years run from 0001 to 9999.
    ///
    /// ```swift
    /// let arrival = try HistoricalDate(parsing: "1929-02~")
    /// arrival.earliest.iso  // "1929-02-01"
    /// arrival.latest.iso    // "1929-02-28"
    ///
    /// do { _ = try HistoricalDate(parsing: "1928-13") }
    /// catch { print(error.column) }  // 6
    /// ```
    ///
    /// - Parameter text: EDTF text such as `1928`, `1928-06-09%`, `192X`, `1928-21`,
    ///   `1928-01-16/1928-01-20`, `1929-01-22/..` or `/1928`.
    /// - Throws: `EDTFError` with the column where the text stopped being EDTF, the reason and
    ///   what to write instead: e.g. for an empty text, a month 13, 30 February, one-digit months,
    ///   slashes between year, month and day, an interval that ends before it starts, `../..`,
    ///   or a year outside 0001-9999.
    public init(parsing text: String) throws(EDTFError) {
        try self.init(parsing: text, bytePath: true)
    }

    /// `init(parsing:)` with the byte path for plain days on or off (tests compare the two).
    init(parsing text: String, bytePath: Bool) throws(EDTFError) {
        let trimmed = trimmingWhitespace(text)
        let reading: EDTFScanner.DateReading
        if bytePath, let plain = Self.plainDays(trimmed) {
            reading = plain
        } else {
            var scanner = EDTFScanner(text: trimmed)
            reading = try scanner.readWhole()
        }
        edtf = trimmed
        earliest = reading.earliest
        latest = reading.latest
        flags = reading.flags
        storedPrecision = reading.precision
    }

    /// The single day `day`, the same value `init(parsing: day.iso)` reads, without reading
    /// text: for the many exact days a robustness draw gives its letters (`HubRobustness`).
    init(day: Day) {
        edtf = day.iso
        earliest = day
        latest = day
        flags = []
        storedPrecision = .day
    }

    /// Whether the two dates can share a day (their closed bounds intersect).
    ///
    /// ```swift
    /// let season = try HistoricalDate(parsing: "1928-04/1928-10")
    /// try season.overlaps(HistoricalDate(parsing: "1928-10-31"))  // true
    /// try season.overlaps(HistoricalDate(parsing: "1928-11"))     // false
    /// ```
    ///
    /// - Parameter other: The date to compare with.
    public func overlaps(_ other: HistoricalDate) -> Bool {
        earliest <= other.latest && other.earliest <= latest
    }

    /// Whether a day falls within the bounds, both ends included.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1929-01-22/..").contains(Day(iso: "1935-01-01")!)  // true
    /// ```
    ///
    /// - Parameter day: The day to look for.
    public func contains(_ day: Day) -> Bool {
        earliest <= day && day <= latest
    }

    /// Whether this date's bounds lie inside the other's, both ends included.
    ///
    /// ```swift
    /// try HistoricalDate(parsing: "1928-06").lies(within: HistoricalDate(parsing: "1928-04/1928-10"))  // true
    /// ```
    ///
    /// - Parameter other: The enclosing date.
    public func lies(within other: HistoricalDate) -> Bool {
        other.earliest <= earliest && latest <= other.latest
    }

    /// The EDTF text, as `edtf`.
    ///
    /// ```swift
    /// "\(try HistoricalDate(parsing: "1928?"))"  // "1928?"
    /// ```
    public var description: String { edtf }

    /// Reads a date from its EDTF text alone, as JSON `"1928-04/1928-10"`.
    ///
    /// ```swift
    /// try JSONDecoder().decode(HistoricalDate.self, from: Data(#""1928-04/1928-10""#.utf8))
    /// ```
    ///
    /// - Parameter decoder: A decoder holding a single string.
    /// - Throws: `DecodingError.dataCorrupted`, describing the `EDTFError`, if the string is not EDTF.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do throws(EDTFError) {
            self = try HistoricalDate(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes the date as its EDTF text alone, as JSON `"1928-04/1928-10"`.
    ///
    /// ```swift
    /// try JSONEncoder().encode(HistoricalDate(parsing: "1928-04/1928-10"))  // "1928-04\/1928-10" in quotes
    /// ```
    ///
    /// - Parameter encoder: The encoder to write a single string to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(edtf)
    }

    /// What the text says besides its bounds.
    /// The commonest forms, a day `YYYY-MM-DD` and an interval of two days, read on bytes: what
    /// the scanner would read for them, without walking `Character`s (a large import and every
    /// listing read many). Nil for anything else, an invalid day, or an interval that runs
    /// backwards; the scanner then reads the text or says what is wrong.
    private static func plainDays(_ text: String) -> EDTFScanner.DateReading? {
        func day(_ bytes: Substring.UTF8View) -> Day? {
            let b = Array(bytes)
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            var digits: [Int] = []
            for position in [0, 1, 2, 3, 5, 6, 8, 9] {
                guard b[position] >= UInt8(ascii: "0"), b[position] <= UInt8(ascii: "9") else { return nil }
                digits.append(Int(b[position] - UInt8(ascii: "0")))
            }
            return Day(year: digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
                       month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
        }
        let all = Substring(text)
        switch text.utf8.count {
        case 10:
            guard let only = day(all.utf8) else { return nil }
            return EDTFScanner.DateReading(earliest: only, latest: only, precision: .day)
        case 21:
            let utf8 = all.utf8
            let slash = utf8.index(utf8.startIndex, offsetBy: 10)
            guard utf8[slash] == UInt8(ascii: "/"),
                  let first = day(Substring(utf8[utf8.startIndex..<slash]).utf8),
                  let last = day(Substring(utf8[utf8.index(after: slash)...]).utf8),
                  !(last < first) else { return nil }
            return EDTFScanner.DateReading(earliest: first, latest: last, precision: .day, flags: [.interval])
        default:
            return nil
        }
    }

    fileprivate struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let approximate = Flags(rawValue: 1 << 0)
        static let uncertain = Flags(rawValue: 1 << 1)
        static let interval = Flags(rawValue: 1 << 2)
        static let openStart = Flags(rawValue: 1 << 3)
        static let openEnd = Flags(rawValue: 1 << 4)
        static let unknownStart = Flags(rawValue: 1 << 5)
        static let unknownEnd = Flags(rawValue: 1 << 6)
    }
}

// MARK: - EDTFError

/// Why a string is not EDTF: a readable message and the 1-based column where it went wrong.
///
/// Columns count characters of the trimmed text (the `input`).
///
/// ```swift
/// do { _ = try HistoricalDate(parsing: "1928-13-01") }
/// catch {
///     error.column       // 6
///     error.description  // "1928-13-01" is not an EDTF date: month 13 at column 6; write YYYY, ...
/// }
/// ```
public struct EDTFError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text that was read, trimmed of surrounding whitespace.
    ///
    /// ```swift
    /// error.input  // "1928-13-01"
    /// ```
    public let input: String

    /// The 1-based column (character) of `input` where reading went wrong.
    ///
    /// ```swift
    /// error.column  // 6 for "1928-13-01"
    /// ```
    public let column: Int

    /// What is wrong, where, and what to write instead.
    ///
    /// ```swift
    /// error.reason  // "month 13 at column 6; write YYYY, YYYY-MM or YYYY-MM-DD (EDTF), e.g. 1928-01-25"
    /// ```
    public let reason: String

    /// The whole message: the input, then the reason.
    ///
    /// ```swift
    /// error.description
    /// // "1928-13-01" is not an EDTF date: month 13 at column 6; write YYYY, YYYY-MM or YYYY-MM-DD (EDTF), e.g. 1928-01-25
    /// ```
    public var description: String {
        "\"\(input)\" is not an EDTF date: \(reason)"
    }

    /// An error whose reason reads "<problem> at column <n>; <advice>".
    fileprivate init(input: String, column: Int, problem: String, advice: String) {
        self.input = input
        self.column = column
        self.reason = "\(problem) at column \(column); \(advice)"
    }
}

// MARK: - Scanner

/// Reads trimmed EDTF text left to right, one plain-named step per part of the grammar:
///
///     whole    := end ( "/" end )?
///     end      := ".." | "" | date
///     date     := year ( "-" month ( "-" day )? )? ( "T" time | qualifier )?
///     year     := 4 × digit, the last one or two may be X
///     month    := 2 × digit (01-12, or season 21-24) | "XX"
///     day      := 2 × digit | "XX"
///     time     := hh ":" mm ( ":" ss )? ( "Z" | ("+" | "-") hh ( ":" mm )? )?
///     qualifier:= "?" | "~" | "%"
private struct EDTFScanner {
    /// A date as written, with its bounds.
    struct DateReading {
        var earliest: Day
        var latest: Day
        var precision: HistoricalDate.Precision
        var flags: HistoricalDate.Flags = []
    }

    /// One side of an interval (or the whole text).
    enum EndReading {
        case date(DateReading)
        case open
        case unknown
    }

    /// A year with possibly unspecified last digits: the range of years it can be.
    struct YearReading {
        var first: Int
        var last: Int
        var isUnspecified: Bool { first != last }
    }

    let text: String
    let chars: [Character]
    var index = 0

    init(text: String) {
        self.text = text
        self.chars = Array(text)
    }

    // MARK: Steps

    /// whole := end ( "/" end )?
    mutating func readWhole() throws(EDTFError) -> DateReading {
        guard !chars.isEmpty else {
            throw failure(at: 0, "empty text", "write a date such as 1928-01-25, 1928-06 or 1928")
        }
        try rejectSlashSeparatedDate()
        let start = try readEnd()
        guard current == "/" else {
            switch start {
            case .date(let date): return date
            case .open:
                throw failure(at: 0, "'..' alone",
                              "'..' marks an open end of an interval, e.g. ../1926 or 1929-01-22/..")
            case .unknown:
                throw unexpected(expecting: "a date such as 1928-01-25")
            }
        }
        index += 1
        let endIndex = index
        let end = try readEnd()
        if current == "/" {
            throw failure(at: index, "a second /",
                          "an interval has one start and one end: write START/END, e.g. 1928-04/1928-10")
        }
        return try joinInterval(start, end, endAt: endIndex)
    }

    /// Combines the two ends of an interval, checking that it says something and runs forward.
    func joinInterval(_ start: EndReading, _ end: EndReading, endAt endIndex: Int) throws(EDTFError) -> DateReading {
        var flags: HistoricalDate.Flags = [.interval]
        var result = DateReading(earliest: .distantPast, latest: .distantFuture, precision: .year)
        switch start {
        case .date(let date):
            result.earliest = date.earliest
            result.precision = date.precision
            flags.formUnion(date.flags)
        case .open: flags.insert(.openStart)
        case .unknown: flags.insert(.unknownStart)
        }
        switch end {
        case .date(let date):
            result.latest = date.latest
            flags.formUnion(date.flags)
            if case .date = start {} else { result.precision = date.precision }
        case .open: flags.insert(.openEnd)
        case .unknown: flags.insert(.unknownEnd)
        }
        switch (start, end) {
        case (.date(let first), .date(let last)) where last.latest < first.earliest:
            let startText = String(chars[0..<(endIndex - 1)])
            let endText = String(chars[endIndex...])
            throw failure(at: endIndex, "the interval ends before it starts (\(endText) is before \(startText))",
                          "put the earlier date first: \(endText)/\(startText)")
        case (.date, _), (_, .date):
            break
        default:
            throw failure(at: 0, "'\(text)' names neither a start nor an end",
                          "give at least one date, e.g. ../1926 or 1929-01-22/..")
        }
        result.flags = flags
        return result
    }

    /// end := ".." | "" | date, followed by "/" or the end of the text.
    mutating func readEnd() throws(EDTFError) -> EndReading {
        guard let c = current, c != "/" else { return .unknown }
        if c == "." {
            guard peek(1) == "." else { throw unexpected(expecting: "a date or '..'") }
            index += 2
            guard current == nil || current == "/" else {
                throw failure(at: index, "'..' followed by more text",
                              "'..' stands alone as an open end, e.g. ../1926 or 1929-01-22/..")
            }
            return .open
        }
        let date = try readDate()
        guard current == nil || current == "/" else {
            if let previous = peek(-1), isQualifier(previous) {
                throw unexpected(
                    expecting: "nothing after the qualifier: ?, ~ or % goes at the very end of a date, e.g. 1928-06?")
            }
            throw unexpected(expecting: "-, a qualifier (?, ~, %), / or the end of the date")
        }
        return .date(date)
    }

    /// date := year ( "-" month ( "-" day )? )? ( "T" time | qualifier )?
    mutating func readDate() throws(EDTFError) -> DateReading {
        let year = try readYear()
        var date = DateReading(earliest: Day(checkedYear: year.first, month: 1, day: 1),
                               latest: Day(checkedYear: year.last, month: 12, day: 31),
                               precision: .year)
        if current == "-" {
            index += 1
            try readMonth(of: year, into: &date)
        }
        if current == "T" {
            guard date.precision == .day else {
                throw failure(at: index, "a time after a date without its day",
                              "a time needs the full date first, e.g. 1928-01-25T03:00")
            }
            index += 1
            try readTime()
            if let c = current, isQualifier(c) {
                throw failure(at: index, "a qualifier after a time",
                              "qualify the date without its time, e.g. 1928-01-25?")
            }
            return date
        }
        try readQualifier(into: &date)
        return date
    }

    /// year := 4 × digit, the last one or two may be X. Years run 0001-9999.
    mutating func readYear() throws(EDTFError) -> YearReading {
        let begin = index
        let signOrDigit = peek(1).map { $0 == "-" || isDigit($0) } == true
        if (current == "Y" && signOrDigit) || (current == "-" && peek(1).map(isDigit) == true) {
            var end = index + 1
            while end < chars.count, chars[end] == "-" || isDigit(chars[end]) { end += 1 }
            throw failure(at: begin, "year \(String(chars[begin..<end])) is out of range",
                          "this tool handles years 0001 to 9999, written with four digits")
        }
        let run = try readRun()
        guard !run.isEmpty else {
            if let advice = monthNameAdvice() {
                throw failure(at: begin, "a month name", advice)
            }
            throw unexpected(expecting: "a four-digit year, e.g. 1928")
        }
        guard run.count == 4 else {
            let written = String(run)
            let problem = run.count < 4 ? "year '\(written)' has \(run.count) digit\(run.count == 1 ? "" : "s")"
                                        : "year '\(written)' has more than four digits"
            if let advice = monthNameAdvice() { throw failure(at: begin, problem, advice) }
            if run.count < 4, begin > 0, chars[begin - 1] == "/" {
                throw failure(at: begin, problem,
                              "after / comes the end of an interval, a full year (1928/1929); "
                                  + "between year and month write - (1928-02)")
            }
            throw failure(at: begin, problem,
                          run.count < 4 ? "write the year with four digits, e.g. 1928"
                                        : "this tool handles years 0001 to 9999, written with four digits")
        }
        var first = 0, last = 0, unspecified = 0, firstX = begin
        for (offset, c) in run.enumerated() {
            if c == "X" {
                if unspecified == 0 { firstX = begin + offset }
                unspecified += 1
                first = first * 10
                last = last * 10 + 9
            } else {
                guard unspecified == 0 else {
                    throw failure(at: firstX, "X before a digit in a year",
                                  "only the last one or two digits of a year may be X, e.g. 192X or 19XX")
                }
                let digit = c.wholeNumberValue!
                first = first * 10 + digit
                last = last * 10 + digit
            }
        }
        guard unspecified <= 2 else {
            throw failure(at: firstX, "more than two X in a year",
                          "EDTF level 1 allows the last one or two digits of a year as X, e.g. 19XX")
        }
        guard last >= 1 else {
            throw failure(at: begin, "year 0000 is out of range", "this tool handles years 0001 to 9999")
        }
        return YearReading(first: max(first, 1), last: last)
    }

    /// month := 2 × digit (01-12, or season 21-24) | "XX", then optionally "-" day.
    mutating func readMonth(of year: YearReading, into date: inout DateReading) throws(EDTFError) {
        let begin = index
        let field = try readTwoCharacterField(named: "month")
        if year.isUnspecified {
            throw failure(at: begin, "a month after a year with X",
                          "with unspecified year digits write the year alone, e.g. 192X")
        }
        let y = year.first
        if field == "XX" {
            // Unspecified month: the whole year, as written.
            if current == "-" {
                index += 1
                let dayBegin = index
                guard try readTwoCharacterField(named: "day") == "XX" else {
                    throw failure(at: dayBegin, "a day in an unspecified month",
                                  "with month XX write the day as XX too, e.g. 1928-XX-XX, or give the month")
                }
            }
            return
        }
        guard let value = decimalValue(field) else {
            throw failure(at: begin, "month '\(field)'", "write the month with two digits (01-12) or as XX")
        }
        switch value {
        case 1...12:
            date.earliest = Day(checkedYear: y, month: value, day: 1)
            date.latest = Day(checkedYear: y, month: value, day: Day.length(ofMonth: value, in: y))
            date.precision = .month
            if current == "-" {
                index += 1
                try readDay(year: y, month: value, into: &date)
            }
        case 21...24:
            try readSeason(value, year: y, at: begin, into: &date)
        case 0:
            throw failure(at: begin, "month 00",
                          "months run 01 to 12; write YYYY, YYYY-MM or YYYY-MM-DD (EDTF), e.g. 1928-01-25")
        default:
            throw failure(at: begin, "month \(field)", "write YYYY, YYYY-MM or YYYY-MM-DD (EDTF), e.g. 1928-01-25")
        }
    }

    /// Seasons (EDTF level 1): 21 spring, 22 summer, 23 autumn, 24 winter, as northern-hemisphere
    /// meteorological seasons: March-May, June-August, September-November, December-February
    /// (December of the year written to February of the next).
    mutating func readSeason(_ code: Int, year y: Int, at begin: Int, into date: inout DateReading) throws(EDTFError) {
        if current == "-" {
            throw failure(at: index, "a day after a season",
                          "a season (21-24) has no day; write e.g. 1928-21 or a full date")
        }
        let firstMonth = 3 * (code - 20)
        var lastYear = y, lastMonth = firstMonth + 2
        if lastMonth > 12 {
            lastMonth -= 12
            lastYear += 1
        }
        guard lastYear <= 9999 else {
            throw failure(at: begin, "winter 9999 runs into the year 10000, out of range",
                          "this tool handles years 0001 to 9999")
        }
        date.earliest = Day(checkedYear: y, month: firstMonth, day: 1)
        date.latest = Day(checkedYear: lastYear, month: lastMonth,
                          day: Day.length(ofMonth: lastMonth, in: lastYear))
        date.precision = .year
    }

    /// day := 2 × digit | "XX"
    mutating func readDay(year y: Int, month m: Int, into date: inout DateReading) throws(EDTFError) {
        let begin = index
        let field = try readTwoCharacterField(named: "day")
        if field == "XX" { return }  // Unspecified day: the whole month, as written.
        guard let value = decimalValue(field) else {
            throw failure(at: begin, "day '\(field)'", "write the day with two digits (01-31) or as XX")
        }
        let length = Day.length(ofMonth: m, in: y)
        guard value >= 1 else {
            throw failure(at: begin, "day 00", "days run from 01; write YYYY-MM-DD, e.g. 1928-01-25")
        }
        guard value <= length else {
            let yearText = zeroPadded(y, to: 4), monthText = zeroPadded(m, to: 2)
            throw failure(at: begin, "day \(field)",
                          "\(monthNames[m - 1].capitalizedFirst) \(yearText) has \(length) days; "
                              + "write a real day, e.g. \(yearText)-\(monthText)-\(length)")
        }
        let day = Day(checkedYear: y, month: m, day: value)
        date.earliest = day
        date.latest = day
        date.precision = .day
    }

    /// time := hh ":" mm ( ":" ss )? ( "Z" | ("+" | "-") hh ( ":" mm )? )?  — read and checked, then dropped:
    /// the day is what counts for bounds.
    mutating func readTime() throws(EDTFError) {
        try readClockField(named: "hour", upTo: 23)
        guard current == ":" else {
            throw unexpected(expecting: ": and minutes; write the time as hh:mm or hh:mm:ss, e.g. 1928-01-25T03:00")
        }
        index += 1
        try readClockField(named: "minute", upTo: 59)
        if current == ":" {
            index += 1
            try readClockField(named: "second", upTo: 59)
        }
        switch current {
        case "Z":
            index += 1
        case "+", "-":
            index += 1
            try readClockField(named: "offset hour", upTo: 23)
            if current == ":" {
                index += 1
                try readClockField(named: "offset minute", upTo: 59)
            }
        default:
            break
        }
    }

    /// qualifier := "?" | "~" | "%", at most one, at the end of the date.
    mutating func readQualifier(into date: inout DateReading) throws(EDTFError) {
        guard let c = current, isQualifier(c) else { return }
        switch c {
        case "?": date.flags.insert(.uncertain)
        case "~": date.flags.insert(.approximate)
        default: date.flags.formUnion([.uncertain, .approximate])
        }
        index += 1
        if let next = current, isQualifier(next) {
            throw failure(at: index, "a second qualifier '\(next)'",
                          "use one: ? (uncertain), ~ (approximate) or % (both), e.g. 1928~")
        }
    }

    // MARK: Small readers

    /// Reads exactly two characters of digits or X (month or day).
    mutating func readTwoCharacterField(named name: String) throws(EDTFError) -> String {
        let begin = index
        let run = try readRun()
        guard !run.isEmpty else {
            throw unexpected(expecting: "a two-digit \(name)")
        }
        guard run.count == 2 else {
            let problem = run.count == 1 ? "\(name) '\(String(run))' has one digit"
                                         : "\(name) '\(String(run))' has more than two digits"
            throw failure(at: begin, problem, paddingAdvice())
        }
        if run.contains("X") && run != ["X", "X"] {
            throw failure(at: begin, "\(name) '\(String(run))'", "write the \(name) with two digits or as XX")
        }
        return String(run)
    }

    /// Reads a two-digit clock field and checks its range.
    mutating func readClockField(named name: String, upTo maximum: Int) throws(EDTFError) {
        let begin = index
        var end = index
        while end < chars.count, isDigit(chars[end]) { end += 1 }
        guard end > begin else { throw unexpected(expecting: "a two-digit \(name)") }
        index = end
        guard end - begin == 2, let value = decimalValue(chars[begin..<end]) else {
            throw failure(at: begin, "\(name) '\(String(chars[begin..<end]))' is not two digits", clockAdvice(for: name))
        }
        guard value <= maximum else {
            throw failure(at: begin, "\(name) \(String(chars[begin..<end]))",
                          "\(name)s run 00 to \(zeroPadded(maximum, to: 2)); \(clockAdvice(for: name))")
        }
    }

    /// How to write a time or a time zone offset.
    func clockAdvice(for name: String) -> String {
        name.hasPrefix("offset") ? "write the offset as Z, +hh or +hh:mm, e.g. 1928-01-25T03:00+03:00"
                                 : "write times as hh:mm or hh:mm:ss, e.g. 1928-01-25T03:00"
    }

    /// Reads the longest run of digits and X (a lowercase x is an error).
    mutating func readRun() throws(EDTFError) -> [Character] {
        let begin = index
        while let c = current, isDigit(c) || c == "X" || c == "x" {
            if c == "x" { throw unexpected(expecting: "a digit or X") }
            index += 1
        }
        return Array(chars[begin..<index])
    }

    /// Rejects dates written with slashes, `1928/02/03` or `25/01/1928`, before they are read as intervals.
    func rejectSlashSeparatedDate() throws(EDTFError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(Array.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return }
        let firstSlash = parts[0].count
        let short = { (part: [Character]) in (1...2).contains(part.count) }
        if parts[0].count == 4, short(parts[1]), short(parts[2]) {
            let suggestion = ([parts[0]] + parts[1...].map(padded)).map { String($0) }.joined(separator: "-")
            throw failure(at: firstSlash, "/ between year, month and day",
                          "use - between year, month and day: \(suggestion)")
        }
        if short(parts[0]), short(parts[1]), parts[2].count == 4 {
            let a = decimalValue(parts[0]) ?? 0, b = decimalValue(parts[1]) ?? 0
            let year = String(parts[2]), first = String(padded(parts[0])), second = String(padded(parts[1]))
            let suggestion: String
            if a > 12, b <= 12 {
                suggestion = "\(year)-\(second)-\(first)"        // day/month/year
            } else if b > 12, a <= 12 {
                suggestion = "\(year)-\(first)-\(second)"        // month/day/year
            } else {
                suggestion = "\(year)-MM-DD"                      // ambiguous
            }
            throw failure(at: firstSlash, "/ between day, month and year",
                          "use - between year, month and day, year first: \(suggestion)")
        }
    }

    // MARK: Errors

    /// An error at a 0-based index of the text.
    func failure(at index: Int, _ problem: String, _ advice: String) -> EDTFError {
        EDTFError(input: text, column: index + 1, problem: problem, advice: advice)
    }

    /// An error for the character at the current index, naming what should have been there.
    func unexpected(expecting expected: String) -> EDTFError {
        guard let c = current else {
            return failure(at: index, "the text ends early", "expected \(expected)")
        }
        if c.isWhitespace {
            let compact = String(chars.filter { !$0.isWhitespace })
            return failure(at: index, "a space", "EDTF allows no spaces inside a date; write \(compact)")
        }
        if c == "x" {
            return failure(at: index, "a lowercase x", "unspecified digits are written with a capital X, e.g. 192X")
        }
        return failure(at: index, "unexpected '\(c)'", "expected \(expected)")
    }

    /// Advice for one-digit months and days: the text with two-digit fields, when it can be made.
    func paddingAdvice() -> String {
        let sides = text.split(separator: "/", omittingEmptySubsequences: false).map { side -> String in
            let fields = side.split(separator: "-", omittingEmptySubsequences: false).map(Array.init)
            guard (2...3).contains(fields.count), fields[0].count == 4,
                  fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }),
                  fields.dropFirst().allSatisfy({ $0.count <= 2 }) else { return String(side) }
            return ([fields[0]] + fields.dropFirst().map(padded)).map { String($0) }.joined(separator: "-")
        }
        let suggestion = sides.joined(separator: "/")
        if suggestion != text { return "write months and days with two digits: \(suggestion)" }
        return "write months and days with two digits, e.g. 1928-01-05"
    }

    /// Advice for an English month name in the text ("January 1928", "25 Jan 1928"), if there is one.
    func monthNameAdvice() -> String? {
        var words: [String] = []
        var word = ""
        for c in text.lowercased() {
            if c.isLetter || isDigit(c) { word.append(c) } else if !word.isEmpty { words.append(word); word = "" }
        }
        if !word.isEmpty { words.append(word) }
        guard let month = words.lazy.compactMap({ w in
            w.count >= 3 && w.allSatisfy(\.isLetter) ? monthNames.firstIndex(where: { $0.hasPrefix(w) }) : nil
        }).first else { return nil }
        let numbers = words.filter { $0.allSatisfy(self.isDigit) }
        let year = numbers.first { $0.count == 4 } ?? "YYYY"
        var suggestion = "\(year)-\(zeroPadded(month + 1, to: 2))"
        if let day = numbers.first(where: { $0.count <= 2 }) { suggestion += "-\(String(padded(Array(day))))" }
        return "write months as numbers, year first: \(suggestion)"
    }

    // MARK: Characters

    var current: Character? { index < chars.count ? chars[index] : nil }

    func peek(_ offset: Int) -> Character? {
        let i = index + offset
        return i >= 0 && i < chars.count ? chars[i] : nil
    }

    func isDigit(_ c: Character) -> Bool { c.isASCII && c.isWholeNumber }

    func isQualifier(_ c: Character) -> Bool { c == "?" || c == "~" || c == "%" }
}

// MARK: - Helpers

private let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"]

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// The value of a run of ASCII digits, or nil if any character is not one.
private func decimalValue(_ chars: some Collection<Character>) -> Int? {
    guard !chars.isEmpty else { return nil }
    var value = 0
    for c in chars {
        guard c.isASCII, let digit = c.wholeNumberValue else { return nil }
        value = value * 10 + digit
    }
    return value
}

/// A one-digit field with a leading zero.
private func padded(_ field: [Character]) -> [Character] {
    field.count == 1 ? ["0"] + field : field
}

/// A number written with leading zeros to a width.
private func zeroPadded(_ value: Int, to width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// The text without whitespace (spaces, tabs, newlines) at either end.
private func trimmingWhitespace(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
          let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(text[first...last])
}
