/// A dated piece of evidence that a person was at a place, or was in exile with the place
/// not stated: a mention, a report, a meeting, or a letter they sent from there.
///
/// Attestations are not periods. Radek is attested at Tobolsk on 10 May 1928 (a letter
/// written there) and at Tomsk on 14 July 1928; neither date ends a stay. The atlas keeps
/// mentions in the `attestation` table and reads letters as attestations of their sender
/// (``Atlas/attestations(personID:)``), so a letter is never copied.
///
/// ```swift
/// for attestation in try atlas.attestations(personID: "radek") {
///     print(attestation.date.edtf, attestation.placeID ?? "place not stated")
/// }
/// // 1928-05-10 tobolsk, 1928-06 tomsk, 1928-07-14 tomsk, 1928-10 place not stated ...
/// ```
public struct Attestation: Sendable, Hashable, Codable, Identifiable {
    /// What the evidence is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A source says the person was there (or in exile) at that time.
        case mention
        /// Someone reported the person there.
        case report
        /// The person was met there.
        case meeting
        /// The person was arrested there.
        case arrest
        /// The person wrote from there (a row of `letter`, or a letter the atlas does not list).
        case letter
    }
    /// The attestation's stable id, as in Fixtures/attestation.csv
    /// (`rakovsky-astrakhan-gosplan-1928`); for a letter read as an attestation, `letter-` and
    /// the letter's id.
    public var id: String
    /// The person attested, a `person` id (`radek`).
    public var personID: String
    /// The place, or nil when the evidence shows the person in exile without saying where.
    public var placeID: String?
    /// What the evidence says instead of a place ("among the exiles").
    public var placeNote: String?
    /// Whether the evidence is a mention, a report, a meeting, an arrest or a letter.
    public var kind: Kind
    /// When the person was there, as precisely as the source dates it (EDTF, `1928-05-10`, `1928`).
    public var date: HistoricalDate
    /// The letter the attestation is read from, if it is one.
    public var letterID: String?
    /// The source, locator and quote the attestation rests on.
    public var evidence: Evidence
    /// The compilers' remark on the row (how the date was derived, say); nil when there is none.
    public var note: String?

    /// Creates an attestation; `placeID` nil means the evidence does not say where (give
    /// `placeNote`).
    public init(id: String, personID: String, placeID: String?, placeNote: String? = nil,
                kind: Kind, date: HistoricalDate, letterID: String? = nil, evidence: Evidence,
                note: String? = nil) {
        self.id = id; self.personID = personID; self.placeID = placeID; self.placeNote = placeNote
        self.kind = kind; self.date = date; self.letterID = letterID; self.evidence = evidence
        self.note = note
    }
}
