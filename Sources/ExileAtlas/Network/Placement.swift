/// Where a person was, for the correspondence network: the one entry point the network, its
/// node descriptions (`NetworkNodes`), the relay chains and the letter exports use to place a
/// person whose place a letter does not give.
///
/// It asks the whereabouts rule (``Whereabouts/place(of:at:)``), so the network places people
/// exactly as `exile exiles --on` and `exile timeline` do:
/// - with a date, the stays that are attested or within on it (an exile before a residence
///   inside it; of places inside one another, the narrowest: Constantinople inside Trotsky's
///   exile in Turkey), else a single possible stay (Radek's letters of autumn 1928 at Tomsk,
///   after his last letter from there); several places equally likely place no one (Radek
///   in "1928": Tobolsk, then Tomsk);
/// - with no date (a network or map of the whole record), the place of the first exile.
///
/// A letter's own place always wins over the rule (`place(of:sender:)`), and an undated
/// letter gives no date to place its parties by.
///
/// ```swift
/// let placement = try atlas.placement()
/// placement.place(of: "radek", at: try HistoricalDate(parsing: "1928-07-01"))   // "tomsk"
/// placement.place(of: "radek", at: try HistoricalDate(parsing: "1928"))         // nil
/// ```
public struct Placement: Sendable {
    private let whereabouts: Whereabouts

    /// Places people by the whereabouts rule over their stays and attestations.
    public init(whereabouts: Whereabouts) {
        self.whereabouts = whereabouts
    }

    /// Places people by their stays alone (no attestations, no place hierarchy): for tests
    /// and for callers that hold only exiles. ``Atlas/placement()`` gives the full rule.
    ///
    /// - Parameter exiles: the exiles, residences and other stays of every person.
    public init(exiles: [Exile]) {
        self.init(whereabouts: Whereabouts(stays: exiles, attestations: []))
    }

    /// Where `person` was at `date`, or nil.
    ///
    /// - Parameters:
    ///   - person: a person id; nil gives nil.
    ///   - date: a day or a span; nil for no particular date (the first exile).
    /// - Returns: a place id, or nil when the sources do not place the person.
    ///
    /// ```swift
    /// placement.place(of: "trotsky", at: try HistoricalDate(parsing: "1929-02-20"))   // "constantinople"
    /// placement.place(of: "trotsky", at: nil)                                          // "alma-ata"
    /// ```
    public func place(of person: String?, at date: HistoricalDate?) -> String? {
        guard let person else { return nil }
        return whereabouts.place(of: person, at: date)
    }

    /// The places of the person's stays that reach `date` (every stay with no date), in order
    /// of arrival and each once: what `place(of:at:)` chose from, to say which when it cannot
    /// choose. Residences inside an exile are left out.
    ///
    /// ```swift
    /// placement.candidates(of: "radek", at: try HistoricalDate(parsing: "1928"))   // ["tobolsk", "tomsk"]
    /// ```
    public func candidates(of person: String, at date: HistoricalDate?) -> [String] {
        let stays = (whereabouts.stays[person] ?? []).filter { $0.kind.isBanishment && $0.placeID != nil }
        let reached = date.map { date in stays.filter { whereabouts.presence(of: $0, on: date) != nil } } ?? stays
        var seen: Set<String> = []
        return reached.compactMap(\.placeID).filter { seen.insert($0).inserted }
    }

    /// Where a letter's sender or addressee was: the place the letter gives for them, else
    /// the person's place at the letter's date; nil for an undated letter that names no place.
    ///
    /// ```swift
    /// placement.place(of: letter.senders[0], in: letter)   // "alma-ata"
    /// ```
    public func place(of party: LetterParty, in letter: Letter) -> String? {
        if let own = party.placeID { return own }
        guard let date = letter.date else { return nil }
        return place(of: party.personID, at: date)
    }
}

extension Atlas {
    /// The network's placement of people, by the whereabouts rule over everyone's stays,
    /// attestations and the place hierarchy.
    ///
    /// ```swift
    /// try atlas.placement().place(of: "rakovsky", at: try HistoricalDate(parsing: "1928-06"))   // "astrakhan"
    /// ```
    public func placement() throws(AtlasError) -> Placement {
        Placement(whereabouts: try whereabouts())
    }
}
