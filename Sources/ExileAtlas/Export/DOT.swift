/// Graphviz DOT of the correspondence network: one node per person or place (labelled by
/// name), one edge per direction with its total as `weight` and its counts per kind as the
/// label.
///
/// ```swift
/// let text = DOT.document(network, label: { names[$0] ?? $0 })
/// ```
public enum DOT {
    /// A DOT identifier: always quoted, with quotes and backslashes escaped and line breaks
    /// written as `\n` (DOT's own escape).
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// The network as a `digraph`.
    public static func document(_ network: CorrespondenceGraph, label: (String) -> String) -> String {
        var lines = ["digraph correspondence {", "  graph [rankdir=LR];", "  node [shape=box];"]
        for node in network.graph.nodes {
            lines.append("  \(quoted(node)) [label=\(quoted(label(node)))];")
        }
        for edge in network.edges {
            let kinds = edge.counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
            lines.append("  \(quoted(edge.from)) -> \(quoted(edge.to)) [weight=\(edge.weight), penwidth=\(min(8, 1 + edge.weight / 2)), label=\(quoted(kinds.joined(separator: ", ")))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
