// The store's schema as an ordered list of numbered migrations (PRAGMA user_version).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "sqlite/connection.hpp"

namespace survey {

// 'PRSP': PRAGMA application_id marks a file as a Perspective database.
inline constexpr std::int32_t kApplicationId = 0x50525350;

struct Migration {
    int version;           // user_version after this step
    std::string_view sql;  // the step, run inside one transaction
    // Work SQL cannot do (checksums), run after `sql` in the same transaction; may be null.
    void (*after)(sqlite::Connection&) = nullptr;
};

// Every migration, in order; the last one's version is the schema this program writes.
std::span<const Migration> migrations();
int latestSchemaVersion();

// Applies every migration newer than the file's user_version, each in its own transaction
// that also sets user_version. Returns how many were applied.
int migrate(sqlite::Connection& connection);

// Refuses (StoreError naming `file` and the first object that differs) a file at the latest
// version whose tables, columns and indexes are not exactly what the migrations make: a damaged
// schema (one flipped bit can rename a column) must be named as damage, never read as data.
void verifySchema(const sqlite::Connection& connection, const std::string& file);

// The file's PRAGMA user_version.
int schemaVersionOf(const sqlite::Connection& connection);

}  // namespace survey
