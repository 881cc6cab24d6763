import Foundation

/// GeoJSON (RFC 7946) of the atlas: places as Points with their names over time, exiles and
/// evidence; journey legs as LineStrings that follow the geodesic (points every 50 km),
/// split into a MultiLineString where they cross the antimeridian. Coordinates are
/// longitude, latitude, rounded to 7 decimals (about a centimetre).
///
/// ```swift
/// let data = try GeoJSON.document(places: index, exiles: exiles, people: names, itineraries: [trip])
/// ```
public enum GeoJSON {
    /// A position rounded to 7 decimals, in GeoJSON's longitude-latitude order.
    static func position(_ coordinate: Coordinate) -> [Double] {
        [round7(coordinate.longitude), round7(coordinate.latitude)]
    }

    static func round7(_ value: Double) -> Double { (value * 10_000_000).rounded() / 10_000_000 }

    /// The geodesic from `a` to `b` as lines of positions, split where it crosses the
    /// antimeridian (RFC 7946 section 3.1.9), with the crossing point on both sides.
    public static func geodesicLines(from a: Coordinate, to b: Coordinate, maximumStep: Double = 50_000) -> [[[Double]]] {
        let points = Geodesic.points(from: a, to: b, maximumStep: maximumStep)
        var lines: [[[Double]]] = [[position(points[0])]]
        for (previous, next) in zip(points, points.dropFirst()) {
            if abs(next.longitude - previous.longitude) > 180 {
                // Unwrap the next longitude past ±180, and interpolate where the line meets it.
                let edge: Double = previous.longitude > 0 ? 180 : -180
                let unwrapped = next.longitude + (edge > 0 ? 360 : -360)
                let fraction = (edge - previous.longitude) / (unwrapped - previous.longitude)
                let latitude = previous.latitude + fraction * (next.latitude - previous.latitude)
                lines[lines.count - 1].append([edge, round7(latitude)])
                lines.append([[-edge, round7(latitude)]])
            }
            lines[lines.count - 1].append(position(next))
        }
        return lines
    }

    struct FeatureCollection: Encodable {
        let type = "FeatureCollection"
        var features: [Feature]
    }

    struct Feature: Encodable {
        let type = "Feature"
        var id: String
        var geometry: Geometry
        var properties: [String: Property]
    }

    enum Geometry: Encodable {
        case point([Double])
        case lineString([[Double]])
        case multiLineString([[[Double]]])

        enum Keys: String, CodingKey { case type, coordinates }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            switch self {
            case let .point(position):
                try container.encode("Point", forKey: .type)
                try container.encode(position, forKey: .coordinates)
            case let .lineString(positions):
                try container.encode("LineString", forKey: .type)
                try container.encode(positions, forKey: .coordinates)
            case let .multiLineString(lines):
                try container.encode("MultiLineString", forKey: .type)
                try container.encode(lines, forKey: .coordinates)
            }
        }
    }

    /// A property value: text, number, null, or a list of records.
    enum Property: Encodable {
        case text(String?)
        case number(Double?)
        case records([[String: String?]])

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .text(value): try container.encode(value)
            case let .number(value): try container.encode(value)
            case let .records(value): try container.encode(value)
            }
        }
    }

    /// The FeatureCollection as JSON.
    /// - Parameters:
    ///   - places: every place with its names; unlocated places have no feature.
    ///   - exiles: shown as properties of their places.
    ///   - people: display names by id.
    ///   - itineraries: journeys whose legs become lines (a leg ending at an unlocated stop
    ///     has none; the next one runs from the last located stop).
    public static func document(places: PlaceIndex, exiles: [Exile], people: [String: String],
                                itineraries: [Itinerary]) throws -> Data {
        var features: [Feature] = []
        let exilesByPlace = Dictionary(grouping: exiles, by: \.placeID)
        for place in places.places.values.sorted(by: { $0.id < $1.id }) {
            guard let coordinate = place.coordinate else { continue }
            features.append(Feature(id: "place/\(place.id)", geometry: .point(position(coordinate)), properties: [
                "layer": .text("place"), "id": .text(place.id), "name": .text(place.name), "kind": .text(place.kind.rawValue),
                "names": .records((places.names[place.id] ?? []).map {
                    ["name": $0.name, "language": $0.language, "kind": $0.kind.rawValue, "when": $0.period?.edtf]
                }),
                "exiles": .records((exilesByPlace[place.id] ?? []).map {
                    ["person": people[$0.personID] ?? $0.personID, "kind": $0.kind.rawValue, "when": $0.period.edtf]
                }),
                "coordinate_reference": .text(place.coordinateReference ?? place.coordinateSourceID),
                "identification": .text(places.isUncertain(place.id) ? "uncertain" : "certain"),
                "candidates": .records((places.candidates[place.id] ?? []).map {
                    ["name": $0.name, "chosen": $0.chosen ? "yes" : "no", "reason": $0.reason,
                     "latitude": $0.coordinate.map { String(round7($0.latitude)) },
                     "longitude": $0.coordinate.map { String(round7($0.longitude)) },
                     "coordinate_reference": $0.coordinateReference]
                }),
                "source": .text(place.evidence.sourceID), "locator": .text(place.evidence.locator),
                "quote": .text(place.evidence.quote.isEmpty ? nil : place.evidence.quote),
            ]))
        }
        for itinerary in itineraries {
            for step in itinerary.steps {
                guard let fromID = step.geodesicFromPlaceID, let from = places.places[fromID]?.coordinate,
                      let to = places.places[step.leg.toPlaceID]?.coordinate else { continue }
                let lines = geodesicLines(from: from, to: to)
                features.append(Feature(id: "leg/\(step.leg.id)",
                                        geometry: lines.count == 1 ? .lineString(lines[0]) : .multiLineString(lines),
                                        properties: [
                    "layer": .text("leg"), "journey": .text(itinerary.journey.id), "leg": .number(Double(step.leg.sequence)),
                    "from": .text(step.geodesicFromName ?? step.fromName), "to": .text(step.toName),
                    "modes": .text(step.leg.modes.map(\.rawValue).joined(separator: "+")),
                    "departed": .text(step.leg.departed?.edtf), "arrived": .text(step.leg.arrived?.edtf),
                    "geodesic_km": .number(step.geodesicKm.map { ($0 * 1000).rounded() / 1000 }),
                    "stated": .text(step.stated?.claim.value), "stated_km": .number(step.stated?.kilometres),
                    "source": .text(step.leg.evidence.sourceID), "locator": .text(step.leg.evidence.locator),
                    "quote": .text(step.leg.evidence.quote.isEmpty ? nil : step.leg.evidence.quote),
                ]))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(FeatureCollection(features: features))
    }
}
