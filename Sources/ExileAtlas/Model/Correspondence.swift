/// A letter, telegram, circular, protest or other message between people and places: one or
/// more senders and one or more addressees (``LetterParty``), each a person or group with the
/// place where they were when known.
///
/// The telegram Trotsky sent from Samara to Kalinin and Menzhinsky is one letter with two
/// addressees. The network counts one message for each pair of sender and addressee nodes.
///
/// ```swift
/// let fromAstrakhan = try atlas.letters(LetterFilter(from: .places(["astrakhan"])))
/// fromAstrakhan.first?.senders.first?.personID   // "rakovsky"
/// ```
public struct Letter: Sendable, Hashable, Codable, Identifiable {
    /// What sort of message it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case letter, telegram, circular, protest, report, memorandum, declaration, essay,
             message, note, ultimatum, proposal
    }
    /// How it travelled.
    public enum Channel: String, Sendable, Codable, CaseIterable {
        case post, telegraph
        case secretCourier = "secret-courier"
        case hand, unknown
    }
    /// Whether the row stands for one message or a batch the source does not count.
    public enum Multiplicity: String, Sendable, Codable, CaseIterable {
        case one, several, many
    }
    public var id: String
    public var kind: Kind
    public var date: HistoricalDate?
    /// Who sent it, in the source's order.
    public var senders: [LetterParty]
    /// Who it was addressed to, in the source's order.
    public var addressees: [LetterParty]
    public var channel: Channel
    public var relayID: String?
    public var multiplicity: Multiplicity
    public var title: String?
    public var evidence: Evidence
    public var note: String?

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
    public var role: Role
    /// Order among the letter's senders or addressees, from 1.
    public var position: Int
    public var personID: String?
    public var placeID: String?
    /// The source's words when no person row fits ("un amigo", "sus críticos").
    public var name: String?
    public var certainty: Certainty
    public var placeCertainty: Certainty
    public var note: String?

    public init(role: Role, position: Int = 1, personID: String? = nil, placeID: String? = nil, name: String? = nil,
                certainty: Certainty = .certain, placeCertainty: Certainty = .certain, note: String? = nil) {
        self.role = role; self.position = position; self.personID = personID; self.placeID = placeID
        self.name = name; self.certainty = certainty; self.placeCertainty = placeCertainty; self.note = note
    }
}

/// An aggregate count a source states, kept as such and never expanded into letters.
public struct Tally: Sendable, Hashable, Codable, Identifiable {
    public enum Direction: String, Sendable, Codable, CaseIterable { case sent, received, other }
    public var id: String
    public var personID: String?
    public var placeID: String?
    public var direction: Direction
    /// What is counted ("letter", "telegram").
    public var item: String
    public var count: Int
    /// The upper figure of a range ("between 6,000 and 8,000").
    public var countMax: Int?
    public var period: HistoricalDate
    /// What the figure covers or leaves out.
    public var scope: String?
    public var evidence: Evidence
    public var note: String?
}

/// Regular contact with a colony or region, possibly through a relay.
public struct Contact: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var fromPersonID: String?
    public var fromPlaceID: String
    public var toPersonID: String?
    public var toPlaceID: String
    public var viaPersonID: String?
    public var viaPlaceID: String?
    public var regularity: String?
    public var period: HistoricalDate?
    public var evidence: Evidence
    public var note: String?
}

/// A channel of communication and its rhythm: the postman, the secret courier.
public struct Channel: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var kind: String
    public var fromPlaceID: String?
    public var toPlaceID: String?
    public var carrier: String?
    public var carrierPersonID: String?
    public var mode: TravelMode?
    /// How often: between `timesMin` and `timesMax` times `per` day, week, month or year.
    public var timesMin: Double?
    public var timesMax: Double?
    public var per: String?
    public var period: HistoricalDate?
    public var evidence: Evidence
    public var note: String?
}

/// What a source states about an attribute of another fact: a stated distance, a ship's name.
///
/// Claims on the same subject and property from different sources with different values are
/// conflicts when they describe the same moment (``Claim/conflicts(with:)``); the atlas
/// keeps them all.
public struct Claim: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// The table of the fact the claim is about (`leg`, `place`...).
    public var subject: String
    public var subjectID: String
    public var property: String
    public var value: String
    public var quantity: Double?
    public var unit: String?
    public var qualifier: String?
    /// When the claim holds, if the source ties it to a moment of its subject (the cold on
    /// the siding, not on the whole journey); nil for the subject as a whole.
    public var moment: HistoricalDate?
    /// The moment in words ("on the siding near Frunze").
    public var momentNote: String?
    public var evidence: Evidence
    public var note: String?

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
