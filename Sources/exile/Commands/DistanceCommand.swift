import ArgumentParser
import ExileAtlas

struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Measure the geodesic distance between places, hop by hop along a sequence.",
        discussion: """
            Distances are geodesics on the WGS84 ellipsoid (Karney's method, through PROJ), \
            straight lines over the earth's surface, not route lengths: see 'exile route' \
            and 'exile plan' for those. Units: km (default), versts (1.0668 km), mi, nmi, m. \
            The bearing is the initial compass bearing in degrees clockwise from north \
            (none from a place to itself); --evidence shows where each place's \
            coordinates come from.

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
        var stops: [(place: Place, coordinate: Coordinate)] = []
        for typed in places {
            let id = try Resolve.place(typed, in: atlas)
            guard let place = index.places[id] else { throw CLIError("no place with id \(id)") }
            guard let coordinate = place.coordinate else {
                throw CLIError("\(place.name) has no coordinates (\(place.coordinateNote ?? "the sources leave it unlocated")); measure from a located place instead")
            }
            stops.append((place, coordinate))
        }
        var total = 0.0
        var records: [Record] = []
        for (a, b) in zip(stops, stops.dropFirst()) {
            let line = Geodesic.inverse(a.coordinate, b.coordinate)
            total += line.distance
            records.append(Record([
                ("from", .entity(id: a.place.id, name: a.place.name)), ("to", .entity(id: b.place.id, name: b.place.name)),
                ("distance", unit.cell(km: line.distance / 1000)), ("total", unit.cell(km: total / 1000)),
                ("unit", Cell(unit.symbol)),
                ("bearing", Cell(line.compassBearing, decimals: Decimals.degrees)),
            ], evidence: [a.place, b.place].compactMap(Self.coordinateEvidence)))
        }
        try output.print(Report(key: "hops", records: records), by: Self.self, atlas: atlas)
    }

    /// Where a place's coordinates come from (its GeoNames record, a source), as evidence
    /// about the place; nil when the atlas does not say.
    static func coordinateEvidence(_ place: Place) -> Cell? {
        guard let source = place.coordinateSourceID ?? place.coordinateReference else { return nil }
        let evidence = Evidence(sourceID: source, locator: place.coordinateReference ?? place.coordinateNote ?? "")
        return .evidence(evidence, about: .entity(id: place.id, name: place.name))
    }
}
