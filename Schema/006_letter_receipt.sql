-- Exile Atlas schema, migration 6: when letters arrived, and which letters answer which.
--
-- (Migration 5 is another change; migrations apply in file-name order. IF NOT EXISTS lets
-- a database built before 005 was merged, which counted this as its fifth, run it again.)
--
-- A source may date a letter's receipt ("Trotsky cobró conciencia de estos hechos sólo a
-- mediados de mayo") or say that a later letter answers it ("Preobrazhensky replicó"). Each
-- such statement is one `letter_link` row with its own evidence:
--   kind `receipt`: `received` (EDTF) is when it reached its addressee, or `receiver_id`
--                   when someone else got it;
--   kind `reply`:   `reply_id` is the letter written in answer, whose sender must have had
--                   the letter by the reply's date.
-- `via_place_id` is a place the letter went through when the source says so (Radek's
-- treatise reached Trotsky "por trasmano desde Moscú"). `certainty`: certain (the source
-- says so), uncertain, or inferred (the compilers read it from the text; `note` says how).
-- `exile letters --transit` and `exile check --plausibility` compare these datings with the
-- fastest route over the transport network of the letter's date.
CREATE TABLE IF NOT EXISTS letter_link (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    letter_id   TEXT NOT NULL REFERENCES letter(id) ON UPDATE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('receipt', 'reply')),
    reply_id    TEXT REFERENCES letter(id) ON UPDATE CASCADE,
    received    TEXT CHECK (received IS NULL OR received GLOB '[0-9.]*'),
    received_earliest TEXT,
    received_latest   TEXT,
    receiver_id TEXT REFERENCES person(id) ON UPDATE CASCADE,
    via_place_id TEXT REFERENCES place(id) ON UPDATE CASCADE,
    certainty   TEXT NOT NULL DEFAULT 'certain' CHECK (certainty IN ('certain', 'uncertain', 'inferred')),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK ((kind = 'reply') = (reply_id IS NOT NULL)),
    CHECK ((kind = 'receipt') = (received IS NOT NULL)),
    CHECK (reply_id IS NULL OR reply_id <> letter_id),
    CHECK ((received IS NULL) = (received_earliest IS NULL) AND (received IS NULL) = (received_latest IS NULL)),
    CHECK (received_earliest IS NULL OR received_earliest <= received_latest)
) STRICT;
CREATE INDEX IF NOT EXISTS letter_link_letter ON letter_link(letter_id);
CREATE INDEX IF NOT EXISTS letter_link_reply ON letter_link(reply_id);
