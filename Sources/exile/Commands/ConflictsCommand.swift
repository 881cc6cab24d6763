import ArgumentParser
import ExileAtlas

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Show the facts on which sources disagree, side by side.",
        discussion: """
            Conflicting claims are all kept: the ship from Odessa is "Ilych" in Deutscher \
            and "Kalinin" in the Mexican national archive. Each row is one claim with its \
            source; rows of one conflict share a number.

            Example:
              exile conflicts --evidence
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let atlas = try database.open()
        let index = try atlas.placeIndex()
        let titles = Dictionary(try atlas.sources().map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var records: [Record] = []
        for (number, conflict) in try atlas.conflicts().enumerated() {
            let about = try describe(subject: conflict.subject, id: conflict.subjectID, atlas: atlas, index: index)
            for claim in conflict.claims {
                let source = claim.evidence.sourceID
                records.append(Record([
                    ("conflict", .integer(number + 1)), ("subject", .entity(id: conflict.subjectID, name: about)),
                    ("property", Cell(claim.property)), ("value", Cell(claim.value)),
                    ("source", .entity(id: source, name: titles[source], display: source)),
                    ("subject_kind", Cell(conflict.subject)),
                ], evidence: claim.evidence))
            }
        }
        try output.print(Report(key: "conflicts", records: records, emptyMessage: "the sources agree on everything recorded",
                                header: ["conflict"] + Cell.entityKeys.map { "subject." + $0 } + ["property", "value"]
                                    + Cell.entityKeys.map { "source." + $0 } + ["subject_kind"]),
                         by: Self.self, atlas: atlas)
    }

    /// A readable label for a claim's subject: "leg 5 of expulsion-1929 (Odessa → Constantinople)".
    private func describe(subject: String, id: String, atlas: Atlas, index: PlaceIndex) throws -> String {
        switch subject {
        case "place":
            return index.name(of: id)
        case "leg":
            guard let leg = try atlas.leg(id: id), let journey = try atlas.journey(id: leg.journeyID) else { return id }
            // The names of the time, read at the leg's departure as `exile route` reads them.
            let when = LegTiming(leg, in: journey).departure
            return "\(leg.journeyID) leg \(leg.sequence): \(index.name(of: leg.fromPlaceID, at: when)) → \(index.name(of: leg.toPlaceID, at: when))"
        case "journey":
            return try atlas.journey(id: id)?.title ?? id
        case "person":
            return try atlas.person(id: id)?.name ?? id
        default:
            return "\(subject) \(id)"
        }
    }
}
