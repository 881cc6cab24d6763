import Foundation

/// A Lambert conformal conic projection fitted to what a map draws, and the step from
/// projected metres to the pixels of a frame.
///
/// The cone is chosen from the bounding box of the layers (padded): central meridian in its
/// middle, standard parallels one sixth of its height in from the top and bottom (the usual
/// rule for a conic, which keeps the scale error small over the whole box). The box is then
/// scaled to fill the frame, centred.
///
/// ```swift
/// let frame = MapFrame(fitting: layers.coordinates, width: 1200, height: 800)
/// let (x, y) = frame.pixel(Coordinate(latitude: 43.25, longitude: 76.91))
/// ```
public struct MapFrame: Sendable {
    /// The area shown when there is nothing to fit: the Soviet Union of 1928 west of the Yenisei.
    public static let defaultBox = (south: 35.0, north: 62.0, west: 25.0, east: 90.0)

    /// The cone fitted to the padded box, as the type's discussion describes, on WGS84.
    public let projection: LambertConformalConic
    /// The frame's width in pixels.
    public let width: Double
    /// The frame's height in pixels.
    public let height: Double
    /// The padded bounding box the projection was fitted to, in degrees.
    public let box: (south: Double, north: Double, west: Double, east: Double)
    /// Pixels per projected metre.
    public let pixelsPerMetre: Double
    private let centreX: Double
    private let centreY: Double

    /// Fits a conic projection to `coordinates` and scales it to a frame of `width` by
    /// `height` pixels.
    ///
    /// - Parameters:
    ///   - coordinates: what must be visible; `defaultBox` when empty.
    ///   - width: the frame's width in pixels.
    ///   - height: the frame's height in pixels.
    ///   - inset: pixels kept free on every side of the fitted box.
    public init(fitting coordinates: [Coordinate], width: Double, height: Double, inset: Double = 40) {
        self.width = width
        self.height = height
        var box = Self.defaultBox
        if !coordinates.isEmpty {
            let latitudes = coordinates.map(\.latitude), longitudes = coordinates.map(\.longitude)
            box = (latitudes.min()!, latitudes.max()!, longitudes.min()!, longitudes.max()!)
        }
        // Pad so that labels and the ends of lines stay inside, and a single point gets a region.
        let latitudePad = max(2, (box.north - box.south) * 0.1), longitudePad = max(3, (box.east - box.west) * 0.1)
        box = (max(-80, box.south - latitudePad), min(84, box.north + latitudePad), box.west - longitudePad, box.east + longitudePad)
        self.box = box

        var first = box.south + (box.north - box.south) / 6, second = box.north - (box.north - box.south) / 6
        if first * second <= 0 {
            // Straddling the equator the cone flattens into a cylinder (n → 0); take one
            // tangent parallel on the side that holds more of the box.
            let parallel = abs(box.north) >= abs(box.south) ? max(second, 5) : min(first, -5)
            (first, second) = (parallel, parallel)
        }
        projection = LambertConformalConic(
            standardParallels: (first, second),
            origin: Coordinate(latitude: (box.south + box.north) / 2, longitude: (box.west + box.east) / 2))

        // The box's outline is curved once projected: sample it, then fit its extent.
        var outline: [Coordinate] = []
        for step in 0...20 {
            let latitude = box.south + (box.north - box.south) * Double(step) / 20
            let longitude = box.west + (box.east - box.west) * Double(step) / 20
            outline += [Coordinate(latitude: latitude, longitude: box.west), Coordinate(latitude: latitude, longitude: box.east),
                        Coordinate(latitude: box.south, longitude: longitude), Coordinate(latitude: box.north, longitude: longitude)]
        }
        let projected = outline.map(projection.forward)
        let xs = projected.map(\.x), ys = projected.map(\.y)
        let (minX, maxX, minY, maxY) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        pixelsPerMetre = min((width - 2 * inset) / max(maxX - minX, 1), (height - 2 * inset) / max(maxY - minY, 1))
        centreX = (minX + maxX) / 2
        centreY = (minY + maxY) / 2
    }

    // MARK: - Pixels

    /// The pixel of a coordinate (y down), its longitude taken on the near side of the
    /// central meridian so that a line crossing ±180° stays whole.
    public func pixel(_ coordinate: Coordinate) -> (x: Double, y: Double) {
        let offset = coordinate.longitude - projection.origin.longitude
        let near = Coordinate(latitude: coordinate.latitude, longitude: coordinate.longitude - 360 * (offset / 360).rounded())
        return pixel(projected: projection.forward(near))
    }

    /// The pixel of a projected point.
    public func pixel(projected point: (x: Double, y: Double)) -> (x: Double, y: Double) {
        (width / 2 + (point.x - centreX) * pixelsPerMetre, height / 2 - (point.y - centreY) * pixelsPerMetre)
    }

    /// The coordinate under a pixel.
    public func coordinate(atPixel x: Double, _ y: Double) -> Coordinate {
        projection.inverse(x: centreX + (x - width / 2) / pixelsPerMetre, y: centreY - (y - height / 2) / pixelsPerMetre)
    }

    /// The coordinate at the middle of the frame.
    public var centre: Coordinate { coordinate(atPixel: width / 2, height / 2) }

    /// Pixels per kilometre on the ground at the middle of the frame: the projection's
    /// scale factor there times the frame's pixels per projected metre. A scale bar is
    /// true at the centre and drifts by the scale factor elsewhere.
    public var pixelsPerKilometreAtCentre: Double {
        1_000 * pixelsPerMetre * projection.scaleFactor(atLatitude: centre.latitude)
    }

    // MARK: - Land

    /// The land's rings in pixels, cut to the frame (with a margin) and kept off the cut
    /// opposite the central meridian and off the far pole.
    public func landRings(_ land: LandOutline) -> [[(x: Double, y: Double)]] {
        let centralMeridian = projection.origin.longitude
        let northern = projection.n > 0
        // Longitudes within 179.5° of the central meridian, in the copies of the world
        // (shifted by 360°) that reach into that window.
        let window = ClipRectangle(minX: centralMeridian - 179.5, minY: northern ? -60 : -89.5,
                                   maxX: centralMeridian + 179.5, maxY: northern ? 89.5 : 60)
        let view = ClipRectangle(minX: -10, minY: -10, maxX: width + 10, maxY: height + 10)
        var rings: [[(x: Double, y: Double)]] = []
        for ring in land.rings {
            for shift in [-360.0, 0, 360] {
                let shifted = ring.map { (x: $0.longitude + shift, y: $0.latitude) }
                guard let west = shifted.map(\.x).min(), let east = shifted.map(\.x).max(),
                      east > window.minX, west < window.maxX else { continue }
                let inside = window.clip(shifted)
                guard !inside.isEmpty else { continue }
                let pixels = inside.map { pixel(projected: projection.forward(Coordinate(latitude: $0.y, longitude: $0.x))) }
                let visible = view.clip(pixels)
                if !visible.isEmpty { rings.append(visible) }
            }
        }
        return rings
    }
}
