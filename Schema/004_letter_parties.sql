-- Exile Atlas schema, migration 4: letters with several senders and addressees.
--
-- A letter has one or more senders and one or more addressees (`letter_party`), each a
-- person or group (or only the source's words for them: "un amigo", "sus críticos"), each
-- with the place where they were when known, and a certainty for who they are and for where
-- they were: `certain` (the source says so), `uncertain` (the source hedges, or the
-- identification is doubtful) or `inferred` (the compilers read it from other facts). The
-- telegram to Kalinin and Menzhinsky is one letter with two addressees, not two letters.
-- A relay or forwarding stays its own fact (`letter.relay_id`, `contact`).

-- The parties move out of `letter`: keep them aside while the table is rebuilt.
CREATE TEMP TABLE letter_party_moved AS
    SELECT id, sender_id, sender_place_id, recipient_id, recipient_place_id, recipient_note, origin FROM letter;

CREATE TABLE letter_new (
    id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    kind        TEXT NOT NULL CHECK (kind IN (
                    'letter', 'telegram', 'circular', 'protest', 'report', 'memorandum',
                    'declaration', 'essay', 'message', 'note', 'ultimatum', 'proposal')),
    date        TEXT CHECK (date IS NULL OR date GLOB '[0-9.]*'),
    date_earliest TEXT,
    date_latest   TEXT,
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
    CHECK (date_earliest IS NULL OR date_earliest <= date_latest)
) STRICT;
INSERT INTO letter_new (id, kind, date, date_earliest, date_latest, channel, relay_id, multiplicity, title,
                        source_id, locator, quote, note, origin)
    SELECT id, kind, date, date_earliest, date_latest, channel, relay_id, multiplicity, title,
           source_id, locator, quote, note, origin FROM letter;
DROP TABLE letter;
ALTER TABLE letter_new RENAME TO letter;
CREATE INDEX letter_date ON letter(date_earliest, date_latest);

CREATE TABLE letter_party (
    letter_id   TEXT NOT NULL REFERENCES letter(id) ON UPDATE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('sender', 'addressee')),
    position    INTEGER NOT NULL DEFAULT 1 CHECK (position >= 1),
    person_id   TEXT REFERENCES person(id) ON UPDATE CASCADE,
    place_id    TEXT REFERENCES place(id) ON UPDATE CASCADE,
    name        TEXT,          -- the source's words when no person row fits ('un amigo', 'sus críticos')
    certainty   TEXT NOT NULL DEFAULT 'certain' CHECK (certainty IN ('certain', 'uncertain', 'inferred')),
    place_certainty TEXT NOT NULL DEFAULT 'certain' CHECK (place_certainty IN ('certain', 'uncertain', 'inferred')),
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    PRIMARY KEY (letter_id, role, position),
    CHECK (person_id IS NOT NULL OR place_id IS NOT NULL OR coalesce(length(name), 0) > 0)
) STRICT;
CREATE INDEX letter_party_person ON letter_party(person_id, role);
CREATE INDEX letter_party_place ON letter_party(place_id, role);

INSERT INTO letter_party (letter_id, role, position, person_id, place_id, origin)
    SELECT id, 'sender', 1, sender_id, sender_place_id, origin FROM letter_party_moved
    WHERE sender_id IS NOT NULL OR sender_place_id IS NOT NULL;
INSERT INTO letter_party (letter_id, role, position, person_id, place_id, name, origin)
    SELECT id, 'addressee', 1, recipient_id, recipient_place_id, recipient_note, origin FROM letter_party_moved
    WHERE recipient_id IS NOT NULL OR recipient_place_id IS NOT NULL OR recipient_note IS NOT NULL;
DROP TABLE letter_party_moved;

-- Authority ids: the records of GND, VIAF, Wikidata, the Library of Congress, the BnF, the
-- NDL and GeoNames that identify a person, group or place, as URIs. Imports match an
-- incoming person or place by them before anything else.
CREATE TABLE authority (
    entity      TEXT NOT NULL CHECK (entity IN ('person', 'place')),
    entity_id   TEXT NOT NULL,
    uri         TEXT NOT NULL CHECK (uri GLOB 'http://*' OR uri GLOB 'https://*'),
    scheme      TEXT NOT NULL CHECK (scheme IN ('gnd', 'viaf', 'wikidata', 'lc', 'bnf', 'ndl', 'geonames', 'other')),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user')),
    PRIMARY KEY (entity, entity_id, uri)
) STRICT;
CREATE UNIQUE INDEX authority_uri ON authority(entity, uri);

-- The references the atlas already held become authority rows for the user's own rows (the
-- shipped rows come from Fixtures/authority.csv).
INSERT OR IGNORE INTO authority (entity, entity_id, uri, scheme, source_id, locator, origin)
    SELECT 'person', id, 'http://www.wikidata.org/entity/' || substr(locator, 10), 'wikidata', source_id, locator, origin
    FROM person WHERE origin = 'user' AND locator GLOB 'wikidata:Q[0-9]*' AND substr(locator, 11) NOT GLOB '*[^0-9]*';
INSERT OR IGNORE INTO authority (entity, entity_id, uri, scheme, source_id, locator, origin)
    SELECT 'place', id, 'http://www.geonames.org/' || substr(coord_ref, 10), 'geonames', coord_source_id, coord_ref, origin
    FROM place WHERE origin = 'user' AND coord_ref GLOB 'geonames:[0-9]*' AND substr(coord_ref, 10) NOT GLOB '*[^0-9]*'
        AND coord_source_id IS NOT NULL;
