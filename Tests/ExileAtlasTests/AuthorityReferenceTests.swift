import Testing
@testable import ExileAtlas

/// Authority references in the forms CMIF files and Linked Places write them come to one
/// canonical URI each.
@Suite struct AuthorityReferenceTests {
    @Test func normalisesTheFormsFilesUse() {
        let cases: [(String, String)] = [
            ("http://d-nb.info/gnd/118623761", "http://d-nb.info/gnd/118623761"),
            ("https://d-nb.info/gnd/118623761/about/html", "http://d-nb.info/gnd/118623761"),
            ("gnd:4005728-8", "http://d-nb.info/gnd/4005728-8"),
            ("http://d-nb.info/gnd/11855073X", "http://d-nb.info/gnd/11855073X"),
            ("http://viaf.org/viaf/59894734/", "http://viaf.org/viaf/59894734"),
            ("https://www.wikidata.org/wiki/Q33391", "http://www.wikidata.org/entity/Q33391"),
            ("wd:Q35493", "http://www.wikidata.org/entity/Q35493"),
            ("http://www.geonames.org/2657780/abingdon.html", "http://www.geonames.org/2657780"),
            ("https://sws.geonames.org/1526384/", "http://www.geonames.org/1526384"),
            ("gn:1528675", "http://www.geonames.org/1528675"),
            ("geonames:524901", "http://www.geonames.org/524901"),
            ("tgn:7011944", "http://vocab.getty.edu/tgn/7011944"),
            ("http://id.loc.gov/authorities/names/n79018859", "http://id.loc.gov/authorities/names/n79018859"),
            // Not a known authority, or not an id of one: kept as written.
            ("http://mygaz.org/places/p_9876", "http://mygaz.org/places/p_9876"),
            ("http://www.geonames.org/ontology#P", "http://www.geonames.org/ontology#P"),
            (" urn:exile-atlas:place:alma-ata ", "urn:exile-atlas:place:alma-ata"),
        ]
        for (written, canonical) in cases {
            #expect(AuthorityReference.normalise(written) == canonical, "\(written)")
        }
        #expect(AuthorityReference("wd:Q35493")?.authority == .wikidata)
        #expect(AuthorityReference("gn:1528675")?.geonameID == 1528675)
        #expect(AuthorityReference("wd:Q35493")?.geonameID == nil)
        #expect(AuthorityReference("wd:35493") == nil)
    }
}
