import Foundation
import Testing

/// `exile hubs --robustness`: how sure the ranking of the hubs is, on the shipped data.
@Suite struct RobustnessCLITests {
    let cli = CLIRunner()

    @Test func trotskyLeadsEveryDrawOf1928AndTheSeedFixesTheOutput() throws {
        let arguments = ["hubs", "--measure", "betweenness", "--by", "person", "--during", "1928-04/1928-10",
                         "--robustness", "100", "--top", "5"]
        let first = try cli.run(arguments + ["--format", "csv"]), again = try cli.run(arguments + ["--format", "csv"])
        #expect(first.status == 0 && first.stdout == again.stdout, "the same seed gives the same output byte for byte")
        let other = try cli.run(arguments + ["--seed", "7", "--format", "csv"])
        #expect(other.stdout != first.stdout)
        let doc = try cli.document(arguments)
        let rows = try #require(doc["hubs"] as? [[String: Any]])
        let trotsky = try #require(rows.first)
        #expect((trotsky["node"] as? [String: Any])?["id"] as? String == "trotsky")
        #expect(trotsky["median_rank"] as? Int == 1 && trotsky["top_share"] as? Double == 1)
        #expect((trotsky["rank_interval"] as? [String: Any])?["max"] as? Int == 1)
        for row in rows {
            let interval = try #require(row["rank_interval"] as? [String: Int])
            let median = try #require(row["median_rank"] as? Int)
            #expect(interval["min"]! <= median && median <= interval["max"]!)
        }
        let summary = try #require(doc["robustness"] as? [String: Any])
        let rho = try #require(summary["spearman"] as? [String: Double])
        #expect(rho["low"]! <= rho["median"]! && rho["median"]! <= rho["high"]! && rho["high"]! <= 1)
        #expect(summary["draws"] as? Int == 100 && summary["seed"] as? Int == 1928 && summary["loss"] as? Double == 0)
    }

    @Test func withNoPeriodAndNoLossTheRankingCannotChange() throws {
        let doc = try cli.document(["hubs", "--robustness", "20"])
        let summary = try #require(doc["robustness"] as? [String: Any])
        #expect((summary["spearman"] as? [String: Double])?["low"] == 1, "dates move nothing when no period cuts them")
    }

    @Test func lossFromTheTalliesIsStatedInTheNotes() throws {
        let doc = try cli.document(["hubs", "--by", "person", "--robustness", "10", "--loss", "tally"])
        let loss = try #require((doc["robustness"] as? [String: Any])?["loss"] as? Double)
        #expect(loss > 0.9 && loss < 1)
        #expect((doc["notes"] as? [String])?.contains { $0.contains("from the sources' tallies") && $0.contains("Leon Trotsky") } == true)
    }

    @Test func badDrawsLossOrSeedAreUsageErrors() throws {
        for arguments in [["--robustness", "0"], ["--robustness", "10", "--loss", "1.5"], ["--loss", "0.2"], ["--seed", "3"],
                          ["--robustness", "10", "--seed", "-1"]] {
            let result = try cli.run(["hubs"] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
    }
}
