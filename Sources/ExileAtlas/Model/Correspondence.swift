/// A letter, telegram, circular, protest or other message between people and places: one or
/// more senders and one or more addressees (``LetterParty``), each a person or group with the
/// place where they were when known.
///
/// The telegram Trotsky sent from Samara to Kalinin and Menzhinsky is one letter with two
/// addressees. The network counts one message for each pair of sender and addressee nodes.
///
/// ```swift
/// let fromAstrakhan = try atlas.letters(LetterFilter(from: [.places(["astrakhan"])]))
/// fromAstrakhan.first?.senders.first?.personID   // "rakovsky"
/// ```
public struct Letter: Sendable, Hashable, Codable, Identifiable {
    /// What sort of message it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Kinds of message as the sources call them, from a private letter or a telegram to a
        /// circular, a collective declaration or an ultimatum.
        case letter, telegram, circular, protest, report, memorandum, declaration, essay,
             message, note, ultimatum, proposal
    }
    /// How it travelled.
    public enum Channel: String, Sendable, Codable, CaseIterable {
        /// By post, or by telegraph.
        case post, telegraph
        /// By secret courier, outside the state post.
        case secretCourier = "secret-courier"
        /// Handed over in person, or `unknown` when the source does not say.
        case hand, unknown
    }
    /// Whether the row stands for one message or a batch the source does not count.
    public enum Multiplicity: String, Sendable, Codable, CaseIterable {
        /// One message; several (a few, uncounted); many (a correspondence the source does not
        /// count).
        case one, several, many
    }
    /// The letter's stable id, as in Fixtures/letter.csv (`l01-samara-telegram`).
    public var id: String
    /// What sort of message it is: a letter, a telegram, a circular ...
    public var kind: Kind
    /// When it was written or sent, as precisely as the source dates it (EDTF); nil when undated.
    public var date: HistoricalDate?
    /// Who sent it, in the source's order.
    public var senders: [LetterParty]
    /// Who it was addressed to, in the source's order.
    public var addressees: [LetterParty]
    /// How it travelled: post, telegraph, secret courier, by hand, or unknown.
    public var channel: Channel
    /// The person who relayed it on, a `person` id; nil when it went direct or the source does
    /// not say.
    public var relayID: String?
    /// Whether the row is one message or a batch the source does not count.
    public var multiplicity: Multiplicity
    /// The title the message is known by (a memorandum's, an essay's); nil for most letters.
    public var title: String?
    /// The source, locator and quote the letter rests on; its parties share it.
    public var evidence: Evidence
    /// The compilers' remark on the letter; nil when there is none.
    public var note: String?

    /// Creates a letter from its lists of senders and addressees.
    public init(id: String, kind: Kind, date: HistoricalDate? = nil, senders: [LetterParty] = [],
                addressees: [LetterParty] = [], channel: Channel = .unknown, relayID: String? = nil,
                multiplicity: Multiplicity = .one, title: String? = nil, evidence: Evidence,
                note: String? = nil) {
        self.id = id; self.kind = kind; self.date = date; self.senders = senders
        self.addressees = addressees; self.channel = channel; self.relayID = relayID
        self.multiplicity = multiplicity; self.title = title; self.evidence = evidence; self.note = note
    }

    /// A letter from one person (or place) to one person (or place, or group named in words),
    /// as most sources give them.
    ///
    /// ```swift
    /// Letter(id: "l08", kind: .letter, senderID: "rakovsky", senderPlaceID: "astrakhan",
    ///        recipientID: "trotsky", recipientPlaceID: "alma-ata", evidence: evidence)
    /// ```
    public init(id: String, kind: Kind, date: HistoricalDate? = nil, senderID: String?, senderPlaceID: String? = nil,
                recipientID: String? = nil, recipientPlaceID: String? = nil, recipientNote: String? = nil,
                channel: Channel = .unknown, relayID: String? = nil, multiplicity: Multiplicity = .one,
                title: String? = nil, evidence: Evidence, note: String? = nil) {
        let from = senderID != nil || senderPlaceID != nil
            ? [LetterParty(role: .sender, personID: senderID, placeID: senderPlaceID)] : []
        let to = recipientID != nil || recipientPlaceID != nil || recipientNote != nil
            ? [LetterParty(role: .addressee, personID: recipientID, placeID: recipientPlaceID, name: recipientNote)] : []
        self.init(id: id, kind: kind, date: date, senders: from, addressees: to, channel: channel, relayID: relayID,
                  multiplicity: multiplicity, title: title, evidence: evidence, note: note)
    }

    /// Every party, senders first.
    public var parties: [LetterParty] { senders + addressees }

    /// Whether the person sent or received it.
    ///
    /// ```swift
    /// telegram.involves("menzhinsky")   // true
    /// ```
    public func involves(_ personID: String) -> Bool {
        parties.contains { $0.personID == personID }
    }
}

/// One sender or addressee of a letter: a person or group (or only the source's words for
/// them), where they were when known, and how sure each is.
///
/// ```swift
/// LetterParty(role: .addressee, personID: "kalinin", placeID: "moscow", placeCertainty: .inferred)
/// ```
public struct LetterParty: Sendable, Hashable, Codable {
    /// Which side of the letter.
    public enum Role: String, Sendable, Codable, CaseIterable { case sender, addressee }
    /// How sure the identification (or the place) is.
    public enum Certainty: String, Sendable, Codable, CaseIterable {
        /// The source says so.
        case certain
        /// The source hedges, or the identification is doubtful.
        case uncertain
        /// The compilers read it from other facts.
        case inferred
    }
    /// Which side of the letter the party is on.
    public var role: Role
    /// Order among the letter's senders or addressees, from 1.
    public var position: Int
    /// The person or group, a `person` id; nil when only the source's words (`name`) identify the
    /// party.
    public var personID: String?
    /// Where the party was when the letter was sent or received, a `place` id; nil when unknown.
    public var placeID: String?
    /// The source's words when no person row fits ("un amigo", "sus críticos").
    public var name: String?
    /// How sure it is who the party is.
    public var certainty: Certainty
    /// How sure it is where the party was.
    public var placeCertainty: Certainty
    /// The compilers' remark on the party; nil when there is none.
    public var note: String?

    /// Creates a party; both certainties default to `.certain`.
    public init(role: Role, position: Int = 1, personID: String? = nil, placeID: String? = nil, name: String? = nil,
                certainty: Certainty = .certain, placeCertainty: Certainty = .certain, note: String? = nil) {
        self.role = role; self.position = position; self.personID = personID; self.placeID = placeID
        self.name = name; self.certainty = certainty; self.placeCertainty = placeCertainty; self.note = note
    }
}

/// An aggregate count a source states, kept as such and never expanded into letters.
public struct Tally: Sendable, Hashable, Codable, Identifiable {
    /// The person sent the counted items, received them, or neither (`other`).
    public enum Direction: String, Sendable, Codable, CaseIterable { case sent, received, other }
    /// The tally's stable id, as in Fixtures/tally.csv (`trotsky-letters-sent-1928`).
    public var id: String
    /// Whose letters are counted, a `person` id; nil when the count is not one person's.
    public var personID: String?
    /// Where the counted items were sent from or received, a `place` id; nil when not stated.
    public var placeID: String?
    /// Whether the items were sent, received or other.
    public var direction: Direction
    /// What is counted ("letter", "telegram").
    public var item: String
    /// The figure the source states (800 letters); for a range, its lower figure.
    public var count: Int
    /// The upper figure of a range ("between 6,000 and 8,000").
    public var countMax: Int?
    /// The period the count covers (EDTF, `1928-04/1928-10`).
    public var period: HistoricalDate
    /// What the figure covers or leaves out.
    public var scope: String?
    /// The source, locator and quote that state the figure.
    public var evidence: Evidence
    /// The compilers' remark on the tally; nil when there is none.
    public var note: String?
}

/// Regular contact with a colony or region, possibly through a relay.
public struct Contact: Sendable, Hashable, Codable, Identifiable {
    /// The contact's stable id, as in Fixtures/contact.csv (`principal-rakovsky`).
    public var id: String
    /// The person at the sending end, a `person` id; nil when the contact is between places or
    /// groups.
    public var fromPersonID: String?
    /// The sending end, a `place` id (`alma-ata`).
    public var fromPlaceID: String
    /// The person at the receiving end, a `person` id; nil when the contact is with a colony as a
    /// whole.
    public var toPersonID: String?
    /// The receiving end, a `place` id (`astrakhan`).
    public var toPlaceID: String
    /// The person the contact went through (a relay), a `person` id; nil when it was direct.
    public var viaPersonID: String?
    /// The place the contact went through, a `place` id; nil when it was direct or the relay's
    /// place is unknown.
    public var viaPlaceID: String?
    /// How regular the contact was, in the source's words (`principal correspondent`); nil when not
    /// stated.
    public var regularity: String?
    /// When the contact held (EDTF); nil when the source does not date it.
    public var period: HistoricalDate?
    /// The source, locator and quote the contact rests on.
    public var evidence: Evidence
    /// The compilers' remark on the contact; nil when there is none.
    public var note: String?
}

/// A channel of communication and its rhythm: the postman, the secret courier.
public struct Channel: Sendable, Hashable, Codable, Identifiable {
    /// The channel's stable id, as in Fixtures/channel.csv (`postman-alma-ata`).
    public var id: String
    /// What sort of channel it is (`post`, `secret-courier`).
    public var kind: String
    /// Where the channel carried from, a `place` id; nil when the source does not say.
    public var fromPlaceID: String?
    /// Where the channel carried to, a `place` id; nil when the source does not say.
    public var toPlaceID: String?
    /// Who carried, in the source's words (`un cartero inválido que viajaba a caballo`); nil when
    /// not stated.
    public var carrier: String?
    /// The carrier as a `person` id (`invalid-postman`); nil when there is no person row.
    public var carrierPersonID: String?
    /// How the carrier travelled (`horseback`); nil when not stated.
    public var mode: TravelMode?
    /// How often: between `timesMin` and `timesMax` times `per` day, week, month or year.
    public var timesMin: Double?
    /// The highest rate, with `timesMin` (2 to 3 times a week); nil when the source gives one
    /// figure.
    public var timesMax: Double?
    /// The unit of the rate: `day`, `week`, `month` or `year`.
    public var per: String?
    /// When the channel ran (EDTF, `1928-04/1928-11`); nil when the source does not date it.
    public var period: HistoricalDate?
    /// The source, locator and quote the channel rests on.
    public var evidence: Evidence
    /// The compilers' remark on the channel; nil when there is none.
    public var note: String?
}

/// What a source states about an attribute of another fact: a stated distance, a ship's name.
///
/// Claims on the same subject and property from different sources with different values are
/// conflicts when they describe the same moment (``Claim/conflicts(with:)``); the atlas
/// keeps them all.
public struct Claim: Sendable, Hashable, Codable, Identifiable {
    /// The claim's stable id, as in Fixtures/claim.csv (`deportation-1928-1-distance`).
    public var id: String
    /// The table of the fact the claim is about (`leg`, `place`...).
    public var subject: String
    /// The id of the fact in the `subject` table the claim is about (`deportation-1928-1`).
    public var subjectID: String
    /// The attribute the claim is about (`distance`, `duration`, `vehicle`, a temperature).
    public var property: String
    /// The value in the source's words (`unos 50 kilómetros`, `Ilych`).
    public var value: String
    /// The value as a number in `unit` (50), when it is one; nil for a name.
    public var quantity: Double?
    /// The unit of `quantity`: `m`, `km`, `verst`, `mi`, `nmi`, `minute`, `hour`, `day`, `week`,
    /// `degC`, `degR`, `year` or `count`; nil without a quantity.
    public var unit: String?
    /// How the figure is hedged: `exact`, `about`, `at-least`, `more-than`, `up-to` or `less-than`;
    /// nil when the source does not say.
    public var qualifier: String?
    /// When the claim holds, if the source ties it to a moment of its subject (the cold on
    /// the siding, not on the whole journey); nil for the subject as a whole.
    public var moment: HistoricalDate?
    /// The moment in words ("on the siding near Frunze").
    public var momentNote: String?
    /// The source, locator and quote that make the claim.
    public var evidence: Evidence
    /// The compilers' remark on the claim; nil when there is none.
    public var note: String?

    /// Creates a claim; give `quantity` and `unit` when the value is a measure.
    public init(id: String, subject: String, subjectID: String, property: String, value: String,
                quantity: Double? = nil, unit: String? = nil, qualifier: String? = nil,
                moment: HistoricalDate? = nil, momentNote: String? = nil, evidence: Evidence, note: String? = nil) {
        self.id = id; self.subject = subject; self.subjectID = subjectID; self.property = property
        self.value = value; self.quantity = quantity; self.unit = unit; self.qualifier = qualifier
        self.moment = moment; self.momentNote = momentNote; self.evidence = evidence; self.note = note
    }
}

extension Claim {
    /// Whether two claims conflict: the same subject and property, different sources,
    /// different values, and the same moment. Claims without a moment are about their
    /// subject as a whole and meet each other; a claim tied to a moment meets only claims
    /// whose moments overlap it, so the cold on the siding does not contradict the cold of
    /// the whole journey.
    ///
    /// ```swift
    /// ilych.conflicts(with: kalinin)      // true: one ship, two names
    /// siding.conflicts(with: voyage)      // false: two moments
    /// ```
    public func conflicts(with other: Claim) -> Bool {
        guard subject == other.subject, subjectID == other.subjectID, property == other.property,
              evidence.sourceID != other.evidence.sourceID, value != other.value else { return false }
        switch (moment, other.moment) {
        case (nil, nil): return true
        case let (mine?, theirs?): return mine.overlaps(theirs)
        default: return false
        }
    }
}
