/// What the exports say about one node of the correspondence network: its name, whether it
/// is a person, a group or a place, and where it stands on a map, so that Gephi's geographic
/// layout, GraphML readers and the maps can place people as well as places.
///
/// A person stands where `Placement` puts them during the network's period (with no period,
/// at their first stay); a place without coordinates stands at its parent's (a house at its
/// town).
///
/// ```swift
/// let nodes = NetworkNodes(places: index, people: people, exiles: exiles)
/// nodes.describe("rakovsky", during: nil).placeName  // "Astrakhan"
/// ```
public struct NetworkNode: Sendable, Hashable {
    /// The node's id: a `person` id or a `place` id, as in the network's edges.
    public var id: String
    /// The name the exports show: the person's name, or the place's name in use during the period.
    public var label: String
    /// Whether the node stands for a person, a group or a place.
    public var kind: NodeKind
    /// The node's place: the place itself, or where `Placement` puts a person in the period; nil
    /// when unknown.
    public var placeID: String?
    /// The place's name in use during the period.
    public var placeName: String?
    /// Where the node stands on a map (WGS84): its place's coordinate, or that of the nearest
    /// located place containing it; nil when none is located.
    public var coordinate: Coordinate?
    /// Whether the node's place is one of several candidate identifications (Kaminsk): the
    /// exports write `identification` = `uncertain`.
    public var isUncertain = false

    /// A node as the exports write it.
    ///
    /// ```swift
    /// NetworkNode(id: "rakovsky", label: "Christian Rakovsky", kind: .person, placeID: "astrakhan")
    /// ```
    public init(id: String, label: String, kind: NodeKind, placeID: String? = nil, placeName: String? = nil,
                coordinate: Coordinate? = nil) {
        self.id = id; self.label = label; self.kind = kind; self.placeID = placeID
        self.placeName = placeName; self.coordinate = coordinate
    }
}

/// Describes network nodes from the atlas's places, people and exiles.
public struct NetworkNodes: Sendable {
    private let places: PlaceIndex
    private let people: [String: Person]
    private let placement: Placement

    /// Prepares to describe nodes from the atlas's places, people and whereabouts.
    ///
    /// - Parameters:
    ///   - places: the places, for names of the time and coordinates.
    ///   - people: the person rows, for names and `NodeKind`.
    ///   - exiles: where people were, read through `Placement` when no `placement` is given.
    ///   - placement: the whereabouts rule (``Atlas/placement()``); by default over `exiles` alone.
    public init(places: PlaceIndex, people: [Person], exiles: [Exile], placement: Placement? = nil) {
        self.places = places
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.placement = placement ?? Placement(exiles: exiles)
    }

    /// The node's label, kind, place and coordinate; `during` picks the name of the time
    /// and the place a person stood at.
    public func describe(_ node: String, during: HistoricalDate?) -> NetworkNode {
        if let person = people[node] {
            let placeID = placement.place(of: node, at: during)
            var described = NetworkNode(id: node, label: person.name, kind: NodeKind(person.kind), placeID: placeID,
                                        placeName: placeID.map { places.name(of: $0, at: during) },
                                        coordinate: placeID.flatMap(coordinate(of:)))
            described.isUncertain = placeID.map(places.isUncertain) ?? false
            return described
        }
        let known = places.places[node] != nil
        let name = known ? places.name(of: node, at: during) : node
        var described = NetworkNode(id: node, label: name, kind: .place, placeID: known ? node : nil,
                                    placeName: known ? name : nil, coordinate: coordinate(of: node))
        described.isUncertain = places.isUncertain(node)
        return described
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
