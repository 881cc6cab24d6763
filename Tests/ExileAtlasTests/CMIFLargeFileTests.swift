import Foundation
import Testing
@testable import ExileAtlas

/// A CMIF file larger than libxml2's 10,000,000-byte limit on one parsing chunk still reads
/// (editions publish files of that size; given whole, libxml2 refused them at the last line).
@Suite struct CMIFLargeFileTests {
    @Test func aFileOverTenMegabytesReads() throws {
        let letter = """
              <correspDesc source="#f50c2a1e-1928-4c29-8a1b-000000000001">
                <correspAction type="sent"><persName ref="http://d-nb.info/gnd/118623761">Trotzki, Leo</persName><date when="1928-05-07"/></correspAction>
                <correspAction type="received"><persName>Radek, Karl</persName></correspAction>
              </correspDesc>

            """
        // Small comments between the letters (each well under any limit of its own), 11 MB in all.
        let padding = String(repeating: "      <!-- \(String(repeating: "x", count: 88)) -->\n", count: 110_000)
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>Large</title><editor>Test <email>t@example.org</email></editor></titleStmt>
                  <publicationStmt><publisher><ref target="https://example.org">Test</ref></publisher>
                    <idno type="url">https://example.org/large.xml</idno><date when="2026-12-03"/>
                    <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0</licence></availability>
                  </publicationStmt>
                  <sourceDesc><bibl type="print" xml:id="f50c2a1e-1928-4c29-8a1b-000000000001">An edition</bibl></sourceDesc>
                </fileDesc>
                <profileDesc>

            """ + letter + padding + letter + """
                </profileDesc>
              </teiHeader>
              <text><body><p/></body></text>
            </TEI>

            """
        let data = Data(text.utf8)
        #expect(data.count > 11_000_000)
        let file = try CMIFReader.read(data: data, file: "large.xml")
        #expect(file.letters.count == 2)
        // Positions stay right past the first chunks: the second letter is on its line.
        let lines = text.components(separatedBy: "\n")
        let starts = lines.indices.filter { lines[$0].contains("<correspDesc") }.map { $0 + 1 }
        #expect(starts.count == 2)
        #expect(file.letters.map(\.position.line) == starts)
    }
}
