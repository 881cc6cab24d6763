import Foundation
import Testing
@testable import ExileAtlas

/// Plain days and intervals of days are read on bytes; they must come out exactly as the
/// EDTF scanner reads them, and everything else (invalid days, backward intervals, other
/// forms) must still get the scanner's answer or error.
@Test func plainDaysReadAsTheScannerReadsThem() {
    var texts = ["1928-01-25", "1928-02-29", "1929-02-29", "1928-13-01", "0000-01-01", "1928-00-10", "1928-1-25",
                 "1928-01-25/1928-01-20", "1928-01-20/1928-01-25", "1928-01-25/1928-01-25", " 1928-01-25 ",
                 "+928-01-25", "1928-01-2X", "1928-01-25?", "1928-01-25/..", "1928/1929", "19280125",
                 "1928-01-25/1928-02-30", "1928-01-25 1928-01-26", "1928-01-25/1928-01-2", "9999-12-31"]
    var state: UInt64 = 1928
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    func day() -> String {
        let year = 1800 + next(260), month = next(14), dayOfMonth = next(33)
        return String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
    }
    for _ in 0..<5_000 {
        texts.append(day())
        texts.append(day() + "/" + day())
    }
    for text in texts {
        let fast = Result { () throws(EDTFError) -> HistoricalDate in try HistoricalDate(parsing: text, bytePath: true) }
        let slow = Result { () throws(EDTFError) -> HistoricalDate in try HistoricalDate(parsing: text, bytePath: false) }
        #expect(fast == slow, "\(text)")
    }
}
