import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small conveniences over FoundationXML for the XML writers (GraphML, GEXF, KML, CMIF, SVG):
/// FoundationXML escapes text and attribute values, so no writer builds markup by hand.
extension XMLElement {
    /// An element with attributes in the given order and optional text.
    convenience init(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil) {
        if let text { self.init(name: name, stringValue: text) } else { self.init(name: name) }
        for (key, value) in attributes { if let value { set(key, value) } }
    }

    /// Sets an attribute (replacing one of the same name).
    func set(_ name: String, _ value: String) {
        if let node = XMLNode.attribute(withName: name, stringValue: value) as? XMLNode { addAttribute(node) }
    }

    /// Appends a new child element and returns it.
    @discardableResult
    func add(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil) -> XMLElement {
        let child = XMLElement(name, attributes, text: text)
        addChild(child)
        return child
    }
}

enum XMLWriting {
    /// The document as UTF-8 bytes with an XML declaration, indented, ending in a newline.
    static func data(_ root: XMLElement) -> Data {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlData(options: [.nodePrettyPrint, .nodeCompactEmptyElement]) + Data("\n".utf8)
    }
}
