-- Exile Atlas schema, migration 3: who was where, when.
--
-- * An exile (or residence, prison ...) is a period whose start and end each have a basis:
--   `stated` (a source gives it: the end's own source, locator and quote, or, when those are
--   empty, the row's), `inferred` (start_note / end_note say from what) or `unknown` (the
--   period's EDTF end is then open or uncertain: `1928-06/..`, `1928-06/1929~`). The last
--   date a source mentions is an attestation, never an end.
-- * An exile's place may be unknown (the sources name the deportee, not where to):
--   `place_id` is NULL and `place_note` says why.
-- * Attestations: dated evidence that a person was at a place, or in exile with the place
--   not stated. Letters a person sent from a place are attestations too; the library reads
--   them from `letter` rather than copying them here.
-- * Place candidates: the identifications a source's name allows (Deutscher's "Kaminsk"),
--   each with its coordinate and reason; one is chosen (its coordinate is the place's) and
--   a place with candidates is shown as uncertain everywhere.
-- * Claims may name the moment they describe; claims conflict only when their moments meet.

CREATE TABLE exile_new (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    person_id   TEXT NOT NULL REFERENCES person(id) ON UPDATE CASCADE,
    place_id    TEXT REFERENCES place(id) ON UPDATE CASCADE,
    place_note  TEXT,          -- why the place is unknown ('deportados a otros lugares')
    kind        TEXT NOT NULL DEFAULT 'exile' CHECK (kind IN (
                    'exile', 'semi-exile', 'deportation', 'residence', 'asylum',
                    'house-arrest', 'prison')),
    period      TEXT NOT NULL CHECK (period GLOB '[0-9./]*'),
    period_earliest TEXT NOT NULL,
    period_latest   TEXT NOT NULL,
    start_basis TEXT NOT NULL DEFAULT 'stated' CHECK (start_basis IN ('stated', 'inferred', 'unknown')),
    start_source_id TEXT REFERENCES source(id),
    start_locator   TEXT,
    start_quote     TEXT,
    start_note      TEXT,      -- for an inferred start: from what
    end_basis   TEXT NOT NULL DEFAULT 'stated' CHECK (end_basis IN ('stated', 'inferred', 'unknown')),
    end_source_id TEXT REFERENCES source(id),
    end_locator   TEXT,
    end_quote     TEXT,
    end_note      TEXT,        -- for an inferred end: from what
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK (period_earliest <= period_latest),
    CHECK (place_id IS NOT NULL OR coalesce(length(place_note), 0) > 0),
    CHECK ((start_source_id IS NULL) = (start_locator IS NULL)),
    CHECK ((end_source_id IS NULL) = (end_locator IS NULL)),
    CHECK (start_basis <> 'inferred' OR coalesce(length(start_note), 0) > 0),
    CHECK (end_basis <> 'inferred' OR coalesce(length(end_note), 0) > 0)
) STRICT;
INSERT INTO exile_new (id, person_id, place_id, kind, period, period_earliest, period_latest,
                       source_id, locator, quote, note, origin)
    SELECT id, person_id, place_id, kind, period, period_earliest, period_latest,
           source_id, locator, quote, note, origin FROM exile;
DROP TABLE exile;
ALTER TABLE exile_new RENAME TO exile;
CREATE INDEX exile_place ON exile(place_id, period_earliest, period_latest);
CREATE INDEX exile_person ON exile(person_id, period_earliest);

CREATE TABLE attestation (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    person_id   TEXT NOT NULL REFERENCES person(id) ON UPDATE CASCADE,
    place_id    TEXT REFERENCES place(id) ON UPDATE CASCADE,
    place_note  TEXT,          -- when the place is not stated: what the evidence does say
    kind        TEXT NOT NULL CHECK (kind IN ('mention', 'report', 'meeting', 'arrest', 'letter')),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9.]*'),
    date_earliest TEXT NOT NULL,
    date_latest   TEXT NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK (date_earliest <= date_latest),
    CHECK (place_id IS NOT NULL OR coalesce(length(place_note), 0) > 0)
) STRICT;
CREATE INDEX attestation_person ON attestation(person_id, date_earliest);
CREATE INDEX attestation_place ON attestation(place_id, date_earliest);

CREATE TABLE place_candidate (
    place_id    TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) > 0),   -- the candidate as a gazetteer names it
    latitude    REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude   REAL CHECK (longitude BETWEEN -180 AND 180),
    coord_source_id TEXT REFERENCES source(id),
    coord_ref   TEXT,
    chosen      INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    reason      TEXT NOT NULL CHECK (length(reason) > 0),  -- why it fits, or why it is less likely
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    PRIMARY KEY (place_id, name),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (latitude IS NULL OR coord_source_id IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX place_candidate_chosen ON place_candidate(place_id) WHERE chosen = 1;

ALTER TABLE claim ADD COLUMN moment TEXT CHECK (moment IS NULL OR moment GLOB '[0-9.]*');
ALTER TABLE claim ADD COLUMN moment_earliest TEXT;
ALTER TABLE claim ADD COLUMN moment_latest TEXT;
ALTER TABLE claim ADD COLUMN moment_note TEXT;   -- the moment in words: 'on the siding', 'through Siberia'
