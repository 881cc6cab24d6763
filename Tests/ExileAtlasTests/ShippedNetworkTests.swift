import Foundation
import Testing
@testable import ExileAtlas

/// The route planner on the shipped 1928-29 network.
@Suite struct ShippedNetworkTests {
    private func planner() throws -> (RoutePlanner, Atlas, URL) {
        let (atlas, folder) = try freshAtlas()
        return (try atlas.routePlanner(), atlas, folder)
    }

    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

    @Test func theRoadOf1928GoesThroughPishpekFrunzeNotTheTurksib() throws {
        let (planner, atlas, folder) = try planner()
        defer { try? FileManager.default.removeItem(at: folder) }
        let route = try planner.plan(from: "moscow", to: "alma-ata", on: date("1928-01")).get()
        let stops = route.steps.map(\.toPlaceID)
        #expect(stops.contains("samara") && stops.contains("turkestan") && stops.contains("pishpek-frunze"))
        let last = try #require(route.steps.last)
        #expect(last.fromPlaceID == "pishpek-frunze" && last.link.mode == .road)
        #expect(last.link.basis == .stated && last.lengthKm == 250)
        #expect(route.steps.allSatisfy { $0.link.isOpen(at: date("1928-01")) })
        #expect(abs(route.lengthKm - route.steps.map(\.lengthKm).reduce(0, +)) < 1e-9)
        // Every link of the shipped network has a length and a speed for its mode.
        let speeds = Set(try atlas.modeSpeeds().map(\.mode))
        #expect(try atlas.links().allSatisfy { $0.lengthKm > 0 && speeds.contains($0.mode) })
    }

    @Test func theTurksibIsUsedOnlyOnceItIsOpen() throws {
        let (planner, _, folder) = try planner()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try planner.plan(from: "moscow", to: "alma-ata", on: date("1928-01")).get()
        let after = try planner.plan(from: "moscow", to: "alma-ata", on: date("1931")).get()
        #expect(before.steps.last?.link.mode == .road)
        #expect(after.steps.last?.link.mode == .rail)
        #expect(after.steps.last?.link.valid?.earliest.year == 1930)
        #expect(after.lengthKm < before.lengthKm)
    }

    @Test func theWayOutIn1929EndsBySea() throws {
        let (planner, _, folder) = try planner()
        defer { try? FileManager.default.removeItem(at: folder) }
        let route = try planner.plan(from: "alma-ata", to: "constantinople", on: date("1929-02"), by: .time).get()
        #expect(route.steps.last?.link.mode == .ship)
        #expect(route.steps.last?.fromPlaceID == "odessa")
        #expect(route.steps.contains { $0.toPlaceID == "pishpek-frunze" })
        #expect(route.hours > 0 && route.hours.isFinite)
    }

    @Test func modeFiltersAndUnreachablePlaces() throws {
        let (planner, _, folder) = try planner()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Tobolsk had no railway until 1967: by rail alone it cannot be reached.
        #expect(planner.plan(from: "moscow", to: "tobolsk", modes: [.rail]) == .failure(.noLinks(placeID: "tobolsk")))
        let byRiver = try planner.plan(from: "moscow", to: "tobolsk").get()
        #expect(byRiver.steps.last?.link.mode == .river)
        // Mexico City is in the atlas but on no link of the network.
        #expect(planner.plan(from: "moscow", to: "mexico-city") == .failure(.noLinks(placeID: "mexico-city")))
    }
}
