/// Where a person was, for the correspondence network: the one rule the network, its node
/// descriptions (`NetworkNodes`), the relay chains and the letter exports use to place a
/// person whose place a letter does not give.
///
/// The rule, `place(of:at:)`:
/// - Only stays that are not residences count: a residence is a house or a town a person
///   lived in while exiled somewhere, and the network's nodes are the towns and colonies.
/// - With a date, the stays whose period overlaps it are the candidates. If they all lie at
///   one place, that is the answer. If they lie at several places, the answer is the narrowest
///   stay's place only when the date lies wholly within it and it lies within, and is narrower
///   than, every candidate at another place (Constantinople inside Trotsky's exile in Turkey,
///   in February 1929); otherwise the person cannot be placed (Radek in "1928": Tobolsk, then
///   Tomsk).
/// - With no date (a network or map of the whole record), the place of the first stay.
///
/// A letter's own place always wins over this rule (`place(of:sender:)`), and an undated
/// letter gives no date to place its parties by.
///
/// ```swift
/// let placement = Placement(exiles: exiles)
/// placement.place(of: "radek", at: try HistoricalDate(parsing: "1928-07-01"))   // "tomsk"
/// placement.place(of: "radek", at: try HistoricalDate(parsing: "1928"))         // nil
/// ```
public struct Placement: Sendable {
    /// Each person's stays (residences left out), in order of arrival.
    private let stays: [String: [Exile]]

    /// - Parameter exiles: the exiles, residences and other stays of every person.
    public init(exiles: [Exile]) {
        stays = Dictionary(grouping: exiles.filter { $0.kind != .residence }, by: \.personID)
            .mapValues { $0.sorted { ($0.period.earliest, $0.id) < ($1.period.earliest, $1.id) } }
    }

    /// Where `person` was at `date`, by the rule in the type's documentation, or nil.
    ///
    /// - Parameters:
    ///   - person: a person id; nil gives nil.
    ///   - date: a day or a span; nil for no particular date (the first stay).
    /// - Returns: a place id, or nil when the stays do not place the person.
    ///
    /// ```swift
    /// placement.place(of: "trotsky", at: try HistoricalDate(parsing: "1929-02"))   // "constantinople"
    /// placement.place(of: "trotsky", at: nil)                                      // "alma-ata"
    /// ```
    public func place(of person: String?, at date: HistoricalDate?) -> String? {
        guard let person, let stays = stays[person], let first = stays.first else { return nil }
        guard let date else { return first.placeID }
        let current = stays.filter { $0.period.overlaps(date) }
        guard let narrowest = current.min(by: { ($0.period.latest - $0.period.earliest, $0.id)
                                                < ($1.period.latest - $1.period.earliest, $1.id) }) else { return nil }
        if Set(current.map(\.placeID)).count == 1 { return narrowest.placeID }
        let nested = date.lies(within: narrowest.period)
            && current.allSatisfy { other in
                other.placeID == narrowest.placeID
                    || (other.period != narrowest.period && narrowest.period.lies(within: other.period))
            }
        return nested ? narrowest.placeID : nil
    }

    /// The places of every stay of `person` that overlaps `date` (every stay with no date), in
    /// order of arrival and each once: what `place(of:at:)` chose from, to say which when it
    /// cannot choose.
    ///
    /// ```swift
    /// placement.candidates(of: "radek", at: try HistoricalDate(parsing: "1928"))   // ["tobolsk", "tomsk"]
    /// ```
    public func candidates(of person: String, at date: HistoricalDate?) -> [String] {
        var seen: Set<String> = []
        return (stays[person] ?? []).filter { date.map($0.period.overlaps) ?? true }.map(\.placeID)
            .filter { seen.insert($0).inserted }
    }

    /// Where a letter's sender (or recipient) was: the letter's own place, else the person's
    /// place at the letter's date; nil for an undated letter that names no place.
    ///
    /// ```swift
    /// placement.place(of: letter, sender: true)   // "alma-ata"
    /// ```
    public func place(of letter: Letter, sender: Bool) -> String? {
        if let own = sender ? letter.senderPlaceID : letter.recipientPlaceID { return own }
        guard let date = letter.date else { return nil }
        return place(of: sender ? letter.senderID : letter.recipientID, at: date)
    }
}
