import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// GEXF 1.3 of the correspondence network, for Gephi: a dynamic graph whose edges live in
/// the days their letters were written.
///
/// Time is written as intervals (`timerepresentation="interval"`, days as `xsd:date`), chosen
/// once for the whole file because most letters are dated to a span (`1928-05`, or "between
/// 17 and 21 January"), not a day. An edge's spells are the union of its letters' and
/// contacts' date ranges, merged where they overlap (Gephi refuses overlapping spells on one
/// element). An edge none of whose messages is dated has no spells, which Gephi reads as
/// "present throughout". Nodes are static.
///
/// Nodes carry `kind`, `place`, `latitude` and `longitude` attributes and a `viz:position`
/// of longitude, latitude, so Gephi's Geo Layout (or the positions as they stand) draws a
/// map; edges carry `weight` (all messages) and an integer count per kind.
///
/// ```swift
/// let data = GEXF.document(network, node: { nodes.describe($0, during: nil) },
///                          letters: letters, contacts: contacts, created: Date())
/// ```
public enum GEXF {
    /// The network as a GEXF 1.3 document, each edge's spells read from the dates of the
    /// letters and contacts behind it.
    ///
    /// ```swift
    /// let data = GEXF.document(network, node: { nodes.describe($0, during: nil) },
    ///                          letters: try atlas.allLetters(), contacts: try atlas.contacts(), created: Date())
    /// ```
    ///
    /// - Parameters:
    ///   - network: The correspondence network.
    ///   - describe: The description of each node.
    ///   - letters: The letters the network may hold (at least those behind its edges).
    ///   - contacts: The contacts and relays it may hold.
    ///   - created: The `lastmodifieddate` of the meta block.
    public static func document(_ network: CorrespondenceGraph, node describe: (String) -> NetworkNode,
                                letters: [Letter], contacts: [Contact], created: Date) -> Data {
        let dates = messageDates(letters: letters, contacts: contacts)
        return document(network, node: describe, period: { dates[$0] }, created: created)
    }

    /// The date of each letter and dated contact, by id: the table an edge's spells are read from.
    ///
    /// ```swift
    /// GEXF.messageDates(letters: letters, contacts: [])["l-1928-01-25"]?.edtf  // "1928-01-25"
    /// ```
    static func messageDates(letters: [Letter], contacts: [Contact]) -> [String: HistoricalDate] {
        var dates: [String: HistoricalDate] = [:]
        for letter in letters { dates[letter.id] = letter.date }
        for contact in contacts { dates[contact.id] = contact.period }
        return dates
    }

    /// The network as a GEXF 1.3 document.
    /// - Parameters:
    ///   - network: the correspondence network.
    ///   - describe: the description of each node.
    ///   - period: the date of a letter or contact, by id (nil when undated).
    ///   - created: the `lastmodifieddate` of the meta block.
    public static func document(_ network: CorrespondenceGraph, node describe: (String) -> NetworkNode,
                                period: (String) -> HistoricalDate?, created: Date) -> Data {
        // No xsi:schemaLocation: the GEXF 1.3 RELAX NG allows no attribute but version and
        // variant on <gexf>, and the XSD it would point at puts viz elements in the GEXF
        // namespace, unlike the primer and the RELAX NG (docs/exports.md, "Validation").
        let root = XMLElement("gexf", [
            "xmlns": "http://gexf.net/1.3", "xmlns:viz": "http://gexf.net/1.3/viz", "version": "1.3",
        ])
        let meta = root.add("meta", ["lastmodifieddate": ExportDate.day(created)])
        meta.add("creator", text: "Exile Atlas")
        meta.add("description", text: "Correspondence network by \(network.mode.rawValue)"
                 + (network.during.map { ", \($0.edtf)" } ?? "") + "; edge spells are the dates of the messages")
        let graph = root.add("graph", ["mode": "dynamic", "defaultedgetype": "directed",
                                       "timeformat": "date", "timerepresentation": "interval"])
        let nodeAttributes = graph.add("attributes", ["class": "node", "mode": "static"])
        for (id, type) in [("kind", "string"), ("place", "string"), ("latitude", "double"), ("longitude", "double"),
                           ("identification", "string")] {
            nodeAttributes.add("attribute", ["id": id, "title": id, "type": type])
        }
        let edgeAttributes = graph.add("attributes", ["class": "edge", "mode": "static"])
        for kind in network.kinds {
            edgeAttributes.add("attribute", ["id": "count_\(kind)", "title": "count_\(kind)", "type": "integer"])
        }

        let nodes = graph.add("nodes", ["count": "\(network.graph.nodeCount)"])
        for id in network.graph.nodes {
            let node = describe(id)
            let element = nodes.add("node", ["id": id, "label": node.label])
            let values = element.add("attvalues")
            values.add("attvalue", ["for": "kind", "value": node.kind.rawValue])
            if let place = node.placeName { values.add("attvalue", ["for": "place", "value": place]) }
            if let coordinate = node.coordinate {
                values.add("attvalue", ["for": "latitude", "value": "\(coordinate.latitude)"])
                values.add("attvalue", ["for": "longitude", "value": "\(coordinate.longitude)"])
                element.add("viz:position", ["x": "\(coordinate.longitude)", "y": "\(coordinate.latitude)", "z": "0.0"])
            }
            if node.isUncertain { values.add("attvalue", ["for": "identification", "value": "uncertain"]) }
        }

        let edges = graph.add("edges", ["count": "\(network.edges.count)"])
        for (index, edge) in network.edges.enumerated() {
            let element = edges.add("edge", ["id": "e\(index + 1)", "source": edge.from, "target": edge.to,
                                             "weight": "\(Double(edge.weight))"])
            let values = element.add("attvalues")
            for (kind, count) in edge.counts.sorted(by: { $0.key < $1.key }) {
                values.add("attvalue", ["for": "count_\(kind)", "value": "\(count)"])
            }
            let spells = mergedSpells(edge.sources.compactMap(period))
            if !spells.isEmpty {
                let list = element.add("spells")
                for spell in spells {
                    list.add("spell", ["start": spell.start?.iso, "end": spell.end?.iso])
                }
            }
        }
        return XMLWriting.data(root)
    }

    /// A span of days; nil for an open end.
    struct Spell: Equatable {
        var start: Day?
        var end: Day?
    }

    /// The dates' day ranges, merged where they overlap or touch, in order.
    static func mergedSpells(_ dates: [HistoricalDate]) -> [Spell] {
        let ranges = dates.map { ($0.earliest, $0.latest) }.sorted { $0.0 < $1.0 }
        var merged: [(Day, Day)] = []
        for (start, end) in ranges {
            if let last = merged.last, start.dayNumber <= last.1.dayNumber + 1 {
                merged[merged.count - 1].1 = max(last.1, end)
            } else {
                merged.append((start, end))
            }
        }
        return merged.map { Spell(start: $0.0 == .distantPast ? nil : $0.0, end: $0.1 == .distantFuture ? nil : $0.1) }
    }
}
