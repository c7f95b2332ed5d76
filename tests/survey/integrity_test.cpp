// Row checksums: written with every write, checked on every open and read; a row changed on disk
// is refused by name (never counted), and a report runs the full integrity_check.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "../../survey/src/migrations.hpp"  // internal: to build a file of schema step 1
#include "survey/errors.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;
using survey::Answer;
using survey::ResponseStore;
using survey::StoreError;

namespace {

class IntegrityTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("perspective-integrity-" + std::to_string(getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        file_ = dir_ / "kiosk.db";
    }
    void TearDown() override { fs::remove_all(dir_); }

    static survey::ResponseInfo info() {
        survey::ResponseInfo result;
        result.questionnaire_id = "offender";
        result.questionnaire_version = 1;
        result.definition_hash = "abc";
        result.site = "Chester";
        result.date = "2011-03-04";
        return result;
    }

    // A closed store with one submitted response and one handed-out count; returns the uid.
    std::string storeOneResponse() {
        auto store = ResponseStore::open(file_);
        const auto id = store.begin(info());
        store.apply(id, {{survey::AnswerChange::Kind::Set, "rules_explained", Answer::single("fully")},
                         {survey::AnswerChange::Kind::Set, "comments", Answer::freeText("Thanks for the help")}});
        store.setLanguage(id, "cy");
        store.submit(id);
        store.recordDistributed({"offender", "Chester", 68, "2011-03-01"});
        return store.response(id)->info.uid;
    }

    // Runs SQL on the file directly, as another program (or a flipped bit) would change it.
    void rawExec(const std::string& sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(file_.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }

    // Rebuilds the response index over another column, then gives it back its own definition: the
    // schema reads as Perspective made it, but the index's entries no longer match the table (only
    // the full integrity_check finds it).
    void mismatchTheStatusIndex() {
        rawExec(R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = 'CREATE INDEX response_by_status ON response (site)' WHERE name = 'response_by_status';
)sql");
        rawExec("REINDEX response_by_status");
        rawExec(R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = 'CREATE INDEX response_by_status ON response (status)' WHERE name = 'response_by_status';
)sql");
    }

    // A file as schema step 1 (before checksums) left it: one submitted offender response with
    // one answer, and a handed-out count of 68.
    void writeSchemaStep1File() {
        rawExec(std::string(survey::migrations()[0].sql) + R"sql(
PRAGMA user_version = 1;
INSERT INTO meta VALUES ('kiosk_id', 'k1');
INSERT INTO response (id, uid, questionnaire_id, questionnaire_version, definition_hash, site, kiosk_id,
                      channel, language, status, date)
VALUES (1, 'u1', 'offender', 1, 'abc', 'Chester', 'k1', 'kiosk', 'en', 'submitted', '2011-03-04');
INSERT INTO answer VALUES (1, 'rules_explained', 'fully', '');
INSERT INTO distribution (questionnaire_id, site, count, date) VALUES ('offender', 'Chester', 68, '2011-03-01');
)sql");
    }

    // Both ways of opening refuse, naming the file, `row` and why (a checksum, by default): a
    // kiosk when it opens the file, a report's snapshot at the latest when it reads the answers
    // (its one pass checks every row) or the handed-out counts.
    void expectRefused(const std::string& row, const std::string& why = "checksum") {
        for (const auto mode : {ResponseStore::Mode::ReadWrite, ResponseStore::Mode::ReadOnly}) {
            try {
                const auto store = ResponseStore::open(file_, mode);
                store.forEachResponse({}, [](const survey::StoredResponse&) {});
                (void)store.distributions();
                ADD_FAILURE() << "read a file with a changed row";
            } catch (const StoreError& error) {
                const std::string message = error.what();
                EXPECT_NE(message.find(file_.string()), std::string::npos) << message;
                EXPECT_NE(message.find(row), std::string::npos) << message;
                EXPECT_NE(message.find(why), std::string::npos) << message;
            }
        }
    }

    fs::path dir_;
    fs::path file_;
};

TEST_F(IntegrityTest, EveryWriteLeavesRowsThatPassTheirChecksums) {
    storeOneResponse();
    auto store = ResponseStore::open(file_);
    EXPECT_EQ(store.closeInterrupted(), 0);
    const auto id = store.begin(info());
    store.setAnswer(id, "setting", Answer::single("community"));
    store.clearAnswer(id, "setting");
    store.setChannel(id, survey::Channel::Assisted);
    store.abandon(id);
    store.insertCompleted({{0, info(), {{"setting", Answer::single("custody")}}}});
    int read = 0;
    store.forEachResponse({}, [&](const survey::StoredResponse&) { ++read; });
    EXPECT_EQ(read, 3);
    EXPECT_EQ(store.distributions().size(), 1U);
    EXPECT_NO_THROW((void)ResponseStore::open(file_, ResponseStore::Mode::ReadOnly));
}

TEST_F(IntegrityTest, AChangedAnswerIsRefusedNamingTheResponse) {
    const std::string uid = storeOneResponse();
    rawExec("UPDATE answer SET option_id = 'no' WHERE option_id = 'fully'");
    expectRefused(uid);
}

TEST_F(IntegrityTest, AnAnswerMovedOrRemovedIsRefused) {
    const std::string uid = storeOneResponse();
    rawExec("DELETE FROM answer WHERE question_id = 'comments'");
    expectRefused(uid);
}

TEST_F(IntegrityTest, AChangedResponseFieldIsRefused) {
    const std::string uid = storeOneResponse();
    rawExec("UPDATE response SET questionnaire_id = 'offendar'");  // would drop out of a filtered report
    expectRefused(uid);
}

TEST_F(IntegrityTest, AChangedHandedOutCountIsRefused) {
    storeOneResponse();
    rawExec("UPDATE distribution SET count = 67");
    expectRefused("handed-out count");
}

// A report's read is filtered after each row's checksum, not in SQL: a damaged row outside the
// selection (or moved out of it by the damage) still refuses the file.
TEST_F(IntegrityTest, AFilteredReadStillChecksEveryRow) {
    const std::string uid = storeOneResponse();
    rawExec("UPDATE response SET site = 'Crewe'");  // the flipped site would leave the row out
    const auto store = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
    survey::ResponseFilter chester;
    chester.site = "Chester";
    try {
        store.forEachResponse(chester, [](const survey::StoredResponse&) {});
        FAIL() << "a filtered read passed over a damaged row";
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find(uid), std::string::npos) << error.what();
    }
}

TEST_F(IntegrityTest, ARowWithoutAChecksumIsRefused) {
    const std::string uid = storeOneResponse();
    rawExec("UPDATE response SET checksum = NULL");
    expectRefused(uid);
}

// A file of schema step 1 (before checksums): opening it read-write runs step 2, which gives
// every existing row its checksum in the same transaction, so it reads back afterwards.
TEST_F(IntegrityTest, SchemaStep2GivesOldRowsTheirChecksums) {
    writeSchemaStep1File();
    {
        auto store = ResponseStore::open(file_);
        ASSERT_TRUE(store.response(1).has_value());
        EXPECT_EQ(store.response(1)->answers.at("rules_explained"), Answer::single("fully"));
    }
    auto snapshot = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
    ASSERT_EQ(snapshot.distributions().size(), 1U);
    EXPECT_EQ(snapshot.distributions()[0].count, 68);
}

// An older kiosk's file read by a report (ReadOnly): its copy is upgraded in memory and read; the
// file itself keeps its old schema, byte for byte.
TEST_F(IntegrityTest, AReportReadsAnOlderSchemaWithoutChangingTheFile) {
    writeSchemaStep1File();
    const auto bytes = [&] {
        std::ifstream in(file_, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string before = bytes();
    {
        auto report = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
        int seen = 0;
        report.forEachResponse({}, [&](const survey::StoredResponse& response) {
            ++seen;
            EXPECT_EQ(response.answers.at("rules_explained"), Answer::single("fully"));
        });
        EXPECT_EQ(seen, 1);
        ASSERT_EQ(report.distributions().size(), 1U);
        EXPECT_EQ(report.distributions()[0].count, 68);
    }
    EXPECT_EQ(bytes(), before);
    for (const char* side : {"-wal", "-shm", "-journal"}) {
        EXPECT_FALSE(std::filesystem::exists(file_.string() + side)) << side;
    }
}

// An older file gets the same full check as any other: damage is refused for what the check found.
TEST_F(IntegrityTest, AnOlderSchemaThatFailsTheFullCheckIsRefused) {
    writeSchemaStep1File();
    mismatchTheStatusIndex();
    try {
        auto report = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
        report.forEachResponse({}, [](const survey::StoredResponse&) {});
        FAIL() << "a damaged older file was read";
    } catch (const survey::StoreError& error) {
        // SQLite's own finding, from the full check of the file as it came.
        EXPECT_NE(std::string(error.what()).find("is corrupt (row 1 missing from index response_by_status)"),
                  std::string::npos)
            << error.what();
    }
}

// One flipped bit in the schema's text can rename a column ("questionnaire_id" -> "questionnaire_ie"):
// both ways of opening name the damaged table instead of failing later in some query.
TEST_F(IntegrityTest, ADamagedSchemaIsRefusedNamingTheTable) {
    storeOneResponse();
    rawExec(R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'questionnaire_id', 'questionnaire_ie') WHERE name = 'response';
)sql");
    expectRefused("its table response", "is damaged");
}

// quick_check (the kiosk's start) does not compare indexes with their tables; the report's full
// integrity_check does, and refuses the file.
TEST_F(IntegrityTest, ReadOnlyRunsTheFullIntegrityCheck) {
    storeOneResponse();
    mismatchTheStatusIndex();
    EXPECT_NO_THROW((void)ResponseStore::open(file_));  // quick_check passes: the index is not read
    try {
        // The check runs beside the report's reading (its own thread); a read does not return
        // until it has passed, so these rows must not come back.
        const auto store = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
        store.forEachResponse({}, [](const survey::StoredResponse&) {});
        FAIL() << "the report read a file whose index does not match its table";
    } catch (const StoreError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(file_.string()), std::string::npos) << message;
        EXPECT_NE(message.find("corrupt"), std::string::npos) << message;
    }
}

}  // namespace
