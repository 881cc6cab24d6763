/// Colours shared by the KML export and the maps, so a mode looks the same everywhere.
public enum MapStyle {
    /// A family of travel modes drawn alike.
    public struct ModeStyle: Sendable, Hashable {
        public var id: String
        public var label: String
        /// `#rrggbb`.
        public var color: String
        /// SVG dash pattern, empty for a solid line.
        public var dash: String
        public var modes: [TravelMode]
    }

    /// Rail dark red, water blue, roads brown, snow (sleigh) violet, on foot or by animal
    /// green, unknown grey: distinct for the common forms of colour blindness in pairs that
    /// meet on one journey, and told apart again by dash pattern.
    public static let modeStyles: [ModeStyle] = [
        ModeStyle(id: "rail", label: "Rail", color: "#b2182b", dash: "", modes: [.rail]),
        ModeStyle(id: "water", label: "Ship or river boat", color: "#2166ac", dash: "8 4",
                  modes: [.ship, .boat, .icebreaker, .river]),
        ModeStyle(id: "road", label: "Road (car, bus, lorry, tractor)", color: "#8c510a", dash: "2 3",
                  modes: [.road, .bus, .lorry, .car, .tractor]),
        ModeStyle(id: "sleigh", label: "Sleigh", color: "#762a83", dash: "6 2 2 2", modes: [.sleigh]),
        ModeStyle(id: "overland", label: "On foot, horseback or caravan", color: "#1b7837", dash: "1 3",
                  modes: [.onFoot, .horseback, .caravan]),
        ModeStyle(id: "unknown", label: "Mode not stated", color: "#777777", dash: "4 4", modes: [.unknown]),
    ]

    /// The colour of exile markers.
    public static let exileColor = "#d6604d"

    /// The style of a leg: that of its first mode.
    public static func style(for modes: [TravelMode]) -> ModeStyle {
        let first = modes.first ?? .unknown
        return modeStyles.first { $0.modes.contains(first) } ?? modeStyles[modeStyles.count - 1]
    }
}
