/// Tables for Palladio: one row per letter (sender, recipient, their places and
/// coordinates, dates as Palladio reads them) and one row per exile.
///
/// Palladio takes dates as `YYYY-MM-DD`; an EDTF date is given whole (`date`) and as its
/// earliest and latest day (`start`, `end`). Coordinates are `lat,lon` in one column, as
/// Palladio's map expects. Each table is written as RFC 4180 CSV, one file a table.
///
/// ```swift
/// for table in PalladioCSV.tables(letters: letters, exiles: exiles, places: index, people: names,
///                                 placement: { placement.place(of: $1, in: $0) }) {
///     try Data(table.text.utf8).write(to: folder.appendingPathComponent(table.fileName))
/// }
/// ```
public enum PalladioCSV {
    /// One table for Palladio: its file name, its rows (the header first) and its CSV text.
    ///
    /// ```swift
    /// table.fileName  // "letters.csv"
    /// table.rows[0]   // ["id", "kind", "date", ...]
    /// ```
    public struct Table: Sendable, Hashable {
        /// The file the table is written to, `letters.csv` or `exiles.csv`.
        public var fileName: String
        /// The header, then one row per letter or exile.
        public var rows: [[String]]
        /// The rows as RFC 4180 CSV, each line ended by a line feed.
        ///
        /// ```swift
        /// PalladioCSV.Table(fileName: "x.csv", rows: [["id"], ["l1"]]).text  // "id\nl1\n"
        /// ```
        public var text: String { rows.map(CSVField.line).joined(separator: "\n") + "\n" }

        /// A table of rows under a file name.
        ///
        /// ```swift
        /// PalladioCSV.Table(fileName: "exiles.csv", rows: PalladioCSV.exiles(exiles, places: index, people: names))
        /// ```
        public init(fileName: String, rows: [[String]]) {
            self.fileName = fileName
            self.rows = rows
        }
    }

    /// Both tables, `letters.csv` and `exiles.csv`, for the letters and exiles given (a
    /// `Selection` chooses them).
    ///
    /// ```swift
    /// let tables = PalladioCSV.tables(letters: selection.letters(all),
    ///                                 exiles: selection.exiles(exiles, whereabouts),
    ///                                 places: index, people: names, placement: { placement.place(of: $1, in: $0) })
    /// tables.map(\.fileName)  // ["letters.csv", "exiles.csv"]
    /// ```
    ///
    /// - Parameters:
    ///   - letters: The letters, one row each.
    ///   - exiles: The exiles, one row each.
    ///   - places: Every place with its names, for names of the time and coordinates.
    ///   - people: Display names by person id.
    ///   - placement: Where the sender (`true`) or recipient (`false`) of a letter was.
    public static func tables(letters: [Letter], exiles: [Exile], places: PlaceIndex, people: [String: String],
                              placement: (Letter, LetterParty) -> String?) -> [Table] {
        [Table(fileName: "letters.csv", rows: self.letters(letters, places: places, people: people, placement: placement)),
         Table(fileName: "exiles.csv", rows: self.exiles(exiles, places: places, people: people))]
    }

    /// The letters table: header and rows, one row per sender and addressee of a letter (a
    /// telegram to two people is two rows with the same `id`), as Palladio's graph wants
    /// source and target pairs.
    ///
    /// ```swift
    /// PalladioCSV.letters(letters, places: index, people: names, placement: { _, _ in nil })[0].first  // "id"
    /// ```
    public static func letters(_ letters: [Letter], places: PlaceIndex, people: [String: String],
                               placement: (Letter, LetterParty) -> String?) -> [[String]] {
        var rows = [["id", "kind", "date", "start", "end", "sender", "sender_place", "sender_coordinates",
                     "recipient", "recipient_place", "recipient_coordinates", "title", "source", "locator"]]
        func name(_ party: LetterParty) -> String { party.personID.map { people[$0] ?? $0 } ?? party.name ?? "" }
        for letter in letters {
            // A letter that names only one side still gets its row.
            let senders = letter.senders.isEmpty ? [LetterParty(role: .sender, name: "")] : letter.senders
            let addressees = letter.addressees.isEmpty ? [LetterParty(role: .addressee, name: "")] : letter.addressees
            for sender in senders {
                for addressee in addressees {
                    let from = placement(letter, sender), to = placement(letter, addressee)
                    rows.append([
                        letter.id, letter.kind.rawValue, letter.date?.edtf ?? "", letter.date?.earliest.iso ?? "",
                        letter.date?.latest.iso ?? "",
                        name(sender), from.map { places.name(of: $0, at: letter.date) } ?? "", coordinates(from, places),
                        name(addressee), to.map { places.name(of: $0, at: letter.date) } ?? "", coordinates(to, places),
                        letter.title ?? "", letter.evidence.sourceID, letter.evidence.locator,
                    ])
                }
            }
        }
        return rows
    }

    /// The exiles table: header and rows.
    ///
    /// ```swift
    /// PalladioCSV.exiles(exiles, places: index, people: names)[0]  // ["id", "person", "place", ...]
    /// ```
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
