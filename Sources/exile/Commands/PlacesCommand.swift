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
            """
    )

    @Option(help: "Only places of this kind: \(Place.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Place.Kind?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let index = try atlas.placeIndex()
        let records = try atlas.places(kind: kind).map { place in
            Record([
                ("id", Cell(place.id)), ("name", Cell(place.name)), ("kind", Cell(place.kind.rawValue)),
                ("in", Cell(place.parentID.map { index.name(of: $0) })),
                ("latitude", Cell(place.coordinate?.latitude, decimals: 4)),
                ("longitude", Cell(place.coordinate?.longitude, decimals: 4)),
            ], evidence: place.evidence)
        }
        try output.print(Report(key: "places", records: records, emptyMessage: "no places of that kind"), by: Self.self, atlas: atlas)
    }
}

extension Place.Kind: ExpressibleByArgument {}
