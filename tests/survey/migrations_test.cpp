// Migrations: an empty file is taken to the current schema, each step sets user_version,
// and reopening applies nothing twice.
#include "../../survey/src/migrations.hpp"  // internal: survey/src is private to the library

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../../survey/src/sqlite/statement.hpp"
#include "survey/errors.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;

namespace {

fs::path freshFile(const std::string& name) {
    const fs::path file = fs::temp_directory_path() / ("perspective-migrations-" + name + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(file.string() + suffix);
    }
    return file;
}

TEST(Migrations, AreNumberedInOrderFromOne) {
    int expected = 1;
    for (const survey::Migration& step : survey::migrations()) {
        EXPECT_EQ(step.version, expected++);
        EXPECT_FALSE(step.sql.empty());
    }
    EXPECT_EQ(survey::latestSchemaVersion(), survey::ResponseStore::schemaVersion());
}

TEST(Migrations, TakeAnEmptyFileToTheCurrentSchemaOnce) {
    const fs::path file = freshFile("empty");
    survey::sqlite::Connection db(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    EXPECT_EQ(survey::schemaVersionOf(db), 0);
    EXPECT_EQ(survey::migrate(db), static_cast<int>(survey::migrations().size()));
    EXPECT_EQ(survey::schemaVersionOf(db), survey::latestSchemaVersion());
    EXPECT_EQ(survey::migrate(db), 0);

    survey::sqlite::Statement app(db, "PRAGMA application_id");
    ASSERT_TRUE(app.step());
    EXPECT_EQ(app.int64(0), survey::kApplicationId);
    for (const char* table : {"meta", "setting", "response", "answer", "distribution"}) {
        survey::sqlite::Statement query(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        query.bind(1, std::string_view(table));
        ASSERT_TRUE(query.step());
        EXPECT_EQ(query.integer(0), 1) << table;
    }
    fs::remove(file);
}

TEST(Migrations, AnEmptyExistingFileIsMigratedWhenOpened) {
    const fs::path file = freshFile("zero-bytes");
    { std::ofstream touch(file); }
    auto store = survey::ResponseStore::open(file);
    EXPECT_FALSE(store.kioskId().empty());
    survey::sqlite::Connection db(file, SQLITE_OPEN_READONLY);
    EXPECT_EQ(survey::schemaVersionOf(db), survey::latestSchemaVersion());
}

TEST(Migrations, AFailedStepLeavesTheVersionUnchanged) {
    const fs::path file = freshFile("failed");
    survey::sqlite::Connection db(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec("CREATE TABLE response (x)");  // migration 1 cannot create its table
    EXPECT_THROW(survey::migrate(db), survey::StoreError);
    EXPECT_EQ(survey::schemaVersionOf(db), 0);
    survey::sqlite::Statement query(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'meta'");
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.integer(0), 0);  // the step was rolled back as a whole
    fs::remove(file);
}

}  // namespace
