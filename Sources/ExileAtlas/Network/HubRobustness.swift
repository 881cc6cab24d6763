/// How sure a ranking of hubs is, given that most letters are dated only to a month or a year
/// and that the surviving letters are a fraction of those sent: the ranking of the full network
/// set beside the rankings of many networks drawn from it.
///
/// The full network is ``CorrespondenceGraph`` built from the inputs as they are: the network
/// `exile hubs` ranks. Each draw builds the same network from the letters drawn anew:
///
/// 1. **Dates.** Every dated letter gets one day, drawn uniformly from the days its EDTF date can
///    mean, `earliest ... latest` (`1928-06/1928-07`: 61 days, each as likely). A date marked
///    approximate (`~`), uncertain (`?`) or both (`%`) is first widened by one unit of its
///    precision on each side: a day by one day (`1928-06-09~`: 8-10 June), a month by one month
///    (`1928-06?`: 1 May to 31 July), a year by one year (`1928~`: 1927-1929), a season by its
///    three months (`1928-22~`: March to November 1928); an interval by the unit of its start
///    (see ``HistoricalDate/precision``), on both ends. ``drawingSpan(of:)`` is the rule. An
///    undated letter, or one with an open or unknown end (`1929-01-22/..`), has no span to draw
///    from and keeps no date: with `during` it is out of every draw (as an undated letter is out
///    of the full network), without it in every draw.
/// 2. **Loss.** Every letter (a row standing for several messages too) is then kept with
///    probability `1 − loss`, independently: archive loss. Contacts and relays are kept as they
///    are. The default loss is ``defaultLoss``, 0: the draws measure date uncertainty alone,
///    since the sources state a loss for one node only (Trotsky's tallies, April-October 1928)
///    and spreading it over every node is an assumption the caller should choose to make
///    (``tallyLoss()`` gives the figure).
/// 3. **Ranking.** A letter now bears one exact day, so `during` puts it wholly in or out; its
///    parties stay where the full network placed them (a draw moves a letter in time, not in
///    space). The network of the kept letters and the contacts is built by the
///    ``CorrespondenceGraph`` rule, the measure computed and the nodes ranked by
///    ``CentralityMeasure/Scores/ranked(label:)`` (equal scores share a rank).
///
/// For every node of the full network the outcome gives its full rank and score, the median rank
/// over the draws, the 5 % and 95 % rank percentiles, and the share of draws in which it is in
/// the top `k`. A node absent from a draw (all its letters lost or out of the slice) takes the
/// rank after the last node of that draw: the number of nodes in it, plus one; it is not in the
/// top `k` of that draw. Percentiles are nearest-rank: the p % value of `N` sorted values is the
/// `⌈pN / 100⌉`-th, so every reported rank is one a draw gave, and the median of an even number
/// of draws is the lower middle one. For the ranking as a whole, Spearman's ρ and Kendall's τ-b
/// (``RankCorrelation``) between the full ranking and each draw's, over the full network's nodes,
/// summed up the same way (median, 5 % and 95 %), after Ryan, Y. C. & Ahnert, S. E. (2021). "The
/// Measure of the Archive: The Robustness of Network Analysis in Early Modern Correspondence."
/// *Journal of Cultural Analytics* 6(3).
///
/// The numbers are pseudo-random but fixed by the seed: draw `i` has its own generator made from
/// `(seed, i)` alone (`DrawGenerator`: xoshiro256** seeded by SplitMix64), so the same seed
/// gives the same outcome byte for byte, on any machine and however the draws are spread over
/// cores. Dates are drawn before the loss, so two runs with one seed and different losses share
/// their dates, and the letters lost at a smaller loss are lost at a larger one too.
///
/// ```swift
/// let robustness = HubRobustness(letters: try atlas.allLetters(), contacts: try atlas.contacts(),
///                                exiles: try atlas.exiles(), tallies: try atlas.tallies(),
///                                people: try atlas.people(), by: .person,
///                                placement: try atlas.placement())
/// let outcome = try robustness.run(measure: .betweenness, draws: 1000, seed: 1928)
/// outcome.nodes[0].node                          // "trotsky"
/// (outcome.nodes[0].lowRank, outcome.nodes[0].highRank)
/// outcome.spearman?.median
/// ```
///
/// Complexity: one draw costs one pass over the letters, one build of the network and one
/// computation of the measure. Draws run on all cores when the network is small enough for the
/// measure to run on one (the measures spread a large network over the cores themselves).
public struct HubRobustness: Sendable {
    // MARK: - Outcome

    /// A median and a 5-95 % interval of a value over the draws (nearest-rank percentiles).
    public struct Spread: Sendable, Hashable {
        /// The median (the lower middle value for an even number of draws).
        public var median: Double
        /// The 5 % percentile.
        public var low: Double
        /// The 95 % percentile.
        public var high: Double
        /// How many draws the value is defined for (a correlation is not when a draw ranks all
        /// the nodes equal).
        public var draws: Int
    }

    /// What a node's interval rests on: its letters, how loosely they are dated, its contacts and
    /// its tallies (for `--evidence`: "rank 1-3 rests on 12 letters, 9 dated to a month").
    ///
    /// A node's letters are the messages that tie it to another node (self-loops are not counted)
    /// and that a draw can count: every dated one whose drawing span overlaps the period, and,
    /// with no period, the undated ones too.
    public struct Basis: Sendable, Hashable {
        /// The node's letters that a draw can count (see above).
        public var letters: Int
        /// Of those, the ones dated to one day without `~` or `?`: in every draw, on that day.
        public var exactlyDated: Int
        /// Of those, the ones whose drawing span is more than a day: in or out of a period by the draw.
        public var looselyDated: Int
        /// The node's letters with no date or an open end: in `letters` only when there is no period.
        public var undated: Int
        /// Of the dated letters counted in `letters`, those whose date is written to the day
        /// (``HistoricalDate/precision``; an interval by its start).
        public var datedToDay: Int
        /// … to the month.
        public var datedToMonth: Int
        /// … to the year or a season.
        public var datedToYear: Int
        /// Contacts and relay hops to and from the node: kept in every draw.
        public var contacts: Int
        /// Messages the node sent in the full network (``CorrespondenceGraph/Counts/messagesOut``).
        public var documentedSent: Int
        /// Messages the node received in the full network.
        public var documentedReceived: Int
        /// The sources' own totals for the node (``CorrespondenceGraph/tallies(for:)``).
        public var tallies: [Tally]
    }

    /// One node of the full network: its full rank and where the draws put it.
    public struct NodeStability: Sendable, Hashable {
        /// The node's id.
        public var node: String
        /// The rank in the full network (1 for the highest score; equal scores share a rank).
        public var rank: Int
        /// The score in the full network (the hub score for `hits`).
        public var score: Double
        /// The median rank over the draws (nearest-rank: the lower middle one for an even count).
        public var medianRank: Int
        /// The 5 % percentile of the draws' ranks (nearest-rank): the better end of the interval.
        public var lowRank: Int
        /// The 95 % percentile of the draws' ranks (nearest-rank): the worse end of the interval.
        public var highRank: Int
        /// The share of draws in which the node is present and ranked at most `top`.
        public var topShare: Double
        /// The share of draws in which the node is in the network at all.
        public var presence: Double
        /// What the interval rests on.
        public var basis: Basis
    }

    /// One draw, summed up.
    public struct Draw: Sendable, Hashable {
        /// Spearman's ρ between the full ranking and this draw's, over the full network's nodes;
        /// nil when undefined (all nodes ranked equal).
        public var spearman: Double?
        /// Kendall's τ-b, likewise.
        public var kendall: Double?
        /// Messages counted in the draw's network (``CorrespondenceGraph/Coverage/messages``).
        public var messages: Int
        /// Nodes in the draw's network.
        public var nodes: Int
    }

    /// The outcome of a run: everything `exile hubs --robustness` shows.
    ///
    /// ```swift
    /// for node in outcome.nodes.prefix(10) {
    ///     print(node.rank, node.node, node.medianRank, "\(node.lowRank)-\(node.highRank)", node.topShare)
    /// }
    /// ```
    public struct Outcome: Sendable {
        /// The measure the nodes are ranked by.
        public var measure: CentralityMeasure
        /// Whether betweenness and closeness took weights as inverse lengths.
        public var weighted: Bool
        /// The number of draws.
        public var draws: Int
        /// The seed the draws' generators are made from.
        public var seed: UInt64
        /// The probability that a letter is lost in a draw.
        public var loss: Double
        /// The `k` of the top-`k` shares.
        public var top: Int
        /// The full network (its counts, coverage, kinds and tallies).
        public var network: CorrespondenceGraph
        /// The measure's scores in the full network (with the authorities for `hits`).
        public var scores: CentralityMeasure.Scores
        /// Every node of the full network, in the order of its full ranking.
        public var nodes: [NodeStability]
        /// Spearman's ρ between the full ranking and the draws'; nil when no draw defines it.
        public var spearman: Spread?
        /// Kendall's τ-b between the full ranking and the draws'; nil when no draw defines it.
        public var kendall: Spread?
        /// The messages counted per draw (against `network.coverage.messages` in the full network).
        public var messages: Spread
        /// Each draw, in order.
        public var perDraw: [Draw]
        /// How a letter's day is drawn (``HubRobustness/wideningRule``).
        public var wideningRule: String { HubRobustness.wideningRule }
        /// How the percentiles are taken (``HubRobustness/percentileRule``).
        public var percentileRule: String { HubRobustness.percentileRule }
        /// Where a node absent from a draw ranks (``HubRobustness/absentRule``).
        public var absentRule: String { HubRobustness.absentRule }
    }

    /// The loss the sources' own totals imply: the share of a tallied node's letters that the
    /// archive lost, `1 − documented / tallied`, node by node and pooled.
    public struct TallyLoss: Sendable, Hashable {
        /// One node with tallies.
        public struct Node: Sendable, Hashable {
            /// The node's id.
            public var node: String
            /// The messages its tallies count (the lower figure of a range).
            public var tallied: Int
            /// The messages the atlas documents for it in the tallies' periods and directions.
            public var documented: Int
            /// `1 − documented / tallied`, clamped to [0, 0.99].
            public var loss: Double
        }
        /// The pooled loss, `1 − Σ documented / Σ tallied` over `nodes`, clamped to [0, 0.99]:
        /// the figure to pass as `loss`.
        public var loss: Double
        /// The nodes it comes from.
        public var nodes: [Node]
    }

    /// A parameter of `run` out of its range.
    public enum ParameterError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The number of draws is below 1.
        case draws(Int)
        /// The loss is not in [0, 1).
        case loss(Double)
        /// The `k` of the top-`k` shares is below 1.
        case top(Int)

        /// One sentence on what is wrong and what to give instead.
        public var description: String {
            switch self {
            case .draws(let n): "the number of draws must be a whole number of at least 1, not \(n)"
            case .loss(let f): "the loss must be a share from 0 up to but not including 1 (0.5 loses half the letters), not \(f)"
            case .top(let k): "the top k must be a whole number of at least 1, not \(k)"
            }
        }
    }

    // MARK: - Rules

    /// The loss when none is asked for: 0, date uncertainty alone (see the type's documentation).
    public static let defaultLoss = 0.0

    /// A seed for callers that are not given one, so that an outcome is reproducible by default.
    public static let defaultSeed: UInt64 = 1928

    /// How a letter's day is drawn, in one sentence (for notes under a table).
    public static let wideningRule = "each dated letter's day is drawn uniformly from the days its EDTF date can mean; "
        + "a date marked ~ or ? is first widened by one unit of its precision on each side (a day, a month, "
        + "a year, a season's three months); an undated or open-ended letter keeps no date (out of a period, "
        + "in the whole record)"

    /// How the median and the 5-95 % interval are taken, in one sentence.
    public static let percentileRule = "nearest-rank percentiles: the p % value of N sorted draws is the ⌈pN/100⌉-th "
        + "(the median of an even number is the lower middle one)"

    /// Where a node absent from a draw ranks, in one sentence.
    public static let absentRule = "a node absent from a draw (all its letters lost or out of the period) takes "
        + "the rank after the last node of that draw, and is not in its top k"

    /// The days a letter's date is drawn from: `earliest ... latest`, widened by one unit of the
    /// date's precision on each side when it is approximate or uncertain (the rule in the type's
    /// documentation); nil for a date with an open or unknown end.
    ///
    /// ```swift
    /// HubRobustness.drawingSpan(of: try HistoricalDate(parsing: "1928-06/1928-07"))   // 1928-06-01 ... 1928-07-31
    /// HubRobustness.drawingSpan(of: try HistoricalDate(parsing: "1928-06?"))          // 1928-05-01 ... 1928-07-31
    /// HubRobustness.drawingSpan(of: try HistoricalDate(parsing: "1928-06-09~"))       // 1928-06-08 ... 1928-06-10
    /// ```
    ///
    /// - Parameter date: a letter's date.
    /// - Returns: the span, or nil when an end is open or unknown.
    public static func drawingSpan(of date: HistoricalDate) -> ClosedRange<Day>? {
        guard !date.isOpenStart, !date.isOpenEnd, !date.isUnknownStart, !date.isUnknownEnd else { return nil }
        guard date.isApproximate || date.isUncertain else { return date.earliest...date.latest }
        let months: Int
        switch date.precision {
        case .day: return date.earliest.adding(days: -1)...date.latest.adding(days: 1)
        case .month: months = 1
        // A year, or unspecified digits, begins in January; a season (the only other `.year`
        // date the reader makes) begins in March, June, September or December.
        case .year: months = date.earliest.month == 1 ? 12 : 3
        }
        return shifted(date.earliest, months: -months)...shifted(date.latest, months: months)
    }

    /// The loss a node's tallies imply: the share of its letters the archive lost,
    /// `F = 1 − documented / tallied`, clamped to [0, 0.99].
    ///
    /// Only the directions the tallies count take part: with tallies of letters sent alone, the
    /// documented messages received do not count. A range (`count ... countMax`) counts by its
    /// lower figure, so the loss is the least the source allows. Tallies of `other` things are
    /// ignored. Give the documented counts of the tallies' period (a network sliced to it); the
    /// caller that passes this `F` as `loss` assumes every node lost as large a share as the
    /// tallied one.
    ///
    /// ```swift
    /// // Trotsky, April-October 1928: 800 + 550 sent and 1,000 + 700 received, 40 and 50 documented
    /// HubRobustness.impliedLoss(tallies: trotsky, documentedSent: 40, documentedReceived: 50)   // 1 − 90 / 3050 ≈ 0.97
    /// ```
    ///
    /// - Parameters:
    ///   - tallies: the node's tallies, of one period.
    ///   - documentedSent: the messages the node sent in that period, as documented.
    ///   - documentedReceived: the messages it received.
    /// - Returns: the loss, or nil when no tally counts messages sent or received.
    public static func impliedLoss(tallies: [Tally], documentedSent: Int, documentedReceived: Int) -> Double? {
        let (tallied, documented) = totals(tallies: tallies, documentedSent: documentedSent,
                                           documentedReceived: documentedReceived)
        return tallied > 0 ? lossClamped(1 - Double(documented) / Double(tallied)) : nil
    }

    // MARK: - Stored inputs

    /// The full network: the inputs as they are, as `exile hubs` ranks them.
    public let network: CorrespondenceGraph
    /// The letters a draw starts from, with their parties placed once and their drawing spans.
    private let drawables: [Drawable]
    private let contacts: [Contact]
    private let basisByNode: [String: Basis]

    // MARK: - Initializers

    /// Prepares the draws: builds the full network, places every letter's parties once, and works
    /// out every letter's drawing span and every node's basis. The parameters are those of
    /// ``CorrespondenceGraph/init(letters:contacts:exiles:tallies:people:by:during:includeContacts:placement:)``.
    ///
    /// ```swift
    /// let robustness = HubRobustness(letters: letters, contacts: contacts, exiles: exiles, tallies: tallies,
    ///                                by: .place, during: try HistoricalDate(parsing: "1928-06"))
    /// ```
    ///
    /// - Parameters:
    ///   - letters: the messages.
    ///   - contacts: regular contacts and relays (kept in every draw).
    ///   - exiles: where people were, when no `placement` is given.
    ///   - tallies: aggregate counts, for ``tallyLoss()`` and the bases.
    ///   - people: the person rows, to tell groups from individuals.
    ///   - mode: people or places as nodes.
    ///   - during: only what falls in this period; nil for everything, undated letters included.
    ///   - includeContacts: whether contacts and relays add edges.
    ///   - placement: the whereabouts rule; by default, over `exiles` alone.
    public init(letters: [Letter], contacts: [Contact], exiles: [Exile], tallies: [Tally], people: [Person] = [],
                by mode: NetworkMode, during: HistoricalDate? = nil, includeContacts: Bool = true,
                placement: Placement? = nil) {
        let placement = placement ?? Placement(exiles: exiles)
        network = CorrespondenceGraph(letters: letters, contacts: contacts, exiles: exiles, tallies: tallies,
                                      people: people, by: mode, during: during, includeContacts: includeContacts,
                                      placement: placement)
        drawables = letters.map { Drawable(letter: $0, placement: placement) }
        self.contacts = includeContacts ? contacts : []
        basisByNode = Self.bases(of: network, drawables: drawables)
    }

    // MARK: - Running

    /// Draws `draws` networks and sets their rankings beside the full network's.
    ///
    /// ```swift
    /// let outcome = try robustness.run(measure: .pagerank, draws: 1000, seed: 7, loss: 0.5, top: 5)
    /// outcome.nodes.first { $0.node == "rakovsky" }?.topShare
    /// ```
    ///
    /// - Parameters:
    ///   - measure: the centrality measure.
    ///   - weighted: weighted betweenness and closeness (``CentralityMeasure/scores(_:weighted:)``).
    ///   - draws: how many networks to draw, at least 1.
    ///   - seed: fixes every draw.
    ///   - loss: the probability that a letter is lost, in [0, 1); ``defaultLoss`` by default.
    ///   - top: the `k` of the top-`k` shares, at least 1.
    ///   - label: the display name of a node, to order the nodes of equal score in the full
    ///     ranking as `exile hubs` does (ranks do not depend on it).
    /// - Returns: the outcome, its nodes in the order of the full ranking.
    /// - Throws: ``ParameterError`` when `draws`, `loss` or `top` is out of range.
    public func run(measure: CentralityMeasure, weighted: Bool = false, draws: Int, seed: UInt64 = defaultSeed,
                    loss: Double = defaultLoss, top: Int = 10,
                    label: (String) -> String = { $0 }) throws(ParameterError) -> Outcome {
        guard draws >= 1 else { throw .draws(draws) }
        guard loss >= 0, loss < 1 else { throw .loss(loss) }
        guard top >= 1 else { throw .top(top) }

        let scores = measure.scores(network.graph, weighted: weighted)
        let full = scores.ranked(label: label)
        let n = full.count
        let position = Dictionary(uniqueKeysWithValues: full.enumerated().map { ($0.element.node, $0.offset) })
        let fullRanks = full.map { Double($0.rank) }

        // One row of n ranks per draw, and the draw's sums; each draw writes its own row.
        let ranks = UnsafeMutablePointer<Int32>.allocate(capacity: max(draws * n, 1))
        let sums = UnsafeMutablePointer<Draw>.allocate(capacity: draws)
        defer { ranks.deallocate(); sums.deallocate() }
        let (sharedRanks, sharedSums) = (SharedPointer(base: ranks), SharedPointer(base: sums))
        let chunks = sourceChunkCount(nodeCount: n, edgeCount: network.graph.edgeCount, parallel: true) == 1
            ? min(16, draws) : 1
        runChunks(chunks) { chunk in
            for d in stride(from: chunk, to: draws, by: chunks) {
                let (graph, ranked) = self.rankDraw(d, seed: seed, loss: loss, measure: measure, weighted: weighted)
                let row = sharedRanks.base + d * n
                for i in 0..<n { row[i] = Int32(ranked.count + 1) }
                for entry in ranked { if let i = position[entry.node] { row[i] = Int32(entry.rank) } }
                let drawRanks = (0..<n).map { Double(row[$0]) }
                (sharedSums.base + d).initialize(to: Draw(spearman: RankCorrelation.spearman(fullRanks, drawRanks),
                                                          kendall: RankCorrelation.kendallTauB(fullRanks, drawRanks),
                                                          messages: graph.coverage.messages, nodes: ranked.count))
            }
        }
        let perDraw = Array(UnsafeBufferPointer(start: sums, count: draws))
        sums.deinitialize(count: draws)

        let nodes = full.enumerated().map { i, entry in
            var column: [Int] = [], present = 0, inTop = 0
            column.reserveCapacity(draws)
            for d in 0..<draws {
                let rank = Int(ranks[d * n + i])
                column.append(rank)
                if rank <= perDraw[d].nodes {
                    present += 1
                    if rank <= top { inTop += 1 }
                }
            }
            column.sort()
            return NodeStability(node: entry.node, rank: entry.rank, score: entry.score,
                                 medianRank: Self.percentile(50, of: column), lowRank: Self.percentile(5, of: column),
                                 highRank: Self.percentile(95, of: column),
                                 topShare: Double(inTop) / Double(draws), presence: Double(present) / Double(draws),
                                 basis: basisByNode[entry.node] ?? Self.emptyBasis(of: entry.node, in: network))
        }
        return Outcome(measure: measure, weighted: weighted, draws: draws, seed: seed, loss: loss, top: top,
                       network: network, scores: scores, nodes: nodes,
                       spearman: Self.spread(perDraw.compactMap(\.spearman)),
                       kendall: Self.spread(perDraw.compactMap(\.kendall)),
                       messages: Self.spread(perDraw.map { Double($0.messages) })!, perDraw: perDraw)
    }

    /// The loss the tallies imply for the full network's nodes that have any (Trotsky by person,
    /// Alma Ata by place, in the shipped data): each node's tallies against the messages the
    /// atlas documents for it in their period (a network sliced to the tally's period, by the same
    /// rule), and the pooled figure (see ``impliedLoss(tallies:documentedSent:documentedReceived:)``).
    /// Nil when no node has a tally of messages sent or received.
    ///
    /// ```swift
    /// let implied = robustness.tallyLoss()                    // F ≈ 0.97 for Trotsky in 1928
    /// try robustness.run(measure: .betweenness, draws: 1000, loss: implied?.loss ?? 0)
    /// ```
    public func tallyLoss() -> TallyLoss? {
        var slices: [HistoricalDate: CorrespondenceGraph] = [:]
        var nodes: [TallyLoss.Node] = []
        for node in network.graph.nodes {
            let byPeriod = Dictionary(grouping: network.tallies(for: node), by: \.period)
            var tallied = 0, documented = 0
            for (period, tallies) in byPeriod.sorted(by: { $0.key.edtf < $1.key.edtf }) {
                if slices[period] == nil { slices[period] = sliced(to: period) }
                let counts = slices[period]!.counts(of: node)
                let totals = Self.totals(tallies: tallies, documentedSent: counts.messagesOut,
                                         documentedReceived: counts.messagesIn)
                tallied += totals.tallied
                documented += totals.documented
            }
            if tallied > 0 {
                nodes.append(TallyLoss.Node(node: node, tallied: tallied, documented: documented,
                                            loss: Self.lossClamped(1 - Double(documented) / Double(tallied))))
            }
        }
        guard !nodes.isEmpty else { return nil }
        let tallied = nodes.map(\.tallied).reduce(0, +), documented = nodes.map(\.documented).reduce(0, +)
        return TallyLoss(loss: Self.lossClamped(1 - Double(documented) / Double(tallied)), nodes: nodes)
    }

    // MARK: - Steps

    /// A letter ready to draw: its parties placed as the full network places them, and the span
    /// its day is drawn from (nil: it keeps no date).
    private struct Drawable: Sendable {
        var letter: Letter
        var first: Day
        var days: Int

        init(letter: Letter, placement: Placement) {
            var placed = letter
            for i in placed.senders.indices { placed.senders[i].placeID = placement.place(of: letter.senders[i], in: letter) }
            for i in placed.addressees.indices {
                placed.addressees[i].placeID = placement.place(of: letter.addressees[i], in: letter)
            }
            let span = letter.date.flatMap(HubRobustness.drawingSpan(of:))
            if span == nil { placed.date = nil }
            self.letter = placed
            first = span?.lowerBound ?? .distantPast
            days = span.map { $0.upperBound - $0.lowerBound + 1 } ?? 0
        }

        /// The span as days, nil when the letter keeps no date.
        var span: ClosedRange<Day>? { days > 0 ? first...first.adding(days: days - 1) : nil }
    }

    /// Parties are placed once, in `Drawable`: a draw's network places no one anew.
    private static let placedAlready = Placement(exiles: [])

    /// Draw `d`: every letter's day, then its survival; the network of what is kept, ranked.
    private func rankDraw(_ d: Int, seed: UInt64, loss: Double, measure: CentralityMeasure,
                          weighted: Bool) -> (CorrespondenceGraph, [CentralityMeasure.Scores.Ranked]) {
        var generator = DrawGenerator(seed: seed, draw: d)
        var kept: [Letter] = []
        kept.reserveCapacity(drawables.count)
        for drawable in drawables {
            var letter = drawable.letter
            if drawable.days > 0 {
                letter.date = HistoricalDate(day: drawable.first.adding(days: generator.next(below: drawable.days)))
            }
            if loss > 0 && generator.nextUnit() < loss { continue }
            kept.append(letter)
        }
        let graph = CorrespondenceGraph(letters: kept, contacts: contacts, exiles: [], tallies: [],
                                        by: network.mode, during: network.during,
                                        includeContacts: network.includesContacts, placement: Self.placedAlready)
        return (graph, measure.scores(graph.graph, weighted: weighted).ranked())
    }

    /// The network of the letters (placed once) overlapping `period`, messages only.
    private func sliced(to period: HistoricalDate) -> CorrespondenceGraph {
        CorrespondenceGraph(letters: drawables.map(\.letter), contacts: [], exiles: [], tallies: [],
                            by: network.mode, during: period, includeContacts: false, placement: Self.placedAlready)
    }

    /// Every node's basis: the letters behind its edges in a network of all letters (placed as
    /// in the full network, dates as recorded), sorted by how they are dated.
    private static func bases(of network: CorrespondenceGraph, drawables: [Drawable]) -> [String: Basis] {
        let everything = CorrespondenceGraph(letters: drawables.map(\.letter), contacts: [], exiles: [], tallies: [],
                                             by: network.mode, includeContacts: false, placement: placedAlready)
        let index = Dictionary(drawables.enumerated().map { ($0.element.letter.id, $0.offset) },
                               uniquingKeysWith: { first, _ in first })
        var lettersOf: [String: Set<Int>] = [:]
        for edge in everything.edges where !edge.isSelfLoop {
            for id in edge.sources {
                guard let i = index[id] else { continue }
                lettersOf[edge.from, default: []].insert(i)
                lettersOf[edge.to, default: []].insert(i)
            }
        }
        var bases: [String: Basis] = [:]
        for node in network.graph.nodes {
            var basis = emptyBasis(of: node, in: network)
            for i in lettersOf[node] ?? [] {
                let drawable = drawables[i]
                guard let span = drawable.span, let date = drawable.letter.date else {
                    basis.undated += 1
                    if network.during == nil { basis.letters += 1 }
                    continue
                }
                if let during = network.during, !(span.lowerBound <= during.latest && during.earliest <= span.upperBound) {
                    continue
                }
                basis.letters += 1
                if drawable.days == 1 { basis.exactlyDated += 1 } else { basis.looselyDated += 1 }
                switch date.precision {
                case .day: basis.datedToDay += 1
                case .month: basis.datedToMonth += 1
                case .year: basis.datedToYear += 1
                }
            }
            bases[node] = basis
        }
        return bases
    }

    /// A basis with the node's contacts, documented messages and tallies, and no letters yet.
    private static func emptyBasis(of node: String, in network: CorrespondenceGraph) -> Basis {
        let counts = network.counts(of: node)
        return Basis(letters: 0, exactlyDated: 0, looselyDated: 0, undated: 0, datedToDay: 0, datedToMonth: 0,
                     datedToYear: 0, contacts: counts.contactsOut + counts.contactsIn,
                     documentedSent: counts.messagesOut, documentedReceived: counts.messagesIn,
                     tallies: network.tallies(for: node))
    }

    /// The messages tallied and documented, in the directions the tallies count.
    private static func totals(tallies: [Tally], documentedSent: Int,
                               documentedReceived: Int) -> (tallied: Int, documented: Int) {
        let sent = tallies.filter { $0.direction == .sent }, received = tallies.filter { $0.direction == .received }
        return (sent.map(\.count).reduce(0, +) + received.map(\.count).reduce(0, +),
                (sent.isEmpty ? 0 : documentedSent) + (received.isEmpty ? 0 : documentedReceived))
    }

    private static func lossClamped(_ loss: Double) -> Double {
        min(0.99, max(0, loss))
    }

    /// The nearest-rank `percent` % value of `sorted` (not empty): the `⌈percent · N / 100⌉`-th.
    private static func percentile<Value>(_ percent: Int, of sorted: [Value]) -> Value {
        sorted[max(1, (percent * sorted.count + 99) / 100) - 1]
    }

    /// Median and 5-95 % of `values`; nil when there are none.
    private static func spread(_ values: [Double]) -> Spread? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return Spread(median: percentile(50, of: sorted), low: percentile(5, of: sorted),
                      high: percentile(95, of: sorted), draws: values.count)
    }

    /// `day` moved by whole months, the day of the month kept (the last day staying the last).
    private static func shifted(_ day: Day, months: Int) -> Day {
        let total = day.year * 12 + day.month - 1 + months
        let (year, month) = (total / 12, total % 12 + 1)
        guard year >= 1 else { return .distantPast }
        guard year <= 9999 else { return .distantFuture }
        let length = Day.length(ofMonth: month, in: year)
        let isLast = day.day == Day.length(ofMonth: day.month, in: day.year)
        return Day(year: year, month: month, day: isLast ? length : min(day.day, length))!
    }
}
