// "Leave this page" leaves nothing: not with a reader holding the file, not on a full disk, not
// after a crash between asking and finishing. A removal that must wait is never counted or read.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <chrono>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "../support/scratch_directory.hpp"
#include "survey/errors.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;
using survey::Answer;
using survey::ResponseStore;

namespace {

survey::ResponseInfo victim() {
    survey::ResponseInfo info;
    info.questionnaire_id = "victim";
    info.questionnaire_version = 1;
    info.definition_hash = "abc";
    info.site = "Chester";
    info.date = "2011-03-04";
    return info;
}

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every byte of the database and the files beside it that SQLite writes.
bool foundOnDisk(const fs::path& db, const std::string& text) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const fs::path file = db.string() + suffix;
        if (fs::exists(file) && contents(file).find(text) != std::string::npos) return true;
    }
    return false;
}

int responsesRead(const ResponseStore& store) {
    int count = 0;
    store.forEachResponse({}, [&](const survey::StoredResponse&) { ++count; });
    return count;
}

int countedVictims(const ResponseStore& store) {
    int count = 0;
    for (const auto& counts : store.statusCounts()) {
        if (counts.questionnaire_id == "victim") count += counts.submitted + counts.abandoned + counts.in_progress;
    }
    return count;
}

class DiscardTest : public ::testing::Test {
protected:
    perspective_test::ScratchDirectory scratch_{"perspective-discard"};
    const fs::path dir_ = scratch_.path();
    const fs::path file_ = dir_ / "kiosk.db";
};

// Issue 12, 1(b): a reader open for seconds made discard() block 5 s and leave the text in the
// -wal. Now discard() returns at once, the response is gone from every read at once, and the
// scrubbing finishes at the first write after the reader lets go.
TEST_F(DiscardTest, ALongReaderNeitherBlocksTheDiscardNorKeepsTheTextAfterwards) {
    auto store = ResponseStore::open(file_);
    store.submit(store.begin(victim()));  // someone else's, kept
    const auto id = store.begin(victim());
    store.setAnswer(id, "comments", Answer::freeText("my address is 9 Oak Lane"));

    sqlite3* reader = nullptr;
    ASSERT_EQ(sqlite3_open_v2(file_.c_str(), &reader, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM response;", nullptr, nullptr, nullptr), SQLITE_OK);

    const auto started = std::chrono::steady_clock::now();
    store.discard(id);
    const auto took = std::chrono::steady_clock::now() - started;
    EXPECT_LT(took, std::chrono::seconds(2)) << "discard waited for the reader";
    EXPECT_FALSE(store.response(id).has_value());
    EXPECT_EQ(responsesRead(store), 1);
    EXPECT_EQ(countedVictims(store), 1);
    EXPECT_TRUE(store.hasUnfinishedDiscards()) << "the -wal cannot be emptied while the reader holds it";

    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(reader);
    // The next respondent's first write finishes the removal (writes retry at most every 2 s).
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    store.submit(store.begin(victim()));
    EXPECT_FALSE(store.hasUnfinishedDiscards());
    EXPECT_FALSE(foundOnDisk(file_, "9 Oak Lane"));
}

// A removal a crash left unfinished (marked in discard_pending) is finished at the next open,
// and until then the response is never read or counted.
TEST_F(DiscardTest, AMarkedRemovalIsFinishedAtTheNextOpen) {
    std::string uid;
    {
        auto store = ResponseStore::open(file_);
        const auto id = store.begin(victim());
        store.setAnswer(id, "comments", Answer::freeText("Quokka-Marmalade-Umbrella"));
        uid = store.response(id)->info.uid;
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file_.c_str(), &db), SQLITE_OK);
    const std::string mark = "INSERT INTO discard_pending (uid) VALUES ('" + uid + "')";
    ASSERT_EQ(sqlite3_exec(db, mark.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    EXPECT_EQ(responsesRead(ResponseStore::open(file_, ResponseStore::Mode::ReadOnly)), 0);
    auto store = ResponseStore::open(file_);
    EXPECT_FALSE(store.hasUnfinishedDiscards());
    EXPECT_EQ(responsesRead(store), 0);
    EXPECT_FALSE(foundOnDisk(file_, "Quokka-Marmalade-Umbrella"));
}

// Issue 12, 1(a): on a full disk the victim's three answers survived "Leave this page". The lock
// file's reserve gives the removal room; the neutral page follows at once (discard never throws).
TEST_F(DiscardTest, AFullDiskStillRemovesTheAnswers) {
    if (!scratch_.mountSmallDisk("300k")) GTEST_SKIP() << "cannot mount a small tmpfs here (" << std::strerror(errno) << ")";
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(victim());
    store.setAnswer(id, "harm_type", Answer::single("violence"));
    store.setAnswer(id, "contact_methods", Answer::multi({"letter", "phone"}));
    store.setAnswer(id, "comments", Answer::freeText("my address is 9 Oak Lane"));
    scratch_.fillTheDisk();
    EXPECT_THROW(store.submit(store.begin(victim())), survey::StoreError) << "the disk is not full";

    EXPECT_NO_THROW(store.discard(id));
    EXPECT_FALSE(store.response(id).has_value());
    EXPECT_EQ(countedVictims(store), 0);
    EXPECT_FALSE(foundOnDisk(file_, "9 Oak Lane"));

    fs::remove(dir_ / "filler");
    EXPECT_TRUE(store.retryDiscards());
    EXPECT_FALSE(foundOnDisk(file_, "9 Oak Lane"));
}

}  // namespace
