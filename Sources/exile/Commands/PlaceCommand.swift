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
            ("in", .entity(id: place.parentID, name: place.parentID.map { index.name(of: $0) })),
            ("coordinates", .coordinates(place.coordinate)),
            ("coordinates_from", Self.origin(source: place.coordinateSourceID, reference: place.coordinateReference,
                                             sources: sourcesByID)),
            ("coordinates_note", Cell(place.coordinateNote)),
            // The library's rule: uncertain when a source's name allows several places.
            ("identification", .text(index.isUncertain(id) ? "uncertain" : "certain")),
            ("candidate_count", .integer(candidates.count)),
            ("note", Cell(place.note)),
        ], evidence: place.evidence)

        let identifications = candidates.map { candidate in
            Record([
                ("candidate", Cell(candidate.name)), ("chosen", .bool(candidate.chosen)),
                ("coordinates", .coordinates(candidate.coordinate)), ("reason", Cell(candidate.reason)),
                ("coordinates_from", Self.origin(source: candidate.coordinateSourceID,
                                                 reference: candidate.coordinateReference, sources: sourcesByID)),
            ], evidence: candidate.evidence)
        }
        let names = try atlas.placeNames(of: id).map { name in
            Record([
                ("name", Cell(name.name)), ("language", Cell(name.language)), ("kind", Cell(name.kind.rawValue)),
                ("period", .date(name.period)),
            ], evidence: name.evidence)
        }
        let exiles = try atlas.exiles(ExileFilter(placeIDs: area)).map { exile in
            Record([
                ("person", .entity(id: exile.personID, name: people[exile.personID] ?? exile.personID)),
                ("place", Describe.placeEntity(of: exile, places: index)),
                ("kind", Cell(exile.kind.rawValue)), ("period", .date(exile.period)),
            ], evidence: exile.evidence)
        }
        let journeys = Dictionary(try atlas.journeys().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let legs = try atlas.legs(touching: area).compactMap { leg -> Record? in
            guard let journey = journeys[leg.journeyID] else { return nil }
            let timing = LegTiming(leg, in: journey)
            // The names of the time, read at the departure; the date here is the arrival if
            // the leg ends here, else the departure.
            func place(_ placeID: String) -> Cell { .entity(id: placeID, name: index.name(of: placeID, at: timing.departure)) }
            return Record([
                ("journey", .entity(id: journey.id, name: journey.title, display: journey.id)), ("leg", .integer(leg.sequence)),
                ("from", place(leg.fromPlaceID)), ("to", place(leg.toPlaceID)),
                ("date", .date(timing.date(atAnyOf: area))), ("modes", Describe.modeList(leg.modes)),
            ], evidence: leg.evidence)
        }
        let letters = try atlas.letters(placeIDs: area)
        try output.print(Report([
            Section(key: "place", title: place.name, records: [about], isSingle: true),
            Section(key: "candidates", title: "Candidate identifications", records: identifications,
                    emptyMessage: "identification certain: no other candidates", machineOnly: ["coordinates_from"]),
            Section(key: "names", title: "Names over time", records: names, emptyMessage: "no other names recorded"),
            Section(key: "exiles", title: "Exiled here", records: exiles, emptyMessage: "no exiles recorded here"),
            Section(key: "legs", title: "Journeys through here", records: legs, emptyMessage: "no recorded journey passes here"),
            Describe.letterSection(letters, people: people, places: index, title: "Letters from or to here",
                                   emptyMessage: "no letters recorded from or to here"),
        ]), by: Self.self, atlas: atlas)
    }

    /// Where a coordinate comes from: `{"source": {"id", "name"}, "reference": "geonames:1526384"}`;
    /// a table shows the reference, else the source's title.
    static func origin(source: String?, reference: String?, sources: [String: Source]) -> Cell {
        guard source != nil || reference != nil else { return .absent(keys: ["source.id", "source.name", "reference"]) }
        let title = source.map { sources[$0]?.title ?? $0 }
        return .object([("source", .entity(id: source, name: title)), ("reference", Cell(reference))],
                       display: reference ?? title ?? "")
    }
}
