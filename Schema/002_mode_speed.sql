-- Exile Atlas schema, migration 2: typical speeds of the travel modes, for the route
-- planner's fastest paths. Speeds are data with their evidence: a source's statement, or
-- an assumption the compilers state (source kind 'estimate').

CREATE TABLE mode_speed (
    mode        TEXT PRIMARY KEY REFERENCES travel_mode(mode),
    speed_kmh   REAL NOT NULL CHECK (speed_kmh > 0 AND speed_kmh < 200),
    source_id   TEXT NOT NULL REFERENCES source(id),
    locator     TEXT NOT NULL CHECK (length(locator) > 0),
    quote       TEXT NOT NULL DEFAULT '',
    note        TEXT,
    origin      TEXT NOT NULL DEFAULT 'fixture' CHECK (origin IN ('fixture', 'user'))
) STRICT;
