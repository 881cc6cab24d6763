-- Exile Atlas schema, migration 1: the whole model.
--
-- Rules (DESIGN.md):
-- * Every fact row carries its evidence: source_id, locator (file:line or page, or a
--   reference id such as geonames:1526384) and quote (the exact words of a seed text;
--   empty only when the source is a reference or an estimate, not a text).
-- * Dates are EDTF strings; `*_earliest` / `*_latest` are the derived bounding days
--   (ISO 'YYYY-MM-DD'; an open end is '0001-01-01' or '9999-12-31') so range queries use
--   indexes. The EDTF grammar is checked by the library before a row is written.
-- * `origin` says whether a row came from the shipped fixtures or from a user import:
--   rebuilding the fixtures only ever replaces 'fixture' rows.

CREATE TABLE source (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    kind        TEXT NOT NULL CHECK (kind IN ('text', 'reference', 'estimate')),
    title       TEXT NOT NULL CHECK (length(title) > 0),
    author      TEXT,
    year        TEXT,
    language    TEXT,
    file        TEXT,          -- the seed file a locator's line numbers refer to
    citation    TEXT,          -- full bibliographic reference
    url         TEXT,
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user'))
) STRICT;

CREATE TABLE place (
    id              TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    name            TEXT NOT NULL CHECK (length(name) > 0),
    kind            TEXT NOT NULL CHECK (kind IN (
                        'city', 'town', 'village', 'port', 'station', 'siding', 'stop',
                        'house', 'building', 'street', 'institution', 'pass', 'river',
                        'lake', 'sea', 'island', 'region', 'country')),
    parent_id       TEXT REFERENCES place(id) ON UPDATE CASCADE,
    latitude        REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude       REAL CHECK (longitude BETWEEN -180 AND 180),
    coord_source_id TEXT REFERENCES source(id),
    coord_ref       TEXT,      -- geonames:NNN, wikidata:QNNN, or what the estimate rests on
    coord_note      TEXT,      -- precision, or why the place is unlocated
    source_id       TEXT NOT NULL REFERENCES source(id),
    locator         TEXT NOT NULL CHECK (length(locator) > 0),
    quote           TEXT NOT NULL DEFAULT '',
    note            TEXT,
    origin          TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (latitude IS NULL OR coord_source_id IS NOT NULL),
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX place_parent ON place(parent_id);
CREATE INDEX place_kind ON place(kind);

-- Names of a place over time and in several languages and spellings.
CREATE TABLE place_name (
    place_id    TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    language    TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 8),   -- en, es, ru, kk, ...
    kind        TEXT NOT NULL CHECK (kind IN ('official', 'text', 'variant', 'ocr', 'modern')),
    period      TEXT CHECK (period IS NULL OR period GLOB '[0-9.]*'),
    period_earliest TEXT,
    period_latest   TEXT,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    PRIMARY KEY (place_id, name, language),
    CHECK ((period IS NULL) = (period_earliest IS NULL) AND (period IS NULL) = (period_latest IS NULL)),
    CHECK (period_earliest IS NULL OR period_earliest <= period_latest)
) STRICT;
CREATE INDEX place_name_period ON place_name(place_id, period_earliest, period_latest);

CREATE TABLE person (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    kind        TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'group', 'unnamed')),
    born        TEXT CHECK (born IS NULL OR born GLOB '[0-9.]*'),
    died        TEXT CHECK (died IS NULL OR died GLOB '[0-9.]*'),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user'))
) STRICT;

CREATE TABLE person_name (
    person_id   TEXT NOT NULL REFERENCES person(id) ON UPDATE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    language    TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 8),
    kind        TEXT NOT NULL CHECK (kind IN ('official', 'text', 'variant', 'ocr', 'diminutive', 'birth')),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    PRIMARY KEY (person_id, name, language)
) STRICT;

CREATE TABLE person_role (
    person_id   TEXT NOT NULL REFERENCES person(id) ON UPDATE CASCADE,
    role        TEXT NOT NULL CHECK (role IN (
                    'deportee', 'family', 'secretary', 'escort', 'courier', 'official',
                    'capitulator', 'decemist', 'correspondent', 'foreign-communist',
                    'author', 'historical')),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    PRIMARY KEY (person_id, role)
) STRICT;
CREATE INDEX person_role_role ON person_role(role);

-- A person's exile (or deportation, prison, asylum...) at a place over a period.
CREATE TABLE exile (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    person_id   TEXT NOT NULL REFERENCES person(id) ON UPDATE CASCADE,
    place_id    TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'exile' CHECK (kind IN (
                    'exile', 'semi-exile', 'deportation', 'residence', 'asylum',
                    'house-arrest', 'prison')),
    period      TEXT NOT NULL CHECK (period GLOB '[0-9.]*'),
    period_earliest TEXT NOT NULL,
    period_latest   TEXT NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK (period_earliest <= period_latest)
) STRICT;
CREATE INDEX exile_place ON exile(place_id, period_earliest, period_latest);
CREATE INDEX exile_person ON exile(person_id, period_earliest);

CREATE TABLE journey (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    person_id   TEXT NOT NULL REFERENCES person(id) ON UPDATE CASCADE,   -- the principal traveller
    title       TEXT NOT NULL CHECK (length(title) > 0),
    period      TEXT NOT NULL CHECK (period GLOB '[0-9.]*'),
    period_earliest TEXT NOT NULL,
    period_latest   TEXT NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK (period_earliest <= period_latest)
) STRICT;
CREATE INDEX journey_person ON journey(person_id, period_earliest);

-- Who else travelled, for the whole journey or part of it.
CREATE TABLE journey_traveller (
    journey_id  TEXT NOT NULL REFERENCES journey(id) ON UPDATE CASCADE,
    person_id   TEXT NOT NULL REFERENCES person(id) ON UPDATE CASCADE,
    part        TEXT NOT NULL DEFAULT 'whole' CHECK (part IN ('whole', 'part')),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    PRIMARY KEY (journey_id, person_id)
) STRICT;

-- One leg of a journey. `modes` lists one or more travel modes joined by '+', in the
-- order the source gives them ('bus+lorry+sleigh+on-foot'); a trigger checks each.
-- Stated distances and durations, and contested attributes (the ship's name), are claims.
CREATE TABLE leg (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    journey_id  TEXT NOT NULL REFERENCES journey(id) ON UPDATE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    from_place_id TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    to_place_id   TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    departed    TEXT CHECK (departed IS NULL OR departed GLOB '[0-9.]*'),
    departed_earliest TEXT,
    departed_latest   TEXT,
    arrived     TEXT CHECK (arrived IS NULL OR arrived GLOB '[0-9.]*'),
    arrived_earliest  TEXT,
    arrived_latest    TEXT,
    modes       TEXT NOT NULL CHECK (length(modes) > 0),
    vehicle     TEXT,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    UNIQUE (journey_id, seq),
    CHECK ((departed IS NULL) = (departed_earliest IS NULL) AND (departed IS NULL) = (departed_latest IS NULL)),
    CHECK ((arrived IS NULL) = (arrived_earliest IS NULL) AND (arrived IS NULL) = (arrived_latest IS NULL)),
    CHECK (departed_earliest IS NULL OR departed_earliest <= departed_latest),
    CHECK (arrived_earliest IS NULL OR arrived_earliest <= arrived_latest),
    CHECK (departed_earliest IS NULL OR arrived_latest IS NULL OR departed_earliest <= arrived_latest)
) STRICT;
CREATE INDEX leg_from ON leg(from_place_id);
CREATE INDEX leg_to ON leg(to_place_id);

-- The travel modes: one table so that legs, links and user imports share one list.
CREATE TABLE travel_mode (
    mode        TEXT PRIMARY KEY,
    label       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO travel_mode(mode, label) VALUES
    ('rail', 'rail'), ('road', 'road'), ('bus', 'bus'), ('lorry', 'lorry'),
    ('sleigh', 'sleigh'), ('on-foot', 'on foot'), ('ship', 'ship'), ('boat', 'boat'),
    ('icebreaker', 'icebreaker'), ('car', 'car'), ('tractor', 'tractor'),
    ('horseback', 'horseback'), ('river', 'river boat'), ('caravan', 'caravan'),
    ('unknown', 'not stated');

CREATE TRIGGER leg_modes_insert BEFORE INSERT ON leg
WHEN EXISTS (SELECT 1 FROM json_each('["' || replace(NEW.modes, '+', '","') || '"]')
             WHERE value NOT IN (SELECT mode FROM travel_mode))
BEGIN SELECT RAISE(ABORT, 'leg.modes holds a mode that is not in travel_mode'); END;
CREATE TRIGGER leg_modes_update BEFORE UPDATE OF modes ON leg
WHEN EXISTS (SELECT 1 FROM json_each('["' || replace(NEW.modes, '+', '","') || '"]')
             WHERE value NOT IN (SELECT mode FROM travel_mode))
BEGIN SELECT RAISE(ABORT, 'leg.modes holds a mode that is not in travel_mode'); END;

-- A transport link of the period, for the route planner.
CREATE TABLE link (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    from_place_id TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    to_place_id   TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    mode        TEXT NOT NULL REFERENCES travel_mode(mode),
    length_km   REAL CHECK (length_km IS NULL OR length_km > 0),
    length_basis TEXT NOT NULL DEFAULT 'estimate' CHECK (length_basis IN ('stated', 'estimate')),
    circuity    REAL CHECK (circuity IS NULL OR circuity >= 1),
    bidirectional INTEGER NOT NULL DEFAULT 1 CHECK (bidirectional IN (0, 1)),
    valid       TEXT CHECK (valid IS NULL OR valid GLOB '[0-9.]*'),
    valid_earliest TEXT,
    valid_latest   TEXT,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK (from_place_id <> to_place_id),
    CHECK ((valid IS NULL) = (valid_earliest IS NULL) AND (valid IS NULL) = (valid_latest IS NULL))
) STRICT;
CREATE INDEX link_from ON link(from_place_id);
CREATE INDEX link_to ON link(to_place_id);

-- A letter, telegram, circular, protest... Sender and recipient are people (a group
-- counts as a person of kind 'group') and where each was at the time.
CREATE TABLE letter (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    kind        TEXT NOT NULL CHECK (kind IN (
                    'letter', 'telegram', 'circular', 'protest', 'report', 'memorandum',
                    'declaration', 'essay', 'message', 'note', 'ultimatum', 'proposal')),
    date        TEXT CHECK (date IS NULL OR date GLOB '[0-9.]*'),
    date_earliest TEXT,
    date_latest   TEXT,
    sender_id   TEXT REFERENCES person(id) ON UPDATE CASCADE,
    sender_place_id TEXT REFERENCES place(id) ON UPDATE CASCADE,
    recipient_id TEXT REFERENCES person(id) ON UPDATE CASCADE,
    recipient_place_id TEXT REFERENCES place(id) ON UPDATE CASCADE,
    recipient_note TEXT,       -- 'a friend', 'the leaders of the Party', when no person row fits
    channel     TEXT NOT NULL DEFAULT 'unknown' CHECK (channel IN (
                    'post', 'telegraph', 'secret-courier', 'hand', 'unknown')),
    relay_id    TEXT REFERENCES person(id) ON UPDATE CASCADE,
    multiplicity TEXT NOT NULL DEFAULT 'one' CHECK (multiplicity IN ('one', 'several', 'many')),
    title       TEXT,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK ((date IS NULL) = (date_earliest IS NULL) AND (date IS NULL) = (date_latest IS NULL)),
    CHECK (date_earliest IS NULL OR date_earliest <= date_latest),
    CHECK (sender_id IS NOT NULL OR sender_place_id IS NOT NULL),
    CHECK (recipient_id IS NOT NULL OR recipient_place_id IS NOT NULL OR recipient_note IS NOT NULL)
) STRICT;
CREATE INDEX letter_date ON letter(date_earliest, date_latest);
CREATE INDEX letter_sender ON letter(sender_id);
CREATE INDEX letter_recipient ON letter(recipient_id);
CREATE INDEX letter_sender_place ON letter(sender_place_id);
CREATE INDEX letter_recipient_place ON letter(recipient_place_id);

-- An aggregate count a source states (800 political letters sent, April-October 1928).
-- Never expanded into letter rows.
CREATE TABLE tally (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    person_id   TEXT REFERENCES person(id) ON UPDATE CASCADE,
    place_id    TEXT REFERENCES place(id) ON UPDATE CASCADE,
    direction   TEXT NOT NULL CHECK (direction IN ('sent', 'received', 'other')),
    item        TEXT NOT NULL CHECK (length(item) > 0),   -- 'letter', 'telegram', 'arrest'...
    count       INTEGER NOT NULL CHECK (count >= 0),
    count_max   INTEGER CHECK (count_max IS NULL OR count_max >= count),
    period      TEXT NOT NULL CHECK (period GLOB '[0-9.]*'),
    period_earliest TEXT NOT NULL,
    period_latest   TEXT NOT NULL,
    scope       TEXT,          -- what the figure covers or leaves out
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK (period_earliest <= period_latest)
) STRICT;

-- Regular contact between a place (and person) and a colony or region, possibly through
-- a relay: Alma Ata reached the lower Volga through Rakovsky in Astrakhan.
CREATE TABLE contact (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    from_person_id TEXT REFERENCES person(id) ON UPDATE CASCADE,
    from_place_id  TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    to_person_id   TEXT REFERENCES person(id) ON UPDATE CASCADE,
    to_place_id    TEXT NOT NULL REFERENCES place(id) ON UPDATE CASCADE,
    via_person_id  TEXT REFERENCES person(id) ON UPDATE CASCADE,
    via_place_id   TEXT REFERENCES place(id) ON UPDATE CASCADE,
    regularity  TEXT,
    period      TEXT CHECK (period IS NULL OR period GLOB '[0-9.]*'),
    period_earliest TEXT,
    period_latest   TEXT,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK ((period IS NULL) = (period_earliest IS NULL) AND (period IS NULL) = (period_latest IS NULL))
) STRICT;
CREATE INDEX contact_from ON contact(from_place_id);
CREATE INDEX contact_to ON contact(to_place_id);

-- A channel of communication and its rhythm: the postman, the secret courier.
CREATE TABLE channel (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    kind        TEXT NOT NULL CHECK (kind IN ('post', 'telegraph', 'secret-courier', 'hand')),
    from_place_id TEXT REFERENCES place(id) ON UPDATE CASCADE,
    to_place_id   TEXT REFERENCES place(id) ON UPDATE CASCADE,
    carrier     TEXT,          -- 'an invalid postman on horseback'
    carrier_person_id TEXT REFERENCES person(id) ON UPDATE CASCADE,
    mode        TEXT REFERENCES travel_mode(mode),
    times_min   REAL CHECK (times_min IS NULL OR times_min > 0),
    times_max   REAL CHECK (times_max IS NULL OR times_max >= times_min),
    per         TEXT CHECK (per IS NULL OR per IN ('day', 'week', 'month', 'year')),
    period      TEXT CHECK (period IS NULL OR period GLOB '[0-9.]*'),
    period_earliest TEXT,
    period_latest   TEXT,
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK ((period IS NULL) = (period_earliest IS NULL) AND (period IS NULL) = (period_latest IS NULL))
) STRICT;

-- A claim a source makes about an attribute of another fact: a stated distance or
-- duration of a leg, the ship's name, a temperature, a radius. Claims on the same
-- subject and property from different sources with different values are conflicts.
CREATE TABLE claim (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    subject     TEXT NOT NULL CHECK (subject IN (
                    'place', 'person', 'exile', 'journey', 'leg', 'letter', 'link', 'channel')),
    subject_id  TEXT NOT NULL,
    property    TEXT NOT NULL CHECK (length(property) > 0),
    value       TEXT NOT NULL CHECK (length(value) > 0),   -- as the model spells it
    quantity    REAL,                                      -- numeric value, if any
    unit        TEXT CHECK (unit IS NULL OR unit IN (
                    'm', 'km', 'verst', 'mi', 'nmi', 'minute', 'hour', 'day', 'week',
                    'degC', 'degR', 'year', 'count')),
    qualifier   TEXT CHECK (qualifier IS NULL OR qualifier IN (
                    'exact', 'about', 'at-least', 'more-than', 'up-to', 'less-than')),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    CHECK ((quantity IS NULL) OR (unit IS NOT NULL))
) STRICT;
CREATE INDEX claim_subject ON claim(subject, subject_id, property);

-- Book-keeping: which fixtures the shipped rows came from, so that a binary with other
-- fixtures rebuilds them (and only them) on first use.
CREATE TABLE atlas_meta (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
