/// A person's exile (or deportation, residence, asylum, prison) at a place over a period.
///
/// The period's start and end each have a basis (``PeriodBound``): a source states it, the
/// compilers inferred it (and say from what), or it is unknown, and then the EDTF end is open
/// or uncertain (`1928-06/..`). The last date a source mentions the person there is an
/// ``Attestation``, never the end. The place may be unknown (`placeID == nil`, with
/// `placeNote` saying why): the sources name many deportees without saying where they went.
///
/// ```swift
/// var filter = ExileFilter()
/// filter.placeIDs = ["astrakhan"]
/// for exile in try atlas.exiles(filter) {
///     print(exile.personID, exile.period.edtf, exile.end.basis)   // rakovsky 1928-01/.. unknown
/// }
/// ```
public struct Exile: Sendable, Hashable, Codable, Identifiable {
    /// The sort of stay.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Banishment to a place by sentence (Alma Ata, the colonies of Siberia and Soviet Asia).
        case exile
        /// What a source calls semi-exile (*semiexiliado*: Zinoviev at Voronezh).
        case semiExile = "semi-exile"
        /// A deportation; a residence (a home within or after a stay: the inn, then the flat in
        /// Alma Ata), the one kind that is not a banishment; asylum abroad.
        case deportation, residence, asylum
        /// House arrest.
        case houseArrest = "house-arrest"
        /// Imprisonment.
        case prison

        /// Whether the stay is a punishment or refuge (exile, deportation, prison ...) rather
        /// than a home inside one (a residence).
        public var isBanishment: Bool { self != .residence }
    }
    /// The stay's stable id, as in Fixtures/exile.csv (`trotsky-alma-ata`).
    public var id: String
    /// The exiled person, a `person` id (`trotsky`).
    public var personID: String
    /// The place, or nil when the sources do not say where.
    public var placeID: String?
    /// Why the place is unknown, when it is.
    public var placeNote: String?
    /// The sort of stay: exile, deportation, residence, asylum, prison ...
    public var kind: Kind
    /// When the stay lasted (EDTF, `1928-01-25/1929-01-22`); an end no source gives is open or
    /// uncertain, as `start` and `end` say.
    public var period: HistoricalDate
    /// How the start of `period` is known.
    public var start: PeriodBound
    /// How the end of `period` is known.
    public var end: PeriodBound
    /// The source, locator and quote the row rests on.
    public var evidence: Evidence
    /// The compilers' remark on the row; nil when there is none.
    public var note: String?

    /// Creates a stay; both ends default to `PeriodBound.stated`.
    public init(id: String, personID: String, placeID: String?, placeNote: String? = nil,
                kind: Kind = .exile, period: HistoricalDate, start: PeriodBound = .stated,
                end: PeriodBound = .stated, evidence: Evidence, note: String? = nil) {
        self.id = id; self.personID = personID; self.placeID = placeID; self.placeNote = placeNote
        self.kind = kind; self.period = period; self.start = start; self.end = end
        self.evidence = evidence; self.note = note
    }
}

/// How one end of a period is known, and the evidence that sets it.
///
/// ```swift
/// let end = PeriodBound(basis: .inferred, note: "before the memorandum written in Tomsk in June 1928")
/// end.basis.rawValue   // "inferred"
/// ```
public struct PeriodBound: Sendable, Hashable, Codable {
    /// Where the end's date comes from.
    public enum Basis: String, Sendable, Codable, CaseIterable {
        /// A source gives it.
        case stated
        /// The compilers derived it from other facts; the note says from what.
        case inferred
        /// No source gives it: the EDTF end is open (`..`) or uncertain (`1929~`).
        case unknown
    }
    /// Whether a source states the end, the compilers inferred it, or it is unknown.
    public var basis: Basis
    /// The evidence that sets the end: its own, or the row's when the source gives both at
    /// once. Nil for an unknown end, and for an inferred end resting on no single quote.
    public var evidence: Evidence?
    /// For an inferred end, from what; else any remark.
    public var note: String?

    /// Creates a bound; a stated end needs its evidence (see `Exile.boundProblems`).
    public init(basis: Basis, evidence: Evidence? = nil, note: String? = nil) {
        self.basis = basis; self.evidence = evidence; self.note = note
    }

    /// A stated end whose evidence is the row's own.
    public static let stated = PeriodBound(basis: .stated)
}

extension Exile {
    /// What is wrong with the period's ends as written: an end no source gives must be open
    /// (`1928-06/..`) or uncertain (`1928-06/1929~`), never a firm date, so that the last
    /// mention of a stay is not read as its end. Empty when the ends are well formed.
    ///
    /// ```swift
    /// let stay = Exile(id: "x", personID: "radek", placeID: "tomsk",
    ///                  period: try HistoricalDate(parsing: "1928-06/1928-07-14"),
    ///                  end: PeriodBound(basis: .unknown), evidence: evidence)
    /// stay.boundProblems.first   // "the end is unknown, yet the period ends firmly on 1928-07-14; ..."
    /// ```
    public var boundProblems: [(column: String, message: String)] {
        var problems: [(column: String, message: String)] = []
        if end.basis == .unknown, let firm = period.end, firm.qualifier.isEmpty {
            let start = period.start.map { $0.plain ?? $0.earliest.iso } ?? ""
            problems.append(("end_basis", "the end is unknown, yet the period ends firmly on \(firm.plain ?? firm.latest.iso); "
                + "write it open (\(start)/..) or uncertain (\(start)/\(firm.plain ?? firm.latest.iso)~), or give the end's basis"))
        }
        if start.basis == .unknown, let firm = period.start, firm.qualifier.isEmpty {
            let end = period.end.map { $0.plain ?? $0.latest.iso } ?? ""
            problems.append(("start_basis", "the start is unknown, yet the period starts firmly on \(firm.plain ?? firm.earliest.iso); "
                + "write it open (../\(end)) or uncertain (\(firm.plain ?? firm.earliest.iso)~/\(end)), or give the start's basis"))
        }
        if start.basis == .stated, start.evidence == nil {
            problems.append(("start_source_id", "a stated start needs its evidence; give start_source_id and start_locator"))
        }
        if end.basis == .stated, end.evidence == nil {
            problems.append(("end_source_id", "a stated end needs its evidence; give end_source_id and end_locator"))
        }
        return problems
    }
}

extension Exile {
    /// Whether the two stays certainly share a day: each surely began before the other
    /// surely ended. Stays that only may overlap (one ends "June", the next begins "June")
    /// do not.
    ///
    /// ```swift
    /// krasin.certainlyOverlaps(dacha)   // false: 1928-02-15~/1928-06 and 1928-06/1928-23
    /// ```
    public func certainlyOverlaps(_ other: Exile) -> Bool {
        func sureStart(_ stay: Exile) -> Day { stay.period.start?.latest ?? stay.period.earliest }
        func sureEnd(_ stay: Exile) -> Day { stay.period.end?.earliest ?? stay.period.latest }
        return sureStart(self) < sureEnd(other) && sureStart(other) < sureEnd(self)
    }
}
