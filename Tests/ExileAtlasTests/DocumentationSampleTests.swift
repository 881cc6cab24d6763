import Foundation
import Testing
import ExileAtlas   // not @testable: the samples may use only what a library user sees

/// The code samples of the DocC catalog (Sources/ExileAtlas/ExileAtlas.docc), each copied
/// verbatim into a test that runs it on a fresh atlas of the shipped data and checks the
/// values its comments claim. `everySampleInTheCatalogIsHere` fails when a sample in the
/// catalog is not copied here, so a sample cannot drift from the library unnoticed.
@Suite struct DocumentationSampleTests {

    // MARK: - Tracing-the-1928-deportation.md

    @Test func tracingThe1928Deportation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A sample's `guard ... else { return }` must not pass the test by returning early.
        var completed = false
        defer { #expect(completed, "a sample returned early") }

        let atlas = try Atlas.open(at: folder.appendingPathComponent("atlas.sqlite"))
        let stays = try atlas.exiles(ExileFilter(personID: "trotsky"))
        let exiled = stays.compactMap(\.placeID)
        // ["alma-ata", "alma-ata-inn-siete-rios", "alma-ata-krasin-75", ...,
        //  "prinkipo", ..., "mexico"]
        #expect(exiled == ["alma-ata", "alma-ata-inn-siete-rios", "alma-ata-krasin-75", "alma-ata-dacha",
                           "alma-ata-town-house", "prinkipo", "constantinople", "turkey", "constantinople-ussr-embassy",
                           "france", "norway", "norway", "mexico"])

        let places = try atlas.placeResolver()
        let resolution = places.resolve("Alma Ata")
        // .found(id: "alma-ata", label: "Alma Ata", matched: "Alma Ata")
        let almaty = places.resolve("Almaty")   // the modern name: the same place
        #expect(resolution == .found(id: "alma-ata", label: "Alma Ata", matched: "Alma Ata"))
        guard case .found(let id, _, _) = almaty else { Issue.record("Almaty: \(almaty)"); return }
        #expect(id == "alma-ata")

        let journey = try atlas.journeys(matching: "Trotsky", year: 1928)[0]
        guard let itinerary = try atlas.itinerary(of: journey.id) else { return }
        let stops = itinerary.steps.map(\.toName)
        // ["small station about 50 km from Moscow", "Samara", "Turkestan",
        //  "Pishpek-Frunze", "abandoned hut on the Pishpek-Alma Ata road",
        //  "Alma Ata"]
        let traced = itinerary.geodesicKm                 // 3300.4 km
        let stated = itinerary.statedTotal?.kilometres    // 4267.2: "4.000 verstas"
        #expect(journey.id == "deportation-1928")
        #expect(stops == ["small station about 50 km from Moscow", "Samara", "Turkestan", "Pishpek-Frunze",
                          "abandoned hut on the Pishpek-Alma Ata road", "Alma Ata"])
        #expect(abs(traced - 3300.4222685) < 1e-6)
        #expect(abs((stated ?? 0) - 4267.2) < 1e-9)

        let network = CorrespondenceGraph(
            letters: try atlas.allLetters(), contacts: try atlas.contacts(),
            exiles: try atlas.exiles(), tallies: try atlas.tallies(),
            people: try atlas.people(), by: .place,
            placement: try atlas.placement())
        let hubs = CentralityMeasure.strength.scores(network.graph).ranked()
        let top = hubs.prefix(3).map(\.node)   // ["alma-ata", "moscow", "astrakhan"]
        let sent = network.counts(of: "alma-ata").messagesOut   // 16 messages
        #expect(top == ["alma-ata", "moscow", "astrakhan"])
        #expect(hubs.first?.rank == 1 && hubs[1].score < hubs[0].score)
        #expect(sent == 16)
        #expect(network.tallies(for: "alma-ata").map(\.count).sorted() == [550, 700, 800, 1000])
        completed = true
    }

    // MARK: - StoreAndQueries.md

    @Test func storeAndQueries() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let atlas = try Atlas.open(at: folder.appendingPathComponent("atlas.sqlite"))
        let stations = try atlas.places(kind: .station).map(\.name)
        let standard = DatabaseLocation.resolve(explicit: nil,
                                                environment: ["HOME": "/home/ana"])
        // /home/ana/.local/share/exile-atlas/atlas.sqlite
        #expect(atlas.url.lastPathComponent == "atlas.sqlite")
        #expect(stations.count == 3)
        #expect(standard.path == "/home/ana/.local/share/exile-atlas/atlas.sqlite")

        let notes = folder.appendingPathComponent("notes.txt")
        try Data("not a database".utf8).write(to: notes)
        var refusal = ""
        do {
            _ = try Atlas.open(at: notes)
        } catch {
            // ".../notes.txt is not an Exile Atlas database (...); point --db at
            // another file, or move this one away to let exile build a new one"
            refusal = "\(error)"
        }
        #expect(refusal.contains("notes.txt is not an Exile Atlas database"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "not a database")

        let almaAta = try atlas.place(id: "alma-ata")?.coordinate
        // 43.2525 N, 76.9115 E
        let frunze = try atlas.placeNames(of: "pishpek-frunze").map(\.name)
        // ["Pishpek", "Пишпек", "Frunze", "Фрунзе", ..., "Bishkek"]: oldest first
        let inAstrakhan = ExileFilter(placeIDs: ["astrakhan"])
        let astrakhan = try atlas.exiles(inAstrakhan).map(\.personID)  // ["rakovsky"]
        let journeys = try atlas.journeys(personID: "trotsky").map(\.id)
        // ["deportation-1928", "later-exile", "expulsion-1929"]: by first day
        let summer = try HistoricalDate(parsing: "1928-06/1928-08")
        let sent = try atlas.letters(LetterFilter(from: [.person("trotsky")],
                                                  during: summer))
        #expect(almaAta == Coordinate(latitude: 43.2525, longitude: 76.9115))
        #expect(Array(frunze.prefix(4)) == ["Pishpek", "Пишпек", "Frunze", "Фрунзе"] && frunze.contains("Bishkek"))
        #expect(astrakhan == ["rakovsky"])
        #expect(journeys == ["deportation-1928", "later-exile", "expulsion-1929"])
        #expect(!sent.isEmpty && sent.allSatisfy { $0.senders.contains { $0.personID == "trotsky" } })
        #expect(sent.allSatisfy { $0.date.map { $0.overlaps(summer) } == true })

        let conflicts = try atlas.conflicts()
        let ship = conflicts.first { $0.property == "vehicle" }
        let names = ship?.claims.map(\.value)   // ["Kalinin", "Ilych"]
        #expect(!conflicts.isEmpty)
        #expect(names == ["Kalinin", "Ilych"])
    }

    // MARK: - NamesAndResolution.md

    @Test func namesAndResolution() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }

        let exact = NameKey.exact("Alma-Ata")     // "alma ata"
        let russian = NameKey.exact("Астрахань")  // "astrakhan"
        let same = NameKey.loose("Astrakán") == NameKey.loose("Астрахань")  // true
        #expect(exact == "alma ata")
        #expect(russian == "astrakhan")
        #expect(same)

        let places = try atlas.placeResolver()
        let bishkek = places.resolve("Bishkek")
        // .found(id: "pishpek-frunze", label: "Pishpek-Frunze", matched: "Bishkek")
        let cyrillic = places.resolve("Астрахань") // .found(id: "astrakhan", ...)
        let typo = places.resolve("Tobolks")       // .notFound, suggesting Tobolsk

        let people = try atlas.personResolver()
        let smirnov = people.resolve("Smirnov")
        // .ambiguous: Ivan Smirnov and Vladimir Smirnov
        let radek = people.resolve("Rádek")        // .found(id: "radek", ...)
        #expect(bishkek == .found(id: "pishpek-frunze", label: "Pishpek-Frunze", matched: "Bishkek"))
        guard case .found(let astrakhan, _, _) = cyrillic else { Issue.record("Астрахань: \(cyrillic)"); return }
        #expect(astrakhan == "astrakhan")
        guard case .notFound(_, let suggestions) = typo else { Issue.record("Tobolks: \(typo)"); return }
        #expect(suggestions.first?.id == "tobolsk")
        guard case .ambiguous(_, let candidates) = smirnov else { Issue.record("Smirnov: \(smirnov)"); return }
        #expect(candidates.map(\.label) == ["Ivan Smirnov", "Vladimir Smirnov"])
        guard case .found(let radekID, _, _) = radek else { Issue.record("Rádek: \(radek)"); return }
        #expect(radekID == "radek")

        let resolver = NameResolver<String>([
            .init(id: "astrakhan", name: "Astrakhan", label: "Astrakhan"),
            .init(id: "astrakhan", name: "Астрахань", label: "Astrakhan"),
            .init(id: "tomsk", name: "Tomsk", label: "Tomsk"),
        ])
        let found = resolver.resolve("ASTRAKÁN")
        // .found(id: "astrakhan", label: "Astrakhan", matched: "Astrakhan")
        #expect(found == .found(id: "astrakhan", label: "Astrakhan", matched: "Astrakhan"))

        let index = try atlas.placeIndex()
        let in1929 = try HistoricalDate(parsing: "1929")
        let then = index.name(of: "pishpek-frunze", at: in1929)   // "Frunze"
        #expect(then == "Frunze")
        #expect(index.name(of: "pishpek-frunze", at: try HistoricalDate(parsing: "1928-01")) == "Pishpek-Frunze")
    }

    // MARK: - HistoricalDates.md

    @Test func historicalDates() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }

        let season = try HistoricalDate(parsing: "1928-04/1928-10")
        let first = season.earliest.iso    // "1928-04-01"
        let last = season.latest.iso       // "1928-10-31"
        let february = try HistoricalDate(parsing: "1929-02~")
        let roughly = february.isApproximate   // true
        let year = try HistoricalDate(parsing: "1928?")
        let unsure = year.isUncertain          // true
        let since = try HistoricalDate(parsing: "1928-06~/..")
        let openEnd = since.isOpenEnd          // true: no end is known
        #expect(first == "1928-04-01" && last == "1928-10-31")
        #expect(roughly && february.earliest.iso == "1929-02-01" && february.latest.iso == "1929-02-28")
        #expect(unsure && year.earliest.iso == "1928-01-01")
        #expect(openEnd && since.latest == Day.distantFuture)

        let arrival = try HistoricalDate(parsing: "1928-01-25")
        let january = try HistoricalDate(parsing: "1928-01")
        let inside = arrival.lies(within: january)      // true
        let overlaps = season.overlaps(year)            // true
        let contains = january.contains(arrival.earliest)   // true
        let days = season.latest - season.earliest      // 213
        #expect(inside && overlaps && contains)
        #expect(!year.lies(within: season))
        #expect(days == 213)

        var problem = ""
        do throws(EDTFError) {
            _ = try HistoricalDate(parsing: "1928-13")
        } catch {
            problem = "column \(error.column): \(error.reason)"
        }
        #expect(problem.hasPrefix("column 6: "))

        let whereabouts = try atlas.whereabouts(personIDs: ["radek"])
        let october = try HistoricalDate(parsing: "1928-10-15")
        let radek = whereabouts.presences(on: october, personID: "radek")
            .map { ($0.stay.placeID, $0.status) }
        // [("tomsk", .possible)]: last attested by his letter of 14 July 1928
        #expect(radek.map(\.0) == ["tomsk"])
        #expect(radek.map(\.1) == [.possible])
    }

    // MARK: - TravelAndRoutes.md

    @Test func travelAndRoutes() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        var completed = false
        defer { #expect(completed, "a sample returned early") }

        let frunze = Coordinate(latitude: 42.87, longitude: 74.59)
        let almaAta = Coordinate(latitude: 43.2525, longitude: 76.9115)
        let line = Geodesic.inverse(frunze, almaAta)
        let km = line.distance / 1000                              // 193.8
        let versts = LengthUnit.kilometre.convert(km, to: .verst)  // 181.7
        let heading = line.compassBearing   // 77°, a little north of east
        #expect(abs(km - 193.8175074) < 1e-6)
        #expect(abs(versts - 181.7) < 0.05)
        #expect(abs((heading ?? 0) - 77) < 1)

        guard let itinerary = try atlas.itinerary(of: "deportation-1928") else {
            return
        }
        let last = itinerary.steps[5]
        let lastLeg = (last.fromName, last.toName, last.leg.modes)
        // ("abandoned hut on the Pishpek-Alma Ata road", "Alma Ata",
        //  [.bus, .lorry, .sleigh, .onFoot])
        let measured = last.geodesicKm          // 193.8, from Pishpek-Frunze
        let stated = last.stated?.kilometres    // 250: "unos 250 kilómetros"
        let detour = last.detour                // 1.29: stated over geodesic
        let total = itinerary.geodesicKm        // 3300.4
        #expect(lastLeg.0 == "abandoned hut on the Pishpek-Alma Ata road" && lastLeg.1 == "Alma Ata")
        #expect(lastLeg.2 == [.bus, .lorry, .sleigh, .onFoot])
        #expect(abs((measured ?? 0) - 193.8175074) < 1e-6)
        #expect(stated == 250)
        #expect(abs((detour ?? 0) - 250 / 193.8175074) < 1e-6)
        #expect(abs(total - 3300.4222685) < 1e-6)

        let planner = try atlas.routePlanner()
        let january = try HistoricalDate(parsing: "1928-01")
        let route = try planner.plan(from: "moscow", to: "alma-ata", on: january).get()
        let length = route.lengthKm                     // 4364.4
        let lastMode = route.steps.last?.link.mode      // .road
        let fastest = try planner.plan(from: "moscow", to: "alma-ata", on: january,
                                       by: .time).get()
        #expect(abs(length - 4364.4) < 0.05)
        #expect(lastMode == .road)
        #expect(fastest.hours <= route.hours)
        completed = true
    }

    // MARK: - CorrespondenceNetwork.md

    @Test func correspondenceNetwork() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }

        let slice = try HistoricalDate(parsing: "1928-04/1928-10")
        let people = CorrespondenceGraph(
            letters: try atlas.allLetters(), contacts: try atlas.contacts(),
            exiles: try atlas.exiles(), tallies: try atlas.tallies(),
            people: try atlas.people(), by: .person, during: slice,
            placement: try atlas.placement())
        let trotsky = people.counts(of: "trotsky")   // messages apart from contacts
        let totals = people.tallies(for: "trotsky").map(\.count).sorted()
        // [550, 700, 800, 1000]: the sources' own totals, not letters
        let nodes = people.graph.nodeCount
        #expect(trotsky.messagesOut > 0 && trotsky.messagesIn > 0)
        #expect(totals == [550, 700, 800, 1000])
        #expect(nodes > 10)

        let betweenness = Centrality.betweenness(people.graph)
        let broker = betweenness.max { $0.value < $1.value }?.key   // "trotsky"
        let pageRank = CentralityMeasure.pagerank.scores(people.graph).ranked()
        let hits = Centrality.hits(people.graph)
        let bestHub = hits.hubs.max { $0.value < $1.value }?.key    // "trotsky"
        let closeness = Centrality.closeness(people.graph)
        #expect(broker == "trotsky")
        #expect(pageRank.first?.node == "trotsky")
        #expect(bestHub == "trotsky")
        #expect(closeness.count == nodes)

        let chains = Relays.chains(
            from: "alma-ata", to: "lower-volga", letters: try atlas.allLetters(),
            contacts: try atlas.contacts(), placement: try atlas.placement())
        let stops = chains.first?.stops
        // ["alma-ata", "astrakhan", "lower-volga"]: through Rakovsky
        #expect(stops == ["alma-ata", "astrakhan", "lower-volga"])

        let around = people.graph.ego("rakovsky", depth: 1)
        let ego = people.graph.subgraph(around)
        let reach = (ego.nodeCount, ego.edgeCount)
        #expect(around.contains("rakovsky") && around.contains("trotsky"))
        #expect(reach.0 == around.count && reach.1 > 0)
    }

    // MARK: - ExportAndMaps.md

    @Test func exportAndMaps() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }

        let deportation = try atlas.journeys(matching: "deportation-1928", year: nil)
        let selection = Selection(journeys: deportation)
        let itineraries = try atlas.itineraries(selection)
        let exiles = try atlas.exiles(selection)
        let places = try atlas.placeIndex()
        let names = try atlas.personNamesByID()
        let geojson = try GeoJSON.document(places: places, exiles: exiles,
                                           people: names, itineraries: itineraries)
        let kml = KML.document(places: places, exiles: exiles, people: names,
                               itineraries: itineraries, title: "Deportation of 1928")
        let features = try #require(try JSONSerialization.jsonObject(with: geojson) as? [String: Any])["features"] as? [Any]
        #expect((features?.count ?? 0) > 6)
        #expect(String(decoding: kml, as: UTF8.self).contains("<name>Deportation of 1928</name>"))

        let network = CorrespondenceGraph(
            letters: try atlas.allLetters(), contacts: try atlas.contacts(),
            exiles: try atlas.exiles(), tallies: try atlas.tallies(),
            people: try atlas.people(), by: .place,
            placement: try atlas.placement())
        let nodes = NetworkNodes(places: places, people: try atlas.people(),
                                 exiles: [], placement: try atlas.placement())
        let describe = { (node: String) in nodes.describe(node, during: nil) }
        let graphml = GraphML.document(network, node: describe)
        let gexf = GEXF.document(network, node: describe,
                                 letters: try atlas.allLetters(),
                                 contacts: try atlas.contacts(), created: Date())
        let dot = DOT.document(network, label: { places.name(of: $0) })
        #expect(String(decoding: graphml, as: UTF8.self).contains("<graphml"))
        #expect(String(decoding: gexf, as: UTF8.self).contains("<gexf"))
        #expect(dot.hasPrefix("digraph") && dot.contains("Alma Ata"))

        let placement = try atlas.placement()
        let everyone = Dictionary(uniqueKeysWithValues:
                                      try atlas.people().map { ($0.id, $0) })
        let placeOf = { (letter: Letter, party: LetterParty) in
            placement.place(of: party, in: letter)
        }
        let header = CMIF.Header(url: "https://example.org/letters.xml",
                                 created: Date())
        let cmif = CMIF.document(letters: try atlas.allLetters(), people: everyone,
                                 places: places, sources: try atlas.sources(),
                                 authorities: try atlas.authorityIDs(),
                                 place: placeOf, header: header)
        let dates = try atlas.placeDates()
        let lpf = try LinkedPlaces.document(
            places: places, sources: try atlas.sources(),
            dates: dates.dates(at:), routes: dates.routes(at:))
        let tables = PalladioCSV.tables(letters: try atlas.allLetters(),
                                        exiles: try atlas.exiles(), places: places,
                                        people: names, placement: placeOf)
        let files = tables.map(\.fileName)   // ["letters.csv", "exiles.csv"]
        #expect(String(decoding: cmif, as: UTF8.self).contains("correspDesc"))
        #expect(String(decoding: lpf, as: UTF8.self).contains("FeatureCollection"))
        #expect(files == ["letters.csv", "exiles.csv"])

        let layers = MapLayers(title: "Deportation of 1928", names: places,
                               itineraries: itineraries, network: nil)
        let svg = SVGMap.document(layers)
        let html = try HTMLMap.document(layers, leaflet: .cdn)
        let labels = layers.places.map(\.name)
        // has "Pishpek-Frunze", as the town was named in January 1928
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(html.contains("<html") || html.contains("<!DOCTYPE html>"))
        #expect(labels.contains("Pishpek-Frunze") && !labels.contains("Frunze"))
    }

    // MARK: - ImportingData.md

    @Test func importingData() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }

        let people = """
            id,name,kind,born,died,source_id,locator,quote,note
            volkonsky,Sergei Volkonsky,individual,1788,1865,general-reference,p. 1,,Decembrist
            """
        let summary = try atlas.importCSV([(name: "person.csv", text: people)],
                                          dryRun: true)
        let added = summary.tables.map { ($0.table, $0.added) }
        // [("person", 1)]: counted, then rolled back
        #expect(added.map(\.0) == ["person"] && added.map(\.1) == [1])
        #expect(summary.dryRun)
        #expect(try atlas.person(id: "volkonsky") == nil)

        let broken = """
            id,name,kind,born,died,source_id,locator,quote,note
            volkonsky,Sergei Volkonsky,individual,1788-13,1865,general-reference,p. 1,,Decembrist
            """
        var problems: [DataProblem] = []
        do throws(AtlasError) {
            _ = try atlas.importCSV([(name: "person.csv", text: broken)])
        } catch {
            if case .invalidData(let found) = error { problems = found }
        }
        let first = problems.first.map { "\($0.file):\($0.line):\($0.column)" }
        // "person.csv:2:4": line 2, field 4 (born)
        #expect(first == "person.csv:2:4", "\(problems)")
        #expect(problems.first?.message.contains("1788-13") == true, "\(problems)")
        #expect(problems.count == 1)

        let json = Data("""
            {"person": [{"id": "volkonsky", "name": "Sergei Volkonsky",
                         "kind": "individual", "source_id": "general-reference",
                         "locator": "p. 1"}]}
            """.utf8)
        let fromJSON = try atlas.importJSON(json, name: "decembrists.json",
                                            dryRun: true)
        #expect(fromJSON.tables.map(\.table) == ["person"])
        #expect(try atlas.person(id: "volkonsky") == nil)

        let placement = try atlas.placement()
        let everyone = Dictionary(uniqueKeysWithValues:
                                      try atlas.people().map { ($0.id, $0) })
        let header = CMIF.Header(url: "https://example.org/letters.xml",
                                 created: Date())
        let letters = CMIF.document(
            letters: try atlas.allLetters(), people: everyone,
            places: try atlas.placeIndex(), sources: try atlas.sources(),
            authorities: try atlas.authorityIDs(),
            place: { placement.place(of: $1, in: $0) }, header: header)
        let index = try CMIFReader.read(data: letters, file: "letters.xml")
        let lpf = try LinkedPlaces.document(places: try atlas.placeIndex(),
                                            sources: try atlas.sources())
        let gazetteer = try LinkedPlacesReader.read(data: lpf, file: "places.json")
        let counts = (index.letters.count, gazetteer.features.count)
        #expect(counts.0 == CMIF.dated(try atlas.allLetters()).count)
        #expect(counts.1 == (try atlas.places()).count)
    }

    // MARK: - The catalog against this file

    /// The catalog's folder, found from this file's path.
    private static let catalog = packageRoot.appendingPathComponent("Sources/ExileAtlas/ExileAtlas.docc")

    /// Every ```swift block of every Markdown or Swift file in the catalog, with where it starts.
    static func catalogSamples() throws -> [(place: String, lines: [String])] {
        let files = FileManager.default.enumerator(at: catalog, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { ["md", "swift"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path } ?? []
        var samples: [(place: String, lines: [String])] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            // A Swift file of the catalog (tutorial code) is one sample as a whole.
            if file.pathExtension == "swift" {
                samples.append((file.lastPathComponent, lines))
                continue
            }
            var open: (line: Int, lines: [String])?
            for (number, line) in lines.enumerated() {
                let fence = line.trimmingCharacters(in: .whitespaces)
                if let block = open {
                    if fence.hasPrefix("```") {
                        samples.append(("\(file.lastPathComponent):\(block.line)", block.lines))
                        open = nil
                    } else {
                        open?.lines.append(line)
                    }
                } else if fence.hasPrefix("```swift") {
                    open = (number + 1, [])
                }
            }
            // A fence left open still names its sample, so that the check reports it.
            if let block = open {
                samples.append(("\(file.lastPathComponent):\(block.line) (unclosed)", block.lines + ["```"]))
            }
        }
        return samples
    }

    /// Lines without their leading and trailing blanks: a sample is indented here, not there.
    static func normalised(_ lines: [String]) -> [String] {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func everySampleInTheCatalogIsHere() throws {
        let samples = try Self.catalogSamples()
        // Eight articles of two to four samples each: fewer means the extraction broke.
        #expect(samples.count >= 25, "found only \(samples.count) samples in \(Self.catalog.path)")
        let here = Self.normalised(try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
            .components(separatedBy: "\n"))
        for sample in samples {
            #expect(Self.holds(here, sample.lines),
                    "the sample at \(sample.place) is not copied verbatim into DocumentationSampleTests.swift")
        }
    }

    /// Whether `text` holds `block` as consecutive lines, indentation aside.
    static func holds(_ text: [String], _ block: [String]) -> Bool {
        let block = normalised(block)
        guard !block.isEmpty, block.count <= text.count else { return false }
        return (0...(text.count - block.count)).contains { start in
            text[start..<(start + block.count)].elementsEqual(block)
        }
    }

    @Test func theCheckerTellsACopyFromADriftedSample() {
        let here = Self.normalised(["func f() {", "    let a = 1", "    let b = a + 1", "}"])
        #expect(Self.holds(here, ["let a = 1", "let b = a + 1"]))
        #expect(!Self.holds(here, ["let a = 1", "let b = a + 2"]), "a changed line")
        #expect(!Self.holds(here, ["let b = a + 1", "let a = 1"]), "lines out of order")
        #expect(!Self.holds(here, []), "an empty block proves nothing")
    }
}
