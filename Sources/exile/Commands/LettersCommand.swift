import ArgumentParser
import ExileAtlas

struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "The catalogue of letters, telegrams, circulars and other messages.",
        discussion: """
            --from and --to take a person or a place (any of their names); a place includes \
            the places inside it. Repeat --from, --to or --kind for any of several (letters \
            from Rakovsky or from Astrakhan; letters or telegrams). Dates are EDTF; a letter matches --during when its date \
            overlaps the interval, and undated letters are then left out (the output says \
            how many). Aggregate figures the sources give (800 political letters sent) are \
            not letters: see 'exile hubs'.

            Examples:
              exile letters --from Trotsky --during 1928-07
              exile letters --to Radek --evidence
              exile letters --from Astrakhan --kind letter --format csv
              exile letters --to Radek --to Preobrazhensky --kind letter --kind telegram
            """
    )

    @Option(help: "Sent by this person, or from this place; repeat for any of several.")
    var from: [String] = []

    @Option(help: "Sent to this person, or to this place; repeat for any of several.")
    var to: [String] = []

    @Option(help: "Only letters whose date overlaps this EDTF date or interval (1928-04/1928-10).")
    var during: String?

    @Option(help: "Only messages of this kind; repeat for any of several.")
    var kind: [Letter.Kind] = []

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let during { _ = try ExilesCommand.date(during, option: "--during") }
    }

    func run() throws {
        let atlas = try database.open()
        var filter = LetterFilter(kinds: kind)
        filter.from = try from.map { try Resolve.party($0, in: atlas) }
        filter.to = try to.map { try Resolve.party($0, in: atlas) }
        if let during { filter.during = try ExilesCommand.date(during, option: "--during") }
        let people = try atlas.personNamesByID()
        let index = try atlas.placeIndex()
        let letters = try atlas.letters(filter)
        let records = letters.map { letter in
            var record = Describe.letter(letter, people: people, places: index)
            record.fields += [
                ("channel", Cell(letter.channel.rawValue)), ("multiplicity", Cell(letter.multiplicity.rawValue)),
                ("relay", .entity(id: letter.relayID, name: letter.relayID.map { people[$0] ?? $0 })),
                ("id", Cell(letter.id)),
            ].map { (name: $0.0, value: $0.1) }
            return record
        }
        var notes: [String] = []
        if filter.during != nil {
            var undatedFilter = filter
            undatedFilter.during = nil
            let undated = try atlas.letters(undatedFilter).filter { $0.date == nil }.count
            if undated > 0 { notes.append("\(undated) undated letter\(undated == 1 ? "" : "s") matching the other filters left out of the period") }
        }
        let batches = letters.filter { $0.multiplicity != .one }.count
        if batches > 0 { notes.append("\(batches) row\(batches == 1 ? " stands" : "s stand") for several or many messages the source does not count") }
        try output.print(Report(key: "letters", records: records, emptyMessage: "no letters match",
                            machineOnly: ["channel", "multiplicity", "relay", "id"],
                                header: Self.header, notes: notes), by: Self.self, atlas: atlas)
    }

    /// The CSV columns of an empty list.
    static let header = Cell.dateKeys.map { "date." + $0 } + ["kind"] + Cell.partyKeys.map { "senders." + $0 }
        + Cell.partyKeys.map { "addressees." + $0 } + ["title", "channel", "multiplicity"] + Cell.entityKeys.map { "relay." + $0 } + ["id"]
}

extension Letter.Kind: ExpressibleByArgument {}
