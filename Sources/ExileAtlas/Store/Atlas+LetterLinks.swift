import GRDB

extension LetterLink {
    init(row: Row) throws {
        self.init(id: row["id"], letterID: row["letter_id"], kind: Kind(rawValue: row["kind"]) ?? .reply,
                  replyID: row["reply_id"], received: try historicalDate(row, "received"), receiverID: row["receiver_id"],
                  viaPlaceID: row["via_place_id"], certainty: LetterParty.Certainty(rawValue: row["certainty"]) ?? .certain,
                  evidence: Evidence(row: row), note: row["note"])
    }
}

extension Atlas {
    /// Every dated receipt and reply the sources record, by letter.
    ///
    /// ```swift
    /// try atlas.letterLinks().first { $0.kind == .receipt }?.received?.edtf   // "1928-05-10/1928-05-20"
    /// ```
    public func letterLinks() throws(AtlasError) -> [LetterLink] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM letter_link ORDER BY letter_id, id").map(LetterLink.init(row:))
        }
    }
}
