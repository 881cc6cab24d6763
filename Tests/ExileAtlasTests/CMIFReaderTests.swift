import Foundation
import Testing
@testable import ExileAtlas

/// The CMIF reader on files shaped like the TEI Correspondence SIG's examples and templates
/// (example01_basic.xml, example02_cmi-with-printed-edition.xml, cmif-digital-edition.xml).
@Suite struct CMIFReaderTests {
    /// A CMIF 1.1 file: a hybrid edition, several senders and addressees, an orgName, every
    /// date form, GND/VIAF/GeoNames refs, an unknown correspondent, cert and evidence.
    static let letters = """
    <?xml version="1.0" encoding="UTF-8"?>
    <?xml-model href="https://raw.githubusercontent.com/TEI-Correspondence-SIG/CMIF/master/schema/cmi-customization.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
    <TEI xmlns="http://www.tei-c.org/ns/1.0">
        <teiHeader>
            <fileDesc>
                <titleStmt>
                    <title>Letters of the Left Opposition in exile, 1928-1929</title>
                    <editor>Anna Test <email>anna@example.org</email></editor>
                </titleStmt>
                <publicationStmt>
                    <publisher>
                        <ref target="https://example.org">Exile Atlas</ref>
                    </publisher>
                    <idno type="url">https://example.org/cmif/letters.xml</idno>
                    <date when="2026-12-03T12:00:00Z"/>
                    <availability>
                        <licence target="https://creativecommons.org/licenses/by/4.0/">This file is licensed under the terms of the Creative Commons License CC-BY 4.0</licence>
                    </availability>
                </publicationStmt>
                <sourceDesc>
                    <bibl type="hybrid" xml:id="d3b07384-d9a0-4c9b-8f3e-1a2b3c4d5e6f">Leon Trotsky, Letters from Alma Ata, ed. X (2026), <ref target="https://example.org/edition">https://example.org/edition</ref></bibl>
                    <bibl type="print" xml:id="a0c1e2f3-0000-4000-8000-000000000001">Deutscher, The Prophet Unarmed (1959)</bibl>
                </sourceDesc>
            </fileDesc>
            <profileDesc>
                <correspDesc key="12" ref="https://example.org/letters/12" source="#d3b07384-d9a0-4c9b-8f3e-1a2b3c4d5e6f">
                    <correspAction type="sent">
                        <persName ref="http://d-nb.info/gnd/118623761 http://viaf.org/viaf/88964440">Trotzki, Leo</persName>
                        <placeName ref="http://www.geonames.org/1526384">Alma-Ata</placeName>
                        <date when="1928-05-07"/>
                    </correspAction>
                    <correspAction type="received">
                        <persName ref="https://d-nb.info/gnd/118597558">Radek, Karl</persName>
                        <persName ref="wd:Q334735" cert="low">Preobrazhensky, Evgeny</persName>
                        <placeName ref="gn:1526273" evidence="conjecture">Tobolsk</placeName>
                    </correspAction>
                </correspDesc>
                <correspDesc key="13" source="#a0c1e2f3-0000-4000-8000-000000000001">
                    <correspAction type="sent">
                        <orgName>Central Committee</orgName>
                        <persName>Stalin, J.</persName>
                        <placeName ref="http://www.geonames.org/524901/moscow.html">Moskau</placeName>
                        <date notBefore="1928-01-10" notAfter="1928-01-18" cert="low"/>
                    </correspAction>
                    <correspAction type="received">
                        <persName>Unknown</persName>
                    </correspAction>
                </correspDesc>
                <correspDesc key="14" source="#a0c1e2f3-0000-4000-8000-000000000001">
                    <correspAction type="sent">
                        <persName evidence="conjecture">Sosnovsky, Lev</persName>
                        <date from="1928-04" to="1928-10">April to October 1928</date>
                    </correspAction>
                    <correspAction type="received">
                        <orgName ref="http://viaf.org/viaf/12345/">the colonies</orgName>
                    </correspAction>
                </correspDesc>
                <correspDesc key="15" source="#a0c1e2f3-0000-4000-8000-000000000001">
                    <correspAction type="sent">
                        <persName>Rakovsky, Christian</persName>
                        <date when="1929"/>
                    </correspAction>
                    <correspAction type="received">
                        <persName>Unbekannt</persName>
                        <date notBefore="1929-02"/>
                    </correspAction>
                </correspDesc>
            </profileDesc>
        </teiHeader>
        <text>
            <body>
                <p/>
            </body>
        </text>
    </TEI>
    """

    /// The problems a text gives, or an empty list if it reads.
    func problems(_ text: String, file: String = "letters.xml") -> [DataProblem] {
        do {
            _ = try CMIFReader.read(data: Data(text.utf8), file: file)
            return []
        } catch {
            guard case let .invalidData(found) = error else { return [] }
            return found
        }
    }
    @Test func readsTheHeaderAndTheEditions() throws {
        let file = try CMIFReader.read(data: Data(Self.letters.utf8), file: "letters.xml")
        #expect(file.header.title == "Letters of the Left Opposition in exile, 1928-1929")
        #expect(file.header.editors == [CMIFEditor(name: "Anna Test", email: "anna@example.org")])
        #expect(file.header.publishers == ["Exile Atlas"])
        #expect(file.header.url == "https://example.org/cmif/letters.xml")
        #expect(file.header.licenceTarget == "https://creativecommons.org/licenses/by/4.0/")
        #expect(file.header.licence?.hasSuffix("CC-BY 4.0") == true)
        #expect(file.header.date == "2026-12-03T12:00:00Z")
        #expect(file.bibls.count == 2)
        #expect(file.bibls[0].kind == .hybrid)
        #expect(file.bibls[0].id == "d3b07384-d9a0-4c9b-8f3e-1a2b3c4d5e6f")
        #expect(file.bibls[0].ref == "https://example.org/edition")
        #expect(file.bibls[0].text == "Leon Trotsky, Letters from Alma Ata, ed. X (2026), https://example.org/edition")
        #expect(file.bibls[1].kind == .print)
        #expect(file.bibls[1].position == position(of: "<bibl type=\"print\"", in: Self.letters))
        #expect(file.notes.isEmpty)
    }

    @Test func readsSeveralAddresseesWithAuthorityURIs() throws {
        let file = try CMIFReader.read(data: Data(Self.letters.utf8), file: "letters.xml")
        #expect(file.letters.count == 4)
        let letter = file.letters[0]
        #expect(letter.key == "12")
        #expect(letter.ref == "https://example.org/letters/12")
        #expect(letter.source == "d3b07384-d9a0-4c9b-8f3e-1a2b3c4d5e6f")
        #expect(file.bibl(of: letter)?.kind == .hybrid)
        #expect(letter.position == position(of: "<correspDesc key=\"12\"", in: Self.letters))
        #expect(letter.senders.map(\.name) == ["Trotzki, Leo"])
        #expect(letter.senders[0].refs == ["http://d-nb.info/gnd/118623761", "http://viaf.org/viaf/88964440"])
        #expect(letter.sent?.places.map(\.name) == ["Alma-Ata"])
        #expect(letter.sent?.places.first?.geonameID == 1526384)
        #expect(letter.addressees.map(\.name) == ["Radek, Karl", "Preobrazhensky, Evgeny"])
        // https GND and the Linked Places prefix wd: become the canonical URIs.
        #expect(letter.addressees[0].refs == ["http://d-nb.info/gnd/118597558"])
        #expect(letter.addressees[1].refs == ["http://www.wikidata.org/entity/Q334735"])
        #expect(letter.addressees[1].isUncertain)
        #expect(!letter.addressees[0].isUncertain)
        #expect(letter.addressees[1].position == position(of: "<persName ref=\"wd:Q334735\"", in: Self.letters))
        let tobolsk = try #require(letter.received?.places.first)
        #expect(tobolsk.refs == ["http://www.geonames.org/1526273"])
        #expect(tobolsk.isConjecture)
        #expect(letter.date?.edtf == "1928-05-07")
        #expect(letter.date?.form == .exact)
        #expect(letter.received?.date == nil)
    }

    @Test func readsGroupsAndUnknownCorrespondents() throws {
        let file = try CMIFReader.read(data: Data(Self.letters.utf8), file: "letters.xml")
        let committee = file.letters[1]
        #expect(committee.senders.map(\.kind) == [.organisation, .person])
        #expect(committee.senders.map(\.name) == ["Central Committee", "Stalin, J."])
        #expect(committee.senders.allSatisfy { !$0.isUnknown && $0.refs.isEmpty })
        #expect(committee.sent?.places.first?.refs == ["http://www.geonames.org/524901"])
        #expect(committee.addressees.count == 1)
        #expect(committee.addressees[0].isUnknown)
        #expect(committee.addressees[0].name == "Unknown")
        #expect(file.letters[3].addressees[0].isUnknown)  // Unbekannt
        let colonies = file.letters[2].addressees[0]
        #expect(colonies.kind == .organisation)
        #expect(colonies.refs == ["http://viaf.org/viaf/12345"])
        #expect(file.letters[2].senders[0].isConjecture)
    }

    @Test func readsAPlaceWithoutANameAsAnUnknownCorrespondent() throws {
        let text = Self.letters.replacingOccurrences(of: "<persName>Unknown</persName>",
                                                     with: "<placeName ref=\"http://www.geonames.org/1526273\">Tobolsk</placeName>")
        let file = try CMIFReader.read(data: Data(text.utf8), file: "letters.xml")
        let addressees = file.letters[1].addressees
        #expect(addressees.count == 1)
        #expect(addressees.first?.isUnknown == true)
        #expect(addressees.first?.name == "")
        let action = position(of: "<correspAction type=\"received\">", in: text, after: "<correspDesc key=\"13\"")
        #expect(addressees.first?.position == action)
        #expect(file.notes.map { TextPosition(line: $0.line, column: $0.column) } == [action])
    }

    @Test func turnsEachDateFormIntoEDTF() throws {
        let file = try CMIFReader.read(data: Data(Self.letters.utf8), file: "letters.xml")
        // notBefore/notAfter with cert="low": one uncertain day somewhere in the interval.
        let between = try #require(file.letters[1].date)
        #expect(between.edtf == "1928-01-10?/1928-01-18?")
        #expect(between.form == .between)
        #expect(between.isUncertain)
        #expect(between.historicalDate?.earliest.iso == "1928-01-10")
        #expect(between.historicalDate?.latest.iso == "1928-01-18")
        // from/to: a period, with the date's human-readable text kept.
        let period = try #require(file.letters[2].date)
        #expect(period.edtf == "1928-04/1928-10")
        #expect(period.form == .period)
        #expect(period.text == "April to October 1928")
        #expect(period.historicalDate?.latest.iso == "1928-10-31")
        // A year, and a notBefore alone: open at its end.
        #expect(file.letters[3].date?.edtf == "1929")
        #expect(file.letters[3].received?.date?.edtf == "1929-02/..")
        #expect(file.letters[3].received?.date?.form == .between)
    }

    @Test func refusesDatesCMIFForbidsAtTheirAttribute() {
        for (value, advice) in [("1928-02-30", "not a date in the calendar"), ("02.1928", "write YYYY, YYYY-MM or YYYY-MM-DD"),
                                ("1928-13", "not a date in the calendar"), ("1928-2-3", "write YYYY, YYYY-MM or YYYY-MM-DD")] {
            let text = Self.letters.replacingOccurrences(of: "<date when=\"1929\"/>", with: "<date when=\"\(value)\"/>")
            let found = problems(text)
            #expect(found.count == 1, "\(value)")
            guard let problem = found.first else { continue }
            let expected = position(of: value, in: text, after: "<correspDesc key=\"15\"")
            #expect((problem.line, problem.column) == (expected.line, expected.column), "\(value)")
            #expect(problem.message.contains("when=\"\(value)\""))
            #expect(problem.message.contains(advice), "\(problem.message)")
            #expect(problem.description.hasPrefix("letters.xml:\(expected.line):\(expected.column): "))
        }
        // An interval that ends before it starts.
        let backwards = Self.letters.replacingOccurrences(of: "from=\"1928-04\" to=\"1928-10\"", with: "from=\"1928-10\" to=\"1928-04\"")
        let found = problems(backwards)
        #expect(found.count == 1)
        #expect(found.first?.line == position(of: "<date from=", in: backwards).line)
    }

    @Test func refusesATruncatedFileSayingWhatIsOpen() {
        let cut = String(Self.letters[..<Self.letters.range(of: "<persName>Rakovsky")!.upperBound])
        let found = problems(cut)
        #expect(found.count == 1)
        let problem = found[0]
        #expect(problem.message.contains("truncated"))
        #expect(problem.message.contains("<persName> (opened at \(position(of: "<persName>Rakovsky", in: cut)))"))
        #expect(problem.line == cut.filter { $0 == "\n" }.count + 1)
    }

    @Test func refusesWhatIsNotXMLOrNotTEI() {
        let notXML = problems("letter;sender;addressee\n1;Trotsky;Radek\n", file: "letters.csv")
        #expect(notXML.count == 1)
        #expect(notXML.first?.description.hasPrefix("letters.csv:1:1: this is not XML") == true)
        #expect(problems("   \n").first?.message.contains("empty") == true)

        let noNamespace = Self.letters.replacingOccurrences(of: "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", with: "<TEI>")
        let found = problems(noNamespace)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 1)
        #expect(found.first?.message.contains("not TEI's") == true)

        let otherNamespace = Self.letters.replacingOccurrences(of: "http://www.tei-c.org/ns/1.0", with: "http://example.org/tei")
        #expect(problems(otherNamespace).first?.message.contains("the namespace http://example.org/tei") == true)

        let mismatch = Self.letters.replacingOccurrences(of: "<persName>Stalin, J.</persName>", with: "<persName>Stalin, J.</orgName>")
        let broken = problems(mismatch)
        #expect(broken.count == 1)
        #expect(broken.first?.line == position(of: "Stalin", in: mismatch).line)
        #expect(broken.first?.message.contains("does not close <persName>") == true)
    }

    @Test func refusesATEIFileWithoutLetters() {
        let text = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title>A poem</title></titleStmt></fileDesc>
            <profileDesc><langUsage/></profileDesc></teiHeader>
          <text><body><correspDesc/></body></text>
        </TEI>
        """
        let found = problems(text, file: "poem.xml")
        #expect(found.map(\.description) == [
            "poem.xml:1:1: this TEI file is not CMIF: teiHeader/profileDesc holds no correspDesc; CMIF puts one correspDesc per letter there",
        ])
    }

    @Test func refusesAnEmptyActionAndADanglingSource() {
        var text = Self.letters.replacingOccurrences(of: "<persName>Unknown</persName>", with: "")
        text = text.replacingOccurrences(of: "<correspDesc key=\"14\" source=\"#a0c1e2f3-0000-4000-8000-000000000001\">",
                                         with: "<correspDesc key=\"14\" source=\"#no-such-bibl\">")
        let found = problems(text)
        #expect(found.count == 2)
        let empty = position(of: "<correspAction type=\"received\">", in: text, after: "<correspDesc key=\"13\"")
        #expect(found.contains { $0.line == empty.line && $0.column == empty.column && $0.message.contains("names no one and no place") })
        let dangling = position(of: "<correspDesc key=\"14\"", in: text)
        #expect(found.contains { $0.line == dangling.line && $0.column == dangling.column && $0.message.contains("#no-such-bibl") })
    }

    @Test func readsCMIF10AndNotesWhatItAdvisesAgainst() throws {
        // Shaped like example01_basic.xml: CMIF 1.0, cert="medium", a slug for bibl/@xml:id,
        // a received action without date, a forwarded action, a multi-line start tag.
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
            <teiHeader>
                <fileDesc>
                    <titleStmt><title>Exile letters</title><editor>Ed</editor></titleStmt>
                    <publicationStmt><publisher>P</publisher><idno type="url">https://example.org/a.xml</idno></publicationStmt>
                    <sourceDesc><bibl type="online" xml:id="deutscher">Deutscher</bibl></sourceDesc>
                </fileDesc>
                <profileDesc>
                    <correspDesc ref="http://example.org/A1" source="#deutscher">
                        <correspAction type="sent">
                            <persName ref="http://d-nb.info/gnd/118814044">Gänsbacher, Johann</persName>
                            <date notBefore="1810-07-11" notAfter="1810-07-18" cert="medium"/>
                        </correspAction>
                        <correspAction type="forwarded"><persName>Sedov, Lev</persName></correspAction>
                        <correspAction
                            type="received"><persName
                                ref="http://d-nb.info/gnd/118629662">Weber, Carl Maria von</persName><placeName ref="http://sws.geonames.org/2873891/">Mannheim</placeName></correspAction>
                    </correspDesc>
                </profileDesc>
            </teiHeader>
        </TEI>
        """
        let file = try CMIFReader.read(data: Data(text.utf8), file: "basic.xml")
        let letter = try #require(file.letters.first)
        #expect(letter.date?.edtf == "1810-07-11/1810-07-18")
        #expect(letter.date?.cert == "medium")
        #expect(letter.date?.isUncertain == false)
        #expect(letter.senders.map(\.name) == ["Gänsbacher, Johann"])
        #expect(letter.addressees.map(\.name) == ["Weber, Carl Maria von"])
        #expect(letter.addressees[0].position == position(of: "<persName\n", in: text))
        #expect(letter.received?.position == position(of: "<correspAction\n", in: text))
        #expect(letter.received?.places.first?.geonameID == 2873891)
        #expect(letter.actions.map(\.kind) == [.sent, .other("forwarded"), .received])
        #expect(file.notes.count == 2)
        #expect(file.notes.contains { $0.message.contains("not a UUID") && $0.line == 7 })
        #expect(file.notes.contains { $0.message.contains("type=\"forwarded\"") && $0.line == 15 })
    }

    @Test func recognisesTEIByContent() {
        #expect(CMIFReader.recognises(Data(Self.letters.utf8)))
        #expect(!CMIFReader.recognises(Data("{\"type\": \"FeatureCollection\"}".utf8)))
    }
}

/// Broken XML is refused at the parser's position, with what to do.
@Suite struct CMIFMalformedXMLTests {
    func problems(_ text: String) -> [DataProblem] {
        do { _ = try CMIFReader.read(data: Data(text.utf8), file: "x.xml"); return [] }
        catch { if case let .invalidData(found) = error { return found }; return [] }
    }

    @Test func namesTheCommonMistakes() {
        let tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
        let cases: [(String, Int, String)] = [
            ("\(tei)\n<p>Fish &amp; chips &nbsp;</p></TEI>", 2, "&nbsp;"),
            ("\(tei)\n<p>Fish & chips</p></TEI>", 2, "write &amp;"),
            ("\(tei)\n<p a=1/></TEI>", 2, "without quotes"),
            ("\(tei)\n<p a=\"1\" a=\"2\"/></TEI>", 2, "same attribute twice"),
            ("\(tei)</TEI>\n<TEI/>", 2, "after the end of the root element"),
            ("\(tei)\n<teiHeader><persName ref=\"http://d-nb", 2, "ends inside <teiHeader> (opened at 2:1)"),
        ]
        for (text, line, words) in cases {
            let found = problems(text)
            #expect(!found.isEmpty, "\(text)")
            #expect(found.first?.line == line, "\(text)")
            #expect(found.first?.message.contains(words) == true, "\(found)")
        }
    }
}

/// Every combination of CMIF's dating attributes has one EDTF reading.
@Suite struct CMIFDateFormTests {
    func edtf(_ attributes: [String: String]) -> String? {
        let date = CMIFDate(when: attributes["when"], from: attributes["from"], to: attributes["to"],
                            notBefore: attributes["notBefore"], notAfter: attributes["notAfter"], cert: attributes["cert"],
                            evidence: nil, text: nil, edtf: nil, form: nil, position: TextPosition(line: 1, column: 1))
        return CMIFDates.edtf(date).map(\.0)
    }

    @Test func mapsEachForm() {
        #expect(edtf(["when": "1928-05"]) == "1928-05")
        #expect(edtf(["when": "1928", "cert": "low"]) == "1928?")
        #expect(edtf(["when": "1928", "cert": "high"]) == "1928")
        #expect(edtf(["from": "1928-04", "to": "1928-10"]) == "1928-04/1928-10")
        #expect(edtf(["from": "1928-04"]) == "1928-04/")        // the period's end is unknown
        #expect(edtf(["to": "1928-10"]) == "/1928-10")
        #expect(edtf(["notBefore": "1928-04-01", "notAfter": "1928-04-09"]) == "1928-04-01/1928-04-09")
        #expect(edtf(["notBefore": "1928-04-01"]) == "1928-04-01/..")  // no latest possible day
        #expect(edtf(["notAfter": "1928-04-09", "cert": "low"]) == "../1928-04-09?")
        #expect(edtf([:]) == nil)
        for attributes in [["from": "1928-04"], ["to": "1928-10"], ["notBefore": "1928-04-01"], ["notAfter": "1928-04-09", "cert": "low"]] {
            let text = edtf(attributes)!
            #expect((try? HistoricalDate(parsing: text)) != nil, "\(text)")
        }
    }
}

/// Cut anywhere, a CMIF file is refused with a located problem, never read in part and
/// never a crash.
@Suite struct CMIFTruncationTests {
    @Test func everyCutIsRefused() {
        let bytes = Array(CMIFReaderTests.letters.utf8)
        let lineCount = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
        // Cuts inside the root element (after "<TEI", before "</TEI>").
        let text = CMIFReaderTests.letters
        let first = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: "<teiHeader>")!.lowerBound.samePosition(in: text.utf8)!)
        let cuts = Array(stride(from: first, to: bytes.count - 1, by: 37))
        #expect(cuts.count > 100)
        for cut in cuts {
            do {
                _ = try CMIFReader.read(data: Data(bytes[..<cut]), file: "cut.xml")
                Issue.record("a file cut at byte \(cut) was read")
            } catch {
                guard case let .invalidData(problems) = error, let problem = problems.first else { Issue.record("\(error)"); continue }
                #expect(problem.message.contains("truncated"), "cut at \(cut): \(problem)")
                #expect((1...lineCount).contains(problem.line) && problem.column >= 1, "cut at \(cut): \(problem)")
            }
        }
    }
}
