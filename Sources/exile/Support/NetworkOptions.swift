import ArgumentParser
import ExileAtlas

/// How to build the correspondence network: shared by `hubs` and `network`.
struct NetworkOptions: ParsableArguments {
    @Option(help: "What a node stands for (default: place).")
    var by: NetworkMode?

    @OptionGroup var filter: NetworkFilterOptions

    /// The --during date or interval, as typed.
    var during: String? { filter.during }
    /// Whether --letters-only leaves out contacts and relays.
    var lettersOnly: Bool { filter.lettersOnly }

    func check() throws { try filter.check() }

    /// The --during period, if given.
    func period() throws -> HistoricalDate? { try filter.period() }

    /// The mode asked for, place when none was.
    var mode: NetworkMode { by ?? .place }

    /// The network from the atlas, as asked (or in `mode` when given).
    func build(_ atlas: Atlas, mode: NetworkMode? = nil) throws -> CorrespondenceGraph {
        try load(atlas, mode: mode).network
    }

    /// The network and the letters and contacts it was built from, to name the records behind
    /// its edges and show their evidence.
    func load(_ atlas: Atlas, mode: NetworkMode? = nil) throws -> (network: CorrespondenceGraph, ties: TieRecords) {
        let ties = TieRecords(letters: try atlas.allLetters(), contacts: try atlas.contacts())
        let network = CorrespondenceGraph(letters: ties.letters, contacts: ties.contacts,
                                          exiles: try atlas.exiles(), tallies: try atlas.tallies(), people: try atlas.people(),
                                          by: mode ?? self.mode, during: try period(), includeContacts: !lettersOnly,
                                          placement: try atlas.placement())
        return (network, ties)
    }
}

/// The letters and contacts behind a network's edges, by id: the graph says which ones
/// (`CorrespondenceGraph.Edge.letterIDs`, `sources(of:)`); these name them and give their
/// evidence.
struct TieRecords {
    let letters: [Letter]
    let contacts: [Contact]
    private let lettersByID: [String: Letter]
    private let contactsByID: [String: Contact]

    init(letters: [Letter], contacts: [Contact]) {
        self.letters = letters
        self.contacts = contacts
        lettersByID = Dictionary(letters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        contactsByID = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The records as entities named by kind and date ("letter 1928-07-14", "contact 1928").
    func entities(letterIDs: [String], contactIDs: [String]) -> [Cell] {
        letterIDs.map { id in lettersByID[id].map { Describe.tie(id: id, kind: $0.kind.rawValue, date: $0.date) } ?? .entity(id: id, name: id) }
            + contactIDs.map { id in
                contactsByID[id].map { Describe.tie(id: id, kind: TieKind($0).name, date: $0.period) } ?? .entity(id: id, name: id)
            }
    }

    /// Each record's evidence (source, locator, quote), about that record.
    func evidence(letterIDs: [String], contactIDs: [String]) -> [Cell] {
        let about = entities(letterIDs: letterIDs, contactIDs: contactIDs)
        let evidence = letterIDs.map { lettersByID[$0]?.evidence } + contactIDs.map { contactsByID[$0]?.evidence }
        return zip(evidence, about).compactMap { evidence, about in evidence.map { .evidence($0, about: about) } }
    }
}

/// Which letters and contacts make the network: `--during` and `--letters-only`, apart from
/// `--by` so that `exile map` can give `--by` its own values.
struct NetworkFilterOptions: ParsableArguments {
    @Option(help: "Only letters and contacts overlapping this EDTF date or interval (1928-04/1928-10).")
    var during: String?

    @Flag(help: "Letters only: leave out the regular contacts and relays.")
    var lettersOnly = false

    func check() throws {
        if let during { _ = try ExilesCommand.date(during, option: "--during") }
    }

    /// The --during period, if given.
    func period() throws -> HistoricalDate? {
        try during.map { try ExilesCommand.date($0, option: "--during") }
    }
}

extension NetworkMode: ExpressibleByArgument {}

/// Display names for nodes, which may be people or places.
struct NetworkNames {
    let people: [String: String]
    let places: PlaceIndex

    init(atlas: Atlas) throws {
        people = try atlas.personNamesByID()
        places = try atlas.placeIndex()
    }

    func label(_ node: String) -> String {
        people[node] ?? places.places[node]?.name ?? node
    }
}

/// Wording shared by the network commands.
enum NetworkText {
    /// The sources' own totals for a node as cells: `{"direction": "sent", "item": "political
    /// letter", "count": {"min": 800, "max": 800}, "period": {...}}`, a range where the
    /// source gives one ("between 6,000 and 8,000").
    static func talliesCell(_ tallies: [Tally]) -> Cell {
        .list(tallies.filter { $0.direction != .other }.map { tally in
            .object([("direction", .text(tally.direction.rawValue)), ("item", .text(tally.item)),
                     ("count", .range(Double(tally.count), Double(tally.countMax ?? tally.count), decimals: 0)),
                     ("period", .date(tally.period))],
                    display: "\(tally.direction.rawValue) \(tally.count) \(tally.item)")
        }, itemKeys: tallyKeys)
    }

    /// The members of a tally.
    static let tallyKeys = ["direction", "item"] + Cell.rangeKeys.map { "count." + $0 } + Cell.dateKeys.map { "period." + $0 }

    /// A tally's evidence, about the tally ("tally 1928-04/1928-10").
    static func tallyEvidence(_ tallies: [Tally]) -> [Cell] {
        tallies.filter { $0.direction != .other }.map { tally in
            .evidence(tally.evidence, about: .entity(id: tally.id, name: "tally \(tally.period.edtf)"))
        }
    }

    /// "sent 800 political letters, 550 telegrams; received 1,000 letters, 700 telegrams
    /// (1928-04/1928-10)": the sources' own totals for a node.
    static func tallies(_ tallies: [Tally]) -> String? {
        let counted = tallies.filter { $0.direction != .other }
        guard !counted.isEmpty else { return nil }
        let byPeriod = Dictionary(grouping: counted) { $0.period.edtf }
        return byPeriod.keys.sorted().map { period in
            let parts = [Tally.Direction.sent, .received].compactMap { direction -> String? in
                let items = byPeriod[period]!.filter { $0.direction == direction }
                guard !items.isEmpty else { return nil }
                return direction.rawValue + " " + items.map { tally in
                    let count = tally.countMax.map { "\(grouped(tally.count))-\(grouped($0))" } ?? grouped(tally.count)
                    return "\(count) \(tally.item)\(tally.count == 1 || tally.item.hasSuffix("s") ? "" : "s")"
                }.joined(separator: ", ")
            }
            return parts.joined(separator: "; ") + " (\(period))"
        }.joined(separator: "; ")
    }

    /// 1000 → "1,000".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }

    /// What was counted and what was left out, for the notes under a table.
    static func coverage(_ network: CorrespondenceGraph, names: NetworkNames) -> [String] {
        let coverage = network.coverage
        var notes = [counted(coverage.messages, "documented message") + " and "
            + counted(coverage.contacts, "contact or relay", "contacts or relays") + "; "
            + counted(network.graph.nodeCount, "node") + ", " + counted(network.graph.edgeCount, "edge")]
        if coverage.multiParty > 0 {
            notes.append("\(coverage.multiParty) of the messages \(coverage.multiParty == 1 ? "has" : "have") several senders or addressees: each counts once for "
                + "every pair of sender and addressee \(network.mode == .person ? "people" : "places") (\(coverage.pairs) in all)")
        }
        notes.append(network.includesContacts
            ? "the measures run on messages, contacts and relay hops together, each counting 1 (--letters-only for messages alone)"
            : "the measures run on the messages alone (--letters-only): contacts and relays are left out")
        if coverage.selfLoops > 0 {
            notes.append(counted(coverage.selfLoops, "message or contact goes", "messages or contacts go") + " from a node to itself (self-loops, such as a letter "
                + "within one town): they are counted apart, in no count in or out, and left out of the measures")
        }
        if let during = network.during {
            notes.append("period \(during.edtf): \(counted(coverage.partlyInside, "loosely dated message that only overlaps it is", "loosely dated messages that only overlap it are")) counted; \(counted(coverage.undated, "undated one is", "undated ones are")) not")
        }
        if coverage.unplaced > 0 {
            notes.append("\(counted(coverage.unplaced, "message whose sender or recipient has no known place is", "messages whose sender or recipient has no known place are")) not counted")
        }
        if coverage.batches > 0 {
            notes.append(counted(coverage.batches, "counted row stands", "counted rows stand") + " for several or many messages and count"
                + (coverage.batches == 1 ? "s once" : " once each"))
        }
        if network.mode == .person {
            let kinds = Dictionary(grouping: network.graph.nodes, by: network.kind(of:))
            let places = kinds[.place]?.count ?? 0, groups = kinds[.group]?.count ?? 0
            if places + groups > 0 {
                notes.append("by person, " + counted(groups, "group acting", "groups acting") + " as one and "
                    + counted(places, "place standing", "places standing") + " for the unnamed "
                    + "people there are nodes too; the kind column marks them")
            }
        }
        return notes
    }
}
