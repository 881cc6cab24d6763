-- Exile Atlas schema, migration 5: the name index.
--
-- Every name of every place and person (groups are people of kind 'group'), and their ids,
-- with the keys `NameKey` computes (Sources/ExileAtlas/Names), so that a look-up by name is
-- an indexed query rather than a pass over every name:
--
-- * `name_form`: one row per stored name form: the name as written, and "Forename Surname"
--   for a name written "Surname, Forename"; its exact and loose keys, each indexed.
-- * `name_part`: the keys of each form's whole-word proper prefixes and suffixes
--   ("karl radek" → "karl", "radek"), exact (step 3) and loose (step 4), indexed.
-- * `name_trigram`: an FTS5 trigram index over the loose keys, where the did-you-mean
--   suggestions find their few candidates.
--
-- The keys are computed in Swift (one rule, in NameKey), so SQL cannot compute them. The
-- triggers below only mark an entity whose names changed, whatever wrote them (the atlas, or
-- the sqlite3 shell); the store rebuilds the marked entities' rows inside its own write
-- transactions (every import, fixture load and migration) and, for writes made by other
-- programs, when it next opens the database.

CREATE TABLE name_form (
    form        INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL CHECK (entity IN ('place', 'person')),
    id          TEXT NOT NULL,       -- the place or person
    written     TEXT NOT NULL,       -- the name as stored (place.name, a place_name, or the id)
    turned      INTEGER NOT NULL CHECK (turned IN (0, 1)),   -- 1: "Forename Surname" from "Surname, Forename"
    name        TEXT NOT NULL,       -- the form: `written`, or turned
    exact       TEXT NOT NULL,       -- NameKey.exact(name), never empty
    loose       TEXT NOT NULL,       -- NameKey.loose(name)
    size        INTEGER NOT NULL     -- the loose key's length in Unicode scalars
) STRICT;
CREATE INDEX name_form_exact ON name_form(entity, exact);
CREATE INDEX name_form_loose ON name_form(entity, loose);
CREATE INDEX name_form_entity ON name_form(entity, id);
CREATE INDEX name_form_size ON name_form(entity, size);

CREATE TABLE name_part (
    entity      TEXT NOT NULL,
    step        INTEGER NOT NULL CHECK (step IN (3, 4)),   -- 3: exact key of a part, 4: loose key
    key         TEXT NOT NULL,
    form        INTEGER NOT NULL,    -- name_form.form
    PRIMARY KEY (entity, step, key, form)
) STRICT, WITHOUT ROWID;
CREATE INDEX name_part_form ON name_part(form);

CREATE VIRTUAL TABLE name_trigram USING fts5(
    loose, content = 'name_form', content_rowid = 'form', tokenize = 'trigram case_sensitive 1');
-- Document frequencies of the trigrams, to leave out those that nearly every name has.
CREATE VIRTUAL TABLE name_trigram_vocab USING fts5vocab(name_trigram, row);

CREATE TRIGGER name_form_insert AFTER INSERT ON name_form BEGIN
    INSERT INTO name_trigram(rowid, loose) VALUES (NEW.form, NEW.loose);
END;
CREATE TRIGGER name_form_delete AFTER DELETE ON name_form BEGIN
    INSERT INTO name_trigram(name_trigram, rowid, loose) VALUES ('delete', OLD.form, OLD.loose);
    DELETE FROM name_part WHERE form = OLD.form;
END;

-- The entities whose names changed since the store last rebuilt their rows.
CREATE TABLE name_stale (
    entity      TEXT NOT NULL,
    id          TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER place_names_insert AFTER INSERT ON place BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('place', NEW.id);
END;
CREATE TRIGGER place_names_update AFTER UPDATE OF id, name ON place BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('place', OLD.id), ('place', NEW.id);
END;
CREATE TRIGGER place_names_delete AFTER DELETE ON place BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('place', OLD.id);
END;
CREATE TRIGGER place_name_names_insert AFTER INSERT ON place_name BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('place', NEW.place_id);
END;
CREATE TRIGGER place_name_names_update AFTER UPDATE OF place_id, name ON place_name BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('place', OLD.place_id), ('place', NEW.place_id);
END;
CREATE TRIGGER place_name_names_delete AFTER DELETE ON place_name BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('place', OLD.place_id);
END;
CREATE TRIGGER person_names_insert AFTER INSERT ON person BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('person', NEW.id);
END;
CREATE TRIGGER person_names_update AFTER UPDATE OF id, name ON person BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('person', OLD.id), ('person', NEW.id);
END;
CREATE TRIGGER person_names_delete AFTER DELETE ON person BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('person', OLD.id);
END;
CREATE TRIGGER person_name_names_insert AFTER INSERT ON person_name BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('person', NEW.person_id);
END;
CREATE TRIGGER person_name_names_update AFTER UPDATE OF person_id, name ON person_name BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('person', OLD.person_id), ('person', NEW.person_id);
END;
CREATE TRIGGER person_name_names_delete AFTER DELETE ON person_name BEGIN
    INSERT OR IGNORE INTO name_stale VALUES ('person', OLD.person_id);
END;

-- Every entity already stored is marked, so the store fills the index after this migration.
INSERT OR IGNORE INTO name_stale SELECT 'place', id FROM place;
INSERT OR IGNORE INTO name_stale SELECT 'person', id FROM person;
