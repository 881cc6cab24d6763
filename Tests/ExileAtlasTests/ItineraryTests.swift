import Foundation
import Testing
@testable import ExileAtlas

/// Recorded journeys traced leg by leg: on a hand-built journey, and on Trotsky's two.
@Suite struct ItineraryTests {
    private static let evidence = Evidence(sourceID: "test", locator: "L1", quote: "q")

    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }

    /// A → U (unlocated) → B → C, with a stated 150 km for the stretch ending at B.
    @Test func unlocatedStopsSpanToTheNextLocatedOne() {
        let a = Coordinate(latitude: 0, longitude: 0), b = Coordinate(latitude: 0, longitude: 1), c = Coordinate(latitude: 1, longitude: 1)
        let places = PlaceIndex(places: [
            Place(id: "a", name: "A", kind: .town, coordinate: a, evidence: Self.evidence),
            Place(id: "u", name: "U", kind: .stop, evidence: Self.evidence),
            Place(id: "b", name: "B", kind: .town, coordinate: b, evidence: Self.evidence),
            Place(id: "c", name: "C", kind: .town, coordinate: c, evidence: Self.evidence),
        ], names: [])
        let journey = Journey(id: "j", personID: "p", title: "J", period: date("1928-01"), evidence: Self.evidence)
        let legs = [
            Leg(id: "l1", journeyID: "j", sequence: 1, fromPlaceID: "a", toPlaceID: "u", departed: date("1928-01-01"), modes: [.road], evidence: Self.evidence),
            Leg(id: "l2", journeyID: "j", sequence: 2, fromPlaceID: "u", toPlaceID: "b", arrived: date("1928-01-03"), modes: [.sleigh], evidence: Self.evidence),
            Leg(id: "l3", journeyID: "j", sequence: 3, fromPlaceID: "b", toPlaceID: "c", departed: date("1928-01-04"), arrived: date("1928-01-06"), modes: [.rail], evidence: Self.evidence),
        ]
        let claims = [Claim(id: "d", subject: "leg", subjectID: "l2", property: "distance", value: "150 km",
                            quantity: 150, unit: "km", qualifier: "about", evidence: Self.evidence)]
        let itinerary = Itinerary(journey: journey, legs: legs, places: places, claims: claims)
        let ab = Geodesic.inverse(a, b).distance / 1000, bc = Geodesic.inverse(b, c).distance / 1000
        #expect(itinerary.steps.map(\.leg.id) == ["l1", "l2", "l3"])
        #expect(itinerary.steps[0].geodesicKm == nil)
        #expect(itinerary.steps[1].geodesicKm == ab)
        #expect(itinerary.steps[1].geodesicFromName == "A")
        #expect(itinerary.steps[1].geodesicFromPlaceID == "a")
        #expect(itinerary.steps[2].geodesicFromName == nil)
        #expect(abs(itinerary.steps[1].detour! - 150 / ab) < 1e-12)
        #expect(itinerary.steps[2].days == 2...2)
        #expect(itinerary.steps[1].days == nil)
        #expect(abs(itinerary.geodesicKm - (ab + bc)) < 1e-9)
        #expect(itinerary.statedKm == 150)
    }

    @Test func deportationOf1928() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let itinerary = try #require(try atlas.itinerary(of: "deportation-1928"))
        let steps = itinerary.steps
        #expect(steps.map(\.leg.toPlaceID) == ["station-50km", "samara", "turkestan", "pishpek-frunze", "abandoned-hut", "alma-ata"])
        #expect(steps.first?.leg.fromPlaceID == "moscow")
        #expect(steps.prefix(4).allSatisfy { $0.leg.modes == [.rail] })
        #expect(steps[4].leg.modes == [.bus, .lorry, .sleigh, .onFoot])
        #expect(steps[5].leg.arrived?.edtf == "1928-01-25")
        #expect(steps[0].fromName == "Moscow" && steps[3].toName == "Pishpek-Frunze")

        // Geodesics between the fixture coordinates, GeographicLib 2.1 (Python) reference values.
        #expect(steps[0].geodesicKm == nil && steps[4].geodesicKm == nil)   // unlocated station and hut
        #expect(abs(steps[1].geodesicKm! - 857.9520907) < 1e-6)            // Moscow-Samara
        #expect(abs(steps[2].geodesicKm! - 1730.9088807) < 1e-6)           // Samara-Turkestan
        #expect(abs(steps[3].geodesicKm! - 517.7437897) < 1e-6)            // Turkestan-Pishpek-Frunze
        #expect(abs(steps[5].geodesicKm! - 193.8175074) < 1e-6)            // Pishpek-Frunze-Alma Ata
        #expect(steps[5].geodesicFromName == "Pishpek-Frunze")

        // Stated against computed: "unos 250 kilómetros" over a 193.8 km geodesic.
        #expect(steps[5].stated?.kilometres == 250)
        #expect(abs(steps[5].detour! - 250 / 193.8175074) < 1e-6)
        #expect(steps[0].stated?.kilometres == 50)
        #expect(steps[0].detour == nil)

        // Trotsky's "4.000 verstas" against the traced total.
        let total = try #require(itinerary.statedTotal)
        #expect(total.unit == .verst && total.value == 4000)
        #expect(abs(total.kilometres - 4267.2) < 1e-9)
        #expect(abs(itinerary.geodesicKm - 3300.4222685) < 1e-6)
    }

    @Test func expulsionOf1929() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let itinerary = try #require(try atlas.itinerary(of: "expulsion-1929"))
        let steps = itinerary.steps
        #expect(steps.map(\.leg.toPlaceID) == ["kurday-pass", "pishpek-frunze", "siding", "odessa", "constantinople"])
        #expect(steps[0].leg.departed?.edtf == "1929-01-22")
        #expect(steps[0].leg.modes == [.tractor, .car, .sleigh])
        #expect(steps[4].leg.modes == [.ship, .icebreaker])
        #expect(steps[2].geodesicKm == nil)                                  // the siding is unlocated
        #expect(abs(steps[3].geodesicKm! - 3454.5621102) < 1e-6)            // measured from Frunze
        #expect(abs(steps[4].geodesicKm! - 624.8567864) < 1e-6)             // Odessa-Constantinople
        #expect(Set(steps[4].vehicles) == ["Ilych", "Kalinin"])
        #expect(steps[3].claims.contains { $0.property == "stay" && $0.quantity == 12 && $0.unit == "day" })
        let stretch = steps[0].claims.first { $0.property == "section-distance" }
        #expect(stretch?.quantity == 30)
        #expect(abs(itinerary.geodesicKm - (155.2517869 + 58.2804539 + 3454.5621102 + 624.8567864)) < 1e-6)
    }
}
