import ArgumentParser

/// The `exile` tool: lists subcommands; each lives in `Commands/`.
struct ExileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exile",
        abstract: "Who was exiled where, how they travelled and what they wrote: the Left Opposition in 1928-29, or your own exile network.",
        discussion: """
            Every answer says where it comes from: add --evidence to see the source, the \
            line and the source's own words. Names can be typed as you like: case, accents \
            and old or new names do not matter (Astrakán, Астрахань, Bishkek, Frunze).

            Examples:
              exile exiles --place Astrakhan
              exile person Radek
              exile place Bishkek
              exile route trotsky --year 1928
              exile plan Moscow "Alma Ata" --on 1928-01
              exile reach "Alma Ata" --on 1928-06
              exile hubs --measure betweenness --by person
              exile import my-exiles/ --dry-run
              exile exiles --during 1928-04/1928-10 --format csv
              exile map --journey deportation-1928 --out deportation.svg
            """,
        version: "0.2.0",
        subcommands: [
            PlacesCommand.self, PlaceCommand.self, PeopleCommand.self, PersonCommand.self,
            ExilesCommand.self, TimelineCommand.self, JourneysCommand.self, RouteCommand.self, PlanCommand.self, ReachCommand.self, DistanceCommand.self,
            LettersCommand.self, HubsCommand.self, NetworkCommand.self, RelayCommand.self,
            ImportCommand.self, DumpCommand.self, ExportCommand.self, MapCommand.self, CheckCommand.self, SourcesCommand.self, ConflictsCommand.self,
        ]
    )
}
