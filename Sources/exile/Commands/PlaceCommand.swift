import ArgumentParser
import ExileAtlas

struct PlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Show one place: its names over time, where it lies, who was exiled there, the journeys and letters that touch it.",
        discussion: """
            Old and new names both work: Bishkek and Frunze find Pishpek-Frunze, Almaty \
            finds Alma Ata, Istanbul finds Constantinople.

            Examples:
              exile place Bishkek
              exile place "Alma Ata" --evidence
              exile place Astrakhan --format json
            """
    )

    @Argument(help: "The place's name (any of its names, in any spelling) or id.")
    var name: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let id = try Resolve.place(name, in: atlas)
        guard let place = try atlas.place(id: id) else { throw CLIError("no place with id \(id)") }
        let index = try atlas.placeIndex()
        let people = try atlas.personNamesByID()
        let area = try atlas.placeAndDescendants(id)
        let sourcesByID = Dictionary(uniqueKeysWithValues: try atlas.sources().map { ($0.id, $0) })

        let candidates = try atlas.placeCandidates(of: id)
        let about = Record([
            ("id", Cell(place.id)), ("name", Cell(place.name)), ("kind", Cell(place.kind.rawValue)),
            ("in", Cell(place.parentID.map { index.name(of: $0) })),
            ("coordinates", Cell(Describe.coordinate(place.coordinate) ?? "unlocated")),
            ("coordinates_from", Cell(place.coordinateReference ?? place.coordinateSourceID.map { sourcesByID[$0]?.title ?? $0 })),
            ("coordinates_note", Cell(place.coordinateNote)),
            ("identification", Cell(candidates.isEmpty ? "certain" : "uncertain: \(candidates.count) candidates")),
            ("note", Cell(place.note)),
        ], evidence: place.evidence)

        let identifications = candidates.map { candidate in
            Record([
                ("candidate", Cell(candidate.name)), ("chosen", Cell(candidate.chosen ? "yes" : "no")),
                ("coordinates", Cell(Describe.coordinate(candidate.coordinate) ?? "unlocated")),
                ("reason", Cell(candidate.reason)), ("coordinates_from", Cell(candidate.coordinateReference)),
            ], evidence: candidate.evidence)
        }
        let names = try atlas.placeNames(of: id).map { name in
            Record([
                ("name", Cell(name.name)), ("language", Cell(name.language)), ("kind", Cell(name.kind.rawValue)),
                ("period", Cell(name.period?.edtf)),
            ], evidence: name.evidence)
        }
        let exiles = try atlas.exiles(ExileFilter(placeIDs: area)).map { exile in
            Record([
                ("person", Cell(people[exile.personID] ?? exile.personID)),
                ("place", Cell(Describe.place(of: exile, places: index))),
                ("kind", Cell(exile.kind.rawValue)), ("period", Cell(exile.period.edtf)),
            ], evidence: exile.evidence)
        }
        let journeys = Dictionary(try atlas.journeys().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let legs = try atlas.legs(touching: area).compactMap { leg -> Record? in
            guard let journey = journeys[leg.journeyID] else { return nil }
            let timing = LegTiming(leg, in: journey)
            // The date here: the arrival if the leg ends here, else the departure.
            return Record([
                ("journey", Cell(leg.journeyID)), ("leg", Cell(leg.sequence)),
                ("from", Cell(index.name(of: leg.fromPlaceID, at: timing.departure))),
                ("to", Cell(index.name(of: leg.toPlaceID, at: timing.departure))),
                ("date", Cell(timing.date(atAnyOf: area)?.edtf)), ("modes", Cell(Describe.modes(leg.modes))),
            ], evidence: leg.evidence)
        }
        let letters = try atlas.letters(placeIDs: area).map { Describe.letter($0, people: people, places: index) }
        try output.print(Report([
            Section(key: "place", title: place.name, records: [about], isSingle: true),
            Section(key: "candidates", title: "Candidate identifications", records: identifications,
                    emptyMessage: "identification certain: no other candidates", machineOnly: ["coordinates_from"]),
            Section(key: "names", title: "Names over time", records: names, emptyMessage: "no other names recorded"),
            Section(key: "exiles", title: "Exiled here", records: exiles, emptyMessage: "no exiles recorded here"),
            Section(key: "legs", title: "Journeys through here", records: legs, emptyMessage: "no recorded journey passes here"),
            Section(key: "letters", title: "Letters from or to here", records: letters, emptyMessage: "no letters recorded from or to here"),
        ]), by: Self.self, atlas: atlas)
    }
}
