import CGeodesic

/// The geodesic between two points on the WGS84 ellipsoid: length and bearings.
public struct GeodesicLine: Sendable, Hashable {
    /// Length in metres.
    public var distance: Double
    /// Bearing at the start, degrees clockwise from north (-180...180].
    public var initialBearing: Double
    /// Bearing at the end, degrees clockwise from north (-180...180].
    public var finalBearing: Double

    /// The initial bearing as a compass reads it, 0 up to 360 degrees clockwise from north;
    /// nil when the two points are one (a bearing from a place to itself means nothing).
    ///
    /// ```swift
    /// Geodesic.inverse(almaAta, frunze).compassBearing   // 258.1 (west by south), not -101.9
    /// ```
    public var compassBearing: Double? {
        guard distance > 0 else { return nil }
        let degrees = initialBearing.truncatingRemainder(dividingBy: 360)
        let compass = degrees < 0 ? degrees + 360 : degrees
        return compass >= 360 ? 0 : compass
    }
}

/// Geodesics on WGS84 by Karney's method (C. F. F. Karney, "Algorithms for geodesics",
/// J. Geodesy 87, 43-55, 2013), through PROJ's `geodesic.h`.
///
/// Accurate to about 15 nanometres for any pair of points, antipodal ones included, where
/// Vincenty's iteration fails; no spherical (haversine) shortcut is taken.
///
/// ```swift
/// let moscow = Coordinate(latitude: 55.7558, longitude: 37.6173)
/// let almaAta = Coordinate(latitude: 43.2525, longitude: 76.9115)
/// Geodesic.inverse(moscow, almaAta).distance   // metres
/// ```
public enum Geodesic {
    /// WGS84: semi-major axis 6,378,137 m, flattening 1/298.257223563.
    private static let wgs84: geod_geodesic = {
        var geodesic = geod_geodesic()
        geod_init(&geodesic, 6_378_137, 1 / 298.257223563)
        return geodesic
    }()

    /// Solves the inverse problem: the shortest path from `a` to `b`.
    public static func inverse(_ a: Coordinate, _ b: Coordinate) -> GeodesicLine {
        var geodesic = wgs84
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        geod_inverse(&geodesic, a.latitude, a.longitude, b.latitude, b.longitude, &distance, &azimuth1, &azimuth2)
        return GeodesicLine(distance: distance, initialBearing: azimuth1, finalBearing: azimuth2)
    }

    /// Solves the direct problem: where a geodesic from `start` along `bearing` ends after
    /// `distance` metres.
    public static func destination(from start: Coordinate, bearing: Double, distance: Double) -> Coordinate {
        var geodesic = wgs84
        var latitude = 0.0, longitude = 0.0, azimuth = 0.0
        geod_direct(&geodesic, start.latitude, start.longitude, bearing, distance, &latitude, &longitude, &azimuth)
        return Coordinate(latitude: latitude, longitude: longitude)
    }

    /// Points along the geodesic from `a` to `b`, both ends included, evenly spaced so that
    /// no step is longer than `maximumStep` metres (for drawing the path on a map).
    public static func points(from a: Coordinate, to b: Coordinate, maximumStep: Double = 50_000) -> [Coordinate] {
        var geodesic = wgs84
        var line = geod_geodesicline()
        geod_inverseline(&line, &geodesic, a.latitude, a.longitude, b.latitude, b.longitude, 0)
        let steps = max(1, Int((line.s13 / max(maximumStep, 1)).rounded(.up)))
        return (0...steps).map { step in
            if step == 0 { return a }
            if step == steps { return b }
            var latitude = 0.0, longitude = 0.0, azimuth = 0.0
            geod_position(&line, line.s13 * Double(step) / Double(steps), &latitude, &longitude, &azimuth)
            return Coordinate(latitude: latitude, longitude: longitude)
        }
    }
}
