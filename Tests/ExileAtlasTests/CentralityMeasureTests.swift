import Testing
@testable import ExileAtlas

/// `CentralityMeasure`: the choice of measure, its computation and its ranking.
@Suite struct CentralityMeasureTests {
    /// hub → l1, l2, l3, l4
    private let star = WeightedDigraph(nodes: [], edges: ["l1", "l2", "l3", "l4"].map { (from: "hub", to: $0, weight: 1) })
    /// a → b → c → d
    private let path = WeightedDigraph(nodes: [], edges: [(from: "a", to: "b", weight: 1), (from: "b", to: "c", weight: 1),
                                                          (from: "c", to: "d", weight: 1)])

    @Test func theMeasuresAreOneListedType() {
        #expect(CentralityMeasure.allCases.map(\.rawValue) == ["degree", "strength", "betweenness", "closeness", "pagerank", "hits"])
        #expect(CentralityMeasure(rawValue: "fame") == nil)
        #expect(CentralityMeasure.hits.scoreName == "hub" && CentralityMeasure.pagerank.scoreName == "pagerank")
        #expect(CentralityMeasure.allCases.filter(\.countsWholeTies) == [.degree, .strength])
        #expect(CentralityMeasure.allCases.allSatisfy { !$0.summary.isEmpty && $0.summary.count <= 60 })
    }

    @Test func eachMeasureComputesWhatItsFunctionDoes() {
        #expect(CentralityMeasure.degree.scores(star).values == ["hub": 4, "l1": 1, "l2": 1, "l3": 1, "l4": 1])
        let weighted = WeightedDigraph(nodes: [], edges: [(from: "a", to: "b", weight: 5), (from: "c", to: "b", weight: 2)])
        #expect(CentralityMeasure.strength.scores(weighted).values == ["a": 5, "b": 7, "c": 2])
        // a → b → c → d: b lies on a→c and a→d: 2 / ((4 − 1)(4 − 2)).
        #expect(abs(CentralityMeasure.betweenness.scores(path).values["b"]! - 1.0 / 3) < 1e-12)
        #expect(abs(CentralityMeasure.closeness.scores(path).values["d"]! - 0.5) < 1e-12)
        #expect(CentralityMeasure.pagerank.scores(path).values == Centrality.pageRank(path))
        let hits = CentralityMeasure.hits.scores(star)
        #expect(abs(hits.values["hub"]! - 1) < 1e-9 && abs(hits.authorities!["l1"]! - 0.25) < 1e-9)
        #expect(CentralityMeasure.allCases.filter { $0.scores(star).authorities != nil } == [.hits])
    }

    @Test func equalScoresShareARank() {
        let ranked = CentralityMeasure.degree.scores(star).ranked()
        #expect(ranked.map(\.rank) == [1, 2, 2, 2, 2])
        #expect(ranked.map(\.node) == ["hub", "l1", "l2", "l3", "l4"])
        // Ties are ordered by label: the labels reverse the ids.
        let byLabel = CentralityMeasure.degree.scores(star).ranked { ["l1": "z", "l4": "a"][$0] ?? $0 }
        #expect(byLabel.map(\.node) == ["hub", "l4", "l2", "l3", "l1"])
        #expect(CentralityMeasure.betweenness.scores(path).ranked().map(\.rank) == [1, 1, 3, 3])
    }
}
