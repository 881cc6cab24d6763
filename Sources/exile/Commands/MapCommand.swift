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
            --reach PLACE draws 'exile reach' on a map: every place the links open on the \
            date (--on) reach from PLACE, coloured by band of days (< 1, 1-3, 3-5, 5-7, \
            7-10, > 10; --by distance: bands of km), the origin ringed, the places the open \
            links do not reach hollow and grey, and the last link of each route drawn thin; \
            the legend states the bands, the date, the criterion, and that days are the \
            hours at the mode speeds divided by 24. A reach map is drawn on its own: \
            --journey, --year, --network, --during and --letters-only do not apply to it.

            Examples:
              exile map --journey deportation-1928 --out deportation.svg
              exile map --journey Radek --format html --out radek.html
              exile map --journey trotsky --year 1929 --out expulsion.svg
              exile map --during 1929 --out 1929.html
              exile map --network --during 1928-04/1928-10 --out letters.svg
              exile map --journey expulsion-1929 --format html > expulsion.html
              exile map --reach "Alma Ata" --on 1928-06 --out reach-1928.svg
              exile map --reach "Alma Ata" --on 1928-06 --by distance --avoid river --out reach.html
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

    /// `--by`: a network's nodes (place; person is refused), or what a reach minimises.
    enum Measure: String, ExpressibleByArgument, CaseIterable { case place, person, time, distance }

    @Option(help: "What the network's nodes stand for (a map draws places), or with --reach what the routes minimise (default: the fastest).")
    var by: Measure?

    @OptionGroup var letters: NetworkFilterOptions

    @Option(help: ArgumentHelp("Draw how far every place was from this place, over the links open on the --on date.", valueName: "place"))
    var reach: String?

    @Option(help: "With --reach: use only links open at this EDTF date (default: all links).")
    var on: String?

    @Option(help: "With --reach: use only these modes, comma-separated (rail,road,...); repeat to add more.")
    var modes: [String] = []

    @Option(help: "With --reach: never use these modes, comma-separated; repeat to add more.")
    var avoid: [String] = []

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        _ = try chosenFormat()
        if by == .person {
            throw ValidationError("a map draws places: --by person does not apply; leave --by out")
        }
        if reach != nil {
            let others = [selecting.journey != nil ? "--journey" : nil, selecting.year != nil ? "--year" : nil,
                          network ? "--network" : nil, letters.during != nil ? "--during" : nil, letters.lettersOnly ? "--letters-only" : nil,
                          by == .place ? "--by place" : nil].compactMap { $0 }
            if !others.isEmpty {
                throw ValidationError("--reach draws one place's reach on its own map: leave out \(others.joined(separator: ", ")), or draw them in a second map")
            }
            _ = try TransportFilter(on: on, modes: modes, avoid: avoid)
        } else {
            let reachOnly = [on != nil ? "--on" : nil, !modes.isEmpty ? "--modes" : nil, !avoid.isEmpty ? "--avoid" : nil,
                             by == .time || by == .distance ? "--by \(by!.rawValue)" : nil].compactMap { $0 }
            if !reachOnly.isEmpty {
                throw ValidationError("\(reachOnly.joined(separator: ", ")) \(reachOnly.count == 1 ? "goes" : "go") with --reach PLACE: give --reach, or leave \(reachOnly.count == 1 ? "it" : "them") out")
            }
        }
        try letters.check()
    }

    /// The network's options, as `exile network` takes them (nodes are places).
    private func networkOptions() throws -> NetworkOptions {
        var options = try NetworkOptions.parse([])
        options.filter = letters
        return options
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
        let layers: MapLayers
        if let reach {
            layers = try reachLayers(reach, atlas: atlas)
        } else {
            layers = try selectionLayers(atlas)
        }
        let url = out.map { URL(fileURLWithPath: $0) }
        switch try chosenFormat() {
        case .svg:
            try OutputFile.write(SVGMap.document(layers), to: url)
        case .html:
            let html = try HTMLMap.document(layers, leaflet: LeafletSource.installed() ?? .cdn)
            try OutputFile.write(Data(html.utf8), to: url)
        }
    }

    /// The reach of one place on a date: the planner's answer (`exile reach`), banded.
    private func reachLayers(_ name: String, atlas: Atlas) throws -> MapLayers {
        let origin = try Resolve.place(name, in: atlas)
        let filter = try TransportFilter(on: on, modes: modes, avoid: avoid), date = filter.date
        let index = try atlas.placeIndex()
        let criterion: RoutePlanner.Criterion = by == .distance ? .distance : .time
        let found: RoutePlanner.Reach
        switch try atlas.routePlanner().reach(from: origin, on: date, modes: filter.only, avoiding: filter.avoiding, by: criterion) {
        case let .success(reach): found = reach
        case let .failure(failure):
            throw CLIError(PlanText.failure(failure, index: index, from: origin, restricted: filter.restricted))
        }
        let reach = ReachLayer(found, names: index, on: date, by: criterion, speeds: try atlas.modeSpeeds())
        var layers = MapLayers(title: reach.caption, names: index, itineraries: [], network: nil, nameDate: date)
        layers.reach = reach
        let unlocated = found.routes.count + found.unreachable.count - reach.places.count - reach.unreachable.count
        layers.notes = [
            "\(reach.places.count) place\(reach.places.count == 1 ? "" : "s") reached"
                + (found.unreachable.isEmpty ? "" : ", \(found.unreachable.count) out of reach")
                + (unlocated > 0 ? "; \(unlocated) without a coordinate not drawn" : ""),
        ]
        if reach.origin == nil { layers.notes.append("\(reach.originName) has no coordinate: not drawn") }
        return layers
    }

    /// Journeys, exiles and letters, as the selection options choose them.
    private func selectionLayers(_ atlas: Atlas) throws -> MapLayers {
        let networkOptions = try networkOptions()
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
        return layers
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
