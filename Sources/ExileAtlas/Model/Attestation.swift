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
    public var id: String
    public var personID: String
    /// The place, or nil when the evidence shows the person in exile without saying where.
    public var placeID: String?
    /// What the evidence says instead of a place ("among the exiles").
    public var placeNote: String?
    public var kind: Kind
    public var date: HistoricalDate
    /// The letter the attestation is read from, if it is one.
    public var letterID: String?
    public var evidence: Evidence
    public var note: String?

    public init(id: String, personID: String, placeID: String?, placeNote: String? = nil,
                kind: Kind, date: HistoricalDate, letterID: String? = nil, evidence: Evidence,
                note: String? = nil) {
        self.id = id; self.personID = personID; self.placeID = placeID; self.placeNote = placeNote
        self.kind = kind; self.date = date; self.letterID = letterID; self.evidence = evidence
        self.note = note
    }
}
