import Foundation
import Testing
@testable import ExileAtlas

/// Where the network places a person: `Placement`, at its boundaries.
@Suite struct PlacementTests {
    private static let evidence = Evidence(sourceID: "s", locator: "L1", quote: "q")
    private func date(_ text: String) -> HistoricalDate { try! HistoricalDate(parsing: text) }
    private func stay(_ id: String, _ person: String, _ place: String, _ period: String,
                      kind: Exile.Kind = .exile) -> Exile {
        Exile(id: id, personID: person, placeID: place, kind: kind, period: date(period), evidence: Self.evidence)
    }

    private var placement: Placement {
        Placement(whereabouts: Whereabouts(stays: [
            stay("r1", "radek", "tobolsk", "1928-01/1928-05-10"),
            stay("r2", "radek", "tomsk", "1928-06/1928-07-14"),
            stay("t1", "trotsky", "alma-ata", "1928-01-25/1929-01-22"),
            stay("t2", "trotsky", "alma-ata-house", "1928-02/1928-06", kind: .residence),
            stay("t3", "trotsky", "turkey", "1929-02/1933"),
            stay("t4", "trotsky", "constantinople", "1929-02/1929-03"),
            stay("x1", "twin", "here", "1928"),
            stay("x2", "twin", "there", "1928"),
            stay("s1", "sedova", "alma-ata", "1928", kind: .residence),
        ], attestations: [], parents: ["constantinople": "turkey", "alma-ata-house": "alma-ata"]))
    }

    @Test func oneStayOverlappingTheDate() {
        #expect(placement.place(of: "radek", at: date("1928-07-01")) == "tomsk")
        #expect(placement.place(of: "radek", at: date("1928-05-10")) == "tobolsk")   // the last day of Tobolsk
        #expect(placement.place(of: "radek", at: date("1928-05-11")) == nil)         // between the two exiles
        #expect(placement.place(of: "radek", at: date("1928-07-15")) == nil)         // after the last one
        #expect(placement.place(of: "trotsky", at: date("1928-04")) == "alma-ata")    // the house is a residence
    }

    @Test func severalStaysOnlyWhenNested() {
        #expect(placement.place(of: "radek", at: date("1928")) == nil)               // Tobolsk, then Tomsk
        #expect(placement.candidates(of: "radek", at: date("1928")) == ["tobolsk", "tomsk"])
        #expect(placement.place(of: "trotsky", at: date("1929-02-10")) == "constantinople")
        #expect(placement.place(of: "trotsky", at: date("1929")) == nil)             // Alma Ata in January, then Turkey
        #expect(placement.place(of: "trotsky", at: date("1930")) == "turkey")
        #expect(placement.place(of: "twin", at: date("1928-05")) == nil)             // two places, same period
    }

    @Test func noDateResidencesAndStrangers() {
        #expect(placement.place(of: "trotsky", at: nil) == "alma-ata")               // the first stay
        #expect(placement.place(of: "radek", at: nil) == "tobolsk")
        #expect(placement.candidates(of: "trotsky", at: nil) == ["alma-ata", "turkey", "constantinople"])
        #expect(placement.place(of: "sedova", at: date("1928-05")) == "alma-ata")    // a residence places one who has no exile
        #expect(placement.place(of: "nobody", at: date("1928")) == nil)
        #expect(placement.place(of: nil, at: date("1928")) == nil)
    }

    @Test func aLettersOwnPlaceWinsAndAnUndatedLetterPlacesNoOne() {
        let dated = Letter(id: "1", kind: .letter, date: date("1928-07-01"), senderID: "trotsky", senderPlaceID: "samara",
                           recipientID: "radek", evidence: Self.evidence)
        #expect(placement.place(of: dated.senders[0], in: dated) == "samara")
        #expect(placement.place(of: dated.addressees[0], in: dated) == "tomsk")
        var undated = dated
        undated.date = nil
        #expect(placement.place(of: undated.addressees[0], in: undated) == nil)
        #expect(placement.place(of: undated.senders[0], in: undated) == "samara")
    }
}
