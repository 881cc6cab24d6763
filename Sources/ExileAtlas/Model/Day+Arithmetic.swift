extension Day {
    /// The day `days` after this one (before it when negative), clamped to 0001-01-01 ...
    /// 9999-12-31, so that open ends stay open.
    ///
    /// Civil-from-days after Hinnant, "chrono-compatible low-level date algorithms" (2013),
    /// the inverse of ``Day/dayNumber``.
    ///
    /// ```swift
    /// Day(iso: "1928-02-28")!.adding(days: 1).iso   // "1928-02-29"
    /// Day.distantFuture.adding(days: 1) == .distantFuture   // true
    /// ```
    public func adding(days: Int) -> Day {
        let number = dayNumber + days
        if number <= Day.distantPast.dayNumber { return .distantPast }
        if number >= Day.distantFuture.dayNumber { return .distantFuture }
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Day(year: year, month: month, day: day)!
    }
}
