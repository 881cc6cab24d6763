/// A person's whereabouts in order: their stays, the attestations, and the gaps where
/// nothing places them, each gap with the stays they may have been in.
///
/// A gap is a stretch of four weeks or more, between the first and the last thing known of
/// the person, that no stay's known span and no attestation at a place covers. Attestations dated to more than
/// a month (a letter of "1928") do not close a gap: they prove one unknown day.
///
/// ```swift
/// let timeline = try atlas.whereabouts(personIDs: ["radek"]).timeline(of: "radek")
/// for entry in timeline { print(entry.start.iso, entry.kind) }
/// // 1928-01-01 stay (Tobolsk), 1928-05-10 attestation, ..., 1928-07-15 gap, ...
/// ```
public struct TimelineEntry: Sendable, Hashable {
    /// What the entry is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A stay of the person; an attestation of them somewhere; a gap of four weeks or more that
        /// nothing known covers.
        case stay, attestation, gap
    }
    /// Whether the entry is a stay, an attestation or a gap.
    public var kind: Kind
    /// The first and last day the entry covers.
    public var start: Day
    /// The last day the entry covers; `Day.distantFuture` for a stay whose end is open.
    public var end: Day
    /// The stay, with what the sources establish about it (kind `stay`).
    public var span: Whereabouts.Span?
    /// The attestation (kind `attestation`).
    public var attestation: Attestation?
    /// For a gap: the stays the person may have been in, with their status over it.
    public var possibly: [Exile]

    /// The entry's days as EDTF (`1928-07-15/1928-10-31`), or the stay's or attestation's own date.
    public var edtf: String {
        if let span { return span.stay.period.edtf }
        if let attestation { return attestation.date.edtf }
        return start == end ? start.iso : "\(start.iso)/\(end == .distantFuture ? ".." : end.iso)"
    }
}

extension Whereabouts {
    /// The longest date an attestation may have and still close a gap.
    static let narrowAttestationDays = 31
    /// The shortest stretch the timeline calls a gap.
    static let shortestGapDays = 28

    /// The person's stays, attestations and gaps, in order of their first day (a stay before
    /// an attestation on the same day, a gap after both).
    public func timeline(of personID: String) -> [TimelineEntry] {
        let spans = (stays[personID] ?? []).map(span(of:))
        let evidence = attestations[personID] ?? []
        var entries: [TimelineEntry] = spans.map { span in
            TimelineEntry(kind: .stay, start: span.stay.period.earliest, end: span.stay.period.latest,
                          span: span, attestation: nil, possibly: [])
        }
        entries += evidence.map { attestation in
            TimelineEntry(kind: .attestation, start: attestation.date.earliest, end: attestation.date.latest,
                          span: nil, attestation: attestation, possibly: [])
        }

        // What is known for sure, day by day, as sorted ranges.
        var covered: [ClosedRange<Day>] = spans.compactMap(\.known)
        covered += evidence.filter { $0.placeID != nil && $0.date.latest - $0.date.earliest < Self.narrowAttestationDays }
            .map { $0.date.earliest...$0.date.latest }
        var bounds: [Day] = []
        for span in spans {
            if let known = span.known {
                bounds += [known.lowerBound, known.upperBound]
            } else if let reach = span.reach, reach.lowerBound != .distantPast {
                bounds.append(reach.lowerBound)
            }
        }
        for attestation in evidence { bounds += [attestation.date.earliest, attestation.date.latest] }
        // A gap is a stretch of at least a month: days between two letters of a busy
        // correspondent are not worth a row.
        func appendGap(_ days: ClosedRange<Day>) {
            if days.upperBound - days.lowerBound + 1 >= Self.shortestGapDays { entries.append(gap(days, spans: spans)) }
        }
        if let first = bounds.min(), let last = bounds.max() {
            var cursor = first
            for range in covered.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if range.lowerBound > cursor {
                    appendGap(cursor...range.lowerBound.adding(days: -1))
                }
                if range.upperBound >= cursor { cursor = range.upperBound.adding(days: 1) }
            }
            if cursor <= last { appendGap(cursor...last) }
        }
        let order: [TimelineEntry.Kind: Int] = [.stay: 0, .attestation: 1, .gap: 2]
        return entries.sorted { a, b in
            (a.start, order[a.kind]!, a.end) < (b.start, order[b.kind]!, b.end)
        }
    }

    private func gap(_ days: ClosedRange<Day>, spans: [Span]) -> TimelineEntry {
        let possibly = spans.filter { $0.isPossible(during: days) }.map(\.stay)
        return TimelineEntry(kind: .gap, start: days.lowerBound, end: days.upperBound, span: nil,
                             attestation: nil, possibly: possibly)
    }
}
