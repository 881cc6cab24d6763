/// Tables for Palladio: one row per letter (sender, recipient, their places and
/// coordinates, dates as Palladio reads them) and one row per exile.
///
/// Palladio takes dates as `YYYY-MM-DD`; an EDTF date is given whole (`date`) and as its
/// earliest and latest day (`start`, `end`). Coordinates are `lat,lon` in one column, as
/// Palladio's map expects.
public enum PalladioCSV {
    /// The letters table: header and rows.
    public static func letters(_ letters: [Letter], places: PlaceIndex, people: [String: String],
                               placement: (Letter, Bool) -> String?) -> [[String]] {
        var rows = [["id", "kind", "date", "start", "end", "sender", "sender_place", "sender_coordinates",
                     "recipient", "recipient_place", "recipient_coordinates", "title", "source", "locator"]]
        for letter in letters {
            let from = placement(letter, true), to = placement(letter, false)
            rows.append([
                letter.id, letter.kind.rawValue, letter.date?.edtf ?? "", letter.date?.earliest.iso ?? "",
                letter.date?.latest.iso ?? "",
                letter.senderID.map { people[$0] ?? $0 } ?? "", from.map { places.name(of: $0, at: letter.date) } ?? "",
                coordinates(from, places),
                letter.recipientID.map { people[$0] ?? $0 } ?? letter.recipientNote ?? "",
                to.map { places.name(of: $0, at: letter.date) } ?? "", coordinates(to, places),
                letter.title ?? "", letter.evidence.sourceID, letter.evidence.locator,
            ])
        }
        return rows
    }

    /// The exiles table: header and rows.
    public static func exiles(_ exiles: [Exile], places: PlaceIndex, people: [String: String]) -> [[String]] {
        [["id", "person", "place", "coordinates", "kind", "period", "start", "end", "source", "locator"]]
            + exiles.map { exile in
                [exile.id, people[exile.personID] ?? exile.personID, exile.placeID.map { places.name(of: $0, at: exile.period) } ?? "",
                 coordinates(exile.placeID, places), exile.kind.rawValue, exile.period.edtf,
                 exile.period.earliest.iso, exile.period.latest.iso, exile.evidence.sourceID, exile.evidence.locator]
            }
    }

    static func coordinates(_ placeID: String?, _ places: PlaceIndex) -> String {
        guard let placeID, let coordinate = places.places[placeID]?.coordinate else { return "" }
        return "\(GeoJSON.round7(coordinate.latitude)),\(GeoJSON.round7(coordinate.longitude))"
    }
}
