/// How a journey leg is drawn, by the way it was travelled: the same colours and dashes in
/// the SVG and the HTML map and the KML export, so their legends agree.
///
/// A leg of several modes (bus, lorry, sleigh, on foot) takes the style of the first, and
/// its legend entry names them all.
///
/// ```swift
/// let style = LegStyle(modes: [.rail])   // solid dark red
/// ```
public struct LegStyle: Sendable, Hashable {
    /// The family of modes drawn alike (`rail`, `road`, `snow-foot`, `sea`, `river`,
    /// `unknown`): KML's style ids.
    public var family: String
    /// A CSS colour, `#rrggbb`.
    public var colour: String
    /// An SVG `stroke-dasharray` (and Leaflet `dashArray`), or nil for a solid line.
    public var dash: String?
    /// The stroke width in pixels (3 for rail, 2 for `unknown`, 2.5 for the others).
    public var width: Double
    /// "bus + lorry + sleigh + on foot".
    public var label: String

    /// The style of a leg travelled by `modes`, in the source's order: the first mode's family, and
    /// a label naming them all (`not stated` when empty).
    public init(modes: [TravelMode]) {
        label = modes.isEmpty ? TravelMode.unknown.label : modes.map(\.label).joined(separator: " + ")
        // Families that read apart at a glance: iron (solid), road (dashed), snow and foot
        // (dotted), water (blue), unknown (thin grey).
        switch modes.first ?? .unknown {
        case .rail: (family, colour, dash, width) = ("rail", "#8b1a1a", nil, 3)
        case .road, .bus, .lorry, .car, .tractor: (family, colour, dash, width) = ("road", "#c06000", "9 5", 2.5)
        case .sleigh, .onFoot, .horseback, .caravan: (family, colour, dash, width) = ("snow-foot", "#2e6b30", "2 4", 2.5)
        case .ship, .boat, .icebreaker: (family, colour, dash, width) = ("sea", "#1f4e9c", "12 4 3 4", 2.5)
        case .river: (family, colour, dash, width) = ("river", "#2c8fc0", "7 3", 2.5)
        case .unknown: (family, colour, dash, width) = ("unknown", "#666666", "1 5", 2)
        }
    }
}
