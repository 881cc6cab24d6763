import Testing
@testable import ExileAtlas

/// `network --ego NAME`: the node and the mode follow from the name.
@Suite struct EgoChoiceTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }
    private var placement: Placement {
        Placement(exiles: [
            Exile(id: "r1", personID: "radek", placeID: "tobolsk", period: date("1928-01/1928-05-10"), evidence: Self.evidence),
            Exile(id: "r2", personID: "radek", placeID: "tomsk", period: date("1928-06/1928-07-14"), evidence: Self.evidence),
            Exile(id: "k", personID: "rakovsky", placeID: "astrakhan", period: date("1928"), evidence: Self.evidence),
        ])
    }

    @Test func theNameSaysPersonOrPlace() throws {
        let rakovsky = try EgoChoice.choose(.person("rakovsky"), mode: nil, during: nil, placement: placement).get()
        #expect(rakovsky == EgoChoice(mode: .person, node: "rakovsky", reason: .modeFromName))
        let almaAta = try EgoChoice.choose(.places(["alma-ata", "alma-ata-house"]), mode: nil, during: nil, placement: placement).get()
        #expect(almaAta == EgoChoice(mode: .place, node: "alma-ata", reason: .modeFromName))
        let asked = try EgoChoice.choose(.person("rakovsky"), mode: .person, during: nil, placement: placement).get()
        #expect(asked.reason == .asAsked)
        let moscow = try EgoChoice.choose(.places(["moscow"]), mode: .person, during: nil, placement: placement).get()
        #expect(moscow == EgoChoice(mode: .person, node: "moscow", reason: .asAsked))
    }

    @Test func aPersonInANetworkByPlaceStandsAtTheirPlace() throws {
        let rakovsky = try EgoChoice.choose(.person("rakovsky"), mode: .place, during: nil, placement: placement).get()
        #expect(rakovsky == EgoChoice(mode: .place, node: "astrakhan", reason: .personsPlace(person: "rakovsky")))
        let july = try EgoChoice.choose(.person("radek"), mode: .place, during: date("1928-07"), placement: placement).get()
        #expect(july.node == "tomsk" && july.alternatives.isEmpty)
        let whole = try EgoChoice.choose(.person("radek"), mode: .place, during: nil, placement: placement).get()
        #expect(whole.node == "tobolsk" && whole.alternatives == ["tomsk"])
        let year = EgoChoice.choose(.person("radek"), mode: .place, during: date("1928"), placement: placement)
        #expect(year == .failure(.unplaced(person: "radek", candidates: ["tobolsk", "tomsk"])))
        let nobody = EgoChoice.choose(.person("sosnovsky"), mode: .place, during: nil, placement: placement)
        #expect(nobody == .failure(.unplaced(person: "sosnovsky", candidates: [])))
    }
}
