#include "migrations.hpp"

#include <array>
#include <map>
#include <string>

#include <fmt/format.h>

#include "integrity.hpp"
#include "sqlite/statement.hpp"
#include "sqlite/transaction.hpp"
#include "survey/errors.hpp"

namespace survey {
namespace {

// Never edit a step once released: add a new one. Step 1 is the first schema.
constexpr std::array kMigrations{
    Migration{1, R"sql(
PRAGMA application_id = 1347572560;

-- Program-owned facts about the file (kiosk_id).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Small kiosk settings (site, offered questionnaires, staff PIN hash).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per respondent. Date only: never a clock time, nothing that identifies a person.
CREATE TABLE response (
    id                    INTEGER PRIMARY KEY,
    uid                   TEXT NOT NULL UNIQUE,
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    definition_hash       TEXT NOT NULL,
    site                  TEXT NOT NULL,
    kiosk_id              TEXT NOT NULL,
    channel               TEXT NOT NULL CHECK (channel IN ('kiosk', 'paper', 'assisted')),
    language              TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('in_progress', 'submitted', 'abandoned')),
    date                  TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX response_by_status ON response (status);

-- A response's answers, keyed by response so the whole response can be sealed as one unit.
-- One row per chosen option; option_id '' holds a free-text answer.
CREATE TABLE answer (
    response_id INTEGER NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    option_id   TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, question_id, option_id)
) WITHOUT ROWID;

-- Paper questionnaires handed out, for response rates.
CREATE TABLE distribution (
    id               INTEGER PRIMARY KEY,
    questionnaire_id TEXT NOT NULL,
    site             TEXT NOT NULL,
    count            INTEGER NOT NULL CHECK (count >= 0),
    date             TEXT NOT NULL
);
)sql"},
    // Step 2 was planned once for sealing (issue 8), integrity (issue 12) and the import log
    // (issue 11): docs/store-schema.md says what each column is for and who writes it.
    Migration{2, R"sql(
-- Batch keys: a random key made at each kiosk start and each day, kept in locked memory by the
-- kiosk and stored here only sealed (crypto_box_seal) to the inspectorate's public key.
CREATE TABLE batch (
    id         INTEGER PRIMARY KEY,   -- random
    recipient  TEXT NOT NULL,         -- fingerprint of the public key it is sealed to
    sealed_key BLOB NOT NULL,
    date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- Every paper import and handed-out count, so each can be listed and withdrawn as one unit, and
-- the same file is not imported twice (content_hash is unique among live, unforced imports:
-- two parallel imports of one file cannot both commit).
CREATE TABLE import (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('paper', 'distributed')),
    questionnaire_id TEXT NOT NULL,
    source           TEXT NOT NULL,          -- the file's name as given, or '' for a typed count
    content_hash     TEXT NOT NULL,          -- BLAKE2b-256 hex of what was imported
    rows             INTEGER NOT NULL CHECK (rows >= 0),
    date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    forced           INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1)),
    withdrawn        INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
);
CREATE UNIQUE INDEX import_once ON import (content_hash) WHERE withdrawn = 0 AND forced = 0;

-- Handover files written from this database (staff "Save answers for the inspectorate").
CREATE TABLE handover (
    id        INTEGER PRIMARY KEY,
    uid       TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    responses INTEGER NOT NULL,
    date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- Responses: sealed answers (NULL batch_id means the answers are plain rows in `answer`), the
-- import that brought a paper return, the handover that saved it, and a checksum over the
-- row's content (BLAKE2b-256; docs/store-schema.md gives the exact bytes).
ALTER TABLE response ADD COLUMN batch_id INTEGER REFERENCES batch (id);
ALTER TABLE response ADD COLUMN sealed_answers BLOB;
ALTER TABLE response ADD COLUMN import_id INTEGER REFERENCES import (id);
ALTER TABLE response ADD COLUMN handover_id INTEGER REFERENCES handover (id);
ALTER TABLE response ADD COLUMN checksum BLOB;

-- Responses whose removal ("Leave this page") has been asked for but not yet finished (full disk,
-- I/O error): never counted or reported, removed at the next chance, at the latest the next start.
CREATE TABLE discard_pending (
    uid TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Handed-out counts gain an id (the same count in two files counts once), a period, corrections
-- (replaces: the uid of the entry it corrects), withdrawal, the import that recorded it, and a
-- checksum like a response's.
ALTER TABLE distribution ADD COLUMN uid TEXT;
ALTER TABLE distribution ADD COLUMN period_from TEXT;
ALTER TABLE distribution ADD COLUMN period_to TEXT;
ALTER TABLE distribution ADD COLUMN replaces TEXT;
ALTER TABLE distribution ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE distribution ADD COLUMN import_id INTEGER REFERENCES import (id);
ALTER TABLE distribution ADD COLUMN checksum BLOB;
UPDATE distribution SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX distribution_by_uid ON distribution (uid);
)sql",
              // Rows from before step 2 get their checksums here, in the same transaction.
              integrity::fillMissingChecksums},
};

static_assert(kApplicationId == 1347572560, "migration 1 writes the application id as a literal");

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latestSchemaVersion() { return kMigrations.back().version; }

int schemaVersionOf(const sqlite::Connection& connection) {
    sqlite::Statement query(connection, "PRAGMA user_version");
    query.step();
    return query.integer(0);
}

int migrate(sqlite::Connection& connection) {
    int applied = 0;
    for (const Migration& step : kMigrations) {
        if (step.version <= schemaVersionOf(connection)) {
            continue;
        }
        sqlite::Transaction transaction(connection);
        try {
            connection.exec(std::string(step.sql));
        } catch (const StoreError& error) {
            // Name the step, not its SQL: a damaged file must not print the whole schema at staff.
            const std::string_view what = error.what();
            const auto detail = what.rfind(": ");
            throw StoreError(fmt::format("{}: schema step {} cannot be applied ({}); the file was left as it was",
                                         connection.file(), step.version,
                                         detail == std::string_view::npos ? what : what.substr(detail + 2)),
                             error.code());
        }
        if (step.after != nullptr) {
            step.after(connection);
        }
        // PRAGMA takes no bound parameters; the version is a compile-time number, not input.
        connection.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
        ++applied;
    }
    return applied;
}


namespace {

using SchemaObjects = std::map<std::string, std::string>;  // "table response" -> its CREATE text

// Every table, index and trigger as SQLite keeps it. ALTER TABLE edits the stored CREATE text,
// so a file migrated step by step and a new file hold the same text. ANALYZE's statistics
// tables are SQLite's own and may come and go.
SchemaObjects schemaObjectsOf(const sqlite::Connection& connection) {
    SchemaObjects objects;
    sqlite::Statement query(connection,
                            "SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                            "WHERE name NOT LIKE 'sqlite_stat%'");
    while (query.step()) {
        objects.emplace(query.text(0) + " " + query.text(1), query.text(2));
    }
    return objects;
}

const SchemaObjects& expectedSchemaObjects() {
    static const SchemaObjects expected = [] {
        sqlite::Connection fresh(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
        migrate(fresh);
        return schemaObjectsOf(fresh);
    }();
    return expected;
}

}  // namespace

void verifySchema(const sqlite::Connection& connection, const std::string& file) {
    const SchemaObjects& expected = expectedSchemaObjects();
    const SchemaObjects found = schemaObjectsOf(connection);
    auto damaged = [&](const std::string& object, std::string_view how) {
        throw StoreError(fmt::format("{}: is damaged: its {} {}; keep a copy of it for the inspectorate and use a "
                                     "new database file; the file was left unchanged",
                                     file, object, how));
    };
    for (const auto& [object, sql] : expected) {
        const auto it = found.find(object);
        if (it == found.end()) {
            damaged(object, "is missing");
        }
        if (it->second != sql) {
            damaged(object, "is not as Perspective made it");
        }
    }
    for (const auto& [object, sql] : found) {
        if (!expected.contains(object)) {
            damaged(object, "was not made by Perspective");
        }
    }
}

}  // namespace survey
