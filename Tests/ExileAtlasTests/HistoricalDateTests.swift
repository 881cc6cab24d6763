import Foundation
import Testing
@testable import ExileAtlas

// Tests for the EDTF reader (Library of Congress EDTF 2019 / ISO 8601-2:2019, levels 0 and 1).

// MARK: - Day

@Suite("Day arithmetic")
struct HistoricalDateDayTests {
    @Test("day numbers match known values")
    func dayNumbers() throws {
        #expect(try #require(Day(iso: "1970-01-01")).dayNumber == 0)
        #expect(try #require(Day(iso: "1970-01-02")).dayNumber == 1)
        #expect(try #require(Day(iso: "1969-12-31")).dayNumber == -1)
        // Python: date(1928,1,25).toordinal() - date(1970,1,1).toordinal() == -15317
        #expect(try #require(Day(iso: "1928-01-25")).dayNumber == -15317)
        #expect(try #require(Day(iso: "2000-03-01")).dayNumber == 11017)
        // date(1,1,1).toordinal() - date(1970,1,1).toordinal() == -719162
        #expect(Day.distantPast.dayNumber == -719_162)
        // date(9999,12,31).toordinal() - date(1970,1,1).toordinal() == 2932896
        #expect(Day.distantFuture.dayNumber == 2_932_896)
    }

    @Test("subtracting days counts the days between")
    func difference() throws {
        let expelled = try #require(Day(iso: "1929-01-22"))
        let exiled = try #require(Day(iso: "1928-01-25"))
        #expect(expelled - exiled == 363)
        #expect(exiled - expelled == -363)
        #expect(exiled - exiled == 0)
    }

    @Test("day numbers are consecutive across 1900-2001")
    func consecutive() throws {
        var day = try #require(Day(year: 1900, month: 1, day: 1))
        var number = day.dayNumber
        var count = 0
        while day.year < 2001 {
            let next = Day(year: day.year, month: day.month, day: day.day + 1)
                ?? Day(year: day.year, month: day.month + 1, day: 1)
                ?? Day(year: day.year + 1, month: 1, day: 1)!
            #expect(next.dayNumber == number + 1)
            #expect(day < next)
            day = next
            number += 1
            count += 1
        }
        // 101 years with 25 leap days (1900 has none, 2000 has one): Python gives 36890.
        #expect(count == 36_890)
    }

    @Test("leap years follow the Gregorian rule")
    func leapYears() {
        #expect(Day(year: 1928, month: 2, day: 29) != nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 1929, month: 2, day: 29) == nil)
        #expect(Day(year: 1928, month: 4, day: 31) == nil)
        #expect(Day(year: 1928, month: 13, day: 1) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
        #expect(Day(year: 10000, month: 1, day: 1) == nil)
    }

    @Test("ISO text is strict and zero-padded")
    func isoText() throws {
        #expect(try #require(Day(year: 800, month: 12, day: 5)).iso == "0800-12-05")
        #expect(try #require(Day(iso: "1928-01-25")).description == "1928-01-25")
        #expect(Day(iso: "1928-1-25") == nil)
        #expect(Day(iso: "1928-02-30") == nil)
        #expect(Day(iso: "+928-01-25") == nil)
        #expect(Day(iso: "1928/01/25") == nil)
        #expect(Day.distantPast.iso == "0001-01-01")
        #expect(Day.distantFuture.iso == "9999-12-31")
    }

    @Test("a day encodes as its ISO string")
    func codable() throws {
        let day = try #require(Day(iso: "1928-01-25"))
        let data = try JSONEncoder().encode(day)
        #expect(String(decoding: data, as: UTF8.self) == #""1928-01-25""#)
        #expect(try JSONDecoder().decode(Day.self, from: data) == day)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Day.self, from: Data(#""1928-02-30""#.utf8))
        }
    }
}

// MARK: - AcceptedEDTF forms

/// One accepted EDTF text with the bounds and flags it must produce.
struct AcceptedEDTF: Sendable, CustomTestStringConvertible {
    var text: String
    var earliest: String
    var latest: String
    var precision: HistoricalDate.Precision
    var approximate = false
    var uncertain = false
    var interval = false
    var openStart = false
    var openEnd = false
    var unknownStart = false
    var unknownEnd = false
    var testDescription: String { text }
}

private let accepted: [AcceptedEDTF] = [
    // Level 0: dates.
    AcceptedEDTF(text: "1928", earliest: "1928-01-01", latest: "1928-12-31", precision: .year),
    AcceptedEDTF(text: "1928-06", earliest: "1928-06-01", latest: "1928-06-30", precision: .month),
    AcceptedEDTF(text: "1928-01-25", earliest: "1928-01-25", latest: "1928-01-25", precision: .day),
    AcceptedEDTF(text: "0001", earliest: "0001-01-01", latest: "0001-12-31", precision: .year),
    AcceptedEDTF(text: "9999-12", earliest: "9999-12-01", latest: "9999-12-31", precision: .month),
    // Leap years.
    AcceptedEDTF(text: "1928-02", earliest: "1928-02-01", latest: "1928-02-29", precision: .month),
    AcceptedEDTF(text: "1900-02", earliest: "1900-02-01", latest: "1900-02-28", precision: .month),
    AcceptedEDTF(text: "2000-02", earliest: "2000-02-01", latest: "2000-02-29", precision: .month),
    AcceptedEDTF(text: "1929-02", earliest: "1929-02-01", latest: "1929-02-28", precision: .month),
    AcceptedEDTF(text: "1928-02-29", earliest: "1928-02-29", latest: "1928-02-29", precision: .day),
    // Level 0: date and time; the day counts.
    AcceptedEDTF(text: "1928-01-25T03:00", earliest: "1928-01-25", latest: "1928-01-25", precision: .day),
    AcceptedEDTF(text: "1928-01-25T03:00:00", earliest: "1928-01-25", latest: "1928-01-25", precision: .day),
    AcceptedEDTF(text: "1928-01-25T23:59:59Z", earliest: "1928-01-25", latest: "1928-01-25", precision: .day),
    AcceptedEDTF(text: "1928-01-25T03:00+03:00", earliest: "1928-01-25", latest: "1928-01-25", precision: .day),
    AcceptedEDTF(text: "1928-01-25T03:00:00-05", earliest: "1928-01-25", latest: "1928-01-25", precision: .day),
    // Level 0: intervals.
    AcceptedEDTF(text: "1928-04/1928-10", earliest: "1928-04-01", latest: "1928-10-31", precision: .month, interval: true),
    AcceptedEDTF(text: "1928-01-16/1928-01-20", earliest: "1928-01-16", latest: "1928-01-20", precision: .day, interval: true),
    AcceptedEDTF(text: "1928-01/1929-02-15", earliest: "1928-01-01", latest: "1929-02-15", precision: .month, interval: true),
    AcceptedEDTF(text: "1928-01-25/1928-01-25", earliest: "1928-01-25", latest: "1928-01-25", precision: .day, interval: true),
    AcceptedEDTF(text: "1928/1929", earliest: "1928-01-01", latest: "1929-12-31", precision: .year, interval: true),
    // Level 1: qualifiers keep the written bounds.
    AcceptedEDTF(text: "1929-02~", earliest: "1929-02-01", latest: "1929-02-28", precision: .month, approximate: true),
    AcceptedEDTF(text: "1928?", earliest: "1928-01-01", latest: "1928-12-31", precision: .year, uncertain: true),
    AcceptedEDTF(text: "1928-06-09%", earliest: "1928-06-09", latest: "1928-06-09", precision: .day,
             approximate: true, uncertain: true),
    AcceptedEDTF(text: "1928-04~/1928-10?", earliest: "1928-04-01", latest: "1928-10-31", precision: .month,
             approximate: true, uncertain: true, interval: true),
    // Level 1: open ends.
    AcceptedEDTF(text: "1929-01-22/..", earliest: "1929-01-22", latest: "9999-12-31", precision: .day,
             interval: true, openEnd: true),
    AcceptedEDTF(text: "../1926", earliest: "0001-01-01", latest: "1926-12-31", precision: .year,
             interval: true, openStart: true),
    AcceptedEDTF(text: "../1926-11-12", earliest: "0001-01-01", latest: "1926-11-12", precision: .day,
             interval: true, openStart: true),
    // Level 1: unknown ends.
    AcceptedEDTF(text: "/1928", earliest: "0001-01-01", latest: "1928-12-31", precision: .year,
             interval: true, unknownStart: true),
    AcceptedEDTF(text: "1928/", earliest: "1928-01-01", latest: "9999-12-31", precision: .year,
             interval: true, unknownEnd: true),
    AcceptedEDTF(text: "1928-06~/", earliest: "1928-06-01", latest: "9999-12-31", precision: .month,
             approximate: true, interval: true, unknownEnd: true),
    // Level 1: unspecified digits.
    AcceptedEDTF(text: "192X", earliest: "1920-01-01", latest: "1929-12-31", precision: .year),
    AcceptedEDTF(text: "19XX", earliest: "1900-01-01", latest: "1999-12-31", precision: .year),
    AcceptedEDTF(text: "1928-XX", earliest: "1928-01-01", latest: "1928-12-31", precision: .year),
    AcceptedEDTF(text: "1928-XX-XX", earliest: "1928-01-01", latest: "1928-12-31", precision: .year),
    AcceptedEDTF(text: "1928-06-XX", earliest: "1928-06-01", latest: "1928-06-30", precision: .month),
    AcceptedEDTF(text: "1928-02-XX", earliest: "1928-02-01", latest: "1928-02-29", precision: .month),
    AcceptedEDTF(text: "192X?", earliest: "1920-01-01", latest: "1929-12-31", precision: .year, uncertain: true),
    AcceptedEDTF(text: "000X", earliest: "0001-01-01", latest: "0009-12-31", precision: .year),
    // Level 1: seasons, northern meteorological.
    AcceptedEDTF(text: "1928-21", earliest: "1928-03-01", latest: "1928-05-31", precision: .year),
    AcceptedEDTF(text: "1928-22", earliest: "1928-06-01", latest: "1928-08-31", precision: .year),
    AcceptedEDTF(text: "1928-23", earliest: "1928-09-01", latest: "1928-11-30", precision: .year),
    AcceptedEDTF(text: "1928-24", earliest: "1928-12-01", latest: "1929-02-28", precision: .year),
    AcceptedEDTF(text: "1927-24", earliest: "1927-12-01", latest: "1928-02-29", precision: .year),
    AcceptedEDTF(text: "1928-24~", earliest: "1928-12-01", latest: "1929-02-28", precision: .year, approximate: true),
    AcceptedEDTF(text: "1928-23/1929-02", earliest: "1928-09-01", latest: "1929-02-28", precision: .year, interval: true),
    // Whitespace around the text is trimmed.
    AcceptedEDTF(text: "  1928-06\n", earliest: "1928-06-01", latest: "1928-06-30", precision: .month),
    AcceptedEDTF(text: "\t1929-01-22/..  ", earliest: "1929-01-22", latest: "9999-12-31", precision: .day,
             interval: true, openEnd: true),
]

@Suite("Accepted EDTF")
struct HistoricalDateAcceptedTests {
    @Test("bounds and flags", arguments: accepted)
    func boundsAndFlags(_ expected: AcceptedEDTF) throws {
        let date = try HistoricalDate(parsing: expected.text)
        #expect(date.earliest.iso == expected.earliest)
        #expect(date.latest.iso == expected.latest)
        #expect(date.precision == expected.precision)
        #expect(date.isApproximate == expected.approximate)
        #expect(date.isUncertain == expected.uncertain)
        #expect(date.isInterval == expected.interval)
        #expect(date.isOpenStart == expected.openStart)
        #expect(date.isOpenEnd == expected.openEnd)
        #expect(date.isUnknownStart == expected.unknownStart)
        #expect(date.isUnknownEnd == expected.unknownEnd)
        #expect(date.edtf == expected.text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(date.description == date.edtf)
        #expect(date.earliest <= date.latest)
    }

    @Test("open and unknown ends map to the distant days")
    func distantEnds() throws {
        #expect(try HistoricalDate(parsing: "../1926").earliest == .distantPast)
        #expect(try HistoricalDate(parsing: "/1926").earliest == .distantPast)
        #expect(try HistoricalDate(parsing: "1929-01-22/..").latest == .distantFuture)
        #expect(try HistoricalDate(parsing: "1929-01-22/").latest == .distantFuture)
    }

    @Test("every day of 1928 and 1929 reads back as itself")
    func everyDay() throws {
        var day = try #require(Day(iso: "1928-01-01"))
        let last = try #require(Day(iso: "1929-12-31"))
        var count = 0
        while day <= last {
            let date = try HistoricalDate(parsing: day.iso)
            #expect(date.earliest == day && date.latest == day, "\(day.iso)")
            #expect(date.precision == .day)
            count += 1
            day = Day(year: day.year, month: day.month, day: day.day + 1)
                ?? Day(year: day.year, month: day.month + 1, day: 1)
                ?? Day(year: day.year + 1, month: 1, day: 1)!
        }
        #expect(count == 366 + 365)
    }

    @Test("every month of 1928 and 1929 ends on its last day")
    func everyMonth() throws {
        for year in [1928, 1929] {
            for month in 1...12 {
                let text = "\(year)-\(month < 10 ? "0" : "")\(month)"
                let date = try HistoricalDate(parsing: text)
                #expect(date.earliest.day == 1)
                #expect(Day(year: year, month: month, day: date.latest.day + 1) == nil, "\(text)")
                #expect(date.latest.month == month && date.latest.year == year)
            }
        }
    }

    @Test("equality is by EDTF text")
    func equality() throws {
        #expect(try HistoricalDate(parsing: "1928") == HistoricalDate(parsing: " 1928 "))
        #expect(try HistoricalDate(parsing: "1928") != HistoricalDate(parsing: "1928-01/1928-12"))
        #expect(try HistoricalDate(parsing: "1928") != HistoricalDate(parsing: "1928~"))
        let set: Set = try [HistoricalDate(parsing: "1928"), HistoricalDate(parsing: "1928")]
        #expect(set.count == 1)
    }
}

// MARK: - RejectedEDTF forms

/// One rejected text, the column the error must name and words the reason must contain.
struct RejectedEDTF: Sendable, CustomTestStringConvertible {
    var text: String
    var column: Int
    var mentions: [String]
    var testDescription: String { "\"\(text)\"" }
}

private let rejected: [RejectedEDTF] = [
    RejectedEDTF(text: "", column: 1, mentions: ["empty", "1928-01-25"]),
    RejectedEDTF(text: "   ", column: 1, mentions: ["empty"]),
    RejectedEDTF(text: "1928-13", column: 6, mentions: ["month 13", "YYYY-MM"]),
    RejectedEDTF(text: "1928-13-01", column: 6, mentions: ["month 13"]),
    RejectedEDTF(text: "1928-02-30", column: 9, mentions: ["day 30", "February 1928", "29 days", "1928-02-29"]),
    RejectedEDTF(text: "1929-02-29", column: 9, mentions: ["day 29", "28 days"]),
    RejectedEDTF(text: "1900-02-29", column: 9, mentions: ["day 29", "28 days"]),
    RejectedEDTF(text: "1928-04-31", column: 9, mentions: ["day 31", "30 days"]),
    RejectedEDTF(text: "1928-1-5", column: 6, mentions: ["month '1'", "two digits", "1928-01-05"]),
    RejectedEDTF(text: "1928-01-5", column: 9, mentions: ["day '5'", "two digits", "1928-01-05"]),
    RejectedEDTF(text: "28", column: 1, mentions: ["year '28'", "four digits"]),
    RejectedEDTF(text: "19280", column: 1, mentions: ["more than four digits", "0001 to 9999"]),
    RejectedEDTF(text: "1928/02/03", column: 5, mentions: ["/ between year, month and day", "use - between year, month and day", "1928-02-03"]),
    RejectedEDTF(text: "1928/2/3", column: 5, mentions: ["use - between", "1928-02-03"]),
    RejectedEDTF(text: "25/01/1928", column: 3, mentions: ["/ between day, month and year", "use - between", "1928-01-25"]),
    RejectedEDTF(text: "03/04/1928", column: 3, mentions: ["use - between", "1928-MM-DD"]),
    RejectedEDTF(text: "1928/02", column: 6, mentions: ["year '02'", "1928-02"]),
    RejectedEDTF(text: "January 1928", column: 1, mentions: ["month name", "1928-01"]),
    RejectedEDTF(text: "25 Jan 1928", column: 1, mentions: ["year '25'", "1928-01-25"]),
    RejectedEDTF(text: "1928-01-25/1928-01-20", column: 12, mentions: ["ends before it starts", "1928-01-20/1928-01-25"]),
    RejectedEDTF(text: "1929/1928-06", column: 6, mentions: ["ends before it starts"]),
    RejectedEDTF(text: "1928~~", column: 6, mentions: ["second qualifier", "?", "~", "%"]),
    RejectedEDTF(text: "1928?~", column: 6, mentions: ["second qualifier"]),
    RejectedEDTF(text: "1928/1929/1930", column: 10, mentions: ["second /", "START/END"]),
    RejectedEDTF(text: "1928-00", column: 6, mentions: ["month 00"]),
    RejectedEDTF(text: "1928-06-00", column: 9, mentions: ["day 00"]),
    RejectedEDTF(text: "abc", column: 1, mentions: ["unexpected 'a'", "four-digit year"]),
    RejectedEDTF(text: "1928-06-09T25:00", column: 12, mentions: ["hour 25", "00 to 23"]),
    RejectedEDTF(text: "1928-06-09T12:60", column: 15, mentions: ["minute 60", "00 to 59"]),
    RejectedEDTF(text: "1928-06-09T12", column: 14, mentions: ["ends early", "hh:mm"]),
    RejectedEDTF(text: "1928-06T12:00", column: 8, mentions: ["time", "full date"]),
    RejectedEDTF(text: "1928-06-09T12:00?", column: 17, mentions: ["qualifier after a time"]),
    RejectedEDTF(text: "1928 -06", column: 5, mentions: ["space", "1928-06"]),
    RejectedEDTF(text: "1928- 06", column: 6, mentions: ["space"]),
    RejectedEDTF(text: "1928-", column: 6, mentions: ["ends early", "two-digit month"]),
    RejectedEDTF(text: "../..", column: 1, mentions: ["neither a start nor an end"]),
    RejectedEDTF(text: "/", column: 1, mentions: ["neither a start nor an end"]),
    RejectedEDTF(text: "../", column: 1, mentions: ["neither a start nor an end"]),
    RejectedEDTF(text: "..", column: 1, mentions: ["'..' alone"]),
    RejectedEDTF(text: "..1928", column: 3, mentions: ["'..'"]),
    RejectedEDTF(text: "Y-12000", column: 1, mentions: ["Y-12000", "out of range", "0001 to 9999"]),
    RejectedEDTF(text: "Y17000", column: 1, mentions: ["Y17000", "out of range"]),
    RejectedEDTF(text: "-0500", column: 1, mentions: ["-0500", "out of range"]),
    RejectedEDTF(text: "0000", column: 1, mentions: ["out of range"]),
    RejectedEDTF(text: "9999-24", column: 6, mentions: ["out of range"]),
    RejectedEDTF(text: "1928-25", column: 6, mentions: ["month 25"]),
    RejectedEDTF(text: "1928-21-05", column: 8, mentions: ["season"]),
    RejectedEDTF(text: "1XXX", column: 2, mentions: ["more than two X"]),
    RejectedEDTF(text: "19X8", column: 3, mentions: ["X before a digit"]),
    RejectedEDTF(text: "192x", column: 4, mentions: ["capital X"]),
    RejectedEDTF(text: "192X-06", column: 6, mentions: ["month after a year with X"]),
    RejectedEDTF(text: "1928-XX-05", column: 9, mentions: ["day in an unspecified month"]),
    RejectedEDTF(text: "1928-0X", column: 6, mentions: ["month '0X'"]),
    RejectedEDTF(text: "1928?-06", column: 6, mentions: ["qualifier", "very end"]),
    RejectedEDTF(text: "1928-06-09-05", column: 11, mentions: ["unexpected '-'"]),
    RejectedEDTF(text: "1928/1929 x", column: 10, mentions: ["space"]),
]

@Suite("Rejected EDTF")
struct HistoricalDateRejectedTests {
    @Test("column and reason", arguments: rejected)
    func columnAndReason(_ expected: RejectedEDTF) {
        let error = #expect(throws: EDTFError.self) {
            try HistoricalDate(parsing: expected.text)
        }
        guard let error else { return }
        #expect(error.column == expected.column, "\(error.reason)")
        for word in expected.mentions {
            #expect(error.reason.contains(word), "\(error.reason) should mention \(word)")
        }
        #expect(error.reason.contains("at column \(expected.column)"))
        #expect(error.input == expected.text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(error.description.hasPrefix("\"\(error.input)\" is not an EDTF date: "))
    }

    @Test("the description reads as one sentence with advice")
    func description() {
        let error = #expect(throws: EDTFError.self) { try HistoricalDate(parsing: "1928-13-01") }
        #expect(error?.description ==
            #""1928-13-01" is not an EDTF date: month 13 at column 6; write YYYY, YYYY-MM or YYYY-MM-DD (EDTF), e.g. 1928-01-25"#)
    }

    @Test("columns count from the trimmed text")
    func trimmedColumns() {
        let error = #expect(throws: EDTFError.self) { try HistoricalDate(parsing: "   1928-13") }
        #expect(error?.column == 6)
        #expect(error?.input == "1928-13")
    }
}

// MARK: - Relations

@Suite("HistoricalDate relations")
struct HistoricalDateRelationTests {
    private func date(_ text: String) throws -> HistoricalDate { try HistoricalDate(parsing: text) }

    @Test("lies within")
    func liesWithin() throws {
        let season = try date("1928-04/1928-10")
        #expect(try date("1928-06").lies(within: season))
        #expect(try date("1928-04").lies(within: season))
        #expect(try date("1928-10-31").lies(within: season))
        #expect(try !date("1928-03-31").lies(within: season))
        #expect(try !date("1928").lies(within: season))
        #expect(try season.lies(within: date("1928")))
        #expect(try season.lies(within: date("192X")))
        #expect(try date("1928-06").lies(within: date("1928-22")))
        #expect(try !date("1929-01-22/..").lies(within: date("1929")))
        #expect(try date("1929").lies(within: date("1929-01/..")))
    }

    @Test("overlaps")
    func overlaps() throws {
        let season = try date("1928-04/1928-10")
        #expect(try !date("1928-11").overlaps(season))
        #expect(try !season.overlaps(date("1928-11")))
        #expect(try season.overlaps(date("1928-10-31")))
        #expect(try season.overlaps(date("1928")))
        #expect(try season.overlaps(date("../1928-04-01")))
        #expect(try !season.overlaps(date("../1928-03-31")))
        #expect(try date("1928-24").overlaps(date("1929-02")))
        #expect(try !date("1928-24").overlaps(date("1929-03")))
        #expect(try date("/1928").overlaps(date("1928/")))
    }

    @Test("contains")
    func contains() throws {
        let expelled = try date("1929-01-22/..")
        #expect(expelled.contains(try #require(Day(iso: "1935-01-01"))))
        #expect(expelled.contains(try #require(Day(iso: "1929-01-22"))))
        #expect(!expelled.contains(try #require(Day(iso: "1929-01-21"))))
        #expect(expelled.contains(.distantFuture))
        let february = try date("1928-02")
        #expect(february.contains(try #require(Day(iso: "1928-02-29"))))
        #expect(!february.contains(try #require(Day(iso: "1928-03-01"))))
        #expect(try date("1928-06-09T03:00Z").contains(try #require(Day(iso: "1928-06-09"))))
    }
}

// MARK: - Codable

@Suite("HistoricalDate Codable")
struct HistoricalDateCodableTests {
    @Test("encodes as the EDTF string alone and reads back", arguments: [
        "1928-04/1928-10", "1928", "1929-02~", "1929-01-22/..", "/1928", "192X", "1928-24", "1928-01-25T03:00",
    ])
    func roundTrip(_ text: String) throws {
        let date = try HistoricalDate(parsing: text)
        let data = try JSONEncoder().encode(date)
        #expect(try JSONDecoder().decode(String.self, from: data) == text)
        let decoded = try JSONDecoder().decode(HistoricalDate.self, from: data)
        #expect(decoded == date)
        #expect(decoded.earliest == date.earliest && decoded.latest == date.latest)
    }

    @Test("JSON is the bare string")
    func bareString() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode(try HistoricalDate(parsing: "1928-04/1928-10"))
        #expect(String(decoding: data, as: UTF8.self) == #""1928-04/1928-10""#)
    }

    @Test("inside a record")
    func inRecord() throws {
        struct Stay: Codable, Equatable { var place: String; var when: HistoricalDate }
        let stay = Stay(place: "Alma-Ata", when: try HistoricalDate(parsing: "1928-01-25/1929-01-22"))
        let data = try JSONEncoder().encode(stay)
        #expect(try JSONDecoder().decode(Stay.self, from: data) == stay)
    }

    @Test("bad EDTF fails to decode with the EDTF message")
    func badInput() {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(HistoricalDate.self, from: Data(#""1928-13""#.utf8))
        }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription.contains("month 13 at column 6"))
    }
}
