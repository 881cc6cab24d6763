import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A static map of the layers as SVG 1.1, written with FoundationXML (which escapes names,
/// titles and quotes): land, graticule, journey legs along their geodesics styled by mode,
/// correspondence arcs weighted by count, places labelled by the names of the time, and a
/// title, legend, scale bar and the Natural Earth credit.
///
/// The projection is a Lambert conformal conic fitted to the layers (`MapFrame`). Every
/// drawn thing carries a `<title>` (a tooltip in a browser) with its dates and evidence.
///
/// ```swift
/// let data = SVGMap.document(layers)   // 1200 × 800 px
/// try data.write(to: URL(fileURLWithPath: "map.svg"))
/// ```
public enum SVGMap {
    /// The map as an SVG document.
    /// - Parameters:
    ///   - layers: what to draw.
    ///   - land: the land outline (Natural Earth 1:110m by default).
    ///   - width: the width in pixels.
    ///   - height: the height in pixels.
    public static func document(_ layers: MapLayers, land: LandOutline = .naturalEarth110m,
                                width: Double = 1200, height: Double = 800) -> Data {
        let frame = MapFrame(fitting: layers.coordinates, width: width, height: height, inset: 60)
        let root = element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "version": "1.1",
            "width": number(width), "height": number(height), "viewBox": "0 0 \(number(width)) \(number(height))",
            "font-family": "DejaVu Sans, Helvetica, Arial, sans-serif",
        ])
        root.addChild(XMLElement(name: "title", stringValue: layers.title))
        root.addChild(XMLElement(name: "desc", stringValue: description(frame)))
        root.addChild(definitions(width: width, height: height))
        root.addChild(element("rect", ["id": "sea", "width": number(width), "height": number(height), "fill": "#dbe8ef"]))

        let map = element("g", ["id": "map", "clip-path": "url(#frame)"])
        map.addChild(element("path", [
            "id": "land", "fill": "#f3efe4", "stroke": "#a89c80", "stroke-width": "0.7", "fill-rule": "evenodd",
            "d": frame.landRings(land).map { path($0, closed: true) }.joined(separator: " "),
        ]))
        map.addChild(graticule(frame))
        map.addChild(journeys(layers, frame))
        map.addChild(correspondence(layers, frame))
        if let reach = layers.reach { map.addChild(reachGroup(reach, frame)) }
        map.addChild(places(layers, frame))
        root.addChild(map)

        root.addChild(titleBlock(layers, width: width))
        root.addChild(legend(layers, frame))
        root.addChild(scaleBar(frame))
        let credit = element("text", ["id": "attribution", "x": number(width - 8), "y": number(height - 8),
                                      "text-anchor": "end", "font-size": "10", "fill": "#555"])
        credit.stringValue = LandOutline.attribution
        root.addChild(credit)

        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlData(options: [.nodePrettyPrint]) + Data("\n".utf8)
    }

    // MARK: - Layers

    private static func definitions(width: Double, height: Double) -> XMLElement {
        let defs = element("defs", [:])
        let clip = element("clipPath", ["id": "frame"])
        clip.addChild(element("rect", ["width": number(width), "height": number(height)]))
        defs.addChild(clip)
        let marker = element("marker", ["id": "arrow", "viewBox": "0 0 10 10", "refX": "9", "refY": "5",
                                        "markerWidth": "9", "markerHeight": "9", "markerUnits": "userSpaceOnUse",
                                        "orient": "auto"])
        marker.addChild(element("path", ["d": "M 0 0 L 10 5 L 0 10 z", "fill": arcColour]))
        defs.addChild(marker)
        return defs
    }

    /// Parallels and meridians every 2°, 5° or 10°, depending on the area shown.
    private static func graticule(_ frame: MapFrame) -> XMLElement {
        let group = element("g", ["id": "graticule", "fill": "none", "stroke": "#8fa9b8", "stroke-width": "0.5",
                                  "stroke-opacity": "0.7"])
        // The lon/lat range the frame shows, read off its border.
        var border: [Coordinate] = []
        for step in 0...40 {
            let u = Double(step) / 40
            border += [frame.coordinate(atPixel: u * frame.width, 0), frame.coordinate(atPixel: u * frame.width, frame.height),
                       frame.coordinate(atPixel: 0, u * frame.height), frame.coordinate(atPixel: frame.width, u * frame.height)]
        }
        let south = max(-80, border.map(\.latitude).min()! - 1), north = min(89, border.map(\.latitude).max()! + 1)
        let west = border.map(\.longitude).min()! - 1, east = border.map(\.longitude).max()! + 1
        let span = max(north - south, east - west)
        let interval: Double = span > 60 ? 10 : span > 20 ? 5 : 2
        var parallel = (south / interval).rounded(.up) * interval
        while parallel <= north {
            let points = stride(from: west, through: east, by: 1).map { frame.pixel(Coordinate(latitude: parallel, longitude: $0)) }
            group.addChild(element("path", ["d": path(points, closed: false)]))
            parallel += interval
        }
        var meridian = (west / interval).rounded(.up) * interval
        while meridian <= east {
            let points = stride(from: south, through: north, by: 1).map { frame.pixel(Coordinate(latitude: $0, longitude: meridian)) }
            group.addChild(element("path", ["d": path(points, closed: false)]))
            meridian += interval
        }
        return group
    }

    private static func journeys(_ layers: MapLayers, _ frame: MapFrame) -> XMLElement {
        let group = element("g", ["id": "journeys", "fill": "none", "stroke-linecap": "round", "stroke-linejoin": "round"])
        for leg in layers.legs {
            let style = LegStyle(modes: leg.modes)
            var attributes = ["id": "leg-\(leg.id)", "class": "leg", "stroke": style.colour, "stroke-width": number(style.width),
                              "d": path(leg.path.map(frame.pixel), closed: false)]
            if let dash = style.dash { attributes["stroke-dasharray"] = dash }
            let line = element("path", attributes)
            line.addChild(XMLElement(name: "title", stringValue: legTitle(leg)))
            group.addChild(line)
        }
        return group
    }

    private static let arcColour = "#6a3d9a"
    /// A place of exile's marker; the KML export uses it too.
    static let exileColour = "#7a1f1a"

    /// Arcs bowed to the left of their direction, so that letters each way stay apart.
    private static func correspondence(_ layers: MapLayers, _ frame: MapFrame) -> XMLElement {
        let group = element("g", ["id": "correspondence", "fill": "none", "stroke": arcColour, "stroke-opacity": "0.6"])
        for arc in layers.arcs.sorted(by: { $0.weight > $1.weight }) {
            let a = frame.pixel(arc.from), b = frame.pixel(arc.to)
            let dx = b.x - a.x, dy = b.y - a.y
            let control = ((a.x + b.x) / 2 + dy * 0.2, (a.y + b.y) / 2 - dx * 0.2)
            var attributes = [
                "class": "arc", "stroke-width": number(arcWidth(arc.weight)), "marker-end": "url(#arrow)",
                "d": "M \(number(a.x)) \(number(a.y)) Q \(number(control.0)) \(number(control.1)) \(number(b.x)) \(number(b.y))",
            ]
            if arc.isUncertain { attributes["stroke-dasharray"] = uncertainDash }
            let line = element("path", attributes)
            let lines = ["\(arc.fromName) → \(arc.toName): \(arc.weight) message\(arc.weight == 1 ? "" : "s")"]
                + arc.messages.map { message in
                    "\(message.date?.edtf ?? "undated") \(message.kind): \(message.summary) [\(evidence(message.evidence))]"
                }
            line.addChild(XMLElement(name: "title", stringValue: lines.joined(separator: "\n")))
            group.addChild(line)
        }
        return group
    }

    static func arcWidth(_ weight: Int) -> Double { 1 + 1.5 * Double(weight).squareRoot() }

    /// How an uncertain identification is drawn: its point's outline and its arcs dashed.
    static let uncertainDash = "5 3"

    /// Points and labels; a label that would overlap one already placed tries the other
    /// sides of its point, and is left out (the point keeps its tooltip) if none is free.
    private static func places(_ layers: MapLayers, _ frame: MapFrame) -> XMLElement {
        let group = element("g", ["id": "places", "font-size": "12"])
        let labels = element("g", ["id": "labels", "fill": "#222", "stroke": "#ffffff", "stroke-width": "3",
                                   "stroke-linejoin": "round", "paint-order": "stroke"])
        var taken: [LabelBox] = []
        let ordered = layers.places.enumerated().sorted { a, b in
            (a.element.roles.contains(.stop) ? 0 : 1, a.offset) < (b.element.roles.contains(.stop) ? 0 : 1, b.offset)
        }.map(\.element)
        for place in ordered {
            let p = frame.pixel(place.coordinate)
            let symbol: XMLElement
            if place.roles.contains(.exile) {
                symbol = element("rect", ["x": number(p.x - 4), "y": number(p.y - 4), "width": "8", "height": "8",
                                          "fill": exileColour, "stroke": "#ffffff", "stroke-width": "1"])
            } else {
                symbol = element("circle", ["cx": number(p.x), "cy": number(p.y), "r": "4",
                                            "fill": place.roles.contains(.stop) ? "#ffffff" : arcColour,
                                            "stroke": "#222", "stroke-width": "1.5"])
            }
            if place.isUncertain {
                symbol.addAttribute(attribute("stroke-dasharray", "2 1.5"))
                symbol.addAttribute(attribute("stroke", "#222"))
            }
            symbol.addAttribute(attribute("class", place.isUncertain ? "place uncertain" : "place"))
            symbol.addAttribute(attribute("id", "place-\(place.id)"))
            symbol.addChild(XMLElement(name: "title", stringValue: placeTitle(place)))
            group.addChild(symbol)

            if let label = label(place.name + (place.isUncertain ? " (?)" : ""), at: p, avoiding: &taken) { labels.addChild(label) }
        }
        group.addChild(labels)
        return group
    }

    /// A box a label takes, in pixels.
    private typealias LabelBox = (x: Double, y: Double, w: Double, h: Double)

    /// A label for the point `p` on the first side (right, left, above, below) clear of the
    /// labels already placed, which it joins; nil when no side is clear.
    private static func label(_ text: String, at p: (x: Double, y: Double), avoiding taken: inout [LabelBox]) -> XMLElement? {
        let w = 7 * Double(text.count) + 4, h = 14.0
        let candidates: [(x: Double, y: Double, anchor: String, box: (x: Double, y: Double))] = [
            (p.x + 7, p.y + 4, "start", (p.x + 5, p.y - 8)), (p.x - 7, p.y + 4, "end", (p.x - 5 - w, p.y - 8)),
            (p.x, p.y - 8, "middle", (p.x - w / 2, p.y - 20)), (p.x, p.y + 17, "middle", (p.x - w / 2, p.y + 5)),
        ]
        guard let spot = candidates.first(where: { c in
            !taken.contains { t in c.box.x < t.x + t.w && t.x < c.box.x + w && c.box.y < t.y + t.h && t.y < c.box.y + h }
        }) else { return nil }
        taken.append((spot.box.x, spot.box.y, w, h))
        let label = element("text", ["x": number(spot.x), "y": number(spot.y), "text-anchor": spot.anchor, "class": "label"])
        label.stringValue = text
        return label
    }

    // MARK: - Reach

    /// The colour of the reach map's links and out-of-reach places.
    private static let reachGrey = "#8a8a8a"

    /// The route tree thin and grey, the places out of reach hollow and grey, each place
    /// reached as a disc in its band's colour, the origin as a ringed disc; labels give the
    /// name and the days (or km), nearest first, so that a crowded far place loses its
    /// label before a near one.
    private static func reachGroup(_ reach: ReachLayer, _ frame: MapFrame) -> XMLElement {
        let group = element("g", ["id": "reach", "font-size": "12"])
        let links = element("g", ["id": "reach-links", "fill": "none", "stroke": "#555555", "stroke-width": "0.8",
                                  "stroke-opacity": "0.7"])
        let names = Dictionary(reach.places.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for link in reach.links {
            let line = element("path", ["class": "reach-link", "d": path(link.path.map(frame.pixel), closed: false)])
            let from = link.fromID == reach.origin?.id ? reach.originName : names[link.fromID] ?? link.fromID
            line.addChild(XMLElement(name: "title", stringValue: "\(from) → \(names[link.toID] ?? link.toID) by \(link.mode.label) (link \(link.id))"))
            links.addChild(line)
        }
        group.addChild(links)
        let labels = element("g", ["id": "reach-labels", "fill": "#222", "stroke": "#ffffff", "stroke-width": "3",
                                   "stroke-linejoin": "round", "paint-order": "stroke"])
        var taken: [LabelBox] = []
        let when = reach.date.map { " on \($0.edtf)" } ?? ""
        if let origin = reach.origin {
            let p = frame.pixel(origin.coordinate)
            let mark = element("g", ["id": "reach-origin", "class": "reach-origin"])
            mark.addChild(element("circle", ["cx": number(p.x), "cy": number(p.y), "r": "9", "fill": "#ffffff", "stroke": "#222", "stroke-width": "2"]))
            mark.addChild(element("circle", ["cx": number(p.x), "cy": number(p.y), "r": "4.5", "fill": "#222"]))
            mark.addChild(XMLElement(name: "title", stringValue: "\(origin.name): where the routes start\(when)"))
            group.addChild(mark)
            taken.append((p.x - 10, p.y - 10, 20, 20))
            if let label = label(origin.name, at: (p.x + 6, p.y), avoiding: &taken) {
                label.addAttribute(attribute("font-weight", "bold"))
                labels.addChild(label)
            }
        }
        for point in reach.unreachable {
            let p = frame.pixel(point.coordinate)
            let symbol = element("circle", ["cx": number(p.x), "cy": number(p.y), "r": "4", "fill": "none", "stroke": reachGrey,
                                            "stroke-width": "1.5", "class": "reach-unreachable", "id": "reach-\(point.id)"])
            symbol.addChild(XMLElement(name: "title", stringValue: "\(point.name): out of reach over the links open\(when)"))
            group.addChild(symbol)
        }
        for place in reach.places {
            let p = frame.pixel(place.coordinate)
            var attributes = ["cx": number(p.x), "cy": number(p.y), "r": "5.5", "fill": reach.bands[place.band].colour,
                              "stroke": "#222", "stroke-width": "1", "class": "reach-place", "id": "reach-\(place.id)",
                              "data-band": String(place.band), "data-km": MapLayers.kilometres(place.km)]
            if let days = place.days { attributes["data-days"] = MapLayers.kilometres(days) }
            let symbol = element("circle", attributes)
            symbol.addChild(XMLElement(name: "title", stringValue: reach.summary(place)))
            group.addChild(symbol)
        }
        // Labels after every symbol, nearest first; the out-of-reach last.
        for place in reach.places {
            taken.append((frame.pixel(place.coordinate).x - 5, frame.pixel(place.coordinate).y - 5, 10, 10))
        }
        for place in reach.places {
            if let label = label("\(place.name) \(reach.measure(place))", at: frame.pixel(place.coordinate), avoiding: &taken) {
                labels.addChild(label)
            }
        }
        for point in reach.unreachable {
            if let label = label(point.name, at: frame.pixel(point.coordinate), avoiding: &taken) {
                label.addAttribute(attribute("fill", reachGrey))
                labels.addChild(label)
            }
        }
        group.addChild(labels)
        return group
    }

    // MARK: - Title, legend, scale

    private static func titleBlock(_ layers: MapLayers, width: Double) -> XMLElement {
        let group = element("g", ["id": "title"])
        let lines = layers.notes
        // Notes can be longer than the title: the box takes the longest line.
        let longest = max(9.5 * Double(layers.title.count), 6.6 * Double(lines.map(\.count).max() ?? 0))
        let box = element("rect", ["x": "10", "y": "10", "width": number(min(width - 20, 20 + longest)),
                                   "height": number(40 + 16 * Double(lines.count)), "rx": "4",
                                   "fill": "#ffffff", "fill-opacity": "0.85", "stroke": "#999"])
        group.addChild(box)
        let title = element("text", ["x": "20", "y": "36", "font-size": "18", "font-weight": "bold", "fill": "#222"])
        title.stringValue = layers.title
        group.addChild(title)
        for (index, note) in lines.enumerated() {
            let text = element("text", ["x": "20", "y": number(56 + 16 * Double(index)), "font-size": "12", "fill": "#7a1f1a",
                                        "class": "note"])
            text.stringValue = note
            group.addChild(text)
        }
        return group
    }

    /// The legend, in the corner that hides the fewest places: bottom left unless places lie
    /// there (then top right, bottom right above the scale bar, top left below the title).
    private static func legend(_ layers: MapLayers, _ frame: MapFrame) -> XMLElement {
        let height = frame.height
        var rows: [(symbol: XMLElement, label: String)] = []
        var seen = Set<String>()
        for leg in layers.legs {
            let style = LegStyle(modes: leg.modes)
            guard seen.insert(style.label).inserted else { continue }
            var attributes = ["d": "M 0 0 L 30 0", "stroke": style.colour, "stroke-width": number(style.width),
                              "fill": "none", "stroke-linecap": "round"]
            if let dash = style.dash { attributes["stroke-dasharray"] = dash }
            rows.append((element("path", attributes), style.label))
        }
        // One row per symbol drawn: a place of exile is a square whatever else it is.
        let symbols = Set(layers.places.map { $0.roles.contains(.exile) ? MapLayers.Place.Role.exile : $0.roles.contains(.stop) ? .stop : .correspondent })
        if symbols.contains(.stop) {
            rows.append((element("circle", ["cx": "15", "cy": "0", "r": "4", "fill": "#ffffff", "stroke": "#222", "stroke-width": "1.5"]), "stop on a journey"))
        }
        if symbols.contains(.exile) {
            rows.append((element("rect", ["x": "11", "y": "-4", "width": "8", "height": "8", "fill": exileColour]), "place of exile"))
        }
        if symbols.contains(.correspondent) {
            rows.append((element("circle", ["cx": "15", "cy": "0", "r": "4", "fill": arcColour, "stroke": "#222", "stroke-width": "1.5"]), "place letters came from or went to"))
        }
        if layers.places.contains(where: \.isUncertain) || layers.arcs.contains(where: \.isUncertain) {
            rows.append((element("path", ["d": "M 0 0 L 30 0", "stroke": "#222", "stroke-width": "1.5", "fill": "none",
                                          "stroke-dasharray": uncertainDash]), "uncertain identification (?): dashed"))
        }
        if !layers.arcs.isEmpty {
            let most = layers.arcs.map(\.weight).max() ?? 1
            for weight in Set([1, most]).sorted() {
                rows.append((element("path", ["d": "M 0 0 L 30 0", "stroke": arcColour, "stroke-opacity": "0.6",
                                              "stroke-width": number(arcWidth(weight))]),
                             "\(weight) message\(weight == 1 ? "" : "s") (letters, contacts)"))
            }
        }
        if let reach = layers.reach { rows += reachRows(reach) }
        let group = element("g", ["id": "legend", "font-size": "12"])
        guard !rows.isEmpty else { return group }
        let top = height - 30 - 20 * Double(rows.count)
        let widest = rows.map(\.label.count).max() ?? 0
        let boxWidth = 60 + 6.8 * Double(widest), boxHeight = 20 * Double(rows.count) + 14
        group.addChild(element("rect", ["x": "10", "y": number(top - 12), "width": number(boxWidth),
                                         "height": number(boxHeight), "rx": "4",
                                         "fill": "#ffffff", "fill-opacity": "0.85", "stroke": "#999"]))
        // Drawn at the bottom left, then moved to the corner hiding the fewest places.
        let points = (layers.places.map(\.coordinate) + (layers.reach?.coordinates ?? [])).map(frame.pixel)
        let titleBottom = 50 + 16 * Double(layers.notes.count) + 8
        let corners: [(x: Double, y: Double)] = [
            (10, top - 12), (frame.width - 10 - boxWidth, 10), (frame.width - 10 - boxWidth, frame.height - 66 - boxHeight),
            (10, titleBottom),
        ]
        func hidden(_ corner: (x: Double, y: Double)) -> Int {
            points.filter { $0.x > corner.x - 8 && $0.x < corner.x + boxWidth + 8 && $0.y > corner.y - 8 && $0.y < corner.y + boxHeight + 8 }.count
        }
        let fits = corners.filter { $0.y >= 10 && $0.y + boxHeight <= frame.height - 10 }
        if let best = fits.min(by: { hidden($0) < hidden($1) }), hidden(best) < hidden(corners[0]) {
            group.addAttribute(attribute("transform", "translate(\(number(best.x - 10)) \(number(best.y - (top - 12))))"))
        }
        for (index, row) in rows.enumerated() {
            let y = top + 20 * Double(index) + 4
            let holder = element("g", ["transform": "translate(20 \(number(y)))"])
            holder.addChild(row.symbol)
            group.addChild(holder)
            let text = element("text", ["x": "60", "y": number(y + 4), "fill": "#222"])
            text.stringValue = row.label
            group.addChild(text)
        }
        return group
    }

    /// The reach map's legend: the origin, one row per band drawn, the places out of reach,
    /// the route tree, then what the bands measure, the date and the speeds.
    private static func reachRows(_ reach: ReachLayer) -> [(symbol: XMLElement, label: String)] {
        var rows: [(symbol: XMLElement, label: String)] = []
        let origin = element("g", [:])
        origin.addChild(element("circle", ["cx": "15", "cy": "0", "r": "7", "fill": "#ffffff", "stroke": "#222", "stroke-width": "2"]))
        origin.addChild(element("circle", ["cx": "15", "cy": "0", "r": "3.5", "fill": "#222"]))
        rows.append((origin, "origin: \(reach.originName)"))
        for band in reach.usedBands {
            let disc = element("circle", ["cx": "15", "cy": "0", "r": "5.5", "fill": band.colour, "stroke": "#222", "stroke-width": "1"])
            rows.append((disc, band.label))
        }
        if !reach.unreachable.isEmpty {
            rows.append((element("circle", ["cx": "15", "cy": "0", "r": "4", "fill": "none", "stroke": reachGrey, "stroke-width": "1.5"]),
                         "out of reach over the links open then"))
        }
        if !reach.links.isEmpty {
            rows.append((element("path", ["d": "M 0 0 L 30 0", "stroke": "#555555", "stroke-width": "0.8", "fill": "none"]),
                         "last link of each \(reach.criterion == .time ? "fastest" : "shortest") route"))
        }
        let blank = { element("g", [:]) }
        rows.append((blank(), (reach.criterion == .time ? "by time (fastest route)" : "by distance (shortest route)")
                        + (reach.date.map { ", links open on \($0.edtf)" } ?? ", every link")))
        if reach.criterion == .time {
            rows.append((blank(), ReachLayer.daysNote))
        }
        if !reach.speeds.isEmpty { rows.append((blank(), reach.speeds)) }
        return rows
    }

    /// A bar of a round length, 80-200 px long, true at the map's centre.
    private static func scaleBar(_ frame: MapFrame) -> XMLElement {
        let perKm = frame.pixelsPerKilometreAtCentre
        let kilometres = [1.0, 2, 5].flatMap { base in (0...5).map { base * pow(10, Double($0)) } }.sorted()
            .last { $0 * perKm <= 200 } ?? 1
        let length = kilometres * perKm
        let right = frame.width - 20, y = frame.height - 34
        let group = element("g", ["id": "scale-bar", "font-size": "11", "fill": "#222",
                                  "data-km": number(kilometres), "data-px-per-km": String(perKm)])
        group.addChild(element("rect", ["x": number(right - length - 10), "y": number(y - 26), "width": number(length + 20),
                                        "height": "36", "rx": "3", "fill": "#ffffff", "fill-opacity": "0.85"]))
        group.addChild(element("path", ["d": "M \(number(right - length)) \(number(y - 5)) V \(number(y)) H \(number(right)) V \(number(y - 5))",
                                        "fill": "none", "stroke": "#222", "stroke-width": "1.5"]))
        let label = element("text", ["x": number(right - length / 2), "y": number(y - 9), "text-anchor": "middle"])
        let latitude = frame.centre.latitude
        label.stringValue = "\(number(kilometres)) km (true at \(number(abs(latitude)))°\(latitude >= 0 ? "N" : "S"))"
        group.addChild(label)
        return group
    }

    // MARK: - Wording

    static func description(_ frame: MapFrame) -> String {
        let p = frame.projection
        return "Lambert conformal conic on WGS84 (Snyder 1987, §15): standard parallels \(number(p.standardParallels.0))° "
            + "and \(number(p.standardParallels.1))°, central meridian \(number(p.origin.longitude))°. "
            + LandOutline.attribution
    }

    static func legTitle(_ leg: MapLayers.Leg) -> String {
        let dates = [leg.departed.map { "departed \($0.edtf)" }, leg.arrived.map { "arrived \($0.edtf)" }].compactMap { $0 }
        var lines = ["\(leg.journeyTitle), leg \(leg.sequence): \(leg.from) → \(leg.to)",
                     LegStyle(modes: leg.modes).label + (leg.vehicles.isEmpty ? "" : " (\(leg.vehicles.joined(separator: " / ")))")
                        + (dates.isEmpty ? "" : "; " + dates.joined(separator: ", "))]
        if let km = leg.geodesicKm { lines.append("geodesic \(MapLayers.kilometres(km)) km" + (leg.stated.map { "; stated \($0)" } ?? "")) }
        lines.append(evidence(leg.evidence))
        return lines.joined(separator: "\n")
    }

    static func placeTitle(_ place: MapLayers.Place) -> String {
        var lines = [place.name + (place.canonicalName.map { " (\($0))" } ?? "") + ", \(place.kind.rawValue)"]
        if place.isUncertain { lines.append("identification uncertain; candidates:") ; lines += place.candidates.map { "  \($0)" } }
        lines += place.exiles
        return lines.joined(separator: "\n")
    }

    static func evidence(_ evidence: Evidence) -> String {
        "\(evidence.sourceID), \(evidence.locator)" + (evidence.quote.isEmpty ? "" : ": “\(evidence.quote)”")
    }

    // MARK: - XML and numbers

    private static func element(_ name: String, _ attributes: [String: String]) -> XMLElement {
        let element = XMLElement(name: name)
        // Sorted, so that the same map gives the same bytes.
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) { element.addAttribute(attribute(key, value)) }
        return element
    }

    private static func attribute(_ name: String, _ value: String) -> XMLNode {
        XMLNode.attribute(withName: name, stringValue: value) as! XMLNode
    }

    /// "M x y L x y ...", one decimal (a tenth of a pixel).
    static func path(_ points: [(x: Double, y: Double)], closed: Bool) -> String {
        guard let first = points.first else { return "" }
        let rest = points.dropFirst().map { "\(number($0.x)) \(number($0.y))" }.joined(separator: " ")
        return "M \(number(first.x)) \(number(first.y))" + (rest.isEmpty ? "" : " L " + rest) + (closed ? " Z" : "")
    }

    /// A number to one decimal, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }
}
