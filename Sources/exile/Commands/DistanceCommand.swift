import ArgumentParser
import ExileAtlas

struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Measure the geodesic distance between places, hop by hop along a sequence.",
        discussion: """
            Distances are geodesics on the WGS84 ellipsoid (Karney's method, through PROJ), \
            straight lines over the earth's surface, not route lengths: see 'exile route' \
            and 'exile plan' for those. Units: km (default), versts (1.0668 km), mi, nmi, m.

            Examples:
              exile distance Moscow "Alma Ata"
              exile distance Moscow Samara Turkestan Frunze "Alma Ata" --unit versts
              exile distance Odessa Istanbul --unit nmi --format json
            """
    )

    @Argument(help: "Two or more places, in order (any of their names).")
    var places: [String]

    @OptionGroup var units: UnitOptions

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if places.count < 2 { throw ValidationError("give at least two places") }
    }

    func run() throws {
        let unit = units.length
        let atlas = try database.open()
        let index = try atlas.placeIndex()
        var stops: [(typed: String, place: Place, coordinate: Coordinate)] = []
        for typed in places {
            let id = try Resolve.place(typed, in: atlas)
            guard let place = index.places[id] else { throw CLIError("no place with id \(id)") }
            guard let coordinate = place.coordinate else {
                throw CLIError("\(place.name) has no coordinates (\(place.coordinateNote ?? "the sources leave it unlocated")); measure from a located place instead")
            }
            stops.append((typed, place, coordinate))
        }
        var total = 0.0
        var records: [Record] = []
        for (a, b) in zip(stops, stops.dropFirst()) {
            let line = Geodesic.inverse(a.coordinate, b.coordinate)
            total += line.distance
            records.append(Record([
                ("from", Cell(a.typed)), ("from_place", Cell(a.place.name)),
                ("to", Cell(b.typed)), ("to_place", Cell(b.place.name)),
                ("distance", Cell(LengthUnit.metre.convert(line.distance, to: unit), decimals: 1)),
                ("total", Cell(LengthUnit.metre.convert(total, to: unit), decimals: 1)),
                ("unit", Cell(unit.symbol)),
                ("bearing", Cell(line.compassBearing, decimals: 1)),
            ]))
        }
        try output.print(Report(key: "hops", records: records), by: Self.self, atlas: atlas)
    }
}
