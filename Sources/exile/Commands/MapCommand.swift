import ArgumentParser
import ExileAtlas
import Foundation

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw journeys, places and letters on a map: SVG, or one self-contained HTML page (Leaflet).",
        discussion: """
            svg: a Lambert conformal conic projection fitted to what is drawn, the land \
            (Natural Earth 1:110m), a graticule, journey legs along their geodesics styled \
            by mode, places labelled by the names in use at the time (Pishpek-Frunze in \
            1928, Frunze in 1929), the correspondence as arcs weighted by the number of \
            messages (--network), a title, a legend and a scale bar true at the map's \
            centre. Each line and point has a tooltip with its dates and evidence.
            html: the same layers on a Leaflet map in one file that works offline: Leaflet \
            is inlined from Debian's libjs-leaflet when installed (else linked from \
            unpkg), the land is drawn from data, not tiles; popups give dates and \
            evidence, and a slider filters legs and letters by month.
            The format follows the --out extension (.svg, .html), or --format; without \
            --out the SVG goes to standard output. --during (shared with the network \
            commands) keeps the legs and exiles of a period as well as its letters, and \
            names the places as they were then; --journey and --during choose legs and \
            exiles as `exile export` does (see its help); --by stays place, as a map draws places. \
            An empty selection still gives a map, with a note that nothing was found.

            Examples:
              exile map --journey deportation-1928 --out deportation.svg
              exile map --journey Radek --format html --out radek.html
              exile map --journey trotsky --year 1929 --out expulsion.svg
              exile map --during 1929 --out 1929.html
              exile map --network --during 1928-04/1928-10 --out letters.svg
              exile map --journey expulsion-1929 --format html > expulsion.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, html }

    @Option(help: "The file to write: .svg or .html (default: SVG on standard output).")
    var out: String?

    @Option(help: "The map format (default: from the --out extension, else SVG).")
    var format: Format?

    @OptionGroup(title: "Selection") var selecting: SelectionOptions

    @Flag(help: "Draw the correspondence network: letters and contacts between places, as arcs weighted by count.")
    var network = false

    @OptionGroup var networkOptions: NetworkOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        _ = try chosenFormat()
        if networkOptions.by == .person {
            throw ValidationError("a map draws places: --by person does not apply; leave --by out")
        }
        try networkOptions.check()
    }

    /// --format, else the extension of --out, else SVG. A --format that contradicts the
    /// --out extension (`--out map.html --format svg`) is refused rather than writing SVG
    /// into a file a browser would open as HTML.
    func chosenFormat() throws -> Format {
        let named: Format? = out.flatMap { out in
            switch URL(fileURLWithPath: out).pathExtension.lowercased() {
            case "svg": return .svg
            case "html", "htm": return .html
            default: return nil
            }
        }
        if let format {
            if let named, let out, named != format {
                throw ValidationError("--format \(format.rawValue) contradicts \"\(out)\", which names \(named.rawValue): change the extension or leave --format out")
            }
            return format
        }
        guard let out else { return .svg }
        guard let named else {
            throw ValidationError("cannot tell the format of \"\(out)\": name it .svg or .html, or give --format")
        }
        return named
    }

    func run() throws {
        let atlas = try database.open()
        let period = try networkOptions.period()
        let index = try atlas.placeIndex(), people = try atlas.personNamesByID()

        let selection = try selecting.selection(atlas, during: period)
        let selected = selection.journey

        let layers = MapLayers(
            title: title(journey: selected, of: try selection.journeys ?? atlas.journeys(), period: period),
            names: index, itineraries: try atlas.itineraries(selection),
            // The colonies of the period; with --journey, the travellers' own.
            exiles: try atlas.exiles(selection),
            people: people,
            network: network ? try networkOptions.build(atlas) : nil,
            letters: network ? try atlas.allLetters() : [], contacts: network ? try atlas.contacts() : [],
            period: period, nameDate: period ?? selected?.period)

        let url = out.map { URL(fileURLWithPath: $0) }
        switch try chosenFormat() {
        case .svg:
            try OutputFile.write(SVGMap.document(layers), to: url)
        case .html:
            let html = try HTMLMap.document(layers, leaflet: LeafletSource.installed() ?? .cdn)
            try OutputFile.write(Data(html.utf8), to: url)
        }
    }

    /// The journey's title and dates, else what is drawn and the period (asked for, or the
    /// years the journeys span).
    private func title(journey: Journey?, of journeys: [Journey], period: HistoricalDate?) -> String {
        if let journey { return "\(journey.title), \(journey.period.edtf)" }
        let what = "Exile Atlas: journeys, exiles" + (network ? " and letters" : "")
        if let period { return "\(what), \(period.edtf)" }
        let years = journeys.flatMap { [$0.period.earliest, $0.period.latest] }
            .filter { $0 != .distantPast && $0 != .distantFuture }.map(\.year)
        guard let first = years.min(), let last = years.max() else { return what }
        return "\(what), \(first == last ? "\(first)" : "\(first)-\(last)")"
    }
}
