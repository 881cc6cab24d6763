import ExileAtlas

/// How `letters --transit` and `check --plausibility` show the transit rule's answers
/// (``TransitRule``): cells for the JSON, CSV and table shapes, and sentences for gaps.
enum TransitText {
    /// The members of a transit: `{"km", "hours", "days"}`.
    static let transitKeys = ["km", "hours", "days"]

    /// The members of one dating, flattened as CSV columns.
    static let datingKeys = ["link", "kind"] + Cell.entityKeys.map { "reply." + $0 } + Cell.dateKeys.map { "date." + $0 }
        + Cell.rangeKeys.map { "slack_days." + $0 } + ["needed_days", "judgement"]

    /// The fields `--transit` adds to a letter row.
    static let letterFields = Cell.entityKeys.map { "from_place." + $0 } + ["from_basis"]
        + Cell.entityKeys.map { "to_place." + $0 } + ["to_basis"] + Cell.dateKeys.map { "network_date." + $0 }
        + transitKeys.map { "transit." + $0 } + ["transit_note"] + datingKeys.map { "datings." + $0 } + ["judgement"]

    /// The transit of a letter as row fields.
    static func fields(_ transit: LetterTransit, places: PlaceIndex) -> [(String, Cell)] {
        let date = transit.letter.date
        func place(_ end: LetterTransit.End?) -> Cell {
            end.map { .entity(id: $0.placeID, name: places.name(of: $0.placeID, at: date)) }
                ?? .absent(keys: Cell.entityKeys, display: "unknown")
        }
        let note = transit.gap.map { gap(of: $0, places: places) }
        let transitCell: Cell = transit.route.map { route in
            let hours = route.hours.isNaN ? nil : route.hours
            return .object([("km", Cell(route.lengthKm, decimals: Decimals.length)), ("hours", Cell(hours, decimals: Decimals.time)),
                            ("days", Cell(hours.map { $0 / 24 }, decimals: Decimals.time))],
                           display: "\(formatted(route.lengthKm, decimals: 0)) km, \(hours.map { formatted($0 / 24, decimals: 1) } ?? "?") d")
        } ?? .absent(keys: transitKeys, display: note ?? "")
        let datings = transit.datings.map { dating($0, places: places) }
        let worst = transit.datings.map(\.judgement).max { rank($0) < rank($1) }
        return [
            ("from_place", place(transit.from)), ("from_basis", Cell(transit.from?.basis.rawValue)),
            ("to_place", place(transit.to)), ("to_basis", Cell(transit.to?.basis.rawValue)),
            ("network_date", .date(transit.networkDate)), ("transit", transitCell), ("transit_note", Cell(note)),
            ("datings", .shown(.list(datings, itemKeys: datingKeys), display: datings.map(\.display).joined(separator: "; "))),
            ("judgement", Cell(worst?.rawValue)),
        ]
    }

    /// The fields a table leaves out with --transit (JSON and CSV keep them): the places are in
    /// the parties, and the title gives way to the transit.
    static let machineOnly: Set<String> = ["from_basis", "to_basis", "network_date", "transit_note", "from_place", "to_place", "title"]

    /// How bad a judgement is, for the letter's worst.
    static func rank(_ judgement: LetterTransit.Judgement) -> Int {
        switch judgement {
        case .unjudged: 0
        case .plausible: 1
        case .tight: 2
        case .impossible: 3
        }
    }

    /// One receipt or reply as an object; a table shows "reply 1928-03/1928-12: -1 to 304 d, needs 8: tight".
    static func dating(_ dating: LetterTransit.Dating, places: PlaceIndex) -> Cell {
        let slack = Cell.range(dating.slackDays.min.map(Double.init), dating.slackDays.max.map(Double.init), decimals: 0)
        let reply: Cell = dating.reply.map { Describe.tie(id: $0.id, kind: $0.kind.rawValue, date: $0.date) } ?? .absent(keys: Cell.entityKeys)
        let slackText = slack.display.isEmpty ? "slack unknown" : "\(slackRange(dating)) d"
        let need = dating.neededDays.map { ", needs \($0)" } ?? ""
        return .object([
            ("link", .text(dating.link.id)), ("kind", .text(dating.link.kind.rawValue)), ("reply", reply),
            ("date", .date(dating.by)), ("slack_days", slack), ("needed_days", Cell(dating.neededDays)),
            ("judgement", .text(dating.judgement.rawValue)),
        ], display: "\(dating.link.kind.rawValue) \(dating.by?.edtf ?? "undated"): \(slackText)\(need): \(dating.judgement.rawValue)")
    }

    /// "2 to 12" or "5": the slack's range in days, "?" at an open end.
    static func slackRange(_ dating: LetterTransit.Dating) -> String {
        let low = dating.slackDays.min.map(String.init) ?? "?", high = dating.slackDays.max.map(String.init) ?? "?"
        return low == high ? low : "\(low) to \(high)"
    }

    /// Why a letter has no transit, in words.
    static func gap(of gap: LetterTransit.Gap, places: PlaceIndex) -> String {
        switch gap {
        case .undated:
            return "undated: no network to use"
        case let .placeUnknown(role, possible):
            let who = role == .sender ? "sender's" : "addressee's"
            return "the \(who) place is unknown" + (possible.map { " (possibly \(places.name(of: $0)), not attested then)" } ?? "")
        case let .noRoute(failure):
            switch failure {
            case let .noLinks(place): return "\(places.name(of: place)) is not on the transport network"
            case .unreachable: return "no route over the links open then"
            default: return PlanText.failure(failure, index: places)
            }
        }
    }

    /// A finding of `check --plausibility` for an impossible dating, with the evidence on both sides.
    static func finding(_ dating: LetterTransit.Dating, places: PlaceIndex) -> String {
        let letter = dating.letter
        let sent = "letter \(letter.id) dated \(letter.date?.edtf ?? "undated") (\(letter.evidence.sourceID) \(letter.evidence.locator))"
        let other = dating.reply.map { "answered by \($0.id) dated \($0.date?.edtf ?? "undated") (\($0.evidence.sourceID) \($0.evidence.locator))" }
            ?? "received \(dating.by?.edtf ?? "undated")"
        let evidence = dating.link.evidence
        let link = "\(evidence.sourceID) \(evidence.locator)" + (evidence.quote.isEmpty ? "" : ": \"\(evidence.quote)\"")
        let route: String
        if let r = dating.route, let from = dating.from, let to = dating.to {
            route = "the fastest route \(places.name(of: from.networkPlaceID)) to \(places.name(of: to.networkPlaceID)) takes \(formatted(r.hours / 24, decimals: 1)) days (\(formatted(r.lengthKm, decimals: 0)) km)"
        } else {
            route = "the answer is dated before the letter"
        }
        let slack = dating.slackDays.min == dating.slackDays.max ? counted(dating.slackDays.min ?? 0, "day") : "\(slackRange(dating)) days"
        return "\(sent) \(other) [\(link)]: \(slack) between them, but \(route); re-read one of the dates"
    }

    /// A finding of `check --plausibility` for a leg faster than its modes allow, with its evidence.
    static func finding(_ pace: LegPace) -> String {
        let leg = pace.step.leg
        let dates = "departed \(leg.departed?.edtf ?? "?"), arrived \(leg.arrived?.edtf ?? "?") (\(leg.evidence.sourceID) \(leg.evidence.locator))"
        let length = pace.isStated ? "the stated \(formatted(pace.km, decimals: 0)) km" : "at least \(formatted(pace.km, decimals: 0)) km (geodesic)"
        let range = pace.days.lowerBound == pace.days.upperBound ? counted(pace.days.lowerBound, "day")
            : "\(pace.days.lowerBound) to \(pace.days.upperBound) days"
        return "\(pace.step.fromName) to \(pace.step.toName): \(dates) gives \(range) for \(length), which needs \(counted(pace.neededDays, "day")) at \(formatted(pace.kmPerHour, decimals: 0)) km/h by \(pace.mode.label) ('exile plan --speeds'); re-read the dates or the speed"
    }
}
