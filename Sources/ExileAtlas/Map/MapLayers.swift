import Foundation

/// What a map shows, chosen and named before it is drawn: places by the names in use at the
/// time, journey legs along their geodesics, and the correspondence between places as arcs
/// whose weight is the number of documented messages. `SVGMap` and `HTMLMap` draw the same
/// layers.
///
/// ```swift
/// let layers = MapLayers(title: "Deportation, 1928", names: index, itineraries: [trip],
///                        network: nil, nameDate: trip.journey.period)
/// let svg = SVGMap.document(layers)
/// ```
public struct MapLayers: Sendable {
    /// A place drawn as a point with its label.
    public struct Place: Sendable {
        /// Why a place is on the map.
        public enum Role: String, Sendable {
            /// A stop of a journey drawn, a place of exile in the period, or an end of a
            /// correspondence arc.
            case stop, exile, correspondent
        }
        /// The place's id, as in Fixtures/place.csv (`alma-ata`).
        public var id: String
        /// The name in use at the time the map shows.
        public var name: String
        /// The atlas's canonical name, when the label differs from it.
        public var canonicalName: String?
        /// What sort of place it is (city, station, house ...), for its symbol.
        public var kind: ExileAtlas.Place.Kind
        /// Where it is drawn (WGS84); for an uncertain place, the chosen candidate's position.
        public var coordinate: Coordinate
        /// Why it is on the map, in the order first found; a place can be a stop, a colony and a
        /// correspondent at once.
        public var roles: [Role]
        /// "Christian Rakovsky (exile, 1928)": who was held there in the period.
        public var exiles: [String]
        /// The source, locator and quote of the place's row, for its popup.
        public var evidence: Evidence
        /// The other identifications a source's name allows, when the one drawn is uncertain
        /// ("Kamensk-Uralsky (56.4063, 61.9335): ..."); empty for a certain place.
        public var candidates: [String] = []
        /// Whether the place drawn is only one of several candidates: drawn dashed, with "?".
        public var isUncertain: Bool { !candidates.isEmpty }
    }

    /// A journey leg drawn along its geodesic.
    public struct Leg: Sendable {
        /// The leg's id, as in Fixtures/leg.csv (`deportation-1928-1`).
        public var id: String
        /// The journey the leg belongs to, a `journey` id.
        public var journeyID: String
        /// The journey's title, for the legend and the popup.
        public var journeyTitle: String
        /// The leg's position in its journey, from 1.
        public var sequence: Int
        /// The ends, by the names of the time.
        public var from: String
        /// The name of the end, as the traveller would have known it then.
        public var to: String
        /// How the leg was travelled, in the source's order; the first sets the line's style
        /// (`LegStyle`).
        public var modes: [TravelMode]
        /// When the leg left, as the sources date it; nil when they do not.
        public var departed: HistoricalDate?
        /// When the leg arrived, as the sources date it; nil when they do not.
        public var arrived: HistoricalDate?
        /// The days the leg may span (for a time filter); nil when nothing dates it.
        public var span: ClosedRange<Day>?
        /// The vehicles named for the leg, by the leg row and by `vehicle` claims (`Ilych`,
        /// `Kalinin`); empty when none is named.
        public var vehicles: [String]
        /// The geodesic length in kilometres (WGS84), from the last located stop to the leg's end.
        public var geodesicKm: Double?
        /// The distance in the source's words, with kilometres ("unos 250 kilómetros (250 km)").
        public var stated: String?
        /// Points along the geodesic from the last located stop, at most 50 km apart.
        public var path: [Coordinate]
        /// The source, locator and quote of the leg's row, for its popup.
        public var evidence: Evidence
    }

    /// One documented message or contact behind an arc.
    public struct Message: Sendable {
        /// The letter's or contact's id.
        public var id: String
        /// letter, telegram, ... or contact, relay.
        public var kind: String
        /// When it was written, or when the contact held; nil when undated.
        public var date: HistoricalDate?
        /// "Leon Trotsky → Christian Rakovsky: title".
        public var summary: String
        /// The source, locator and quote of the letter or contact, for its popup.
        public var evidence: Evidence
    }

    /// The messages from one place to another.
    public struct Arc: Sendable {
        /// The sending place, a `place` id.
        public var fromID: String
        /// The receiving place, a `place` id.
        public var toID: String
        /// The sending place's name on the map.
        public var fromName: String
        /// The receiving place's name on the map.
        public var toName: String
        /// Where the arc starts (WGS84).
        public var from: Coordinate
        /// Where the arc ends (WGS84).
        public var to: Coordinate
        /// The letters and contacts from `fromID` to `toID`, one per edge source of the network.
        public var messages: [Message]
        /// The number of messages and contacts: the arc's weight.
        public var weight: Int { messages.count }
        /// Whether either end's identification is uncertain: the arc is drawn dashed.
        public var isUncertain = false
    }

    /// The map's title, drawn at its head.
    public var title: String
    /// The period the map covers, if one was asked for.
    public var period: HistoricalDate?
    /// The places drawn, in the order they were first met (legs, then exiles, then arcs); unlocated
    /// places are left out.
    public var places: [Place]
    /// The legs drawn, journey by journey in order; a leg that ends at an unlocated stop is left
    /// out and counted in `notes`, and the next is drawn from the last located stop.
    public var legs: [Leg]
    /// One arc per directed pair of distinct located places the network joins.
    public var arcs: [Arc]
    /// What a reader should know: what is left out, or that nothing was found.
    public var notes: [String]
    /// How far every place was from one place on a date (`exile map --reach`), or nil.
    public var reach: ReachLayer? = nil

    /// True when there is nothing but land to draw.
    public var isEmpty: Bool { places.isEmpty && legs.isEmpty && arcs.isEmpty && reach == nil }

    /// Every point the layers draw, for fitting the map to them.
    public var coordinates: [Coordinate] {
        places.map(\.coordinate) + legs.flatMap(\.path) + arcs.flatMap { [$0.from, $0.to] } + (reach?.coordinates ?? [])
    }

    // MARK: - Choosing the layers

    /// Chooses what a map shows: the located stops and legs of `itineraries`, the places of
    /// `exiles`, and one arc per pair of located places `network` joins, each place named as at
    /// the time; what is left out is said in `notes`.
    ///
    /// - Parameters:
    ///   - title: the map's title.
    ///   - names: every place with its names over time.
    ///   - itineraries: the journeys to draw; with `period`, only legs overlapping it.
    ///   - exiles: exiles whose places are drawn as colonies (``Selection`` chooses them).
    ///   - people: display names by person id.
    ///   - network: the correspondence network by place, or nil for no arcs.
    ///   - letters: the messages behind the network's edges, for popups.
    ///   - contacts: the contacts behind the network's edges, for popups.
    ///   - period: the time the map shows (legs and exiles outside it are left out).
    ///   - nameDate: when to read place names not fixed by a leg (defaults to `period`).
    public init(title: String, names: PlaceIndex, itineraries: [Itinerary], exiles: [Exile] = [],
                people: [String: String] = [:], network: CorrespondenceGraph?, letters: [Letter] = [],
                contacts: [Contact] = [], period: HistoricalDate? = nil, nameDate: HistoricalDate? = nil) {
        self.title = title
        self.period = period
        var notes: [String] = []
        var places: [String: Place] = [:]
        var order: [String] = []
        func add(_ placeID: String, role: Place.Role, name: String? = nil, at date: HistoricalDate?) {
            guard let place = names.places[placeID], let coordinate = place.coordinate else { return }
            if places[placeID] == nil {
                let label = name ?? names.name(of: placeID, at: date ?? nameDate ?? period)
                let others = names.isUncertain(placeID) ? (names.candidates[placeID] ?? []).map { candidate in
                    "\(candidate.name)\(candidate.chosen ? ", drawn here" : candidate.coordinate.map { " (\(Self.degrees($0)))" } ?? ""): \(candidate.reason)"
                } : []
                places[placeID] = Place(id: placeID, name: label, canonicalName: label == place.name ? nil : place.name,
                                        kind: place.kind, coordinate: coordinate, roles: [], exiles: [],
                                        evidence: place.evidence, candidates: others)
                order.append(placeID)
            }
            if !places[placeID]!.roles.contains(role) { places[placeID]!.roles.append(role) }
        }

        // Legs: the names are the leg's own (read at its dates), so a stop is labelled as
        // the traveller would have known it.
        var legs: [Leg] = []
        var unlocated = 0
        for itinerary in itineraries {
            for step in itinerary.steps {
                if let period, !step.timing.overlaps(period) { continue }
                guard let fromID = step.geodesicFromPlaceID, let from = names.places[fromID]?.coordinate,
                      let to = names.places[step.leg.toPlaceID]?.coordinate else { unlocated += 1; continue }
                add(fromID, role: .stop, name: step.geodesicFromName ?? step.fromName, at: step.when)
                add(step.leg.toPlaceID, role: .stop, name: step.toName, at: step.when)
                legs.append(Leg(
                    id: step.leg.id, journeyID: itinerary.journey.id, journeyTitle: itinerary.journey.title,
                    sequence: step.leg.sequence, from: step.geodesicFromName ?? step.fromName, to: step.toName,
                    modes: step.leg.modes, departed: step.leg.departed, arrived: step.leg.arrived, span: step.timing.boundedSpan,
                    vehicles: step.vehicles, geodesicKm: step.geodesicKm,
                    stated: step.stated.map { "\($0.claim.value) (\(Self.kilometres($0.kilometres)) km)" },
                    path: Geodesic.points(from: from, to: to), evidence: step.leg.evidence))
            }
        }
        if unlocated > 0 {
            notes.append("\(unlocated) leg\(unlocated == 1 ? " ends" : "s end") at an unlocated stop: drawn from the last located stop to the next")
        }

        // Exiles: the colonies of the period.
        for exile in exiles {
            guard let placeID = exile.placeID else { continue }
            add(placeID, role: .exile, at: period ?? exile.period)
            let who = people[exile.personID] ?? exile.personID
            places[placeID]?.exiles.append("\(who) (\(exile.kind.rawValue), \(exile.period.edtf))")
        }

        // Correspondence: one arc per directed pair of located places.
        var arcs: [Arc] = []
        if let network {
            let lettersByID = Dictionary(letters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let contactsByID = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var withinOnePlace = 0, unplaced = 0
            for edge in network.edges {
                guard edge.from != edge.to else { withinOnePlace += edge.weight; continue }
                guard let from = names.places[edge.from]?.coordinate, let to = names.places[edge.to]?.coordinate else {
                    unplaced += edge.weight; continue
                }
                add(edge.from, role: .correspondent, at: nil)
                add(edge.to, role: .correspondent, at: nil)
                let messages = edge.sources.compactMap { id -> Message? in
                    if let letter = lettersByID[id] {
                        return Message(id: id, kind: letter.kind.rawValue, date: letter.date,
                                       summary: Self.summary(letter, people: people), evidence: letter.evidence)
                    }
                    if let contact = contactsByID[id] {
                        return Message(id: id, kind: TieKind(contact).name,
                                       date: contact.period, summary: Self.summary(contact, people: people, names: names),
                                       evidence: contact.evidence)
                    }
                    return nil
                }
                arcs.append(Arc(fromID: edge.from, toID: edge.to, fromName: places[edge.from]?.name ?? edge.from,
                                toName: places[edge.to]?.name ?? edge.to, from: from, to: to, messages: messages,
                                isUncertain: names.isUncertain(edge.from) || names.isUncertain(edge.to)))
            }
            if withinOnePlace > 0 { notes.append(counted(withinOnePlace, "message within one place is", "messages within one place are") + " not drawn") }
            if unplaced > 0 { notes.append(counted(unplaced, "message to or from an unlocated place is", "messages to or from an unlocated place are") + " not drawn") }
        }

        self.places = order.compactMap { places[$0] }
        self.legs = legs
        self.arcs = arcs
        if legs.isEmpty && arcs.isEmpty && places.isEmpty {
            notes.insert("Nothing recorded\(period.map { " in \($0.edtf)" } ?? ""): the map shows the land only", at: 0)
        }
        self.notes = notes
    }

    // MARK: - Wording

    /// "56.4063, 61.9335".
    static func degrees(_ coordinate: Coordinate) -> String {
        String(format: "%.4f, %.4f", coordinate.latitude, coordinate.longitude)
    }

    static func kilometres(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }

    static func summary(_ letter: Letter, people: [String: String]) -> String {
        func names(_ parties: [LetterParty], _ unknown: String) -> String {
            let named = parties.compactMap { $0.personID.map { people[$0] ?? $0 } ?? $0.name }
            return named.isEmpty ? unknown : named.joined(separator: ", ")
        }
        return "\(names(letter.senders, "unknown sender")) → \(names(letter.addressees, "unknown recipient"))"
            + (letter.title.map { ": \($0)" } ?? "")
    }

    static func summary(_ contact: Contact, people: [String: String], names: PlaceIndex) -> String {
        let from = contact.fromPersonID.map { people[$0] ?? $0 } ?? names.name(of: contact.fromPlaceID)
        let to = contact.toPersonID.map { people[$0] ?? $0 } ?? names.name(of: contact.toPlaceID)
        let via = contact.viaPersonID.map { people[$0] ?? $0 } ?? contact.viaPlaceID.map { names.name(of: $0) }
        return "\(from) → \(to)" + (via.map { " via \($0)" } ?? "") + (contact.regularity.map { " (\($0))" } ?? "")
    }
}
