import Foundation

/// An interactive map of the layers as one self-contained HTML page (Leaflet): the land
/// outline as a GeoJSON layer (so the page shows land and every layer with no network and no
/// tiles), journey legs styled by mode, correspondence arcs weighted by count, places by the
/// names of the time, popups with dates and evidence (source, locator, quote), and a time
/// filter over months that hides legs and messages outside the chosen range.
///
/// The data is written into a `<script>` as JSON made safe there: `</` becomes `<\/`, `<!--`
/// and the line separators U+2028 and U+2029 are escaped, so no name or quote can end the
/// script or break the JavaScript.
///
/// ```swift
/// let html = try HTMLMap.document(layers, leaflet: LeafletSource.installed() ?? .cdn)
/// ```
public enum HTMLMap {
    /// The page.
    /// - Parameters:
    ///   - layers: what to draw.
    ///   - land: the land outline (Natural Earth 1:110m by default).
    ///   - leaflet: Leaflet inlined or linked.
    /// - Throws: an `EncodingError` if the layers cannot be written as JSON (a non-finite number).
    public static func document(_ layers: MapLayers, land: LandOutline = .naturalEarth110m,
                                leaflet: LeafletSource) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = String(decoding: try encoder.encode(Payload(layers)), as: UTF8.self)
        let library: String
        switch leaflet {
        case let .inline(script, stylesheet, origin):
            library = """
                <!-- Leaflet (BSD-2-Clause, © Vladimir Agafonkin and CloudMade), inlined from \(escape(origin)) -->
                <style>
                \(stylesheet.replacingOccurrences(of: "</style", with: "<\\/style"))
                </style>
                <script>
                \(script.replacingOccurrences(of: "</script", with: "<\\/script", options: .caseInsensitive))
                </script>
                """
        case let .link(version):
            library = """
                <link rel="stylesheet" href="https://unpkg.com/leaflet@\(escape(version))/dist/leaflet.css">
                <script src="https://unpkg.com/leaflet@\(escape(version))/dist/leaflet.js"></script>
                """
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(layers.title))</title>
            \(library)
            <style>
            \(stylesheet)
            </style>
            </head>
            <body>
            <div id="map"></div>
            <script>
            const atlas = \(scriptSafe(data));
            const land = \(scriptSafe(land.geoJSON));
            const attribution = \(scriptSafe(String(decoding: try encoder.encode(LandOutline.attribution), as: UTF8.self)));
            \(application)
            </script>
            </body>
            </html>

            """
    }

    // MARK: - Escaping

    /// Text made safe as HTML content or a quoted attribute value.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// JSON (or script) that cannot close its `<script>` element or open an HTML comment
    /// there, with U+2028 and U+2029 escaped (line terminators to older JavaScript).
    public static func scriptSafe(_ text: String) -> String {
        text.replacingOccurrences(of: "</", with: "<\\/").replacingOccurrences(of: "<!--", with: "<\\u0021--")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }

    // MARK: - The data the page reads

    private struct Payload: Encodable {
        var title: String
        var period: String?
        var notes: [String]
        var places: [PlaceData]
        var legs: [LegData]
        var arcs: [ArcData]
        var reach: ReachData?

        init(_ layers: MapLayers) {
            title = layers.title
            period = layers.period?.edtf
            notes = layers.notes
            places = layers.places.map(PlaceData.init)
            legs = layers.legs.map(LegData.init)
            arcs = layers.arcs.map(ArcData.init)
            reach = layers.reach.map(ReachData.init)
        }
    }

    /// The reach layer: bands, places with their routes, the route tree, the out of reach.
    private struct ReachData: Encodable {
        struct Band: Encodable { var label: String, colour: String }
        struct Place: Encodable {
            var id: String, name: String, lat: Double, lon: Double, band: Int, measure: String
            var days: Double?, hours: Double?, km: Double, modes: [String], via: [String], legs: Int
        }
        struct Point: Encodable { var id: String, name: String, lat: Double, lon: Double }
        struct Link: Encodable { var id: String, from: String, to: String, mode: String, path: [[Double]] }
        var origin: Point?, originName: String, date: String?, criterion: String, caption: String
        var note: String, speeds: String
        var bands: [Band], used: [Int], places: [Place], unreachable: [Point], links: [Link]

        init(_ reach: ReachLayer) {
            func point(_ p: ReachLayer.Point) -> Point {
                Point(id: p.id, name: p.name, lat: p.coordinate.latitude, lon: p.coordinate.longitude)
            }
            func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
            origin = reach.origin.map(point); originName = reach.originName
            date = reach.date?.edtf; criterion = reach.criterion.rawValue; caption = reach.caption
            note = reach.criterion == .time ? ReachLayer.daysNote : "km along the links of the network"
            speeds = reach.speeds
            bands = reach.bands.map { Band(label: $0.label, colour: $0.colour) }
            used = Array(Set(reach.places.map(\.band))).sorted()
            places = reach.places.map { place in
                Place(id: place.id, name: place.name, lat: place.coordinate.latitude, lon: place.coordinate.longitude,
                      band: place.band, measure: reach.measure(place), days: place.days.map(round), hours: place.hours.map(round),
                      km: round(place.km), modes: place.modes.map(\.label), via: place.via, legs: place.legs)
            }
            unreachable = reach.unreachable.map(point)
            let names = Dictionary(reach.places.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            links = reach.links.map { link in
                Link(id: link.id, from: link.fromID == reach.origin?.id ? reach.originName : names[link.fromID] ?? link.fromID,
                     to: names[link.toID] ?? link.toID, mode: link.mode.label, path: HTMLMap.continuous(link.path))
            }
        }
    }

    private struct PlaceData: Encodable {
        var id: String, name: String, canonical: String?, kind: String
        var lat: Double, lon: Double
        var roles: [String], exiles: [String], candidates: [String]
        var source: String, locator: String, quote: String

        init(_ place: MapLayers.Place) {
            candidates = place.candidates
            id = place.id; name = place.name; canonical = place.canonicalName; kind = place.kind.rawValue
            lat = place.coordinate.latitude; lon = place.coordinate.longitude
            roles = place.roles.map(\.rawValue); exiles = place.exiles
            source = place.evidence.sourceID; locator = place.evidence.locator; quote = place.evidence.quote
        }
    }

    private struct LegData: Encodable {
        var id: String, journey: String, title: String, seq: Int, from: String, to: String
        var modes: String, colour: String, dash: String?, width: Double
        var departed: String?, arrived: String?, start: String?, end: String?
        var vehicles: [String], geodesicKm: Double?, stated: String?
        var source: String, locator: String, quote: String
        var path: [[Double]]

        init(_ leg: MapLayers.Leg) {
            let style = LegStyle(modes: leg.modes)
            id = leg.id; journey = leg.journeyID; title = leg.journeyTitle; seq = leg.sequence; from = leg.from; to = leg.to
            modes = style.label; colour = style.colour; dash = style.dash; width = style.width
            departed = leg.departed?.edtf; arrived = leg.arrived?.edtf
            start = leg.span.flatMap { $0.lowerBound == .distantPast ? nil : $0.lowerBound.iso }
            end = leg.span.flatMap { $0.upperBound == .distantFuture ? nil : $0.upperBound.iso }
            vehicles = leg.vehicles; geodesicKm = leg.geodesicKm.map { ($0 * 10).rounded() / 10 }; stated = leg.stated
            source = leg.evidence.sourceID; locator = leg.evidence.locator; quote = leg.evidence.quote
            path = HTMLMap.continuous(leg.path)
        }
    }

    private struct ArcData: Encodable {
        var from: String, to: String, path: [[Double]]
        var messages: [MessageData]
        var uncertain: Bool

        init(_ arc: MapLayers.Arc) {
            uncertain = arc.isUncertain
            from = arc.fromName; to = arc.toName
            path = HTMLMap.bow(from: arc.from, to: arc.to)
            messages = arc.messages.map(MessageData.init)
        }
    }

    private struct MessageData: Encodable {
        var id: String, kind: String, date: String?, start: String?, end: String?, summary: String
        var source: String, locator: String, quote: String

        init(_ message: MapLayers.Message) {
            id = message.id; kind = message.kind; date = message.date?.edtf; summary = message.summary
            start = message.date.flatMap { $0.earliest == .distantPast ? nil : $0.earliest.iso }
            end = message.date.flatMap { $0.latest == .distantFuture ? nil : $0.latest.iso }
            source = message.evidence.sourceID; locator = message.evidence.locator; quote = message.evidence.quote
        }
    }

    /// [latitude, longitude] pairs with each longitude within 180° of the one before, so
    /// that Leaflet draws a line over the antimeridian the short way.
    static func continuous(_ points: [Coordinate]) -> [[Double]] {
        var previous: Double?
        return points.map { point in
            var longitude = point.longitude
            if let previous { longitude -= 360 * ((longitude - previous) / 360).rounded() }
            previous = longitude
            return [GeoJSON.round7(point.latitude), GeoJSON.round7(longitude)]
        }
    }

    /// A quadratic curve from `a` to `b` bowed to the left of its direction (in degrees,
    /// longitude shrunk by the cosine of the latitude), so that letters each way stay apart.
    static func bow(from a: Coordinate, to b: Coordinate, segments: Int = 24) -> [[Double]] {
        let shrink = cos((a.latitude + b.latitude) / 2 * .pi / 180)
        var bLongitude = b.longitude
        bLongitude -= 360 * ((bLongitude - a.longitude) / 360).rounded()
        let ax = a.longitude * shrink, ay = a.latitude, bx = bLongitude * shrink, by = b.latitude
        let cx = (ax + bx) / 2 - (by - ay) * 0.2, cy = (ay + by) / 2 + (bx - ax) * 0.2
        return (0...segments).map { step in
            let t = Double(step) / Double(segments), u = 1 - t
            let x = u * u * ax + 2 * u * t * cx + t * t * bx, y = u * u * ay + 2 * u * t * cy + t * t * by
            return [GeoJSON.round7(y), GeoJSON.round7(x / shrink)]
        }
    }

    // MARK: - The page's own style and script

    private static let stylesheet = """
        html, body { height: 100%; margin: 0; font: 13px/1.4 "DejaVu Sans", Helvetica, Arial, sans-serif; }
        #map { position: absolute; inset: 0; background: #dbe8ef; }
        .panel { background: rgba(255,255,255,0.92); padding: 8px 12px; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); max-width: 420px; }
        .panel h1 { font-size: 16px; margin: 0 0 4px; }
        .panel .note { color: #7a1f1a; margin: 2px 0; }
        .panel label { display: block; margin-top: 6px; }
        .panel input[type=range] { width: 100%; }
        .legend svg { vertical-align: middle; margin-right: 6px; }
        .legend div { white-space: nowrap; }
        .place-label { background: transparent; border: none; box-shadow: none; padding: 0 2px; font-size: 12px;
                       color: #222; text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff; }
        .place-label::before { display: none; }
        .popup-evidence { color: #555; font-size: 12px; margin-top: 4px; }
        .popup-messages { max-height: 220px; overflow-y: auto; padding-left: 16px; margin: 4px 0; }
        """

    /// Builds the layers from `atlas` and `land`; every text goes through `esc` before it
    /// reaches innerHTML.
    private static let application = #"""
        const esc = (text) => String(text ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
        const evidence = (item) => `<div class="popup-evidence">${esc(item.source)}, ${esc(item.locator)}${item.quote ? `: “${esc(item.quote)}”` : ""}</div>`;
        const map = L.map("map", {zoomSnap: 0.25, worldCopyJump: false});
        map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
        map.attributionControl.addAttribution(esc(attribution));
        L.control.scale({imperial: false}).addTo(map);

        const landLayer = L.geoJSON(land, {style: {color: "#a89c80", weight: 0.8, fillColor: "#f3efe4", fillOpacity: 1}, interactive: false}).addTo(map);

        const graticule = L.layerGroup();
        for (let lat = -80; lat <= 80; lat += 10) graticule.addLayer(L.polyline([[lat, -180], [lat, 180]], {color: "#8fa9b8", weight: 0.5, interactive: false}));
        for (let lon = -180; lon <= 180; lon += 10) graticule.addLayer(L.polyline([[-80, lon], [85, lon]], {color: "#8fa9b8", weight: 0.5, interactive: false}));
        graticule.addTo(map);

        const journeys = L.layerGroup().addTo(map);
        const legLines = atlas.legs.map((leg) => {
          const line = L.polyline(leg.path, {color: leg.colour, weight: leg.width + 0.5, dashArray: leg.dash || null, lineCap: "round"});
          const dates = [leg.departed && `departed ${esc(leg.departed)}`, leg.arrived && `arrived ${esc(leg.arrived)}`].filter(Boolean).join(", ");
          line.bindPopup(`<b>${esc(leg.title)}</b>, leg ${leg.seq}<br>${esc(leg.from)} → ${esc(leg.to)}<br>${esc(leg.modes)}`
            + (leg.vehicles.length ? ` (${esc(leg.vehicles.join(" / "))})` : "") + (dates ? `<br>${dates}` : "")
            + (leg.geodesicKm != null ? `<br>geodesic ${leg.geodesicKm} km` : "") + (leg.stated ? `; stated ${esc(leg.stated)}` : "")
            + evidence(leg));
          line.addTo(journeys);
          return {item: leg, line};
        });

        const letters = L.layerGroup().addTo(map);
        const arcLines = atlas.arcs.map((arc) => {
          const line = L.polyline(arc.path, {color: "#6a3d9a", opacity: 0.6, weight: 1 + 1.5 * Math.sqrt(arc.messages.length),
                                             dashArray: arc.uncertain ? "5 3" : null});
          line.addTo(letters);
          return {arc, line};
        });

        const places = L.layerGroup().addTo(map);
        for (const place of atlas.places) {
          const exile = place.roles.includes("exile"), stop = place.roles.includes("stop");
          const uncertain = place.candidates.length > 0;
          const marker = L.circleMarker([place.lat, place.lon], {radius: exile ? 6 : 5, color: "#222", weight: 1.5,
            dashArray: uncertain ? "2 1.5" : null, fillColor: exile ? "#7a1f1a" : stop ? "#ffffff" : "#6a3d9a", fillOpacity: 1});
          marker.bindTooltip(esc(place.name) + (uncertain ? " (?)" : ""), {permanent: true, direction: "right", className: "place-label", offset: [6, 0]});
          marker.bindPopup(`<b>${esc(place.name)}</b>${place.canonical ? ` (${esc(place.canonical)})` : ""}, ${esc(place.kind)}`
            + (uncertain ? `<p>Identification uncertain; candidates:</p><ul class="popup-messages">${place.candidates.map((c) => `<li>${esc(c)}</li>`).join("")}</ul>` : "")
            + (place.exiles.length ? `<ul class="popup-messages">${place.exiles.map((e) => `<li>${esc(e)}</li>`).join("")}</ul>` : "")
            + evidence(place));
          marker.addTo(places);
        }

        const reachLayer = L.layerGroup();
        const overlays = {"Land": landLayer, "Graticule": graticule, "Journeys": journeys, "Letters": letters, "Places": places};
        if (atlas.reach) overlays["Reach"] = reachLayer;
        L.control.layers(null, overlays, {collapsed: false, position: "topright"}).addTo(map);

        // The time filter: months from the earliest to the latest dated leg or message.
        const month = (iso) => iso ? Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 : null;
        const label = (m) => `${Math.floor(m / 12)}-${String(m % 12 + 1).padStart(2, "0")}`;
        const dated = atlas.legs.concat(atlas.arcs.flatMap((arc) => arc.messages));
        const months = dated.flatMap((item) => [month(item.start), month(item.end)]).filter((m) => m != null);
        const visible = (item, low, high) => (item.start == null || month(item.start) <= high) && (item.end == null || month(item.end) >= low);

        const panel = L.control({position: "topleft"});
        panel.onAdd = () => {
          const div = L.DomUtil.create("div", "panel");
          div.innerHTML = `<h1>${esc(atlas.title)}</h1>` + atlas.notes.map((n) => `<p class="note">${esc(n)}</p>`).join("")
            + (months.length ? `<label>From <output id="from-label"></output><input type="range" id="from"></label>`
               + `<label>To <output id="to-label"></output><input type="range" id="to"></label>` : "");
          L.DomEvent.disableClickPropagation(div);
          return div;
        };
        panel.addTo(map);

        const filter = () => {
          const from = document.getElementById("from"), to = document.getElementById("to");
          const low = from ? Math.min(Number(from.value), Number(to.value)) : -Infinity;
          const high = from ? Math.max(Number(from.value), Number(to.value)) : Infinity;
          if (from) {
            document.getElementById("from-label").textContent = label(low);
            document.getElementById("to-label").textContent = label(high);
          }
          for (const {item, line} of legLines) {
            if (visible(item, low, high)) journeys.addLayer(line); else journeys.removeLayer(line);
          }
          for (const {arc, line} of arcLines) {
            const shown = arc.messages.filter((m) => visible(m, low, high));
            if (shown.length === 0) { letters.removeLayer(line); continue; }
            line.setStyle({weight: 1 + 1.5 * Math.sqrt(shown.length)});
            line.bindPopup(`<b>${esc(arc.from)} → ${esc(arc.to)}</b>: ${shown.length} message${shown.length === 1 ? "" : "s"}`
              + `<ul class="popup-messages">${shown.map((m) => `<li>${esc(m.date || "undated")} ${esc(m.kind)}: ${esc(m.summary)}${evidence(m)}</li>`).join("")}</ul>`);
            letters.addLayer(line);
          }
        };
        if (months.length) {
          for (const [id, value] of [["from", Math.min(...months)], ["to", Math.max(...months)]]) {
            const input = document.getElementById(id);
            input.min = Math.min(...months); input.max = Math.max(...months); input.step = 1; input.value = value;
            input.addEventListener("input", filter);
          }
        }
        filter();

        const legend = L.control({position: "bottomleft"});
        legend.onAdd = () => {
          const div = L.DomUtil.create("div", "panel legend");
          const styles = new Map(atlas.legs.map((leg) => [leg.modes, leg]));
          const line = (colour, width, dash, opacity) => `<svg width="34" height="10"><path d="M2 5 H32" stroke="${esc(colour)}" stroke-width="${width}" stroke-opacity="${opacity}" ${dash ? `stroke-dasharray="${esc(dash)}"` : ""} stroke-linecap="round"/></svg>`;
          div.innerHTML = [...styles.values()].map((leg) => `<div>${line(leg.colour, leg.width, leg.dash, 1)}${esc(leg.modes)}</div>`).join("")
            + (atlas.places.some((p) => p.roles.includes("exile")) ? `<div><svg width="34" height="10"><circle cx="17" cy="5" r="4" fill="#7a1f1a"/></svg>place of exile</div>` : "")
            + (atlas.arcs.length ? `<div>${line("#6a3d9a", 3, null, 0.6)}letters and contacts (width: count)</div>` : "");
          return div;
        };
        if (atlas.legs.length || atlas.arcs.length) legend.addTo(map);

        // The reach: the route tree thin, the out of reach hollow, each place in its band's colour.
        const reach = atlas.reach;
        if (reach) {
          const when = reach.date ? ` on ${esc(reach.date)}` : "";
          for (const link of reach.links) {
            L.polyline(link.path, {color: "#555555", weight: 1, opacity: 0.7})
              .bindPopup(`${esc(link.from)} → ${esc(link.to)} by ${esc(link.mode)} (link ${esc(link.id)})`).addTo(reachLayer);
          }
          for (const point of reach.unreachable) {
            L.circleMarker([point.lat, point.lon], {radius: 4, color: "#8a8a8a", weight: 1.5, fill: false})
              .bindTooltip(esc(point.name), {direction: "right", className: "place-label", offset: [6, 0]})
              .bindPopup(`<b>${esc(point.name)}</b>: out of reach over the links open${when}`).addTo(reachLayer);
          }
          for (const place of reach.places) {
            const marker = L.circleMarker([place.lat, place.lon], {radius: 6, color: "#222", weight: 1,
              fillColor: reach.bands[place.band].colour, fillOpacity: 1});
            marker.reach = place;
            marker.bindTooltip(`${esc(place.name)} ${esc(place.measure)}`, {direction: "right", className: "place-label", offset: [6, 0]});
            marker.bindPopup(`<b>${esc(place.name)}</b>: ${esc(reach.bands[place.band].label)}<br>`
              + (place.days != null ? `${place.days} days (${place.hours} h)<br>` : "")
              + `${place.km} km by ${esc(place.modes.join(", "))}<br>${place.legs} link${place.legs === 1 ? "" : "s"}`
              + (place.via.length ? ` via ${esc(place.via.join(", "))}` : "")
              + `<div class="popup-evidence">from ${esc(reach.originName)}${when}; ${esc(reach.note)}</div>`);
            marker.addTo(reachLayer);
          }
          if (reach.origin) {
            L.circleMarker([reach.origin.lat, reach.origin.lon], {radius: 9, color: "#222", weight: 2, fillColor: "#ffffff", fillOpacity: 1}).addTo(reachLayer);
            L.circleMarker([reach.origin.lat, reach.origin.lon], {radius: 4, color: "#222", weight: 0, fillColor: "#222", fillOpacity: 1})
              .bindTooltip(esc(reach.origin.name), {permanent: true, direction: "right", className: "place-label", offset: [10, 0]})
              .bindPopup(`<b>${esc(reach.origin.name)}</b>: where the routes start${when}`).addTo(reachLayer);
          }
          reachLayer.addTo(map);
          const reachLegend = L.control({position: "bottomright"});
          reachLegend.onAdd = () => {
            const div = L.DomUtil.create("div", "panel legend reach-legend");
            const disc = (fill, stroke, r) => `<svg width="34" height="14"><circle cx="17" cy="7" r="${r}" fill="${esc(fill)}" stroke="${esc(stroke)}" stroke-width="1.5"/></svg>`;
            div.innerHTML = `<div><b>${esc(reach.caption)}</b></div>`
              + `<div>${disc("#ffffff", "#222", 6)}origin: ${esc(reach.originName)}</div>`
              + reach.used.map((i) => `<div>${disc(reach.bands[i].colour, "#222", 5.5)}${esc(reach.bands[i].label)}</div>`).join("")
              + (reach.unreachable.length ? `<div>${disc("none", "#8a8a8a", 4)}out of reach over the links open then</div>` : "")
              + (reach.links.length ? `<div><svg width="34" height="10"><path d="M2 5 H32" stroke="#555555" stroke-width="1"/></svg>last link of each route</div>` : "")
              + `<div>${reach.criterion === "time" ? "by time (fastest route)" : "by distance (shortest route)"}${reach.date ? `, links open on ${esc(reach.date)}` : ", every link"}</div>`
              + `<div>${esc(reach.note)}</div>` + (reach.speeds ? `<div>${esc(reach.speeds)}</div>` : "");
            return div;
          };
          reachLegend.addTo(map);
        }

        const points = atlas.places.map((p) => [p.lat, p.lon]).concat(atlas.legs.flatMap((leg) => leg.path))
          .concat(reach ? reach.places.concat(reach.unreachable, reach.origin ? [reach.origin] : []).map((p) => [p.lat, p.lon]) : []);
        if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.15)); else map.fitBounds([[35, 25], [62, 90]]);
        """#
}
