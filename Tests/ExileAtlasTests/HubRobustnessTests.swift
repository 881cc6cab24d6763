import Foundation
import Testing
@testable import ExileAtlas

/// How sure a ranking of hubs is (issue 15): draws over date uncertainty and archive loss, on
/// hand-built networks with known answers and on the shipped atlas.
@Suite struct HubRobustnessTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

    private func letter(_ id: String, _ from: String, _ to: String, _ when: String?) -> Letter {
        Letter(id: id, kind: .letter, date: when.map(date), senderID: from, recipientID: to, evidence: Self.evidence)
    }

    private func robustness(_ letters: [Letter], during: String? = nil) -> HubRobustness {
        HubRobustness(letters: letters, contacts: [], exiles: [], tallies: [], by: .person, during: during.map(date))
    }

    /// The same outcome, field by field (the full network aside, which the inputs fix).
    private func same(_ a: HubRobustness.Outcome, _ b: HubRobustness.Outcome) -> Bool {
        a.nodes == b.nodes && a.perDraw == b.perDraw && a.spearman == b.spearman && a.kendall == b.kendall
            && a.messages == b.messages
    }

    // MARK: - A ranking that cannot change

    /// A star around "c" with letters both ways, every one dated to the day, and some outside the
    /// period: every draw is the full network, so every interval is the full rank and ρ = τ = 1.
    @Test func aRankingThatCannotChangeHasPointIntervals() throws {
        var letters: [Letter] = []
        for (i, leaf) in ["a", "b", "d", "e"].enumerated() {
            for k in 0...i { letters.append(letter("out-\(leaf)-\(k)", "c", leaf, "1928-06-\(10 + k)")) }
            letters.append(letter("in-\(leaf)", leaf, "c", "1928-06-2\(i)"))
        }
        letters.append(letter("outside", "a", "b", "1928-08-01"))     // out of the period in every draw
        letters.append(letter("undated", "b", "a", nil))              // likewise
        let robustness = robustness(letters, during: "1928-06")
        for measure in CentralityMeasure.allCases {
            let outcome = try robustness.run(measure: measure, draws: 50, seed: 7, top: 2)
            #expect(outcome.nodes.map(\.node).sorted() == ["a", "b", "c", "d", "e"])
            for node in outcome.nodes {
                #expect(node.medianRank == node.rank && node.lowRank == node.rank && node.highRank == node.rank)
                #expect(node.presence == 1 && node.topShare == (node.rank <= 2 ? 1 : 0))
            }
            #expect(outcome.spearman == HubRobustness.Spread(median: 1, low: 1, high: 1, draws: 50))
            #expect(outcome.kendall == HubRobustness.Spread(median: 1, low: 1, high: 1, draws: 50))
            #expect(outcome.messages == HubRobustness.Spread(median: 14, low: 14, high: 14, draws: 50))
        }
        let betweenness = try robustness.run(measure: .betweenness, draws: 10)
        #expect(betweenness.nodes.first?.node == "c" && betweenness.nodes.first?.rank == 1)
        #expect(betweenness.nodes.dropFirst().allSatisfy { $0.rank == 2 })   // the leaves share a rank
    }

    // MARK: - Dates drawn within their bounds

    /// `1928-06/1928-07` spans 61 days, 30 of them in June: a letter so dated falls inside a
    /// June slice in 30/61 of the draws (±0.05 is over three binomial standard deviations at
    /// 1,000 draws). Its nodes are absent otherwise, and then rank after the draw's last node.
    @Test func aLetterAtTheSliceBoundaryFallsInsideAboutHalfTheTime() throws {
        var letters = ["a1", "a2", "a3", "a4"].map { letter("c-\($0)", "c", $0, "1928-06-15") }
        letters.append(letter("boundary", "x", "y", "1928-06/1928-07"))
        let outcome = try robustness(letters, during: "1928-06").run(measure: .degree, draws: 1000, seed: 1928, top: 2)
        let y = try #require(outcome.nodes.first { $0.node == "y" })
        #expect(abs(y.presence - 30.0 / 61) < 0.05)
        #expect(y.rank == 2)                                   // the full network counts the overlapping letter
        #expect(y.lowRank == 2 && y.highRank == 6)             // present: rank 2 of 7; absent: after c, a1...a4
        #expect(y.topShare == y.presence)
        let present = outcome.perDraw.filter { $0.nodes == 7 }.count
        #expect(Double(present) / 1000 == y.presence)
        #expect(outcome.perDraw.allSatisfy { $0.nodes == 7 || $0.nodes == 5 })
        let c = try #require(outcome.nodes.first { $0.node == "c" })
        #expect(c.lowRank == 1 && c.highRank == 1 && c.presence == 1)
        #expect(y.basis.letters == 1 && y.basis.looselyDated == 1 && y.basis.datedToMonth == 1)
    }

    /// `~` and `?` widen a date by one unit of its precision on each side; the span is what a
    /// day is drawn from.
    @Test func approximateAndUncertainDatesAreWidenedByOneUnit() {
        func span(_ text: String) -> String? {
            HubRobustness.drawingSpan(of: date(text)).map { "\($0.lowerBound.iso)/\($0.upperBound.iso)" }
        }
        #expect(span("1928-06/1928-07") == "1928-06-01/1928-07-31")      // no qualifier: the bounds
        #expect(span("1928-06-09") == "1928-06-09/1928-06-09")
        #expect(span("1928-06-09~") == "1928-06-08/1928-06-10")          // a day: ± 1 day
        #expect(span("1928-01-31%") == "1928-01-30/1928-02-01")
        #expect(span("1928-06?") == "1928-05-01/1928-07-31")             // a month: ± 1 month
        #expect(span("1928-01/1928-02?") == "1927-12-01/1928-03-31")     // the last day stays the last
        #expect(span("1928-03-31/1928-06-09~") == "1928-03-30/1928-06-10") // an interval: by its start's unit
        #expect(span("1928~") == "1927-01-01/1929-12-31")                // a year: ± 1 year
        #expect(span("192X?") == "1919-01-01/1930-12-31")
        #expect(span("1928-22~") == "1928-03-01/1928-11-30")             // summer: ± its three months
        #expect(span("1928-24?") == "1928-09-01/1929-05-31")             // winter runs into the next year
        #expect(span("1929-01-22/..") == nil && span("/1928") == nil)    // open or unknown ends: no span
    }

    /// `1928-06-09~` can mean 8, 9 or 10 June: in a slice of 10 June it is in a third of the draws.
    @Test func aWidenedDayFallsOutsideItsWrittenDay() throws {
        let letters = [letter("approx", "x", "y", "1928-06-09~"), letter("exact", "c", "d", "1928-06-10")]
        let outcome = try robustness(letters, during: "1928-06-10").run(measure: .degree, draws: 1000, seed: 3)
        #expect(outcome.network.graph.nodeCount == 2)          // the full network keeps the written day, out
        let inside = Double(outcome.perDraw.filter { $0.messages == 2 }.count) / 1000
        #expect(abs(inside - 1.0 / 3) < 0.05)
        #expect(outcome.nodes.map(\.node).sorted() == ["c", "d"])
    }

    /// Undated letters keep no date: out of a period in every draw, in every draw without one.
    @Test func undatedLettersAreOutOfASliceAndInTheWholeRecord() throws {
        let letters = [letter("dated", "a", "b", "1928-06-01"), letter("undated", "b", "c", nil),
                       letter("open", "c", "d", "1928-06/..")]
        let sliced = try robustness(letters, during: "1928-06").run(measure: .degree, draws: 20)
        #expect(sliced.perDraw.allSatisfy { $0.messages == 1 })
        #expect(sliced.network.coverage.messages == 2)         // the full network counts the open-ended one
        let whole = try robustness(letters).run(measure: .degree, draws: 20)
        #expect(whole.perDraw.allSatisfy { $0.messages == 3 })
        let c = try #require(whole.nodes.first { $0.node == "c" })
        #expect(c.basis.undated == 2 && c.basis.letters == 2 && c.basis.looselyDated == 0)
        #expect(c.medianRank == c.rank && c.lowRank == c.rank && c.highRank == c.rank)
    }

    // MARK: - Seeds

    @Test func theSameSeedGivesTheSameOutcomeAndAnotherSeedOtherDraws() throws {
        var letters = (0..<30).map { letter("l\($0)", "n\($0 % 7)", "n\(($0 * 3 + 1) % 7)", "1928-0\(1 + $0 % 6)") }
        letters.append(letter("u", "n1", "n5", nil))
        let robustness = robustness(letters, during: "1928-02/1928-04")
        let first = try robustness.run(measure: .pagerank, draws: 200, seed: 42, loss: 0.3)
        let again = try robustness.run(measure: .pagerank, draws: 200, seed: 42, loss: 0.3)
        #expect(same(first, again))
        let other = try robustness.run(measure: .pagerank, draws: 200, seed: 43, loss: 0.3)
        #expect(first.perDraw != other.perDraw)
        // A draw depends on the seed and its index alone: the first 50 of 200 draws are a run of 50.
        let fewer = try robustness.run(measure: .pagerank, draws: 50, seed: 42, loss: 0.3)
        #expect(Array(first.perDraw.prefix(50)) == fewer.perDraw)
    }

    /// The generator is xoshiro256** seeded by SplitMix64, checked against Vigna's reference C
    /// code (prng.di.unimi.it/xoshiro256starstar.c and splitmix64.c), compiled and run for these
    /// values.
    @Test func theGeneratorIsXoshiro256StarStarSeededBySplitMix64() {
        var reference = DrawGenerator(state: (1, 2, 3, 4))
        #expect([reference.next(), reference.next(), reference.next()] == [0x2d00, 0, 0x5a00_7080])
        // State from SplitMix64 at 1928: draw 0 takes its outputs 1-4, draw 2 its outputs 9-12.
        var draw0 = DrawGenerator(seed: 1928, draw: 0), draw2 = DrawGenerator(seed: 1928, draw: 2)
        #expect([draw0.next(), draw0.next()] == [0xee67_3c61_facc_c786, 0x6b63_c180_2c5f_9467])
        #expect([draw2.next(), draw2.next()] == [0xfc5b_6603_6cd7_a6bf, 0x7fc8_27d1_e25b_ee7f])
        // Bounded draws cover their range evenly.
        var generator = DrawGenerator(seed: 9, draw: 0)
        var counts = [Int](repeating: 0, count: 3)
        for _ in 0..<30_000 { counts[generator.next(below: 3)] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 400 })
        #expect((0..<1000).allSatisfy { _ in (0..<1).contains(generator.nextUnit()) })
    }

    // MARK: - Rank correlation

    @Test func spearmanAndKendallOnHandWorkedRankings() {
        #expect(RankCorrelation.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(RankCorrelation.kendallTauB([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(RankCorrelation.spearman([1, 2, 3, 4], [1, 2, 3, 4]) == 1)
        // One swap among four: ρ = 1 − 6·2 / (4·15) = 0.8; τ = (5 − 1) / 6.
        #expect(abs(RankCorrelation.spearman([1, 2, 3, 4], [1, 3, 2, 4])! - 0.8) < 1e-12)
        #expect(abs(RankCorrelation.kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])! - 4.0 / 6) < 1e-12)
        // A tie on one side: τ-b = (5 − 0) / √(5 · 6).
        #expect(abs(RankCorrelation.kendallTauB([1, 2, 2, 3], [1, 2, 3, 4])! - 5 / 30.0.squareRoot()) < 1e-12)
        // Ties on both sides, against scipy.stats 1.17.1 (spearmanr, kendalltau with variant "b").
        let x: [Double] = [1, 2, 2, 4, 5, 5, 5, 8, 9, 10], y: [Double] = [2, 1, 3, 3, 6, 5, 9, 7, 7, 10]
        #expect(abs(RankCorrelation.spearman(x, y)! - 0.8947754370913888) < 1e-12)
        #expect(abs(RankCorrelation.kendallTauB(x, y)! - 0.7859370885787427) < 1e-12)
        // Undefined: a constant side, or fewer than two items.
        #expect(RankCorrelation.spearman([1, 1, 1], [1, 2, 3]) == nil && RankCorrelation.kendallTauB([1, 2, 3], [2, 2, 2]) == nil)
        #expect(RankCorrelation.spearman([1], [1]) == nil && RankCorrelation.kendallTauB([], []) == nil)
    }

    /// Knight's O(n log n) τ-b against the pair-by-pair definition, on many tie-heavy rankings.
    @Test func kendallMatchesThePairwiseDefinition() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<200 {
            let n = Int.random(in: 2...40, using: &generator)
            let x = (0..<n).map { _ in Double(Int.random(in: 1...6, using: &generator)) }
            let y = (0..<n).map { _ in Double(Int.random(in: 1...6, using: &generator)) }
            var concordant = 0, discordant = 0, tiedX = 0, tiedY = 0
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let (dx, dy) = (x[i] - x[j], y[i] - y[j])
                    if dx == 0 { tiedX += 1 }
                    if dy == 0 { tiedY += 1 }
                    if dx * dy > 0 { concordant += 1 } else if dx * dy < 0 { discordant += 1 }
                }
            }
            let pairs = n * (n - 1) / 2
            let expected = pairs == tiedX || pairs == tiedY ? nil
                : Double(concordant - discordant) / (Double(pairs - tiedX) * Double(pairs - tiedY)).squareRoot()
            let got = RankCorrelation.kendallTauB(x, y)
            #expect((got == nil) == (expected == nil))
            if let got, let expected { #expect(abs(got - expected) < 1e-12) }
        }
    }

    // MARK: - Loss

    /// With F = 0.5 each of 1,000 parallel letters survives a draw with probability one half:
    /// the mean over 200 draws lies within 5 of 500 (the standard deviation of the mean is 1.1).
    /// A larger loss with the same seed loses every letter a smaller one lost.
    @Test func lossKeepsTheShareAsked() throws {
        let letters = (0..<1000).map { letter("l\($0)", $0 % 2 == 0 ? "a" : "c", $0 % 2 == 0 ? "b" : "d", "1928-06-01") }
        let robustness = robustness(letters)
        let half = try robustness.run(measure: .strength, draws: 200, seed: 11, loss: 0.5)
        let mean = Double(half.perDraw.map(\.messages).reduce(0, +)) / 200
        #expect(abs(mean - 500) < 5)
        #expect(half.messages.low < 500 && half.messages.high > 500 && half.messages.high - half.messages.low < 80)
        let less = try robustness.run(measure: .strength, draws: 200, seed: 11, loss: 0.3)
        #expect(zip(less.perDraw, half.perDraw).allSatisfy { $0.messages >= $1.messages })
        #expect(abs(Double(less.perDraw.map(\.messages).reduce(0, +)) / 200 - 700) < 5)
        #expect(throws: HubRobustness.ParameterError.loss(1)) { try robustness.run(measure: .strength, draws: 1, loss: 1) }
        #expect(throws: HubRobustness.ParameterError.draws(0)) { try robustness.run(measure: .strength, draws: 0) }
        #expect(throws: HubRobustness.ParameterError.top(0)) { try robustness.run(measure: .strength, draws: 1, top: 0) }
    }

    /// F = 1 − documented / tallied, in the directions the tallies count, clamped to [0, 0.99].
    @Test func theTallyHelpersArithmetic() {
        func tally(_ direction: Tally.Direction, _ count: Int, max: Int? = nil) -> Tally {
            Tally(id: "\(direction)-\(count)", personID: "t", placeID: "aa", direction: direction, item: "letter",
                  count: count, countMax: max, period: date("1928-04/1928-10"), scope: nil, evidence: Self.evidence, note: nil)
        }
        let trotsky = [tally(.sent, 800), tally(.sent, 550), tally(.received, 1000), tally(.received, 700)]
        #expect(HubRobustness.impliedLoss(tallies: trotsky, documentedSent: 40, documentedReceived: 50) == 1 - 90.0 / 3050)
        // Sent alone: the letters received do not count.
        #expect(HubRobustness.impliedLoss(tallies: [tally(.sent, 800)], documentedSent: 200, documentedReceived: 999) == 0.75)
        // A range counts by its lower figure; `other` tallies not at all.
        #expect(HubRobustness.impliedLoss(tallies: [tally(.sent, 100, max: 400)], documentedSent: 50, documentedReceived: 0) == 0.5)
        #expect(HubRobustness.impliedLoss(tallies: [tally(.other, 6000)], documentedSent: 5, documentedReceived: 5) == nil)
        #expect(HubRobustness.impliedLoss(tallies: [tally(.sent, 10)], documentedSent: 30, documentedReceived: 0) == 0)
        #expect(HubRobustness.impliedLoss(tallies: [tally(.sent, 10_000)], documentedSent: 0, documentedReceived: 0) == 0.99)
        #expect(HubRobustness.impliedLoss(tallies: [], documentedSent: 1, documentedReceived: 1) == nil)
    }

    // MARK: - The shipped atlas

    /// Betweenness by person over April-October 1928 (the tallies' period), 200 draws of the
    /// dates alone: Trotsky is first in every draw; a node whose letters are all dated to the day
    /// is in every draw, and its interval holds its full rank; a draw counts at most the letters of
    /// the full network, which takes in every letter that only overlaps the period.
    @Test func theShippedNetworkByPersonIn1928() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let period = date("1928-04/1928-10")
        let robustness = HubRobustness(letters: try atlas.allLetters(), contacts: try atlas.contacts(),
                                       exiles: try atlas.exiles(), tallies: try atlas.tallies(), people: try atlas.people(),
                                       by: .person, during: period, placement: try atlas.placement())
        let outcome = try robustness.run(measure: .betweenness, draws: 200, seed: HubRobustness.defaultSeed, top: 3)
        let trotsky = try #require(outcome.nodes.first)
        #expect(trotsky.node == "trotsky" && trotsky.rank == 1)
        #expect(trotsky.medianRank == 1 && trotsky.lowRank == 1 && trotsky.highRank == 1 && trotsky.topShare == 1)
        #expect(trotsky.basis.documentedSent > 0 && trotsky.basis.tallies.count == 4)
        #expect(trotsky.basis.letters == trotsky.basis.exactlyDated + trotsky.basis.looselyDated)
        let exact = outcome.nodes.filter { $0.basis.looselyDated == 0 }
        #expect(exact.count > 20)
        for node in exact {
            #expect(node.presence == 1)
            #expect(node.lowRank <= node.rank && node.rank <= node.highRank, "\(node.node)")
        }
        #expect(outcome.perDraw.allSatisfy { $0.messages <= outcome.network.coverage.messages })
        #expect(outcome.messages.high < Double(outcome.network.coverage.messages))   // loosely dated letters fall out
        let rho = try #require(outcome.spearman), tau = try #require(outcome.kendall)
        #expect(rho.draws == 200 && rho.low <= rho.median && rho.median <= rho.high && rho.high < 1 && rho.low > 0.5)
        #expect(tau.low <= tau.median && tau.median <= tau.high && tau.high < 1)
        #expect(outcome.nodes.map(\.node) == outcome.scores.ranked().map(\.node))

        // The tallies imply the loss: Trotsky's 3,050 counted messages against those the atlas documents
        // for him over the same months.
        let implied = try #require(robustness.tallyLoss())
        let documented = CorrespondenceGraph(letters: try atlas.allLetters(), contacts: [], exiles: try atlas.exiles(),
                                             tallies: [], by: .person, during: period, includeContacts: false,
                                             placement: try atlas.placement()).counts(of: "trotsky")
        #expect(implied.nodes.map(\.node) == ["trotsky"] && implied.nodes[0].tallied == 3050)
        #expect(implied.nodes[0].documented == documented.messagesOut + documented.messagesIn)
        #expect(implied.loss == 1 - Double(implied.nodes[0].documented) / 3050 && implied.loss > 0.9)
    }

    /// The exact day a draw gives a letter is the value parsing its ISO text reads.
    @Test func aDrawnDayIsTheParsedDay() {
        for text in ["1928-06-09", "0001-01-01", "9999-12-31", "1928-02-29"] {
            let day = Day(iso: text)!
            #expect(HistoricalDate(day: day) == date(text))
            #expect(HistoricalDate(day: day).precision == .day && !HistoricalDate(day: day).isApproximate)
        }
    }
}
