import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// GraphML 1.1 of the correspondence network, written with FoundationXML (which escapes):
/// typed keys for node label, kind, place and coordinates (so a geographic layout works) and
/// for each edge's total weight and count per kind.
///
/// ```swift
/// let data = GraphML.document(network, node: { nodes.describe($0, during: network.during) })
/// ```
public enum GraphML {
    /// The network as a GraphML document.
    public static func document(_ network: CorrespondenceGraph, node describe: (String) -> NetworkNode) -> Data {
        let root = XMLElement("graphml", [
            "xmlns": "http://graphml.graphdrawing.org/xmlns",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd",
        ])
        var keys: [(id: String, target: String, type: String)] = [
            ("label", "node", "string"), ("node_kind", "node", "string"), ("place", "node", "string"),
            ("latitude", "node", "double"), ("longitude", "node", "double"), ("identification", "node", "string"),
            ("weight", "edge", "double"),
        ]
        keys += network.kinds.map { ("count_\($0)", "edge", "int") }
        for key in keys {
            root.add("key", ["id": key.id, "for": key.target, "attr.name": key.id, "attr.type": key.type])
        }
        let graph = root.add("graph", ["id": "correspondence", "edgedefault": "directed"])
        for id in network.graph.nodes {
            let node = describe(id)
            let element = graph.add("node", ["id": id])
            element.add("data", ["key": "label"], text: node.label)
            element.add("data", ["key": "node_kind"], text: node.kind.rawValue)
            if let place = node.placeName { element.add("data", ["key": "place"], text: place) }
            if let coordinate = node.coordinate {
                element.add("data", ["key": "latitude"], text: "\(coordinate.latitude)")
                element.add("data", ["key": "longitude"], text: "\(coordinate.longitude)")
            }
            if node.isUncertain { element.add("data", ["key": "identification"], text: "uncertain") }
        }
        for (index, edge) in network.edges.enumerated() {
            let element = graph.add("edge", ["id": "e\(index + 1)", "source": edge.from, "target": edge.to])
            element.add("data", ["key": "weight"], text: "\(edge.weight)")
            for (kind, count) in edge.counts.sorted(by: { $0.key < $1.key }) {
                element.add("data", ["key": "count_\(kind)"], text: "\(count)")
            }
        }
        return XMLWriting.data(root)
    }
}

extension CorrespondenceGraph {
    /// The kinds of message and link on the edges (letter, telegram, contact, relay), sorted.
    public var kinds: [String] { Set(edges.flatMap(\.counts.keys)).sorted() }
}
