// One question of each kind the `exile` tool answers, asked of the ExileAtlas library
// directly: names, who was where and when, travel, the correspondence network, export.
//
// Run it from the repository root:
//   swift run --package-path Examples/AtlasClient
//
// Everything here is the library's public API; the CLI's commands (Sources/exile/Commands)
// are built from the same calls, with tables and options around them.
import ExileAtlas
import Foundation

/// A question the data cannot answer as asked (an unknown name, a missing coordinate).
struct ClientError: Error, CustomStringConvertible {
    let description: String
}

/// The one id a name stands for. A resolver ignores case, accents and transliteration, and
/// knows every name a place or person had ("Frunze" and "Bishkek" are Pishpek-Frunze).
func resolve(_ name: String, with resolver: NameResolver<String>) throws -> String {
    switch resolver.resolve(name) {
    case let .found(id, _, _):
        return id
    case let .ambiguous(_, candidates):
        throw ClientError(description: "\"\(name)\" could be \(candidates.map(\.id).joined(separator: ", "))")
    case let .notFound(_, suggestions):
        throw ClientError(description: "no match for \"\(name)\"; nearest: \(suggestions.map(\.label).joined(separator: ", "))")
    }
}

/// Kilometres with one decimal, as the CLI prints them.
func km(_ value: Double) -> String { String(format: "%.1f km", value) }

func run() throws {
    // An atlas is one SQLite file. Opening a file that does not exist builds it from the data
    // compiled into the library (the shipped Fixtures/), so a fresh temporary atlas is the
    // built-in data set and nothing else. The CLI opens ~/.local/share/exile-atlas/atlas.sqlite.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-client-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let atlas = try Atlas.open(at: folder.appendingPathComponent("atlas.sqlite"))

    // Names: old and new names of a place resolve to its one stable id.
    let places = try atlas.placeResolver()
    for name in ["Alma Ata", "Almaty", "Frunze", "Bishkek"] {
        print("\(name) resolves to \(try resolve(name, with: places))")
    }

    // Who was exiled where: the exiles at a place, and at the places inside it.
    let astrakhan = try resolve("Astrakhan", with: places)
    let exiles = try atlas.exiles(ExileFilter(placeIDs: atlas.placeAndDescendants(astrakhan)))
    let names = try atlas.personNamesByID(ids: exiles.map(\.personID))
    for exile in exiles {
        print("exiled in Astrakhan: \(names[exile.personID] ?? exile.personID) (\(exile.kind.rawValue), \(exile.period.edtf))")
    }

    // Who was where, when: every answer on a date carries a status (attested, within,
    // possible) and the attestation it rests on. The last letter from a place is never
    // taken as the end of the stay.
    let radek = try resolve("Radek", with: atlas.personResolver())
    let october = try HistoricalDate(parsing: "1928-10-15")
    let index = try atlas.placeIndex()
    for presence in try atlas.whereabouts(personIDs: [radek]).presences(on: october) {
        let place = presence.stay.placeID.map { index.name(of: $0, at: october) } ?? "unknown"
        let basis = presence.evidence.last.map { "; last attested \($0.date.edtf) (\($0.evidence.locator))" } ?? ""
        print("Radek on \(october.edtf): \(place), \(presence.status.rawValue)\(basis)")
    }

    // Travel: a recorded journey traced leg by leg. Each step names its places as they were
    // called then and measures the geodesic from the last located stop (an unlocated stop,
    // such as the abandoned hut, has no distance of its own).
    let journeys = try atlas.journeys(matching: "Trotsky", year: 1928)
    guard journeys.count == 1, let itinerary = try atlas.itinerary(of: journeys[0].id) else {
        throw ClientError(description: "expected one journey of Trotsky's in 1928, found \(journeys.map(\.id))")
    }
    print("route \(itinerary.journey.id): \(itinerary.journey.title), \(itinerary.journey.period.edtf)")
    for step in itinerary.steps {
        let modes = step.leg.modes.map(\.rawValue).joined(separator: "/")
        let distance = step.geodesicKm.map { km($0) + (step.geodesicFromName.map { " from \($0)" } ?? "") } ?? "unlocated"
        print("  leg \(step.leg.sequence): \(step.fromName) -> \(step.toName), \(modes), \(distance)")
    }
    print("route total: \(km(itinerary.geodesicKm)) geodesic")

    // Travel: the geodesic between two places (WGS84, Karney's method through PROJ).
    let moscow = try resolve("Moscow", with: places), almaAta = try resolve("Alma Ata", with: places)
    guard let from = index.places[moscow]?.coordinate, let to = index.places[almaAta]?.coordinate else {
        throw ClientError(description: "Moscow or Alma Ata has no coordinates")
    }
    let line = Geodesic.inverse(from, to)
    print("Moscow to Alma Ata: \(km(LengthUnit.metre.convert(line.distance, to: .kilometre))) geodesic, "
        + "bearing \(String(format: "%.1f", line.compassBearing ?? 0))")

    // Network: the correspondence as a graph of places (letters, contacts and relays), and
    // its hubs by degree: how many other places each one exchanged with.
    let network = CorrespondenceGraph(letters: try atlas.allLetters(), contacts: try atlas.contacts(),
                                      exiles: try atlas.exiles(), tallies: try atlas.tallies(), people: try atlas.people(),
                                      by: .place, placement: try atlas.placement())
    for hub in CentralityMeasure.degree.scores(network.graph).ranked(label: index.name(of:)).prefix(3) {
        print("hub \(hub.rank) by degree: \(index.name(of: hub.node)) (\(Int(hub.score)) correspondents)")
    }

    // Export: the 1928 deportation as GeoJSON (every located place with its names over time,
    // the travellers' exiles, the legs drawn along the geodesic), written to a file and read back.
    let selection = Selection(journeys: journeys)
    let geojson = try GeoJSON.document(places: index, exiles: try atlas.exiles(selection),
                                       people: try atlas.personNamesByID(), itineraries: try atlas.itineraries(selection))
    let file = folder.appendingPathComponent("deportation-1928.geojson")
    try geojson.write(to: file)
    let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
    let read = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
    let ids = (read?["features"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    print("GeoJSON of \(itinerary.journey.id): \(ids.count) features (\(ids.filter { $0.hasPrefix("leg/") }.count) legs), \(size) bytes")
}

do {
    try run()
} catch {
    // The library never prints: its errors describe themselves, and the caller reports them.
    FileHandle.standardError.write(Data("atlas-client: \(error)\n".utf8))
    exit(1)
}
