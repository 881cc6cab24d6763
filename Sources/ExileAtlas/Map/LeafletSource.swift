import Foundation

/// Where an HTML map gets Leaflet from: inlined from Debian's `libjs-leaflet`, so the page
/// works offline as one file, or linked from the unpkg CDN when that package is not installed.
///
/// ```swift
/// let leaflet = LeafletSource.installed() ?? .cdn
/// ```
public enum LeafletSource: Sendable, Hashable {
    /// The library's script and stylesheet, to be written into the page.
    case inline(script: String, stylesheet: String, origin: String)
    /// `<script src>` and `<link>` to a published version.
    case link(version: String)

    /// Leaflet on unpkg, for machines without `libjs-leaflet`.
    public static let cdn = LeafletSource.link(version: "1.9.4")

    /// Where Debian's `libjs-leaflet` puts Leaflet.
    public static let debianFolder = "/usr/share/javascript/leaflet"

    /// Leaflet as installed in `folder` (`leaflet.js` and `leaflet.css`), or nil if either
    /// is missing or unreadable.
    public static func installed(in folder: String = debianFolder) -> LeafletSource? {
        let base = URL(fileURLWithPath: folder)
        guard let script = try? String(contentsOf: base.appendingPathComponent("leaflet.js"), encoding: .utf8),
              let stylesheet = try? String(contentsOf: base.appendingPathComponent("leaflet.css"), encoding: .utf8),
              script.contains("Leaflet") else { return nil }
        // The source-map comments point at files the page does not carry.
        func withoutSourceMap(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("//# sourceMappingURL=") && !$0.hasPrefix("/*# sourceMappingURL=") }
                .joined(separator: "\n")
        }
        return .inline(script: withoutSourceMap(script), stylesheet: withoutSourceMap(stylesheet), origin: folder)
    }
}
