#include "migrations.hpp"

#include <array>
#include <string>

#include "sqlite/statement.hpp"
#include "sqlite/transaction.hpp"

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
        connection.exec(std::string(step.sql));
        // PRAGMA takes no bound parameters; the version is a compile-time number, not input.
        connection.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
        ++applied;
    }
    return applied;
}

}  // namespace survey
