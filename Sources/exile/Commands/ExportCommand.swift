import ArgumentParser
import ExileAtlas
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the atlas for other tools: geojson (QGIS, web maps).",
        discussion: """
            geojson (RFC 7946): places as Points with their names over time, exiles and \
            evidence; journey legs as LineStrings along the geodesic, split at the \
            antimeridian; coordinates longitude, latitude, 7 decimals. Writes to --out or \
            standard output.

            Examples:
              exile export geojson --out atlas.geojson
              exile export geojson --journey deportation-1928
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson }

    @Argument(help: "The format: geojson.")
    var format: Format

    @Option(help: "The file to write (default: standard output).")
    var out: String?

    @Option(help: "Only this journey's legs (by id); all journeys by default.")
    var journey: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let atlas = try database.open()
        let ids = try journey.map { id -> [String] in
            guard try atlas.journey(id: id) != nil else {
                throw CLIError("no journey with id \"\(id)\"; 'exile journeys' lists them")
            }
            return [id]
        } ?? atlas.journeys().map(\.id)
        let itineraries = try ids.compactMap { try atlas.itinerary(of: $0) }
        let data = try GeoJSON.document(places: atlas.placeIndex(), exiles: atlas.exiles(),
                                        people: atlas.personNamesByID(), itineraries: itineraries)
        guard let out else {
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        do { try data.write(to: URL(fileURLWithPath: out)) } catch {
            throw CLIError("cannot write \(out) (\(error.localizedDescription)); choose another --out")
        }
    }
}
