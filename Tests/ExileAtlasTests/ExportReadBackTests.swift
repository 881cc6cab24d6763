import Foundation
import Testing
@testable import ExileAtlas

/// The shipped data's CMIF and LPF exports, read back by the readers: every letter and place
/// comes back once, with its dates, coordinates, names and parents. (The import into an atlas
/// is not written yet; this checks the reading half of the round trip.)
@Suite struct ExportReadBackTests {
    @Test func linkedPlacesExportReadsBackPlaceForPlace() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try atlas.placeIndex()
        let data = try LinkedPlaces.document(places: index, sources: try atlas.sources())
        let collection = try LinkedPlacesReader.read(data: data, file: "places.json")
        let base = "urn:exile-atlas:place:"
        #expect(collection.features.count == index.places.count)
        #expect(Set(collection.features.map(\.id)) == Set(index.places.keys.map { base + $0 }))
        for feature in collection.features {
            let id = String(feature.id.dropFirst(base.count))
            let place = try #require(index.places[id])
            #expect(feature.title == place.name)
            #expect(feature.parents.map(\.to) == place.parentID.map { [base + $0] } ?? [], "\(id)")
            if let coordinate = place.coordinate, !index.isUncertain(id) {
                #expect(feature.point?.point == LPFPoint(latitude: coordinate.latitude, longitude: coordinate.longitude), "\(id)")
            }
            if place.coordinate == nil { #expect(feature.geometry == nil, "\(id)") }
            if let geonames = Authority.geonames(place) { #expect(feature.authorityURIs.contains(geonames), "\(id)") }
            // Each dated name's period comes back as the same EDTF.
            for name in index.names[id] ?? [] {
                guard let period = name.period else { continue }
                let read = feature.names.filter { $0.toponym == name.name && $0.lang == name.language }.compactMap(\.when?.edtf)
                #expect(read.contains(period.edtf), "\(id): \(name.name) \(name.language) \(feature.names.map { "\($0.toponym) \($0.lang ?? "") \($0.when?.edtf ?? "")" })")
            }
        }
    }

    @Test func cmifExportReadsBackLetterForLetter() throws {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let letters = try atlas.allLetters()
        let placement = try atlas.placement()
        let people = Dictionary(try atlas.people().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let data = CMIF.document(letters: letters, people: people, places: try atlas.placeIndex(), sources: try atlas.sources(),
                                 authorities: try atlas.authorityIDs(), place: { placement.place(of: $1, in: $0) },
                                 header: CMIF.Header(url: "https://example.org/letters.xml", created: Date(timeIntervalSince1970: 0)))
        let file = try CMIFReader.read(data: data, file: "letters.xml")
        let dated = CMIF.dated(letters)
        #expect(file.letters.count == dated.count)
        #expect(file.letters.compactMap(\.key).sorted() == dated.map(\.id).sorted())
        #expect(file.header.url == "https://example.org/letters.xml")
        let byID = Dictionary(dated.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for read in file.letters {
            let letter = try #require(read.key.flatMap { byID[$0] })
            #expect(file.bibl(of: read) != nil, "\(letter.id)")
            // Every letter has a sender and an addressee in CMIF, Unknown where nobody is named.
            #expect(!read.senders.isEmpty && !read.addressees.isEmpty, "\(letter.id)")
            #expect(read.addressees.count == max(1, letter.addressees.count), "\(letter.id)")
            // The written date covers the letter's date: CMIF's days are EDTF's bounds.
            let date = try #require(read.date?.historicalDate, "\(letter.id)")
            let original = try #require(letter.date)
            if !original.isOpenStart, !original.isUnknownStart { #expect(date.earliest == original.earliest, "\(letter.id)") }
            if !original.isOpenEnd, !original.isUnknownEnd { #expect(date.latest == original.latest, "\(letter.id)") }
            #expect(date.isUncertain == (original.isUncertain || original.isApproximate), "\(letter.id)")
        }
    }
}
