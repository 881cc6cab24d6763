/// What a source says of a letter's arrival: when it was received, or which later letter
/// answers it (so that its writer had it by then), with its own evidence.
///
/// ```swift
/// // "Preobrazhensky replicó" (000 L1006): the reply to Trotsky's letter of 2 March.
/// LetterLink(id: "l09-reply-l10", letterID: "l09-preobrazhensky-2-mar", kind: .reply,
///            replyID: "l10-preobrazhensky-reply", evidence: evidence)
/// ```
public struct LetterLink: Sendable, Hashable, Codable, Identifiable {
    /// Whether the source dates the letter's receipt or names a letter written in answer.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// `received` dates when the letter reached its addressee (or `receiverID`).
        case receipt
        /// `replyID` is a letter written in answer: its sender had the letter by its date.
        case reply
    }
    /// The link's stable id, as in Fixtures/letter_link.csv (`l14-receipt`).
    public var id: String
    /// The letter that arrived, a `letter` id.
    public var letterID: String
    /// A dated receipt or a reply.
    public var kind: Kind
    /// The letter written in answer, a `letter` id (kind `reply`); nil for a receipt.
    public var replyID: String?
    /// When the letter was received (kind `receipt`, EDTF); nil for a reply.
    public var received: HistoricalDate?
    /// Who received it when not its addressee, a `person` id; nil for the addressees.
    public var receiverID: String?
    /// A place the letter went through, when the source says so, a `place` id.
    public var viaPlaceID: String?
    /// How sure the link is: stated, hedged, or the compilers' reading.
    public var certainty: LetterParty.Certainty
    /// The source, locator and quote the link rests on.
    public var evidence: Evidence
    /// The compilers' remark; nil when there is none.
    public var note: String?

    /// Creates a link; a reply names `replyID`, a receipt `received`.
    public init(id: String, letterID: String, kind: Kind, replyID: String? = nil, received: HistoricalDate? = nil,
                receiverID: String? = nil, viaPlaceID: String? = nil, certainty: LetterParty.Certainty = .certain,
                evidence: Evidence, note: String? = nil) {
        self.id = id; self.letterID = letterID; self.kind = kind; self.replyID = replyID; self.received = received
        self.receiverID = receiverID; self.viaPlaceID = viaPlaceID; self.certainty = certainty
        self.evidence = evidence; self.note = note
    }
}
