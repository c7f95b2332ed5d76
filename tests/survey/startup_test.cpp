// Start-up that heals (issue 12, items 3, 4 and 6): a crash's -wal is recovered, full and
// read-only disks get calm messages and nothing half-made, a vanished -wal stops the writes,
// files are the user's only, and response ids do not tell the order people came in.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../support/scratch_directory.hpp"
#include "survey/errors.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;
using survey::Answer;
using survey::ResponseStore;
using survey::StoreError;

namespace {

survey::ResponseInfo offender() {
    survey::ResponseInfo info;
    info.questionnaire_id = "offender";
    info.questionnaire_version = 1;
    info.definition_hash = "abc";
    info.site = "Chester";
    info.date = "2011-03-04";
    return info;
}

unsigned modeOf(const fs::path& file) {
    struct stat info{};
    EXPECT_EQ(::stat(file.c_str(), &info), 0) << file;
    return info.st_mode & 0777U;
}

std::string rawAnswer(const fs::path& file, const char* sql, int flags) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
    sqlite3_stmt* stmt = nullptr;
    std::string value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    } else {
        value = std::string("error: ") + sqlite3_errmsg(db);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

class StartupTest : public ::testing::Test {
protected:
    std::vector<std::string> filesBeside() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(dir_)) names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    // A store with one submitted response, then a process killed (SIGKILL) half-way through a
    // write in rollback-journal mode, leaving a hot -journal: what a kill at the first start
    // leaves (the switch to WAL mode is itself written through a rollback journal).
    void crashWithAHotJournal() {
        if (!fs::exists(file_)) {
            auto store = ResponseStore::open(file_);
            store.submit(store.begin(offender()));
        }
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            sqlite3* db = nullptr;
            sqlite3_open(file_.c_str(), &db);
            // A one-page cache makes SQLite write changed pages into the file before COMMIT.
            sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN;"
                             "CREATE TABLE filler (x); INSERT INTO filler SELECT zeroblob(2000) FROM "
                             "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n);",
                         nullptr, nullptr, nullptr);
            ::raise(SIGKILL);
        }
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status));
        ASSERT_TRUE(fs::exists(file_.string() + "-journal")) << "no hot journal was left";
    }

    perspective_test::ScratchDirectory scratch_{"perspective-startup"};
    const fs::path dir_ = scratch_.path();
    const fs::path file_ = dir_ / "kiosk.db";
};

// Issue 12, 3: every later run failed with "attempt to write a readonly database".
TEST_F(StartupTest, AHotJournalLeftByACrashIsRecoveredByTheNextStartAndTheReport) {
    crashWithAHotJournal();
    // What the old read-only start-up probe met:
    EXPECT_NE(rawAnswer(file_, "PRAGMA application_id", SQLITE_OPEN_READONLY).find("readonly"), std::string::npos);

    int submitted = 0;
    const auto report = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
    report.forEachResponse({}, [&](const survey::StoredResponse& response) {
        submitted += response.info.status == survey::Status::Submitted ? 1 : 0;
    });
    EXPECT_EQ(submitted, 1);

    crashWithAHotJournal();  // again, now for the kiosk's start
    auto kiosk = ResponseStore::open(file_);
    EXPECT_EQ(kiosk.statusCounts().at(0).submitted, 1);
}

TEST_F(StartupTest, AFullDiskAtStartSaysSoAndLeavesNothingHalfMade) {
    if (!scratch_.mountSmallDisk("200k")) GTEST_SKIP() << "cannot mount a small tmpfs here (" << std::strerror(errno) << ")";
    scratch_.fillTheDisk();
    const auto before = filesBeside();
    try {
        (void)ResponseStore::open(file_);
        FAIL() << "a store was made on a full disk";
    } catch (const StoreError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("the disk is full"), std::string::npos) << message;
        EXPECT_NE(message.find(file_.string()), std::string::npos) << message;
        EXPECT_TRUE(error.diskFull());
    }
    EXPECT_EQ(filesBeside(), before) << "a half-made database or side file was left";
}

TEST_F(StartupTest, TheReportReadsFromReadOnlyMedia) {
    if (!scratch_.mountSmallDisk("1m")) GTEST_SKIP() << "cannot mount a small tmpfs here (" << std::strerror(errno) << ")";
    {
        auto store = ResponseStore::open(file_);
        store.submit(store.begin(offender()));
    }
    ASSERT_EQ(::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr), 0) << std::strerror(errno);
    const auto before = filesBeside();
    const auto report = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
    EXPECT_EQ(report.statusCounts().at(0).submitted, 1);
    try {
        (void)ResponseStore::open(file_);
        FAIL() << "opened read-only media for writing";
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("read-only"), std::string::npos) << error.what();
    }
    EXPECT_EQ(filesBeside(), before);
}

TEST_F(StartupTest, AStoreWithItsSchemaVersionLostIsRefusedWithoutPrintingSql) {
    { (void)ResponseStore::open(file_); }
    ASSERT_EQ(rawAnswer(file_, "PRAGMA user_version = 0", SQLITE_OPEN_READWRITE).substr(0, 5), "error");  // no row
    ASSERT_EQ(rawAnswer(file_, "PRAGMA user_version", SQLITE_OPEN_READONLY), "0");
    for (const auto mode : {ResponseStore::Mode::ReadWrite, ResponseStore::Mode::ReadOnly}) {
        try {
            (void)ResponseStore::open(file_, mode);
            ADD_FAILURE() << "opened a store whose schema version reads 0";
        } catch (const StoreError& error) {
            const std::string message = error.what();
            EXPECT_EQ(message.find("CREATE TABLE"), std::string::npos) << message;
            EXPECT_NE(message.find("damaged"), std::string::npos) << message;
        }
    }
}

TEST_F(StartupTest, ARefusedFileGetsNoSideFiles) {
    {  // another program's SQLite file, in WAL mode
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(file_.c_str(), &db), SQLITE_OK);
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                     nullptr);
        sqlite3_close(db);
    }
    const auto before = filesBeside();
    EXPECT_THROW((void)ResponseStore::open(file_), StoreError);
    EXPECT_THROW((void)ResponseStore::open(file_, ResponseStore::Mode::ReadOnly), StoreError);
    EXPECT_EQ(filesBeside(), before);
}

// Issue 12, 4: deleting the -wal mid-session gave no error and a later kill lost 10 of 10 answers.
TEST_F(StartupTest, AWalDeletedUnderTheKioskStopsTheWrites) {
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(offender());
    store.setAnswer(id, "rules_explained", Answer::single("fully"));
    fs::remove(file_.string() + "-wal");
    try {
        store.setAnswer(id, "setting", Answer::single("community"));
        FAIL() << "an answer was written to a -wal that no longer exists";
    } catch (const StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("-wal"), std::string::npos) << error.what();
    }
    EXPECT_THROW(store.submit(id), StoreError) << "writes must stay stopped";
    EXPECT_THROW(store.begin(offender()), StoreError);
}

TEST_F(StartupTest, FilesAreTheUsersOnly) {
    const mode_t previous = ::umask(022);
    const fs::path nested = dir_ / "new-folder" / "kiosk.db";
    {
        auto store = ResponseStore::open(nested);
        store.setAnswer(store.begin(offender()), "rules_explained", Answer::single("fully"));
        EXPECT_EQ(modeOf(nested), 0600U);
        EXPECT_EQ(modeOf(nested.string() + "-wal"), 0600U);
        EXPECT_EQ(modeOf(nested.string() + "-shm"), 0600U);
        EXPECT_EQ(modeOf(nested.string() + ".lock"), 0600U);
        EXPECT_EQ(modeOf(nested.parent_path()), 0700U);
    }
    ::umask(previous);
    fs::permissions(nested, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
    { (void)ResponseStore::open(nested); }
    EXPECT_EQ(modeOf(nested), 0600U) << "an existing file readable by others is made private";
}

TEST_F(StartupTest, ResponseIdsAreRandomNotInOrderOfUse) {
    auto store = ResponseStore::open(file_);
    std::vector<survey::ResponseId> ids;
    for (int n = 0; n < 20; ++n) ids.push_back(store.begin(offender()));
    EXPECT_FALSE(std::is_sorted(ids.begin(), ids.end())) << "ids follow the order people came in";
    for (const auto id : ids) EXPECT_GT(id, 1000000) << "ids are small counters";
}

}  // namespace
