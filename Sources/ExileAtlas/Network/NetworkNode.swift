/// What the exports say about one node of the correspondence network: its name, whether it
/// is a person or a place, and where it stands on a map, so that Gephi's geographic layout,
/// GraphML readers and the maps can place people as well as places.
///
/// A person stands at the place of their exile during the network's period (or, with no
/// period, their first exile); a place without coordinates stands at its parent's (a house
/// at its town).
///
/// ```swift
/// let nodes = NetworkNodes(places: index, people: names, exiles: exiles)
/// nodes.describe("rakovsky", during: nil).placeName  // "Astrakhan"
/// ```
public struct NetworkNode: Sendable, Hashable {
    public enum Kind: String, Sendable { case person, place }
    public var id: String
    public var label: String
    public var kind: Kind
    public var placeID: String?
    /// The place's name in use during the period.
    public var placeName: String?
    public var coordinate: Coordinate?
}

/// Describes network nodes from the atlas's places, people and exiles.
public struct NetworkNodes: Sendable {
    private let places: PlaceIndex
    private let people: [String: String]
    private let exiles: [String: [Exile]]

    public init(places: PlaceIndex, people: [String: String], exiles: [Exile]) {
        self.places = places
        self.people = people
        self.exiles = Dictionary(grouping: exiles.filter { $0.kind != .residence && $0.placeID != nil }, by: \.personID)
            .mapValues { $0.sorted { ($0.period.earliest, $0.id) < ($1.period.earliest, $1.id) } }
    }

    /// The node's label, kind, place and coordinate; `during` picks the name of the time
    /// and the exile a person stood at.
    public func describe(_ node: String, during: HistoricalDate?) -> NetworkNode {
        if let name = people[node] {
            let stays = exiles[node] ?? []
            let stay = during.flatMap { period in stays.first { $0.period.overlaps(period) } } ?? stays.first
            return NetworkNode(id: node, label: name, kind: .person, placeID: stay?.placeID,
                               placeName: stay.map { places.name(of: $0.placeID!, at: during ?? $0.period) },
                               coordinate: stay.flatMap { coordinate(of: $0.placeID!) })
        }
        let name = places.places[node] == nil ? node : places.name(of: node, at: during)
        return NetworkNode(id: node, label: name, kind: .place, placeID: places.places[node]?.id,
                           placeName: places.places[node] == nil ? nil : name, coordinate: coordinate(of: node))
    }

    /// The place's coordinate, or the nearest located ancestor's.
    public func coordinate(of placeID: String) -> Coordinate? {
        var current: String? = placeID
        var seen: Set<String> = []
        while let id = current, let place = places.places[id], seen.insert(id).inserted {
            if let coordinate = place.coordinate { return coordinate }
            current = place.parentID
        }
        return nil
    }
}
