// Issue 12, 1(c): 1 of 296 discarded texts stayed in the free space of a live page. Here 300
// respondents leave with "Leave this page" while others keep their answers and two readers keep
// reading (a report's snapshot, and a plain SQLite reader); afterwards no byte of the database,
// its -wal or its -shm holds any discarded text, and every kept text is still there.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "survey/store.hpp"

namespace fs = std::filesystem;
using survey::Answer;

namespace {

constexpr int kDiscards = 300;

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string everyByte(const fs::path& db) {
    std::string all;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        if (fs::exists(db.string() + suffix)) all += contents(db.string() + suffix);
    }
    return all;
}

survey::ResponseInfo victim() {
    survey::ResponseInfo info;
    info.questionnaire_id = "victim";
    info.questionnaire_version = 1;
    info.definition_hash = "abc";
    info.site = "Chester";
    info.date = "2011-03-04";
    return info;
}

TEST(DiscardUnderLoad, NoDiscardedTextIsLeftInAnyFile) {
    const fs::path dir = fs::temp_directory_path() / ("perspective-discard-load-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / "kiosk.db";
    auto store = survey::ResponseStore::open(file);

    std::atomic<bool> stop{false};
    std::atomic<int> snapshots{0};
    std::thread report([&] {
        while (!stop) {
            try {
                (void)survey::ResponseStore::open(file, survey::ResponseStore::Mode::ReadOnly);
                ++snapshots;
            } catch (const std::exception&) {
                // A snapshot taken mid-write may be refused; the discards are what is tested here.
            }
        }
    });
    std::thread reader([&] {
        sqlite3* db = nullptr;
        sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        while (!stop) {
            sqlite3_exec(db, "SELECT count(*), max(text) FROM answer", nullptr, nullptr, nullptr);
        }
        sqlite3_close(db);
    });

    std::vector<std::string> discarded;
    std::vector<std::string> kept;
    for (int n = 0; n < kDiscards; ++n) {
        // Lengths vary from a few words to overflow pages, so rows move between pages as they do.
        const std::string needle = "Discarded-" + std::to_string(n) + "-lives-at-" + std::to_string(1000 + n) + "-Oak-Lane";
        const std::string secret = needle + std::string(static_cast<std::size_t>((n * 37) % 1900), '.');
        const auto id = store.begin(victim());
        store.setAnswer(id, "comments", Answer::freeText("First-draft-" + secret));
        store.setAnswer(id, "comments", Answer::freeText(secret));  // replaced once, as people do
        store.setAnswer(id, "contact_methods", Answer::multi({"letter", "phone"}));
        discarded.push_back(needle);
        discarded.push_back("First-draft-" + needle);
        store.discard(id);
        if (n % 10 == 0) {
            const std::string keep = "Kept-comment-" + std::to_string(n) + std::string(static_cast<std::size_t>(n % 100) * 5, '-');  // one page
            const auto other = store.begin(victim());
            store.setAnswer(other, "comments", Answer::freeText(keep));
            store.submit(other);
            kept.push_back(keep);
        }
    }
    stop = true;
    report.join();
    reader.join();
    EXPECT_TRUE(store.retryDiscards()) << "a removal is still waiting with no reader left";

    const std::string bytes = everyByte(file);
    int found = 0;
    for (const std::string& text : discarded) {
        if (bytes.find(text) != std::string::npos) {
            ADD_FAILURE() << "still on disk: " << text;
            if (++found == 5) break;
        }
    }
    for (const std::string& text : kept) {
        EXPECT_NE(bytes.find(text), std::string::npos) << "a kept answer is missing (is the search blind?): " << text;
    }
    int read = 0;
    store.forEachResponse({}, [&](const survey::StoredResponse&) { ++read; });
    EXPECT_EQ(read, static_cast<int>(kept.size()));
    std::cout << kDiscards << " discards, " << snapshots << " report snapshots taken meanwhile\n";
    fs::remove_all(dir);
}

}  // namespace
