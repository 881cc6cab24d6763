import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// KML 2.2 (OGC 07-147r2) of the atlas, for Google Earth: the layers of the GeoJSON export
/// as folders, each dated so the time slider plays the exile out.
///
/// - Places: a Point each, described with their names over time and evidence.
/// - Exiles: a Point at the place of each exile with a `TimeSpan` of its period.
/// - Journeys: a folder each; one Placemark per leg, a `LineString` along the geodesic
///   (split into a `MultiGeometry` at the antimeridian), styled by mode (the maps' `LegStyle`), with a `TimeSpan`
///   from departure to arrival as `LegTiming` dates them (an undated leg takes its journey's
///   period), a `TimeStamp` when it is one day.
///
/// KML dates are `xsd:gYear`, `gYearMonth` or `date`, so EDTF ends are written as given when
/// plain and as their first or last day otherwise (a season, `192X`); an open end is left out.
///
/// ```swift
/// let data = KML.document(places: index, exiles: exiles, people: names, itineraries: [trip])
/// ```
public enum KML {
    /// The places, exiles and journeys as a KML 2.2 document, with `title` as the
    /// document's name.
    public static func document(places: PlaceIndex, exiles: [Exile], people: [String: String],
                                itineraries: [Itinerary], title: String = "Exile Atlas") -> Data {
        let root = XMLElement("kml", ["xmlns": "http://www.opengis.net/kml/2.2"])
        let document = root.add("Document", ["id": "exile-atlas"])
        document.add("name", text: title)
        document.add("description", text: "Places, exiles and journeys from Exile Atlas; every feature cites its source.")
        // One line style per family of modes the legs use, in the maps' colours.
        let legStyles = itineraries.flatMap(\.steps).map { LegStyle(modes: $0.leg.modes) }
        var written: Set<String> = []
        for style in legStyles where written.insert(style.family).inserted {
            let line = document.add("Style", ["id": "mode-\(style.family)"]).add("LineStyle")
            line.add("color", text: kmlColor(style.colour))
            line.add("width", text: "\(style.width)")
        }
        document.add("Style", ["id": "exile"]).add("IconStyle").add("color", text: kmlColor(SVGMap.exileColour))

        let placeFolder = document.add("Folder", ["id": "places"])
        placeFolder.add("name", text: "Places")
        for place in places.places.values.sorted(by: { $0.id < $1.id }) {
            guard let coordinate = place.coordinate else { continue }
            let mark = placeFolder.add("Placemark", ["id": "place-\(place.id)"])
            let uncertain = places.isUncertain(place.id)
            mark.add("name", text: place.name + (uncertain ? " (?)" : ""))
            var names: [String] = []
            for name in places.names[place.id] ?? [] {
                let text = name.name + (name.period.map { " (\($0.edtf))" } ?? "")
                if !names.contains(text) { names.append(text) }
            }
            mark.add("description", text: describe(lines: [
                names.isEmpty ? nil : "Names: " + names.joined(separator: "; "),
                place.coordinateNote.map { "Position: \($0)" },
                uncertain ? "Identification uncertain; candidates: " + (places.candidates[place.id] ?? []).map {
                    "\($0.name)\($0.chosen ? " (drawn here)" : ""): \($0.reason)"
                }.joined(separator: "; ") : nil,
                evidenceLine(place.evidence),
            ]))
            extendedData(mark, ["id": place.id, "kind": place.kind.rawValue,
                                "coordinate_reference": place.coordinateReference,
                                "identification": uncertain ? "uncertain" : "certain"])
            point(mark, coordinate)
        }

        let exileFolder = document.add("Folder", ["id": "exiles"])
        exileFolder.add("name", text: "Exiles")
        for exile in exiles {
            guard let placeID = exile.placeID, let coordinate = places.places[placeID]?.coordinate else { continue }
            let person = people[exile.personID] ?? exile.personID
            let mark = exileFolder.add("Placemark", ["id": "exile-\(exile.id)"])
            mark.add("name", text: "\(person) in \(places.name(of: placeID, at: exile.period))")
            mark.add("description", text: describe(lines: ["\(exile.kind.rawValue), \(exile.period.edtf)", evidenceLine(exile.evidence)]))
            time(mark, exile.period.start, exile.period.end, single: !exile.period.isInterval)
            mark.add("styleUrl", text: "#exile")
            extendedData(mark, ["person": exile.personID, "place": placeID, "kind": exile.kind.rawValue,
                                "when": exile.period.edtf])
            point(mark, coordinate)
        }

        let journeyFolder = document.add("Folder", ["id": "journeys"])
        journeyFolder.add("name", text: "Journeys")
        for itinerary in itineraries {
            let folder = journeyFolder.add("Folder", ["id": "journey-\(itinerary.journey.id)"])
            folder.add("name", text: itinerary.journey.title)
            folder.add("description", text: describe(lines: [itinerary.journey.period.edtf, evidenceLine(itinerary.journey.evidence)]))
            for step in itinerary.steps {
                guard let fromID = step.geodesicFromPlaceID, let from = places.places[fromID]?.coordinate,
                      let to = places.places[step.leg.toPlaceID]?.coordinate else { continue }
                let mark = folder.add("Placemark", ["id": "leg-\(step.leg.id)"])
                let modes = step.leg.modes.map(\.label).joined(separator: " and ")
                mark.add("name", text: "\(step.geodesicFromName ?? step.fromName) to \(step.toName)")
                mark.add("description", text: describe(lines: [
                    "By \(modes)" + (step.leg.vehicle.map { " (\($0))" } ?? ""),
                    step.geodesicKm.map { String(format: "Geodesic %.1f km", $0) },
                    step.stated.map { "The source says \($0.claim.value)" },
                    evidenceLine(step.leg.evidence),
                ]))
                let timing = step.timing
                time(mark, timing.departure.start, timing.arrival.end,
                     single: timing.departure == timing.arrival && !timing.departure.isInterval)
                mark.add("styleUrl", text: "#mode-\(LegStyle(modes: step.leg.modes).family)")
                extendedData(mark, ["journey": itinerary.journey.id, "leg": "\(step.leg.sequence)",
                                    "modes": step.leg.modes.map(\.rawValue).joined(separator: "+"),
                                    "departed": step.leg.departed?.edtf, "arrived": step.leg.arrived?.edtf,
                                    "geodesic_km": step.geodesicKm.map { String(format: "%.3f", $0) }])
                let lines = GeoJSON.geodesicLines(from: from, to: to)
                let parent = lines.count == 1 ? mark : mark.add("MultiGeometry")
                for line in lines {
                    let element = parent.add("LineString")
                    element.add("tessellate", text: "1")
                    element.add("coordinates", text: line.map { "\($0[0]),\($0[1])" }.joined(separator: " "))
                }
            }
        }
        return XMLWriting.data(root)
    }

    /// `#rrggbb` as KML's `aabbggrr`, opaque.
    static func kmlColor(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        return "ff" + String(digits[4...5]) + String(digits[2...3]) + String(digits[0...1])
    }

    private static func describe(lines: [String?]) -> String { lines.compactMap { $0 }.joined(separator: "\n") }

    private static func evidenceLine(_ evidence: Evidence) -> String {
        "Source: \(evidence.sourceID) \(evidence.locator)" + (evidence.quote.isEmpty ? "" : ": \u{201C}\(evidence.quote)\u{201D}")
    }

    private static func point(_ mark: XMLElement, _ coordinate: Coordinate) {
        let position = GeoJSON.position(coordinate)
        mark.add("Point").add("coordinates", text: "\(position[0]),\(position[1])")
    }

    /// A `TimeStamp` for one plain date, otherwise a `TimeSpan` with the ends that are known.
    private static func time(_ mark: XMLElement, _ start: DateEndpoint?, _ end: DateEndpoint?, single: Bool) {
        if single, let start, let plain = start.plain {
            mark.add("TimeStamp").add("when", text: plain)
            return
        }
        guard start != nil || end != nil else { return }
        let span = mark.add("TimeSpan")
        if let start { span.add("begin", text: start.iso(earliestDay: true)) }
        if let end { span.add("end", text: end.iso(earliestDay: false)) }
    }

    private static func extendedData(_ mark: XMLElement, _ values: KeyValuePairs<String, String?>) {
        let data = mark.add("ExtendedData")
        for (name, value) in values {
            guard let value else { continue }
            data.add("Data", ["name": name]).add("value", text: value)
        }
    }
}
