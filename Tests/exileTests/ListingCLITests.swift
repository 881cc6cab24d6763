import Foundation
import Testing

/// `places`, `people`, `person`, `sources` and `timeline` as scripts read them (one JSON shape
/// per concept: entities, dates, lists as arrays) and their filters as people type them
/// (a repeated filter is a union, an empty answer says what was asked in the right number).
@Suite(.serialized) struct ListingCLITests {
    let cli = CLIRunner()

    private func document(_ arguments: [String]) throws -> [String: Any] {
        let result = try cli.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func id(_ entity: Any?) -> String? { (entity as? [String: Any])?["id"] as? String }

    // MARK: - places

    @Test func placesGiveTheirParentAsAnEntityAndCoordinatesAsNumbers() throws {
        let root = try document(["places"])
        #expect(root["command"] as? String == "places" && root["format_version"] as? Int == 2)
        let places = try #require(root["places"] as? [[String: Any]])
        let almaAta = try #require(places.first { $0["id"] as? String == "alma-ata" })
        #expect(almaAta["in"] as? [String: String] == ["id": "kazakhstan", "name": "Kazakhstan"])
        #expect(almaAta["coordinates"] as? [String: Double] == ["latitude": 43.2525, "longitude": 76.9115])
        let hut = try #require(places.first { $0["id"] as? String == "abandoned-hut" })
        #expect(hut["coordinates"] is NSNull && hut["in"] is NSNull)
        let csv = try cli.run(["places", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("id,name,kind,in.id,in.name,coordinates.latitude,coordinates.longitude\r\n"))
        #expect(csv.contains("alma-ata,Alma Ata,city,kazakhstan,Kazakhstan,43.2525,76.9115\r\n"))
    }

    @Test func repeatedKindsAreAUnion() throws {
        let rows = try #require(try document(["places", "--kind", "station", "--kind", "Siding"])["places"] as? [[String: Any]])
        let kinds = rows.compactMap { $0["kind"] as? String }
        #expect(kinds.filter { $0 == "station" }.count == 3 && kinds.filter { $0 == "siding" }.count == 1)
        #expect(kinds.count == 4)
    }

    @Test func anEmptyListSaysWhatWasAskedAndKeepsItsHeader() throws {
        let one = try cli.run(["places", "--kind", "port"])
        #expect(one.status == 0)
        #expect(one.stdout == "  no places of kind port\n")
        let two = try cli.run(["places", "--kind", "lake", "--kind", "port"])
        #expect(two.stdout == "  no places of kinds port, lake\n")
        let csv = try cli.run(["places", "--kind", "port", "--format", "csv"])
        #expect(csv.stdout == "id,name,kind,in.id,in.name,coordinates.latitude,coordinates.longitude\r\n")
        let people = try cli.run(["people", "--role", "author", "--role", "foreign-communist"])
        #expect(people.stdout == "  no people with the roles foreign-communist, author\n")
        #expect(try cli.run(["people", "--role", "author"]).stdout == "  no people with the role author\n")
    }

    @Test func helpListsTheKindsAndRolesOnce() throws {
        let places = try cli.run(["places", "--help"]).stdout
        #expect(places.components(separatedBy: "siding").count == 2, "the values are listed once")
        #expect(places.contains("repeat for several kinds"))
        let people = try cli.run(["people", "--help"]).stdout
        #expect(people.components(separatedBy: "capitulator").count == 2)
    }

    // MARK: - people and person

    @Test func rolesAreAListAndRepeatedRolesAUnion() throws {
        let rows = try #require(try document(["people", "--role", "secretary", "--role", "courier"])["people"] as? [[String: Any]])
        let roles = rows.map { Set($0["roles"] as? [String] ?? []) }
        #expect(!rows.isEmpty && roles.allSatisfy { !$0.isDisjoint(with: ["secretary", "courier"]) })
        #expect(roles.contains { $0.contains("secretary") } && roles.contains { $0.contains("courier") })
        let rakovsky = try #require(try document(["people"])["people"] as? [[String: Any]]).first { $0["id"] as? String == "rakovsky" }
        #expect(rakovsky?["roles"] as? [String] == ["correspondent", "deportee"])
    }

    @Test func aPersonHasDatesRolesStaysAndLettersWithIDs() throws {
        let root = try document(["person", "Rakovsky"])
        let person = try #require(root["person"] as? [String: Any])
        #expect(person["roles"] as? [String] == ["correspondent", "deportee"])
        #expect(person["born"] as? [String: String] == ["edtf": "1873", "earliest": "1873-01-01", "latest": "1873-12-31"])
        #expect((person["died"] as? [String: Any])?["edtf"] as? String == "1941")
        let names = try #require(root["names"] as? [[String: Any]])
        #expect(names.contains { $0["name"] as? String == "Христиан Раковский" && $0["language"] as? String == "ru" })
        let exile = try #require((root["exiles"] as? [[String: Any]])?.first)
        #expect(id(exile["place"]) == "astrakhan")
        #expect((exile["period"] as? [String: Any])?["earliest"] as? String == "1927-12-01")
        #expect((exile["period"] as? [String: Any])?["latest"] is NSNull)
        #expect(exile["start_basis"] as? String == "inferred" && exile["end_basis"] as? String == "unknown")
        let letters = try #require(root["letters"] as? [[String: Any]])
        let february = try #require(letters.first { ($0["date"] as? [String: Any])?["edtf"] as? String == "1928-02-17" })
        let sender = try #require((february["senders"] as? [[String: Any]])?.first)
        #expect(id(sender["person"]) == "rakovsky" && id(sender["place"]) == "astrakhan")
        #expect(sender["name"] as? String == "Christian Rakovsky (Astrakhan)" && sender["uncertain"] as? Bool == false)
        #expect((february["addressees"] as? [[String: Any]])?.compactMap { id($0["person"]) } == ["trotsky"])
        #expect(february["id"] is String)
        // The table keeps its look: parties as they read, ids left to programs.
        let table = try cli.run(["person", "Rakovsky"]).stdout
        #expect(table.contains("born:  1873"))
        #expect(table.contains("roles: correspondent, deportee"))
    }

    @Test func aLetterWithNoAddresseeShowsUnknownInATableAndAnEmptyListInJSON() throws {
        let letters = try #require(try document(["place", "Alma Ata"])["letters"] as? [[String: Any]])
        #expect(letters.contains { ($0["addressees"] as? [Any])?.isEmpty == true })
        let several = try #require(letters.first { ($0["addressees"] as? [Any])?.count == 3 })
        #expect((several["addressees"] as? [[String: Any]])?.compactMap { id($0["person"]) } == ["kalinin", "ordzhonikidze", "menzhinsky"])
        let table = try cli.run(["place", "Alma Ata"]).stdout
        #expect(table.contains("Leon Trotsky (Alma     unknown"))
        #expect(table.contains("(Moscow); Sergo"))
    }

    // MARK: - sources and timeline

    @Test func sourcesGiveTheirCitationToPrograms() throws {
        let sources = try #require(try document(["sources"])["sources"] as? [[String: Any]])
        let geonames = try #require(sources.first { $0["id"] as? String == "geonames" })
        #expect(geonames["url"] as? String == "https://www.geonames.org/")
        #expect(geonames["year"] is NSNull && geonames["kind"] as? String == "reference")
        #expect(!(try cli.run(["sources"]).stdout.contains("geonames.org")), "the table stays as it was")
    }

    @Test func aTimelineWithNothingRecordedKeepsItsHeader() throws {
        let csv = try cli.run(["timeline", "Stalin", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("when.edtf,when.earliest,when.latest,what,place.id,place.name,detail,entry,"))
        #expect(csv.stdout.hasSuffix("possibly.id,possibly.name\r\n"))
        #expect(try document(["timeline", "Stalin"])["timeline"] as? [Any] != nil)
    }
}
