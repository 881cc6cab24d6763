import ArgumentParser
import ExileAtlas
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the atlas for other tools: GeoJSON and KML (maps), GEXF, GraphML and DOT (networks), CMIF (correspSearch), LPF (World Historical Gazetteer), CSV (Palladio).",
        discussion: """
            --journey (an id, or a traveller's name, with --year) and --during choose the \
            legs, exiles and letters, as they do for `exile map`: legs whose dates overlap \
            the period (an undated leg goes by its journey's period), exiles overlapping it \
            (with --journey, the travellers' own), letters dated within or across it (with \
            --journey, those a traveller sent or received).
            Maps (places are all written):
              geojson  RFC 7946, for QGIS and web maps: places as Points with their names \
            over time, exiles and evidence; legs as LineStrings along the geodesic, split at \
            the antimeridian; longitude, latitude, 7 decimals.
              kml      KML 2.2, for Google Earth: folders of places, exiles and journeys, \
            dated with TimeSpan and TimeStamp for the time slider, legs coloured by mode.
            The correspondence network (--by person or place, --during, --letters-only):
              gexf     GEXF 1.3, for Gephi: dynamic, each edge living in its letters' dates \
            (intervals); node kind, place and coordinates (Geo Layout); weight and count \
            per kind.
              graphml  GraphML 1.1, for NetworkX, igraph, Gephi and yEd: the same, static.
              dot      Graphviz.
            Letters and places:
              cmif     CMIF 1.0 (TEI correspDesc), for correspSearch: every dated letter \
            with sender, addressee, places (GeoNames URIs), dates mapped from EDTF, its \
            source as bibl and a licence; see --publisher, --url and --licence.
              lpf      Linked Places Format 1.2.2, for the World Historical Gazetteer: \
            places with dated names, geometry with citations, links to GeoNames and Wikidata.
              csv      Palladio: letters.csv and exiles.csv written into the --out folder \
            (--journey and --during choose the rows).
            Writes to --out, or to standard output; a file that exists is replaced.

            Examples:
              exile export geojson --out atlas.geojson
              exile export kml --journey deportation-1928 --out 1928.kml
              exile export geojson --journey trotsky --during 1928-01-25
              exile export gexf --by person --out letters.gexf
              exile export cmif --publisher "My project" --url https://example.org/letters.xml --out letters.xml
              exile export lpf --out places.lpf.json
              exile export csv --during 1928-04/1928-10 --out palladio/
              exile export dot --by person --during 1928-04/1928-10 | dot -Tsvg > network.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case geojson, kml, gexf, graphml, dot, cmif, lpf, csv
    }

    @Argument(help: "The format to write (docs/exports.md describes each).")
    var format: Format

    @Option(help: "The file to write (a folder for csv; default: standard output).")
    var out: String?

    @OptionGroup(title: "Selection (geojson, kml, csv, cmif)") var selecting: SelectionOptions

    @OptionGroup var network: NetworkOptions

    @OptionGroup(title: "CMIF and LPF options") var publication: PublicationOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if format == .csv && out == nil { throw ValidationError("csv writes two tables into a folder: give it with --out") }
        if selecting.journey != nil && !Self.journeyFormats.contains(format) {
            throw ValidationError("--journey applies to geojson, kml, csv and cmif; \(format.rawValue) does not take journeys")
        }
        try network.check()
        if format == .cmif {
            guard let url = publication.url else {
                throw ValidationError("cmif needs --url: a CMIF file exists to be harvested from its public address; give the URL you will publish it at, such as --url https://example.org/letters.xml")
            }
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw ValidationError("--url \(url) is not a web address; give the http(s) URL you will publish the CMIF file at")
            }
        }
    }

    func run() throws {
        let atlas = try database.open()
        let during = try network.period()
        let selection = try selecting.selection(atlas, during: during)
        switch format {
        case .geojson, .kml:
            let itineraries = try atlas.itineraries(selection), exiles = try atlas.exiles(selection)
            let places = try atlas.placeIndex(), people = try atlas.personNamesByID()
            try write(format == .kml
                ? KML.document(places: places, exiles: exiles, people: people, itineraries: itineraries)
                : GeoJSON.document(places: places, exiles: exiles, people: people, itineraries: itineraries) + Data("\n".utf8))
        case .dot:
            let names = try NetworkNames(atlas: atlas)
            try write(Data(DOT.document(try network.build(atlas), label: names.label).utf8))
        case .graphml:
            let graph = try network.build(atlas), nodes = try networkNodes(atlas)
            try write(GraphML.document(graph, node: { nodes.describe($0, during: during) }))
        case .gexf:
            let graph = try network.build(atlas), nodes = try networkNodes(atlas)
            try write(GEXF.document(graph, node: { nodes.describe($0, during: during) },
                                    letters: try atlas.allLetters(), contacts: try atlas.contacts(), created: ExportDate.now()))
        case .cmif:
            try cmif(atlas, selection: selection)
        case .lpf:
            let dates = try atlas.placeDates()
            try write(LinkedPlaces.document(places: atlas.placeIndex(), sources: atlas.sources(),
                                            base: publication.baseURI, dates: dates.dates(at:), routes: dates.routes(at:)))
        case .csv:
            let folder = try OutputFile.folder(out!)
            let placement = try atlas.placement()
            let tables = PalladioCSV.tables(letters: selection.letters(try atlas.allLetters()), exiles: try atlas.exiles(selection),
                                            places: try atlas.placeIndex(), people: try atlas.personNamesByID(),
                                            placement: { placement.place(of: $1, in: $0) })
            for table in tables {
                try write(Data(table.text.utf8), to: folder.appendingPathComponent(table.fileName))
            }
        }
    }

    /// The formats that write legs, exiles or letters outside the network, so take --journey.
    static let journeyFormats: [Format] = [.geojson, .kml, .csv, .cmif]

    private func write(_ data: Data, to url: URL? = nil) throws {
        try OutputFile.write(data, to: url ?? out.map { URL(fileURLWithPath: $0) })
    }

    private func networkNodes(_ atlas: Atlas) throws -> NetworkNodes {
        NetworkNodes(places: try atlas.placeIndex(), people: try atlas.people(), exiles: [], placement: try atlas.placement())
    }

    private func cmif(_ atlas: Atlas, selection: Selection) throws {
        let letters = selection.letters(try atlas.allLetters())
        let placement = try atlas.placement()
        let people = Dictionary(try atlas.people().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let url = publication.url!   // validate() requires it
        let header = CMIF.Header(title: publication.title ?? "Exile Atlas: letters of the exiles",
                                 editor: publication.editor, email: publication.email,
                                 publisher: publication.publisher, url: url, licence: publication.licence,
                                 created: ExportDate.now())
        try write(CMIF.document(letters: letters, people: people, places: atlas.placeIndex(), sources: atlas.sources(),
                                authorities: atlas.authorityIDs(), place: { placement.place(of: $1, in: $0) }, header: header))
        let undated = letters.count - CMIF.dated(letters).count
        if undated > 0 {
            FileHandle.standardError.write(Data("note: \(undated) undated messages are left out; CMIF indexes letters by date\n".utf8))
        }
    }
}

/// What a CMIF or LPF file says about itself.
struct PublicationOptions: ParsableArguments {
    @Option(help: "cmif: the title of the letter index.")
    var title: String?

    @Option(help: "cmif: the contact person.")
    var editor = "Exile Atlas"

    @Option(help: "cmif: the contact person's e-mail.")
    var email: String?

    @Option(help: "cmif: who publishes the data (the originator under CC-BY).")
    var publisher = "Exile Atlas"

    @Option(help: "cmif (required): the public URL the file will be harvested from, such as https://example.org/letters.xml.")
    var url: String?

    @Option(help: "cmif: the licence, CC-BY 4.0 or CC0, as correspSearch accepts.")
    var licence: CMIF.Licence = .ccBy

    @Option(name: .customLong("base-uri"), help: "lpf: the prefix of each place's @id.")
    var baseURI = "urn:exile-atlas:place:"
}

extension CMIF.Licence: ExpressibleByArgument {}
