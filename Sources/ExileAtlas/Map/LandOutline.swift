import Foundation

/// The world's land as polygon rings, for the background of a map.
///
/// The one the binary carries is Natural Earth's 1:110m land (the admin-0 countries
/// dissolved; public domain), embedded from `Fixtures/naturalearth-land-110m.geojson` at
/// build time, so a map needs no file beside the binary and no network.
///
/// ```swift
/// let land = LandOutline.naturalEarth110m
/// land.rings.count   // outer rings and holes, longitude-latitude
/// ```
public struct LandOutline: Sendable {
    /// The credit Natural Earth asks for, shown in every map's corner.
    public static let attribution = "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com"

    /// Every ring of every polygon (outer rings and holes alike: draw with the even-odd rule).
    public let rings: [[Coordinate]]
    /// The GeoJSON text the rings came from, for a web map to draw itself.
    public let geoJSON: String

    /// Natural Earth 1:110m land, compiled into the binary.
    public static let naturalEarth110m: LandOutline = {
        let text = EmbeddedResources.geodata.first { $0.name == "naturalearth-land-110m.geojson" }?.text ?? ""
        // The embedded file is checked by the tests; a damaged one gives a map without land.
        return LandOutline(geoJSON: text) ?? LandOutline(rings: [], geoJSON: #"{"type":"FeatureCollection","features":[]}"#)
    }()

    private init(rings: [[Coordinate]], geoJSON: String) {
        self.rings = rings
        self.geoJSON = geoJSON
    }

    /// Reads the Polygons and MultiPolygons of a GeoJSON FeatureCollection (other geometries
    /// are skipped); nil if the text is not a FeatureCollection.
    public init?(geoJSON text: String) {
        guard let root = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
              let features = root["features"] as? [[String: Any]] else { return nil }
        var rings: [[Coordinate]] = []
        for feature in features {
            guard let geometry = feature["geometry"] as? [String: Any] else { continue }
            let polygons: [Any]
            switch geometry["type"] as? String {
            case "Polygon": polygons = [geometry["coordinates"] as Any]
            case "MultiPolygon": polygons = geometry["coordinates"] as? [Any] ?? []
            default: continue
            }
            for case let polygon as [[[Double]]] in polygons {
                rings += polygon.map { ring in
                    ring.compactMap { $0.count >= 2 ? Coordinate(latitude: $0[1], longitude: $0[0]) : nil }
                }
            }
        }
        self.init(rings: rings, geoJSON: text)
    }
}
