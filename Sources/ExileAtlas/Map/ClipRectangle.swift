/// An axis-aligned rectangle that cuts polygon rings to itself (Sutherland and Hodgman,
/// "Reentrant polygon clipping", CACM 17(1), 1974).
///
/// Used twice for the land outline: in longitude and latitude, to keep a ring away from the
/// cut opposite the central meridian (where a conic projection tears it) and from the pole
/// the cone cannot reach; then in pixels, to leave out what falls outside the map.
/// A concave ring may come back with edges running along the rectangle's border; filled,
/// they cover nothing outside it.
///
/// ```swift
/// let window = ClipRectangle(minX: 0, minY: 0, maxX: 1200, maxY: 800)
/// let inside = window.clip(ring)   // [] when the ring lies wholly outside
/// ```
public struct ClipRectangle: Sendable, Hashable {
    /// The rectangle's edges, in the units of the points it clips (degrees of longitude and
    /// latitude, or pixels); `minX <= maxX`, `minY <= maxY`.
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    /// Creates the rectangle from its edges.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    /// The part of a closed ring (first point not repeated at the end, or repeated: either
    /// works) inside the rectangle; empty if fewer than three points remain.
    public func clip(_ ring: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        var points = ring
        // One pass per edge: keep what lies on the inner side, add the crossings.
        let edges: [(inside: ((x: Double, y: Double)) -> Bool, cross: ((x: Double, y: Double), (x: Double, y: Double)) -> (x: Double, y: Double))] = [
            ({ $0.x >= minX }, { a, b in (minX, a.y + (b.y - a.y) * (minX - a.x) / (b.x - a.x)) }),
            ({ $0.x <= maxX }, { a, b in (maxX, a.y + (b.y - a.y) * (maxX - a.x) / (b.x - a.x)) }),
            ({ $0.y >= minY }, { a, b in (a.x + (b.x - a.x) * (minY - a.y) / (b.y - a.y), minY) }),
            ({ $0.y <= maxY }, { a, b in (a.x + (b.x - a.x) * (maxY - a.y) / (b.y - a.y), maxY) }),
        ]
        for edge in edges {
            guard let last = points.last else { break }
            var kept: [(x: Double, y: Double)] = []
            kept.reserveCapacity(points.count)
            var previous = last
            for point in points {
                switch (edge.inside(previous), edge.inside(point)) {
                case (true, true): kept.append(point)
                case (true, false): kept.append(edge.cross(previous, point))
                case (false, true): kept.append(edge.cross(previous, point)); kept.append(point)
                case (false, false): break
                }
                previous = point
            }
            points = kept
        }
        return points.count >= 3 ? points : []
    }
}
