import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ExileAtlas

/// Lambert conformal conic against Snyder's worked examples and PROJ.
@Suite struct MapProjectionTests {
    /// Snyder 1987, Appendix A, p. 296: Clarke 1866, φ1 = 33°, φ2 = 45°, φ0 = 23°, λ0 = 96°W;
    /// 35°N 75°W gives x = 1,894,410.9 m, y = 1,564,649.5 m, k = 0.9970171 (PROJ agrees:
    /// `proj +proj=lcc +ellps=clrk66 +lat_1=33 +lat_2=45 +lat_0=23 +lon_0=-96` gives
    /// 1894410.8984 1564649.4785).
    @Test func snyderEllipsoidExample() {
        let lcc = LambertConformalConic(standardParallels: (33, 45), origin: Coordinate(latitude: 23, longitude: -96),
                                        ellipsoid: .clarke1866)
        let (x, y) = lcc.forward(Coordinate(latitude: 35, longitude: -75))
        #expect(abs(x - 1_894_410.8984) < 0.001)
        #expect(abs(y - 1_564_649.4785) < 0.001)
        #expect(abs(lcc.n - 0.6304965) < 1e-7)
        #expect(abs(lcc.scaleFactor(atLatitude: 35) - 0.9970171) < 1e-7)
    }

    /// Snyder 1987, Appendix A, p. 295: the sphere of radius 1, same cone and point:
    /// x = 0.2966785, y = 0.2462112.
    @Test func snyderSphereExample() {
        let lcc = LambertConformalConic(standardParallels: (33, 45), origin: Coordinate(latitude: 23, longitude: -96),
                                        ellipsoid: .sphere(radius: 1))
        let (x, y) = lcc.forward(Coordinate(latitude: 35, longitude: -75))
        #expect(abs(x - 0.2966785) < 5e-8)
        #expect(abs(y - 0.2462112) < 5e-8)
        #expect(abs(lcc.n - 0.6304776) < 1e-7)
    }

    /// A cone for the Soviet Union on WGS84, at Alma Ata, against
    /// `proj -V +proj=lcc +ellps=WGS84 +lat_1=45 +lat_2=55 +lat_0=50 +lon_0=55`:
    /// 1759207.3863 -489077.9080, scale 1.00300119.
    @Test func agreesWithPROJOnWGS84AndInvertsItself() {
        let lcc = LambertConformalConic(standardParallels: (45, 55), origin: Coordinate(latitude: 50, longitude: 55))
        let almaAta = Coordinate(latitude: 43.2525, longitude: 76.9115)
        let (x, y) = lcc.forward(almaAta)
        #expect(abs(x - 1_759_207.3863) < 0.001)
        #expect(abs(y - -489_077.9080) < 0.001)
        #expect(abs(lcc.scaleFactor(atLatitude: 43.2525) - 1.00300119) < 1e-8)
        #expect(abs(lcc.scaleFactor(atLatitude: 45) - 1) < 1e-12)
        let back = lcc.inverse(x: x, y: y)
        #expect(abs(back.latitude - almaAta.latitude) < 1e-9 && abs(back.longitude - almaAta.longitude) < 1e-9)
    }

    /// The scale bar's pixels per km match what the frame draws for 10 km at its centre.
    @Test func scaleBarIsTrueAtTheCentre() {
        let frame = MapFrame(fitting: [Coordinate(latitude: 55.752, longitude: 37.6178),
                                       Coordinate(latitude: 43.2525, longitude: 76.9115)], width: 1200, height: 800)
        let centre = frame.centre
        for bearing in [0.0, 90] {
            let end = Geodesic.destination(from: centre, bearing: bearing, distance: 10_000)
            let a = frame.pixel(centre), b = frame.pixel(end)
            let pixels = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            #expect(abs(pixels / 10 / frame.pixelsPerKilometreAtCentre - 1) < 1e-3)
        }
        // The standard parallels lie one sixth in from the padded box's edges.
        let (first, second) = frame.projection.standardParallels
        #expect(first > frame.box.south && second < frame.box.north && first < second)
    }

    @Test func landIsCutToTheFrameAndAPolygonIsClipped() {
        let frame = MapFrame(fitting: [], width: 1200, height: 800)
        let rings = frame.landRings(.naturalEarth110m)
        #expect(rings.count > 10)
        #expect(rings.allSatisfy { $0.allSatisfy { $0.x >= -10.001 && $0.x <= 1210.001 && $0.y >= -10.001 && $0.y <= 810.001 } })
        let square = ClipRectangle(minX: 0, minY: 0, maxX: 1, maxY: 1)
        let clipped = square.clip([(-1, -1), (0.5, -1), (0.5, 0.5), (-1, 0.5)])
        #expect(clipped.count == 4 && clipped.allSatisfy { $0.x >= 0 && $0.y >= 0 && $0.x <= 0.5 && $0.y <= 0.5 })
        #expect(square.clip([(2, 2), (3, 2), (3, 3)]).isEmpty)
    }
}

/// SVG and HTML maps drawn from the shipped data.
@Suite struct MapDocumentTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: #"he said "come" & went"#)

    /// The layers of one journey from a fresh atlas, as `exile map --journey` builds them.
    private func layers(journey id: String) throws -> MapLayers {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journey = try #require(try atlas.journey(id: id))
        return MapLayers(title: journey.title, names: try atlas.placeIndex(),
                         itineraries: [try #require(try atlas.itinerary(of: id))], network: nil, nameDate: journey.period)
    }

    /// The text of every `<text class="label">` of an SVG.
    private func labels(_ data: Data) throws -> [String] {
        let document = try XMLDocument(data: data)
        return try document.nodes(forXPath: "//*[local-name()='text'][@class='label']").compactMap(\.stringValue)
    }

    @Test func placesAreNamedAsAtTheJourneysDate() throws {
        let expulsion = try labels(SVGMap.document(try layers(journey: "expulsion-1929")))
        #expect(expulsion.contains("Frunze"))
        #expect(!expulsion.contains { $0.contains("Pishpek") })
        let deportation = try labels(SVGMap.document(try layers(journey: "deportation-1928")))
        #expect(deportation.contains("Pishpek-Frunze"))
        #expect(deportation.contains("Samara") && deportation.contains("Alma Ata"))
    }

    @Test func svgIsWellFormedWithLandLegsLegendScaleAndCredit() throws {
        let data = SVGMap.document(try layers(journey: "deportation-1928"))
        let document = try XMLDocument(data: data)
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        // Attributes through XPath: FoundationXML's attribute(forName:) misses them in the SVG namespace.
        let land = try #require(try document.nodes(forXPath: "//*[@id='land']/@d").first?.stringValue)
        #expect(land.count > 1_000 && land.hasPrefix("M "))
        let legs = try document.nodes(forXPath: "//*[local-name()='path'][@class='leg']")
        #expect(legs.count == 4)   // six legs, two of them to or from the unlocated hut and station, joined
        let rail = try document.nodes(forXPath: "//*[@id='leg-deportation-1928-3']/@stroke").first?.stringValue
        #expect(rail == LegStyle(modes: [.rail]).colour)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("bus + lorry + sleigh + on foot"))
        #expect(text.contains(LandOutline.attribution))
        #expect(try !document.nodes(forXPath: "//*[@id='scale-bar']").isEmpty)
        #expect(text.contains("Snyder 1987"))
    }

    @Test func svgEscapesQuotesAmpersandsAndKeepsCyrillic() throws {
        let title = #"Раковский's "well-meaning" letters & <notes>"#
        let place = MapLayers.Place(id: "astrakhan", name: "Астрахань & \"Astrakhan\"", canonicalName: nil, kind: .city,
                                    coordinate: Coordinate(latitude: 46.35, longitude: 48.04), roles: [.exile],
                                    exiles: [], evidence: Self.evidence)
        var layers = MapLayers(title: title, names: PlaceIndex(places: [], names: []), itineraries: [], network: nil)
        layers.places = [place]
        let data = SVGMap.document(layers)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("letters &amp; &lt;notes"))
        #expect(text.contains("Раковский"))
        let document = try XMLDocument(data: data)
        let titles = try document.nodes(forXPath: "/*/*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles == [title])
        #expect(try labels(data) == ["Астрахань & \"Astrakhan\""])
    }

    @Test func anEmptySelectionGivesALandMapWithANote() throws {
        let layers = MapLayers(title: "Nothing", names: PlaceIndex(places: [], names: []), itineraries: [], network: nil,
                               period: try HistoricalDate(parsing: "1900"))
        #expect(layers.isEmpty)
        #expect(layers.notes.first == "Nothing recorded in 1900: the map shows the land only")
        let document = try XMLDocument(data: SVGMap.document(layers))
        #expect(try !document.nodes(forXPath: "//*[@id='land']").isEmpty)
    }

    @Test func correspondenceArcsAreWeightedByCount() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = CorrespondenceGraph(letters: try atlas.allLetters(), contacts: try atlas.contacts(),
                                          exiles: try atlas.exiles(), tallies: [], by: .place)
        let layers = MapLayers(title: "Letters", names: try atlas.placeIndex(), itineraries: [], network: network,
                               letters: try atlas.allLetters(), contacts: try atlas.contacts())
        #expect(!layers.arcs.isEmpty)
        let drawn = layers.arcs.reduce(0) { $0 + $1.weight }
        let located = network.edges.filter { edge in edge.from != edge.to && layers.arcs.contains { $0.fromID == edge.from && $0.toID == edge.to } }
        #expect(drawn == located.reduce(0) { $0 + $1.weight })
        let document = try XMLDocument(data: SVGMap.document(layers))
        let arcs = try document.nodes(forXPath: "//*[local-name()='path'][@class='arc']")
        #expect(arcs.count == layers.arcs.count)
        #expect(SVGMap.arcWidth(4) > SVGMap.arcWidth(1))
    }

    @Test func htmlIsSelfContainedAndItsDataIsSafeInsideScript() throws {
        var layers = MapLayers(title: "A </script><script>alert(1)</script> map", names: PlaceIndex(places: [], names: []),
                               itineraries: [], network: nil)
        layers.notes = ["line\u{2028}separator <!-- comment"]
        let inline = try HTMLMap.document(layers, leaflet: .inline(script: "window.L = {};", stylesheet: ".leaflet-pane{}", origin: "/x"))
        #expect(inline.contains("window.L = {};") && !inline.contains("unpkg.com"))
        #expect(inline.components(separatedBy: "</script>").count == 3)   // the library's and the page's only
        #expect(inline.contains(#"A <\/script><script>alert(1)<\/script> map"#))
        #expect(inline.contains(#"line\u2028separator <\u0021-- comment"#) && !inline.contains("\u{2028}"))
        #expect(inline.contains("<title>A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; map</title>"))
        #expect(inline.contains("L.geoJSON(land") && inline.contains("Made with Natural Earth"))
        let linked = try HTMLMap.document(layers, leaflet: .cdn)
        #expect(linked.contains(#"<script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"></script>"#))
        #expect(HTMLMap.scriptSafe(#"{"a":"</b>"}"#) == #"{"a":"<\/b>"}"#)
    }
}

/// The reach layer on a small network worked by hand (road 10 km/h, rail 50 km/h): N 100 km
/// by road (10 h, 0.42 days), X 600 km by road (60 h, 2.5 days), Y 600 km by rail beyond X
/// (12 h more: 72 h, 3 days exactly), U and V joined only to each other.
@Suite struct ReachMapTests {
    private static let evidence = Evidence(sourceID: "estimate", locator: "test")
    private static let june = try! HistoricalDate(parsing: "1928-06")

    private func place(_ id: String, _ name: String, _ latitude: Double, _ longitude: Double) -> Place {
        Place(id: id, name: name, kind: .city, coordinate: Coordinate(latitude: latitude, longitude: longitude), evidence: Self.evidence)
    }

    private var index: PlaceIndex {
        PlaceIndex(places: [place("o", "Origin", 43, 77), place("n", "Near", 43.5, 78), place("x", "Ex", 45, 70),
                            place("y", "Why", 50, 60), place("u", "You", 55, 40), place("v", "Vee", 56, 42)], names: [])
    }

    private func reach(by criterion: RoutePlanner.Criterion) throws -> ReachLayer {
        func link(_ id: String, _ from: String, _ to: String, _ mode: TravelMode, _ km: Double) -> TransportLink {
            TransportLink(id: id, fromPlaceID: from, toPlaceID: to, mode: mode, lengthKm: km, bidirectional: true,
                          valid: nil, evidence: Self.evidence)
        }
        let planner = RoutePlanner(links: [link("on", "o", "n", .road, 100), link("ox", "o", "x", .road, 600),
                                           link("xy", "x", "y", .rail, 600), link("uv", "u", "v", .road, 50)],
                                   speeds: [.road: 10, .rail: 50])
        let found = try planner.reach(from: "o", on: Self.june, by: criterion).get()
        let speeds = [ModeSpeed(mode: .road, kmPerHour: 10, evidence: Self.evidence, note: nil),
                      ModeSpeed(mode: .rail, kmPerHour: 50, evidence: Self.evidence, note: nil)]
        return ReachLayer(found, names: index, on: Self.june, by: criterion, speeds: speeds)
    }

    @Test func placesFallInTheirBandsOfDays() throws {
        let layer = try reach(by: .time)
        #expect(layer.bands.map(\.label) == ["< 1 day", "1-3 days", "3-5 days", "5-7 days", "7-10 days", "> 10 days"])
        let bands = Dictionary(uniqueKeysWithValues: layer.places.map { ($0.id, $0.band) })
        #expect(bands == ["n": 0, "x": 1, "y": 2])   // Y at exactly 3 days opens the 3-5 band
        let x = try #require(layer.places.first { $0.id == "x" })
        #expect(x.days == 2.5 && x.km == 600 && x.modes == [.road])
        #expect(layer.bands[x.band].label == "1-3 days")
        #expect(layer.places.map(\.id) == ["n", "x", "y"])   // nearest first
        #expect(layer.unreachable.map(\.id) == ["u", "v"])
        #expect(layer.origin?.id == "o")
        // The route tree: the last link into each place, Y's from X.
        #expect(layer.links.map { "\($0.fromID)-\($0.toID)" } == ["o-n", "o-x", "x-y"])
        #expect(layer.speeds == "road 10 km/h, rail 50 km/h")
        #expect(layer.summary(layer.places[2]) == "Why: 3.0 days (72.0 h), 1200 km by road, rail; 2 links via Ex")
    }

    @Test func byDistanceTheBandsAreKilometres() throws {
        let layer = try reach(by: .distance)
        #expect(layer.bands.first?.label == "< 500 km" && layer.bands.last?.label == "> 5000 km")
        #expect(layer.places.map(\.band) == [0, 1, 2])   // 100, 600, 1200 km
        #expect(layer.measure(layer.places[1]) == "600 km")
    }

    @Test func theSVGDrawsBandsTheUnreachableApartAndALegend() throws {
        var layers = MapLayers(title: "Reach", names: index, itineraries: [], network: nil)
        layers.reach = try reach(by: .time)
        let data = SVGMap.document(layers)
        let document = try XMLDocument(data: data)
        let x = try #require(try document.nodes(forXPath: "//*[@id='reach-x']").first as? XMLElement)
        let attributes = Dictionary(uniqueKeysWithValues: (x.attributes ?? []).map { ($0.name ?? "", $0.stringValue ?? "") })
        #expect(attributes["data-days"] == "2.5" && attributes["data-band"] == "1")
        #expect(attributes["fill"] == layers.reach!.bands[1].colour)
        // Out of reach: hollow and grey, not in any band.
        let hollow = try document.nodes(forXPath: "//*[local-name()='circle'][@class='reach-unreachable']/@fill").compactMap(\.stringValue)
        #expect(hollow == ["none", "none"])
        #expect(try document.nodes(forXPath: "//*[local-name()='circle'][@class='reach-place']").count == 3)
        #expect(try document.nodes(forXPath: "//*[local-name()='path'][@class='reach-link']").count == 3)
        #expect(try !document.nodes(forXPath: "//*[@id='reach-origin']").isEmpty)
        let legend = try document.nodes(forXPath: "//*[@id='legend']//*[local-name()='text']").compactMap(\.stringValue)
        #expect(legend.contains("< 1 day") && legend.contains("1-3 days") && legend.contains("3-5 days"))
        #expect(!legend.contains("5-7 days"))   // only the bands drawn
        #expect(legend.contains("out of reach over the links open then"))
        #expect(legend.contains("by time (fastest route), links open on 1928-06"))
        #expect(legend.contains(ReachLayer.daysNote) && legend.contains("road 10 km/h, rail 50 km/h"))
        let labels = try document.nodes(forXPath: "//*[local-name()='text'][@class='label']").compactMap(\.stringValue)
        #expect(labels.contains("Ex 2.5 days") && labels.contains("Origin"))
    }

    @Test func theHTMLCarriesTheMarkersData() throws {
        var layers = MapLayers(title: "Reach", names: index, itineraries: [], network: nil)
        layers.reach = try reach(by: .time)
        let html = try HTMLMap.document(layers, leaflet: .cdn)
        #expect(html.contains(#""reach":{"#) && html.contains(#""name":"Ex""#) && html.contains(#""days":2.5"#))
        #expect(html.contains(#""via":["Ex"]"#) && html.contains(#""label":"1-3 days""#))
        #expect(html.contains("reachLegend.addTo(map)"))
    }
}
