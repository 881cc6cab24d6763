import ArgumentParser
import ExileAtlas

struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "List the places: cities, colonies, stations, houses, regions.",
        discussion: """
            Examples:
              exile places
              exile places --kind city --format csv
              exile places --kind port --kind island
            """
    )

    @Option(help: "Only places of this kind; repeat for several kinds (places of any of them).")
    var kind: [Place.Kind] = []

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let index = try atlas.placeIndex()
        let kinds = Set(kind)
        let records = try atlas.places().filter { kinds.isEmpty || kinds.contains($0.kind) }.map { place in
            Record([
                ("id", Cell(place.id)), ("name", Cell(place.name)), ("kind", Cell(place.kind.rawValue)),
                ("in", .entity(id: place.parentID, name: place.parentID.map { index.name(of: $0) })),
                ("coordinates", .coordinates(place.coordinate, unlocated: "")),
            ], evidence: place.evidence)
        }
        let asked = Place.Kind.allCases.filter(kinds.contains).map(\.rawValue)
        try output.print(Report(key: "places", records: records,
                                emptyMessage: asked.isEmpty ? "no places recorded"
                                    : "no places of \(asked.count == 1 ? "kind" : "kinds") \(asked.joined(separator: ", "))",
                                header: ["id", "name", "kind"] + Cell.entityKeys.map { "in." + $0 }
                                    + Cell.coordinateKeys.map { "coordinates." + $0 }),
                         by: Self.self, atlas: atlas)
    }
}

extension Place.Kind: ExpressibleByArgument {}
