/// How alike two rankings of the same items are: Spearman's ρ and Kendall's τ-b, both with ties,
/// both 1 for the same order and −1 for the reverse. `HubRobustness` compares the full network's
/// ranking of hubs with each draw's, as Ryan and Ahnert ("The Measure of the Archive", Journal of
/// Cultural Analytics, 2021) compare a network with its resamples.
///
/// The two arguments hold one value per item, in the same order (a rank, or a score: only the
/// order matters); equal values are ties. Both return nil when fewer than two items are given or
/// when one side has all its values equal (no order to compare).
///
/// ```swift
/// RankCorrelation.spearman([1, 2, 3, 4], [1, 3, 2, 4])      // 0.8
/// RankCorrelation.kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])   // 0.666…
/// RankCorrelation.kendallTauB([1, 2, 3], [3, 2, 1])         // -1
/// ```
public enum RankCorrelation {
    /// Spearman's ρ: Pearson's correlation of the two sides' ranks, ties taking the mean of the
    /// ranks they span (1, 2.5, 2.5, 4), which is the usual tie correction; without ties it is
    /// `1 − 6 Σ d² / (n (n² − 1))`.
    ///
    /// Follows Spearman, C. (1904). "The proof and measurement of association between two things."
    /// *American Journal of Psychology* 15(1): 72–101; with ties as `scipy.stats.spearmanr`.
    ///
    /// - Parameters:
    ///   - x: one value per item.
    ///   - y: one value per item, in the order of `x`.
    /// - Returns: ρ in [−1, 1], or nil (fewer than two items, or one side constant).
    ///
    /// ```swift
    /// RankCorrelation.spearman([1, 2, 3, 4], [4, 3, 2, 1])   // -1
    /// ```
    ///
    /// Complexity: O(n log n).
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "one value per item on each side")
        guard x.count >= 2 else { return nil }
        let (rx, ry) = (meanRanks(x), meanRanks(y))
        let mean = Double(x.count + 1) / 2   // the mean of any set of mean ranks 1...n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let (dx, dy) = (rx[i] - mean, ry[i] - mean)
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return clamped(sxy / (sxx * syy).squareRoot())
    }

    /// Kendall's τ-b: `(C − D) / √((n₀ − n₁)(n₀ − n₂))`, where `C` and `D` count the concordant
    /// and discordant pairs, `n₀ = n(n − 1)/2` all pairs, `n₁` the pairs tied in `x` and `n₂`
    /// those tied in `y`. A pair tied on either side is neither concordant nor discordant.
    ///
    /// Follows Kendall, M. G. (1945). "The treatment of ties in ranking problems." *Biometrika*
    /// 33(3): 239–251, computed by Knight, W. R. (1966). "A computer method for calculating
    /// Kendall's tau with ungrouped data." *Journal of the American Statistical Association*
    /// 61(314): 436–439, as `scipy.stats.kendalltau`: sort by `x` then `y`, count the ties, and
    /// count `D` as the swaps a merge sort of `y` makes.
    ///
    /// - Parameters:
    ///   - x: one value per item.
    ///   - y: one value per item, in the order of `x`.
    /// - Returns: τ-b in [−1, 1], or nil (fewer than two items, or one side constant).
    ///
    /// ```swift
    /// RankCorrelation.kendallTauB([1, 2, 2, 3], [1, 2, 3, 4])   // 5 / √30 ≈ 0.9129
    /// ```
    ///
    /// Complexity: O(n log n).
    public static func kendallTauB(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "one value per item on each side")
        let n = x.count
        guard n >= 2 else { return nil }
        let order = x.indices.sorted { x[$0] != x[$1] ? x[$0] < x[$1] : y[$0] < y[$1] }
        let pairs = n * (n - 1) / 2
        let tiedX = tiedPairs(order.map { x[$0] })
        let tiedBoth = tiedPairs(order.map { Pair(x: x[$0], y: y[$0]) })
        var ys = order.map { y[$0] }
        let discordant = mergeSortCountingSwaps(&ys)
        let tiedY = tiedPairs(ys)
        guard pairs > tiedX, pairs > tiedY else { return nil }
        let difference = pairs - tiedX - tiedY + tiedBoth - 2 * discordant
        return clamped(Double(difference) / (Double(pairs - tiedX) * Double(pairs - tiedY)).squareRoot())
    }

    // MARK: - Steps

    /// Each value's rank from 1, ties taking the mean of the ranks they span.
    static func meanRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
            let mean = Double(start + 1 + end) / 2   // the mean of ranks start+1 ... end
            for k in start..<end { ranks[order[k]] = mean }
            start = end
        }
        return ranks
    }

    /// The number of pairs of equal values in a sorted list: `t(t − 1)/2` for each run of `t`.
    private static func tiedPairs<Value: Equatable>(_ sorted: [Value]) -> Int {
        var total = 0, run = 1
        for i in sorted.indices.dropFirst() {
            if sorted[i] == sorted[i - 1] { run += 1 } else { total += run * (run - 1) / 2; run = 1 }
        }
        return total + run * (run - 1) / 2
    }

    /// Sorts `values` ascending (a stable merge sort) and returns how many pairs were out of
    /// order (`i < j` with `values[i] > values[j]`); equal values are not out of order.
    private static func mergeSortCountingSwaps(_ values: inout [Double]) -> Int {
        var buffer = values
        var swaps = 0
        var width = 1
        while width < values.count {
            var start = 0
            while start < values.count {
                let middle = min(start + width, values.count), end = min(start + 2 * width, values.count)
                var (i, j, k) = (start, middle, start)
                while i < middle && j < end {
                    if values[j] < values[i] {
                        buffer[k] = values[j]; j += 1
                        swaps += middle - i   // values[j] jumps every value left in the first run
                    } else {
                        buffer[k] = values[i]; i += 1
                    }
                    k += 1
                }
                while i < middle { buffer[k] = values[i]; i += 1; k += 1 }
                while j < end { buffer[k] = values[j]; j += 1; k += 1 }
                start = end
            }
            swap(&values, &buffer)
            width *= 2
        }
        return swaps
    }

    /// A value and its partner, for counting pairs tied on both sides.
    private struct Pair: Equatable {
        var x: Double
        var y: Double
    }

    /// Keeps rounding from taking a correlation past ±1.
    private static func clamped(_ value: Double) -> Double {
        min(1, max(-1, value))
    }
}
