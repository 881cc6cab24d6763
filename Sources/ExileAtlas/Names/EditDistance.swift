// Damerau-Levenshtein distance, restricted form ("optimal string alignment").
//
// The distance counts the insertions, deletions and substitutions of Levenshtein (1966) plus the
// transpositions of two adjacent symbols of Damerau (1964), the four error kinds Damerau found to
// cover most misspellings. In the restricted form no substring is edited more than once, so
// "ca" → "abc" costs 3, not 2; that is the usual choice for typo matching and runs in
// O(m·n) time and O(n) extra rows.
//
// References:
// - F. J. Damerau, "A technique for computer detection and correction of spelling errors",
//   Communications of the ACM 7(3):171-176, 1964. doi:10.1145/363958.363994
// - V. I. Levenshtein, "Binary codes capable of correcting deletions, insertions, and reversals",
//   Soviet Physics Doklady 10(8):707-710, 1966 (Russian original: Doklady Akademii Nauk SSSR
//   163(4):845-848, 1965).

/// Edit distances between sequences, used to suggest the nearest known name.
///
/// ```swift
/// EditDistance.damerauLevenshtein("tomks", "tomsk")  // 1 (one transposition)
/// ```
public enum EditDistance {
    /// The optimal-string-alignment Damerau-Levenshtein distance between two sequences.
    ///
    /// ```swift
    /// EditDistance.damerauLevenshtein(Array("astrakn"), Array("astrakan"))  // 1
    /// ```
    public static func damerauLevenshtein<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        let m = a.count
        let n = b.count
        if m == 0 { return n }
        if n == 0 { return m }
        // Three rolling rows: i-2, i-1 and i.
        var twoBack = [Int](repeating: 0, count: n + 1)
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        for i in 1...m {
            current[0] = i
            for j in 1...n {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1,       // deletion
                               current[j - 1] + 1,    // insertion
                               previous[j - 1] + cost) // substitution or match
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, twoBack[j - 2] + 1) // adjacent transposition
                }
                current[j] = best
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[n]
    }

    /// The optimal-string-alignment Damerau-Levenshtein distance between two strings, counted in Unicode scalars.
    ///
    /// ```swift
    /// EditDistance.damerauLevenshtein("tomks", "tomsk")  // 1
    /// ```
    public static func damerauLevenshtein(_ a: String, _ b: String) -> Int {
        damerauLevenshtein(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }
}
