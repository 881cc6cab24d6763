import ExileAtlas
import Foundation

/// Turns what the user typed into one id, or a `CLIError` that lists the candidates or
/// suggests the nearest names.
enum Resolve {
    /// The id of the one place `query` names (an id wins over every name).
    static func place(_ query: String, in atlas: Atlas) throws -> String {
        try one(query, resolution: atlas.resolvePlace(query), noun: "place", plural: "places", listCommand: "exile places")
    }

    /// The id of the one person `query` names (an id wins over every name).
    static func person(_ query: String, in atlas: Atlas) throws -> String {
        try one(query, resolution: atlas.resolvePerson(query), noun: "person", plural: "people", listCommand: "exile people")
    }

    /// The one person `query` names, as a row: what `person` and `timeline` show.
    static func personRow(_ query: String, in atlas: Atlas) throws -> Person {
        let id = try person(query, in: atlas)
        guard let row = try atlas.person(id: id) else { throw CLIError("no person with id \(id)") }
        return row
    }

    static func one(_ query: String, resolution: Resolution<String>, noun: String, plural: String,
                    listCommand: String) throws -> String {
        switch resolution {
        case let .found(id, _, _):
            return id
        case let .ambiguous(_, candidates):
            let list = candidates.map { "\($0.label) (\($0.id))" }.joined(separator: ", ")
            throw CLIError("\"\(query)\" could be several \(plural): \(list); give more of the name, or the id")
        case let .notFound(_, suggestions):
            if suggestions.isEmpty {
                throw CLIError("no \(noun) named \"\(query)\"; '\(listCommand)' lists them all")
            }
            let names = suggestions.map { "\"\($0.label)\"" }
            let options = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
            throw CLIError("no \(noun) named \"\(query)\"; did you mean \(options)?")
        }
    }
}

extension Resolve {
    /// A person or a place (with the places inside it), whichever the name finds. When
    /// both find something, a whole-name match beats a partial one ("Alma Ata" is the
    /// place, not "head of the GPU at Alma Ata"); otherwise the person is taken.
    static func party(_ query: String, in atlas: Atlas) throws -> Party {
        let person = try atlas.resolvePerson(query)
        let place = try atlas.resolvePlace(query)
        func whole(_ matched: String) -> Bool { NameKey.loose(matched) == NameKey.loose(query) }
        switch (person, place) {
        case let (.found(personID, _, personName), .found(placeID, _, placeName)):
            if whole(placeName) && !whole(personName) { return .places(try atlas.placeAndDescendants(placeID)) }
            return .person(personID)
        case let (.found(personID, _, _), _):
            return .person(personID)
        case let (_, .found(placeID, _, _)):
            return .places(try atlas.placeAndDescendants(placeID))
        default:
            do {
                return .person(try one(query, resolution: person, noun: "person", plural: "people", listCommand: "exile people"))
            } catch {
                return .places(try atlas.placeAndDescendants(
                    one(query, resolution: place, noun: "place", plural: "places", listCommand: "exile places")))
            }
        }
    }
}
