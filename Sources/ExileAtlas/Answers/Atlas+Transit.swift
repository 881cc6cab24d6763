extension Atlas {
    /// The transit rule over the shipped (or imported) network, whereabouts, letters and
    /// their dated receipts and replies.
    ///
    /// ```swift
    /// let rule = try atlas.transitRule()
    /// rule.datings().filter { $0.judgement == .impossible }   // [] for the shipped data
    /// ```
    public func transitRule() throws(AtlasError) -> TransitRule {
        let places = try self.places()
        let parents = Dictionary(places.compactMap { place in place.parentID.map { (place.id, $0) } }, uniquingKeysWith: { a, _ in a })
        return TransitRule(planner: try routePlanner(), whereabouts: try whereabouts(), parents: parents,
                           letters: try letters(LetterFilter()), links: try letterLinks())
    }
}
