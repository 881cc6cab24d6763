/// Checks that a quote stands in a source text at the lines its locator names.
///
/// Whitespace is folded (any run of spaces, tabs and line breaks counts as one space), so
/// a quote that runs across a line break is written with one space at the break.
///
/// ```swift
/// let verifier = QuoteVerifier(text: seedText)
/// verifier.check(quote: "tren llegó a Turkestán", locator: "L58")   // .found
/// ```
public struct QuoteVerifier: Sendable {
    /// What a check found.
    public enum Outcome: Sendable, Equatable {
        /// The quote stands at the locator's lines.
        case found
        /// The locator is not `L<n>` or `L<first>-<last>`.
        case badLocator
        /// The locator names lines the text does not have.
        case outOfRange(lines: Int)
        /// The quote is not at those lines; `nearby` is its line if it stands elsewhere.
        case notFound(nearby: Int?)
    }

    private let lines: [Substring]

    /// Prepares to check quotes against `text`, the whole source file (its lines are what locators
    /// count, from 1).
    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Parses `L257` or `L257-258` into a closed range of 1-based lines.
    public static func lineRange(_ locator: String) -> ClosedRange<Int>? {
        guard locator.hasPrefix("L") else { return nil }
        let parts = locator.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = Int(parts[0]),
              let last = parts.count == 2 ? Int(parts[1]) : first, first >= 1, last >= first else { return nil }
        return first...last
    }

    /// Whether `quote` stands in the lines `locator` names.
    public func check(quote: String, locator: String) -> Outcome {
        guard let range = Self.lineRange(locator) else { return .badLocator }
        guard range.upperBound <= lines.count else { return .outOfRange(lines: lines.count) }
        let wanted = Self.fold(quote)
        if Self.fold(lines[(range.lowerBound - 1)...(range.upperBound - 1)].joined(separator: " ")).contains(wanted) {
            return .found
        }
        // Where it does stand, if anywhere: the last window start that still holds it is
        // the line the quote begins on.
        let span = max(2, range.count)
        func holds(_ start: Int) -> Bool {
            start < lines.count && Self.fold(lines[start...min(start + span, lines.count - 1)].joined(separator: " ")).contains(wanted)
        }
        var nearby = lines.indices.first(where: holds)
        while let line = nearby, holds(line + 1) { nearby = line + 1 }
        nearby = nearby.map { $0 + 1 }
        return .notFound(nearby: nearby)
    }

    /// Folds every run of whitespace into one space and trims the ends.
    public static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
