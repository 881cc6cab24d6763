import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// GraphML 1.1 of the correspondence network, written with FoundationXML (which escapes):
/// typed keys for node label, kind and coordinates (so a geographic layout works) and for
/// each edge's total weight and count per kind.
///
/// ```swift
/// let data = GraphML.document(network, label: { names[$0] ?? $0 }, coordinate: { index.places[$0]?.coordinate })
/// ```
public enum GraphML {
    /// The network as a GraphML document.
    public static func document(_ network: CorrespondenceGraph, label: (String) -> String,
                                coordinate: (String) -> Coordinate?) -> Data {
        let root = XMLElement(name: "graphml")
        attribute(root, "xmlns", "http://graphml.graphdrawing.org/xmlns")
        attribute(root, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        attribute(root, "xsi:schemaLocation",
                  "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd")
        let kinds = Set(network.edges.flatMap(\.counts.keys)).sorted()
        var keys: [(id: String, target: String, type: String)] = [
            ("label", "node", "string"), ("node_kind", "node", "string"),
            ("latitude", "node", "double"), ("longitude", "node", "double"), ("weight", "edge", "double"),
        ]
        keys += kinds.map { ("count_\($0)", "edge", "int") }
        for key in keys {
            let element = XMLElement(name: "key")
            attribute(element, "id", key.id)
            attribute(element, "for", key.target)
            attribute(element, "attr.name", key.id)
            attribute(element, "attr.type", key.type)
            root.addChild(element)
        }
        let graph = XMLElement(name: "graph")
        attribute(graph, "id", "correspondence")
        attribute(graph, "edgedefault", "directed")
        for node in network.graph.nodes {
            let element = XMLElement(name: "node")
            attribute(element, "id", node)
            data(element, "label", label(node))
            data(element, "node_kind", network.kind.rawValue)
            if let coordinate = coordinate(node) {
                data(element, "latitude", "\(coordinate.latitude)")
                data(element, "longitude", "\(coordinate.longitude)")
            }
            graph.addChild(element)
        }
        for (index, edge) in network.edges.enumerated() {
            let element = XMLElement(name: "edge")
            attribute(element, "id", "e\(index + 1)")
            attribute(element, "source", edge.from)
            attribute(element, "target", edge.to)
            data(element, "weight", "\(edge.weight)")
            for (kind, count) in edge.counts.sorted(by: { $0.key < $1.key }) { data(element, "count_\(kind)", "\(count)") }
            graph.addChild(element)
        }
        root.addChild(graph)
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlData(options: [.nodePrettyPrint])
    }

    private static func attribute(_ element: XMLElement, _ name: String, _ value: String) {
        if let node = XMLNode.attribute(withName: name, stringValue: value) as? XMLNode { element.addAttribute(node) }
    }

    private static func data(_ element: XMLElement, _ key: String, _ value: String) {
        let child = XMLElement(name: "data", stringValue: value)
        attribute(child, "key", key)
        element.addChild(child)
    }
}
