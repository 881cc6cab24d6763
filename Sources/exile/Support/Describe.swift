import ExileAtlas

/// Shared wording for values that several commands show.
enum Describe {
    /// The modes of a leg as a phrase: "bus, lorry, sleigh, on foot".
    static func modes(_ modes: [TravelMode]) -> String {
        modes.map(\.label).joined(separator: ", ")
    }

    /// The modes of a leg as a list of their values (`["bus", "on-foot"]`); a table shows the
    /// phrase of `modes(_:)`.
    static func modeList(_ modes: [TravelMode]) -> Cell {
        .shown(.strings(modes.map(\.rawValue)), display: Describe.modes(modes))
    }

    /// A letter's senders or addressees as parties (`Cell.party`): each with the person and
    /// the place at the time as entities, and its name as it reads ("Leon Trotsky (Alma Ata)",
    /// "a friend"); a table shows "Mikhail Kalinin (Moscow); Vyacheslav Menzhinsky (Moscow)".
    static func parties(_ parties: [LetterParty], people: [String: String], places: PlaceIndex,
                        date: HistoricalDate?) -> Cell {
        .parties(parties.map { party in
            let person = party.personID.map { (id: $0, name: people[$0] ?? $0) }
            let place = party.placeID.map { (id: $0, name: places.name(of: $0, at: date)) }
            return .party(person: person, place: place,
                          name: Describe.party(person: person?.name ?? party.name, place: place?.name),
                          uncertain: party.certainty == .uncertain)
        })
    }

    /// A letter's sender or recipient in words: "Trotsky (Alma Ata)", "a friend".
    static func party(person: String?, place: String?) -> String {
        switch (person, place) {
        case let (who?, whereAt?): "\(who) (\(whereAt))"
        case let (who?, nil): who
        case let (nil, whereAt?): whereAt
        default: "unknown"
        }
    }
}

extension Describe {
    /// Claims grouped by property, in first-seen order: one value as it is; values that
    /// differ between sources side by side with their sources ("Ilych (deutscher-1959) /
    /// Kalinin (agn-mexico)"), so a disagreement is never hidden.
    static func claims(_ claims: [Claim]) -> [(property: String, text: String)] {
        var order: [String] = []
        var byProperty: [String: [Claim]] = [:]
        for claim in claims {
            if byProperty[claim.property] == nil { order.append(claim.property) }
            byProperty[claim.property, default: []].append(claim)
        }
        return order.map { property in
            let group = byProperty[property]!
            let values = Set(group.map(\.value))
            let text = values.count == 1 ? group[0].value
                : group.map { "\($0.value) (\($0.evidence.sourceID))" }.joined(separator: " / ") + " [sources disagree]"
            return (property.replacingOccurrences(of: "-", with: " "), text)
        }
    }
}

extension Describe {
    /// A letter as a row: its date, kind, senders and addressees (with their places at the
    /// time) and title.
    static func letter(_ letter: Letter, people: [String: String], places: PlaceIndex) -> Record {
        Record([
            ("date", .date(letter.date)), ("kind", Cell(letter.kind.rawValue)),
            ("senders", parties(letter.senders, people: people, places: places, date: letter.date)),
            ("addressees", parties(letter.addressees, people: people, places: places, date: letter.date)),
            ("title", Cell(letter.title)),
        ], evidence: letter.evidence)
    }

    /// A letter or contact named by its kind and date, as a network row lists its sources and
    /// evidence says what it is evidence of: `{"id": "l38-rakovsky-14-jul", "name": "letter
    /// 1928-07-14"}`, `{"id": "principal-rakovsky", "name": "contact 1928"}`.
    static func tie(id: String, kind: String, date: HistoricalDate?) -> Cell {
        .entity(id: id, name: "\(kind) \(date?.edtf ?? "undated")")
    }

    /// The letters section of `person` and `place`: each letter as `letter(_:people:places:)`
    /// gives it, with its id for programs (`Section.machineOnly`).
    static func letterSection(_ letters: [Letter], people: [String: String], places: PlaceIndex,
                              title: String, emptyMessage: String) -> Section {
        Section(key: "letters", title: title, records: letters.map { letter in
            var record = Describe.letter(letter, people: people, places: places)
            record.fields.append((name: "id", value: .text(letter.id)))
            return record
        }, emptyMessage: emptyMessage, machineOnly: ["id"])
    }
}

extension Describe {
    /// Where a stay was, by the name of its time, or "unknown" when the sources do not say.
    static func place(of stay: Exile, places: PlaceIndex) -> String {
        stay.placeID.map { places.name(of: $0, at: stay.period) } ?? "unknown"
    }

    /// Where a stay was, as an entity named as in its time; null (shown "unknown") when the
    /// sources do not say.
    static func placeEntity(of stay: Exile, places: PlaceIndex) -> Cell {
        stay.placeID.map { .entity(id: $0, name: places.name(of: $0, at: stay.period)) }
            ?? .absent(keys: Cell.entityKeys, display: "unknown")
    }

    /// Why a stay has its status on a date: "letter 1928-07-14 (L950)", "within
    /// 1928-01-25/1929-01-22", "last attested: letter 1928-07-14 (L950); end unknown; possible
    /// until death in 1939".
    static func presence(_ presence: Whereabouts.Presence, places: PlaceIndex) -> String {
        let last = presence.evidence.last.map { "\($0.kind.rawValue) \($0.date.edtf) (\($0.evidence.locator))" }
        switch presence.status {
        case .attested:
            return last ?? "attested"
        case .within:
            let stay = presence.stay
            return "within \(stay.period.edtf)" + (stay.end.basis == .unknown ? "; end unknown" : ", end \(stay.end.basis.rawValue)")
        case .possible:
            let until = presence.span.possibleUntil.map { "; possible until " + limit($0, places: places) } ?? ""
            return (last.map { "last attested: \($0); " } ?? "") + "end unknown\(until)"
        }
    }

    /// What ends a possible stay, in words: "the exile at Tomsk from 1928-06~", "death in 1939".
    static func limit(_ limit: Whereabouts.Limit, places: PlaceIndex) -> String {
        switch limit {
        case let .stay(stay):
            let place = stay.placeID.map { places.name(of: $0, at: stay.period) } ?? "an unknown place"
            return "the \(stay.kind.rawValue) at \(place) from \(stay.period.start.map { $0.plain ?? $0.earliest.iso } ?? "?")"
        case let .attestation(attestation):
            let place = attestation.placeID.map { places.name(of: $0, at: attestation.date) } ?? "elsewhere"
            return "attested at \(place), \(attestation.date.edtf)"
        case let .death(date):
            return "death in \(date.edtf)"
        case let .periodEnd(period):
            return "the period's end \(period.end.map { $0.plain ?? $0.latest.iso } ?? period.latest.iso)"
        }
    }
}
