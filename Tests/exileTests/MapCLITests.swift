import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `exile map` end to end: formats, names of the time, empty periods, errors.
@Suite struct MapCLITests {
    let cli = CLIRunner()

    @Test func svgOnStandardOutputNamesPlacesAsThen() throws {
        let result = try cli.run(["map", "--journey", "expulsion-1929"])
        #expect(result.status == 0)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        let labels = try document.nodes(forXPath: "//*[local-name()='text'][@class='label']").compactMap(\.stringValue)
        #expect(labels.contains("Frunze") && labels.contains("Odessa") && labels.contains("Constantinople"))
        #expect(try cli.run(["map", "--journey", "deportation-1928"]).stdout.contains(">Pishpek-Frunze<"))
        let during = try cli.run(["map", "--during", "1929"])
        #expect(during.stdout.contains(">Frunze<") && !during.stdout.contains(">Pishpek-Frunze<"))
    }

    @Test func networkArcsAndAnEmptyPeriod() throws {
        let network = try cli.run(["map", "--network", "--during", "1928-04/1928-10"])
        #expect(network.status == 0)
        #expect(network.stdout.contains(#"class="arc""#) && network.stdout.contains("message"))
        let empty = try cli.run(["map", "--during", "1900"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("Nothing recorded in 1900"))
        #expect(empty.stdout.contains(#"id="land""#))
    }

    @Test func htmlFileByExtensionWithLeafletAndData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.html")
        let result = try cli.run(["map", "--journey", "deportation-1928", "--out", file.path])
        #expect(result.status == 0 && result.stdout.isEmpty)
        let html = try String(contentsOf: file, encoding: .utf8)
        let inlined = FileManager.default.fileExists(atPath: "/usr/share/javascript/leaflet/leaflet.js")
        #expect(html.contains(inlined ? "inlined from /usr/share/javascript/leaflet" : "https://unpkg.com/leaflet@"))
        #expect(html.contains("const atlas = {") && html.contains("Pishpek-Frunze") && html.contains("choza abandonada"))
        #expect(try cli.run(["map", "--format", "html"]).stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func errorsAreOneLineWithTheRightStatus() throws {
        let unwritable = try cli.run(["map", "--out", "/nonexistent-folder/map.svg"])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.hasPrefix("error: cannot write /nonexistent-folder/map.svg"))
        #expect(unwritable.stderr.split(whereSeparator: \.isNewline).count == 1)
        let unknownJourney = try cli.run(["map", "--journey", "no-such-journey"])
        #expect(unknownJourney.status == 1 && unknownJourney.stderr.hasPrefix("error: "))
        let format = try cli.run(["map", "--out", "map.png"])
        #expect(format.status == 2 && format.stderr.contains("name it .svg or .html"))
        let contradiction = try cli.run(["map", "--out", "map.html", "--format", "svg"])
        #expect(contradiction.status == 2)
        #expect(contradiction.stderr.contains("--format svg contradicts \"map.html\", which names html"))
        #expect(!FileManager.default.fileExists(atPath: "map.html"))
        #expect(try cli.run(["map", "--during", "1928-13"]).status == 2)
        #expect(try cli.run(["map", "--by", "person"]).status == 2)
    }
}

/// `exile map --reach`: the planner's reach on a map, and what it refuses.
@Suite struct ReachMapCLITests {
    let cli = CLIRunner()

    @Test func svgNamesMoscowWithItsDays() throws {
        let result = try cli.run(["map", "--reach", "Alma Ata", "--on", "1928-06"])
        #expect(result.status == 0)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        let moscow = try document.nodes(forXPath: "//*[@id='reach-moscow']/@data-days").first?.stringValue
        #expect(moscow == "7.5")   // 179.1 h, as `exile reach` gives
        let title = try document.nodes(forXPath: "//*[@id='reach-moscow']/*[local-name()='title']").first?.stringValue ?? ""
        #expect(title.hasPrefix("Moscow: 7.5 days (179.1 h), 4364.4 km by road, rail; 14 links via Pishpek-Frunze"))
        let legend = try document.nodes(forXPath: "//*[@id='legend']//*[local-name()='text']").compactMap(\.stringValue)
        #expect(legend.contains("7-10 days") && legend.contains("by time (fastest route), links open on 1928-06"))
        #expect(result.stdout.contains("Fastest routes from Alma Ata, 1928-06: days of travel"))
        let distance = try cli.run(["map", "--reach", "Alma Ata", "--on", "1928-06", "--by", "distance"])
        #expect(distance.status == 0 && distance.stdout.contains("2000-3500 km"))
    }

    @Test func htmlHasTheMarkersData() throws {
        let result = try cli.run(["map", "--reach", "Alma Ata", "--on", "1928-06", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""id":"moscow""#) && result.stdout.contains(#""days":7.5"#))
        #expect(result.stdout.contains(#""caption":"Fastest routes from Alma Ata, 1928-06: days of travel""#))
    }

    @Test func refusalsAreTheReachCommandsAndUsageErrors() throws {
        for extra in [["--journey", "deportation-1928"], ["--network"], ["--during", "1928"]] {
            let result = try cli.run(["map", "--reach", "Alma Ata"] + extra)
            #expect(result.status == 2)
            #expect(result.stderr.contains("--reach draws one place's reach on its own map: leave out \(extra[0])"))
        }
        let on = try cli.run(["map", "--on", "1928-06"])
        #expect(on.status == 2 && on.stderr.contains("--on goes with --reach PLACE"))
        // Off the network, or a mode with no link: the words `exile reach` uses, status 1.
        for arguments in [["Atlantis", "--on", "1928-06"], ["Alma Ata", "--on", "1928-06", "--modes", "ship"]] {
            let map = try cli.run(["map", "--reach"] + arguments)
            let reach = try cli.run(["reach"] + arguments)
            #expect(map.status == 1 && reach.status == 1)
            #expect(!map.stderr.isEmpty && map.stderr == reach.stderr)
        }
    }
}
