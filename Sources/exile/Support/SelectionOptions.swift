import ArgumentParser
import ExileAtlas

/// Which journeys to take, by id or by traveller: shared by `map` and `export` (and read the
/// same way by `route`). With `--during` (in `NetworkOptions`) it makes the library's
/// `Selection`, which decides the legs, exiles and letters every map and export takes.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Only this journey: an id, or a traveller's name for their journeys (default: every journey).")
    var journey: String?

    @Option(help: "With a traveller: the journeys lying within this year, else those overlapping it.")
    var year: Int?

    func validate() throws {
        if year != nil && journey == nil { throw ValidationError("--year chooses among a traveller's journeys: give --journey too") }
        try Self.check(year: year)
    }

    /// The selection: the journeys asked for (all without --journey) and the period.
    func selection(_ atlas: Atlas, during period: HistoricalDate?) throws -> Selection {
        Selection(journeys: try journey.map { try atlas.journeys(matching: $0, year: year) }, period: period)
    }

    /// A year the calendar can hold, or a usage error.
    static func check(year: Int?) throws {
        if let year, !(1...9999).contains(year) { throw ValidationError("--year \(year): give a year from 1 to 9999") }
    }
}
