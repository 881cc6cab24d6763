import ArgumentParser
import ExileAtlas

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "One person's whereabouts in order: stays, attestations, and the gaps where nothing places them.",
        discussion: """
            A stay (exile, residence, prison ...) shows how each end is known: stated by a \
            source, inferred (and from what), or unknown. An attestation is a dated piece of \
            evidence that the person was somewhere: a letter they wrote from there, a \
            mention. A gap is a stretch between the first and last thing known of the \
            person that no stay or attestation covers; it names the stays the person may \
            still have been in. The last attestation of a stay is never its end.

            Examples:
              exile timeline Radek
              exile timeline Rakovsky --evidence
              exile timeline trotsky --format json
            """
    )

    @Argument(help: "The person's name (any of their names, in any spelling) or id.")
    var name: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let person = try Resolve.personRow(name, in: atlas), id = person.id
        let entries = try atlas.whereabouts(personIDs: [id]).timeline(of: id)
        let letters = Dictionary(try atlas.letters(personID: id).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let people = try atlas.personNamesByID(ids: letters.values.flatMap { $0.addressees.compactMap(\.personID) })
        let places = try atlas.placeIndex(placeIDs: entries.flatMap { entry in
            [entry.span?.stay.placeID, entry.attestation?.placeID].compactMap { $0 } + entry.possibly.compactMap(\.placeID)
        })
        let records = entries.map { entry -> Record in
            var place: Cell = .absent(keys: Cell.entityKeys), what: String, detail: String, evidence: Evidence?
            var when = try? HistoricalDate(parsing: entry.edtf)
            switch entry.kind {
            case .stay:
                let span = entry.span!, stay = span.stay
                place = Describe.placeEntity(of: stay, places: places)
                when = stay.period
                what = stay.kind.rawValue
                detail = Self.describe(span, places: places)
                evidence = stay.evidence
            case .attestation:
                let attestation = entry.attestation!
                place = attestation.placeID.map { .entity(id: $0, name: places.name(of: $0, at: attestation.date)) }
                    ?? .absent(keys: Cell.entityKeys, display: "not stated")
                when = attestation.date
                what = attestation.kind == .letter ? "wrote" : attestation.kind.rawValue
                if let letter = attestation.letterID.flatMap({ letters[$0] }) {
                    // "letter to Karl Sosnovsky", "circular to his comrades".
                    let to = letter.addressees.compactMap { $0.personID.map { people[$0] ?? $0 } ?? $0.name }
                    detail = letter.kind.rawValue + (to.isEmpty ? "" : " to " + to.joined(separator: ", "))
                        + (letter.title.map { ": \($0)" } ?? "")
                } else {
                    detail = [attestation.note, attestation.placeID == nil ? attestation.placeNote : nil]
                        .compactMap { $0.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 } }.joined(separator: "; ")
                }
                evidence = attestation.evidence
            case .gap:
                what = "gap"
                detail = entry.possibly.isEmpty ? "nothing places the person"
                    : "nothing places the person; possibly at "
                        + entry.possibly.map { Describe.place(of: $0, places: places) }.joined(separator: " or ")
            }
            let letterID = entry.attestation?.letterID
            return Record([
                ("when", .date(when)), ("what", Cell(what)), ("place", place), ("detail", Cell(detail)),
                ("entry", Cell(entry.kind.rawValue)),
                ("start_basis", Cell(entry.span?.stay.start.basis.rawValue)),
                ("end_basis", Cell(entry.span?.stay.end.basis.rawValue)),
                ("start_note", Cell(entry.span?.stay.start.note)), ("end_note", Cell(entry.span?.stay.end.note)),
                ("letter", .entity(id: letterID, name: letterID.map { _ in detail })),
                ("possibly", .entities(entry.possibly.map { (id: $0.placeID, name: Describe.place(of: $0, places: places)) })),
            ], evidence: evidence)
        }
        try output.print(Report([Section(key: "timeline", title: person.name, records: records,
                                     emptyMessage: "nothing records where \(person.name) was",
                                     machineOnly: ["entry", "start_basis", "end_basis", "start_note", "end_note",
                                                   "letter", "possibly"], header: Self.header)]), by: Self.self, atlas: atlas)
    }

    /// The CSV columns of an empty timeline.
    static let header = Cell.dateKeys.map { "when." + $0 } + ["what"] + Cell.entityKeys.map { "place." + $0 }
        + ["detail", "entry", "start_basis", "end_basis", "start_note", "end_note"]
        + Cell.entityKeys.map { "letter." + $0 } + Cell.entityKeys.map { "possibly." + $0 }

    /// "start inferred; end unknown; last attested 1928-07-14 (L950); possibly there until death in 1939".
    static func describe(_ span: Whereabouts.Span, places: PlaceIndex) -> String {
        let stay = span.stay
        func bound(_ name: String, _ bound: PeriodBound) -> String {
            switch bound.basis {
            case .stated: "\(name) stated" + (bound.evidence.map { " (\($0.locator))" } ?? "")
            case .inferred: "\(name) inferred"
            case .unknown: "\(name) unknown"
            }
        }
        var parts = [bound("start", stay.start), bound("end", stay.end)]
        if let last = span.attestations.last, stay.end.basis == .unknown {
            parts.append("last attested \(last.date.edtf) (\(last.evidence.locator))")
        }
        if stay.end.basis == .unknown, let reach = span.reach {
            let until = span.possibleUntil.map { Describe.limit($0, places: places) }
                ?? (reach.upperBound == .distantFuture ? "nothing known ends it" : reach.upperBound.iso)
            parts.append("possibly there until \(until)")
        }
        if stay.placeID == nil, let note = stay.placeNote { parts.append("place unknown: \(note)") }
        return parts.joined(separator: "; ")
    }
}
