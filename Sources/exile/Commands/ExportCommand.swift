import ArgumentParser
import ExileAtlas
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the atlas for other tools: geojson (QGIS, web maps), csv (Palladio), dot (Graphviz), graphml (Gephi, NetworkX, igraph).",
        discussion: """
            geojson (RFC 7946): places as Points with their names over time, exiles and \
            evidence; journey legs as LineStrings along the geodesic, split at the \
            antimeridian; coordinates longitude, latitude, 7 decimals. Writes to --out or \
            standard output.
            csv (Palladio): letters.csv (one row per letter: sender, recipient, their \
            places and coordinates, dates) and exiles.csv (one row per exile), written into \
            the --out folder.
            dot (Graphviz): the correspondence network, --by person or place, --during a \
            period; edges weighted by their counts.
            graphml (GraphML 1.1): the same network with typed keys: node label, kind and \
            coordinates; edge weight and count per kind.

            Examples:
              exile export geojson --out atlas.geojson
              exile export geojson --journey deportation-1928
              exile export csv --out palladio/
              exile export dot --by person --during 1928-04/1928-10 | dot -Tsvg > network.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson, csv, dot, graphml }

    @Argument(help: "The format: geojson, csv, dot or graphml.")
    var format: Format

    @Option(help: "The file to write (default: standard output).")
    var out: String?

    @Option(help: "Only this journey's legs (by id); all journeys by default.")
    var journey: String?

    @OptionGroup var network: NetworkOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if format == .csv && out == nil { throw ValidationError("csv writes two tables into a folder: give it with --out") }
        try network.check()
    }

    func run() throws {
        let atlas = try database.open()
        switch format {
        case .geojson: try geojson(atlas)
        case .dot:
            let names = try NetworkNames(atlas: atlas)
            try write(Data(DOT.document(try network.build(atlas), label: names.label).utf8))
        case .graphml:
            let names = try NetworkNames(atlas: atlas)
            try write(GraphML.document(try network.build(atlas), label: names.label,
                                       coordinate: { names.places.places[$0]?.coordinate }) + Data("\n".utf8))
        case .csv:
            let folder = try OutputFile.folder(out!)
            let places = try atlas.placeIndex(), people = try atlas.personNamesByID()
            let placement = Placement(exiles: try atlas.exiles())
            let tables = [
                ("letters.csv", PalladioCSV.letters(try atlas.allLetters(), places: places, people: people,
                                                    placement: { placement.place(of: $0, sender: $1) })),
                ("exiles.csv", PalladioCSV.exiles(try atlas.exiles(), places: places, people: people)),
            ]
            for (name, rows) in tables {
                let text = rows.map { $0.map(CSVField.escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
                try write(Data(text.utf8), to: folder.appendingPathComponent(name))
            }
        }
    }

    private func write(_ data: Data, to url: URL? = nil) throws {
        try OutputFile.write(data, to: url ?? out.map { URL(fileURLWithPath: $0) })
    }

    private func geojson(_ atlas: Atlas) throws {
        let ids = try journey.map { id -> [String] in
            guard try atlas.journey(id: id) != nil else {
                throw CLIError("no journey with id \"\(id)\"; 'exile journeys' lists them")
            }
            return [id]
        } ?? atlas.journeys().map(\.id)
        let itineraries = try ids.compactMap { try atlas.itinerary(of: $0) }
        let data = try GeoJSON.document(places: atlas.placeIndex(), exiles: atlas.exiles(),
                                        people: atlas.personNamesByID(), itineraries: itineraries)
        try write(data + Data("\n".utf8))
    }
}
