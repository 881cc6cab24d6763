import Foundation

/// The Lambert conformal conic projection on an ellipsoid (or a sphere), with two standard
/// parallels: the projection of choice for a mid-latitude land mass wider than it is tall,
/// such as the Soviet Union from Odessa to Tomsk. Shapes are kept (it is conformal) and the
/// scale is true along the two standard parallels.
///
/// The formulas are Snyder's: J. P. Snyder, *Map Projections—A Working Manual*, U.S.
/// Geological Survey Professional Paper 1395 (1987), §15, pp. 104-110 (equations 14-1 to
/// 14-4, 14-15, 15-1 to 15-11, and 7-9 for the inverse latitude); the numerical examples of
/// Appendix A, pp. 295-297, are the tests. Agrees with PROJ's `+proj=lcc` to a millimetre.
///
/// ```swift
/// let lcc = LambertConformalConic(standardParallels: (33, 45), origin: Coordinate(latitude: 23, longitude: -96),
///                                 ellipsoid: .clarke1866)
/// lcc.forward(Coordinate(latitude: 35, longitude: -75))   // (x: 1894410.9, y: 1564649.5) metres
/// ```
public struct LambertConformalConic: Sendable {
    /// The figure of the earth: semi-major axis and flattening.
    public struct Ellipsoid: Sendable, Hashable {
        /// Semi-major axis in metres (the radius, for a sphere).
        public var a: Double
        /// Flattening; 0 for a sphere.
        public var f: Double
        /// First eccentricity.
        public var e: Double { (f * (2 - f)).squareRoot() }

        /// Creates an ellipsoid from its semi-major axis `a` in metres and its flattening `f` (0
        /// for a sphere).
        public init(a: Double, f: Double) {
            self.a = a
            self.f = f
        }

        /// WGS84, as the atlas's coordinates and geodesics use.
        public static let wgs84 = Ellipsoid(a: 6_378_137, f: 1 / 298.257223563)
        /// Clarke 1866 (a = 6,378,206.4 m, b = 6,356,583.8 m), Snyder's example ellipsoid.
        public static let clarke1866 = Ellipsoid(a: 6_378_206.4, f: 1 - 6_356_583.8 / 6_378_206.4)
        /// A sphere of the given radius.
        public static func sphere(radius: Double) -> Ellipsoid { Ellipsoid(a: radius, f: 0) }
    }

    /// The two latitudes where the scale is true, in degrees.
    public let standardParallels: (Double, Double)
    /// Latitude of origin (y = 0) and central meridian (x = 0), in degrees.
    public let origin: Coordinate
    /// The figure of the earth the projection is computed on.
    public let ellipsoid: Ellipsoid
    /// The cone constant n (Snyder 15-8, or sin φ1 when the parallels coincide).
    public let n: Double
    private let bigF: Double
    private let rho0: Double

    /// Sets up the projection: the cone constant, and the radius at the origin's latitude.
    ///
    /// - Parameters:
    ///   - standardParallels: the two latitudes where the scale is true, in degrees, on the
    ///     same side of the equator (they may be equal: one tangent parallel).
    ///   - origin: latitude of origin and central meridian.
    ///   - ellipsoid: WGS84 by default.
    public init(standardParallels: (Double, Double), origin: Coordinate, ellipsoid: Ellipsoid = .wgs84) {
        self.standardParallels = standardParallels
        self.origin = origin
        self.ellipsoid = ellipsoid
        let phi1 = standardParallels.0 * .pi / 180, phi2 = standardParallels.1 * .pi / 180
        let e = ellipsoid.e
        let m1 = Self.m(phi1, e), m2 = Self.m(phi2, e)
        let t1 = Self.t(phi1, e), t2 = Self.t(phi2, e)
        let n = abs(phi1 - phi2) < 1e-10 ? sin(phi1) : (log(m1) - log(m2)) / (log(t1) - log(t2))
        self.n = n
        bigF = m1 / (n * pow(t1, n))
        rho0 = ellipsoid.a * bigF * pow(Self.t(origin.latitude * .pi / 180, e), n)
    }

    // MARK: - Forward and inverse

    /// Projected easting and northing in metres (Snyder 14-1, 14-2). The longitude is not
    /// wrapped, so a caller can pass 200° to mean 160°W seen from the east.
    public func forward(_ coordinate: Coordinate) -> (x: Double, y: Double) {
        let rho = self.rho(latitude: coordinate.latitude)
        let theta = n * (coordinate.longitude - origin.longitude) * .pi / 180
        return (rho * sin(theta), rho0 - rho * cos(theta))
    }

    /// The coordinate at a projected point (Snyder 14-10, 15-11, 7-9).
    public func inverse(x: Double, y: Double) -> Coordinate {
        let sign: Double = n < 0 ? -1 : 1
        let rho = sign * (x * x + (rho0 - y) * (rho0 - y)).squareRoot()
        let theta = atan2(sign * x, sign * (rho0 - y))
        let t = pow(rho / (ellipsoid.a * bigF), 1 / n)
        let e = ellipsoid.e
        var phi = .pi / 2 - 2 * atan(t)
        for _ in 0..<15 {
            let esin = e * sin(phi)
            let next = .pi / 2 - 2 * atan(t * pow((1 - esin) / (1 + esin), e / 2))
            if abs(next - phi) < 1e-12 { phi = next; break }
            phi = next
        }
        return Coordinate(latitude: phi * 180 / .pi, longitude: origin.longitude + theta / n * 180 / .pi)
    }

    /// The scale factor along meridians and parallels at a latitude (Snyder 15-4: k = ρn/(am)),
    /// 1 on the standard parallels: map metres per metre on the ellipsoid.
    public func scaleFactor(atLatitude latitude: Double) -> Double {
        let phi = latitude * .pi / 180
        return rho(latitude: latitude) * n / (ellipsoid.a * Self.m(phi, ellipsoid.e))
    }

    // MARK: - Snyder's auxiliary quantities

    private func rho(latitude: Double) -> Double {
        ellipsoid.a * bigF * pow(Self.t(latitude * .pi / 180, ellipsoid.e), n)
    }

    /// m = cos φ / √(1 − e² sin² φ) (Snyder 14-15).
    private static func m(_ phi: Double, _ e: Double) -> Double {
        cos(phi) / (1 - e * e * sin(phi) * sin(phi)).squareRoot()
    }

    /// t = tan(π/4 − φ/2) / ((1 − e sin φ)/(1 + e sin φ))^(e/2) (Snyder 15-9).
    private static func t(_ phi: Double, _ e: Double) -> Double {
        let esin = e * sin(phi)
        return tan(.pi / 4 - phi / 2) / pow((1 - esin) / (1 + esin), e / 2)
    }
}
