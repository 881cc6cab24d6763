import Foundation
import GRDB
import Testing
@testable import ExileAtlas

/// The CSV loader locates every problem by file, line and column, and writes nothing when
/// there is one.
@Suite struct TableLoaderTests {
    private let sourceCSV = "id,kind,title\nseed,reference,A reference\n"

    /// Loads the given files into a fresh atlas as user rows; returns the problems.
    private func problems(_ files: [(String, String)]) throws -> [DataProblem] {
        let (atlas, folder) = try freshAtlas()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: atlas.url.path)
        var found: [DataProblem] = []
        try queue.writeWithoutTransaction { db in
            try db.inTransaction {
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                var loader = TableLoader(db: db, origin: "user")
                do {
                    for (name, text) in files { try loader.load(CSVTable(file: name, text: text)) }
                    try loader.checkReferences()
                    found = loader.problems
                } catch let error as AtlasError {
                    if case let .invalidData(problems) = error { found = problems }
                }
                return .rollback
            }
        }
        return found
    }

    @Test func goodFilesLoadWithoutProblems() throws {
        let found = try problems([
            ("source.csv", sourceCSV),
            ("place.csv", "id,name,kind,latitude,longitude,coord_source_id,source_id,locator,quote\nvilla,Villa,town,40.5,-3.2,seed,seed,L1,\"a \"\"quoted\"\", word\"\n"),
        ])
        #expect(found.isEmpty)
    }

    @Test func latitudeOutOfRangeIsLocated() throws {
        let found = try problems([
            ("source.csv", sourceCSV),
            ("place.csv", "id,name,kind,latitude,longitude,coord_source_id,source_id,locator\nok,Ok,town,40,3,seed,seed,L1\nbad,Bad,town,91,3,seed,seed,L1\n"),
        ])
        #expect(found.count == 1)
        #expect(found.first?.file == "place.csv")
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 4)
        #expect(found.first?.message.contains("latitude BETWEEN -90 AND 90") == true)
    }

    @Test func unknownColumnAndMissingRequiredColumn() throws {
        let found = try problems([
            ("source.csv", sourceCSV),
            ("place.csv", "id,name,colour,source_id,locator\nx,X,red,seed,L1\n"),
        ])
        #expect(found.contains { $0.line == 1 && $0.column == 3 && $0.message.contains("\"colour\" is not a column of place") })
        #expect(found.contains { $0.message.contains("required column \"kind\" is missing") })
    }

    @Test func duplicateIdIsLocated() throws {
        let found = try problems([
            ("source.csv", sourceCSV),
            ("person.csv", "id,name,source_id,locator\nradek,Radek,seed,L1\nradek,Radek again,seed,L2\n"),
        ])
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.contains("already used at line 2") == true)
    }

    @Test func badDateIsLocatedWithTheParsersReason() throws {
        let found = try problems([
            ("source.csv", sourceCSV),
            ("place.csv", "id,name,kind,source_id,locator\np,P,town,seed,L1\n"),
            ("person.csv", "id,name,source_id,locator\na,A,seed,L1\n"),
            ("exile.csv", "id,person_id,place_id,period,source_id,locator\ne,a,p,1928-13,seed,L1\n"),
        ])
        #expect(found.count == 1)
        #expect(found.first?.file == "exile.csv")
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 4)
    }

    @Test func unknownReferenceIsLocatedAfterLoading() throws {
        let found = try problems([
            ("source.csv", sourceCSV),
            ("place.csv", "id,name,kind,source_id,locator\np,P,town,seed,L1\n"),
            ("exile.csv", "id,person_id,place_id,period,source_id,locator\ne,nobody,p,1928,seed,L1\n"),
        ])
        #expect(found.count == 1)
        #expect(found.first?.file == "exile.csv")
        #expect(found.first?.line == 2)
        #expect(found.first?.message.contains("person_id \"nobody\" names no person") == true)
    }

    @Test func wrongFieldCountIsLocated() throws {
        let found = try problems([("source.csv", "id,kind,title\nseed,text,A text,extra\n")])
        #expect(found.first?.line == 2)
        #expect(found.first?.message.contains("4 fields but the header has 3") == true)
    }

    @Test func lineNumbersFollowQuotedLineBreaks() throws {
        let found = try problems([("source.csv", "id,kind,title\nseed,text,\"two\nlines\"\nbad,novel,Title\n")])
        #expect(found.count == 1)
        #expect(found.first?.line == 4)
    }

    @Test func unterminatedQuoteIsRefused() {
        #expect(throws: AtlasError.self) { try CSVTable(file: "x.csv", text: "id,title\na,\"never closed\n") }
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let table = try CSVTable(file: "source.csv", text: "\u{FEFF}id,kind,title\nseed,text,T\n")
        #expect(table.header == ["id", "kind", "title"])
        #expect(table.records == [["seed", "text", "T"]])
    }

    @Test func crlfLineEndsAreRead() throws {
        let table = try CSVTable(file: "source.csv", text: "id,kind,title\r\nseed,text,T\r\nother,text,U\r\n")
        #expect(table.records == [["seed", "text", "T"], ["other", "text", "U"]])
        #expect(table.lines == [2, 3])
    }
}
