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
              exile letters --from "Alma Ata" --transit

            --transit adds, for each letter, the sender's and addressee's places at its \
            date (the letter's, else where the whereabouts rule attests the person then), \
            the fastest route's km, hours and days over the links open on the letter's \
            earliest day (as 'exile plan --by time'), and, where a source dates its receipt \
            or a reply to it, the slack in days between sending and receipt over every \
            reading of the dates, judged plausible, tight (only some readings leave time) \
            or impossible ('exile check --plausibility').
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

    @Flag(help: "Add each letter's transit over the network of its date, and judge its dated receipt or reply.")
    var transit = false

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
        let rule = transit ? try atlas.transitRule() : nil
        let records = letters.map { letter in
            var record = Describe.letter(letter, people: people, places: index)
            record.fields += [
                ("channel", Cell(letter.channel.rawValue)), ("multiplicity", Cell(letter.multiplicity.rawValue)),
                ("relay", .entity(id: letter.relayID, name: letter.relayID.map { people[$0] ?? $0 })),
                ("id", Cell(letter.id)),
            ].map { (name: $0.0, value: $0.1) }
            if let rule {
                let found = rule.transit(of: letter)
                record.fields += TransitText.fields(found, places: index).map { (name: $0.0, value: $0.1) }
                record.evidence += found.datings.map { .evidence($0.link.evidence, about: .entity(id: $0.link.id, name: "\($0.link.kind.rawValue) \($0.by?.edtf ?? "undated")")) }
            }
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
        if transit {
            notes.append("transit: the fastest route at the mode speeds ('exile plan --speeds') over the links open on the letter's earliest day; days are hours / 24, travelling time only")
        }
        if batches > 0 { notes.append("\(batches) row\(batches == 1 ? " stands" : "s stand") for several or many messages the source does not count") }
        try output.print(Report(key: "letters", records: records, emptyMessage: "no letters match",
                            machineOnly: Set(["channel", "multiplicity", "relay", "id"]).union(transit ? TransitText.machineOnly : []),
                                header: Self.header + (transit ? TransitText.letterFields : []), notes: notes), by: Self.self, atlas: atlas)
    }

    /// The CSV columns of an empty list.
    static let header = Cell.dateKeys.map { "date." + $0 } + ["kind"] + Cell.partyKeys.map { "senders." + $0 }
        + Cell.partyKeys.map { "addressees." + $0 } + ["title", "channel", "multiplicity"] + Cell.entityKeys.map { "relay." + $0 } + ["id"]
}

extension Letter.Kind: ExpressibleByArgument {}
