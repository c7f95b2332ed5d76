// ResponseStore: writes commit at once, reads come back whole, foreign files are refused untouched.
#include "survey/store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "survey/errors.hpp"

namespace fs = std::filesystem;
using survey::Answer;
using survey::ResponseStore;
using survey::StoreError;

namespace {

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("perspective-store-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        file_ = dir_ / "kiosk.db";
    }
    void TearDown() override { fs::remove_all(dir_); }

    static survey::ResponseInfo info(std::string questionnaire = "offender") {
        survey::ResponseInfo result;
        result.questionnaire_id = std::move(questionnaire);
        result.questionnaire_version = 1;
        result.definition_hash = "abc";
        result.site = "Chester";
        result.date = "2011-03-04";
        return result;
    }

    static std::string contents(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

    // Runs SQL on the file directly, as another program would.
    static void rawExec(const fs::path& file, const std::string& sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }

    void expectRefusedUntouched(const std::string& expected_words) {
        const std::string before = contents(file_);
        try {
            (void)ResponseStore::open(file_);
            FAIL() << "opened a file that should be refused";
        } catch (const StoreError& error) {
            EXPECT_NE(std::string(error.what()).find(file_.string()), std::string::npos) << error.what();
            EXPECT_NE(std::string(error.what()).find(expected_words), std::string::npos) << error.what();
        }
        EXPECT_EQ(contents(file_), before);
    }

    fs::path dir_;
    fs::path file_;
};

TEST_F(StoreTest, NewFileIsCreatedWithTheCurrentSchemaAndAKioskId) {
    auto store = ResponseStore::open(file_);
    EXPECT_TRUE(fs::exists(file_));
    EXPECT_EQ(store.kioskId().size(), 32U);
    const std::string kiosk = store.kioskId();
    store = ResponseStore::open(dir_ / "other.db");
    EXPECT_NE(store.kioskId(), kiosk);
    EXPECT_EQ(ResponseStore::open(file_).kioskId(), kiosk);
}

TEST_F(StoreTest, AnswersAreReadBackAsSaved) {
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(info());
    store.setAnswer(id, "setting", Answer::single("custody"));
    store.setAnswer(id, "help_areas", Answer::multi({"money", "drugs"}));
    store.setAnswer(id, "comments", Answer::freeText("Fine, thanks."));
    const auto read = store.response(id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->info.questionnaire_id, "offender");
    EXPECT_EQ(read->info.status, survey::Status::InProgress);
    EXPECT_EQ(read->info.kiosk_id, store.kioskId());
    EXPECT_EQ(read->info.uid.size(), 32U);
    EXPECT_EQ(read->info.date, "2011-03-04");
    EXPECT_EQ(read->answers.at("setting"), Answer::single("custody"));
    EXPECT_EQ(read->answers.at("help_areas"), Answer::multi({"drugs", "money"}));
    EXPECT_EQ(read->answers.at("comments"), Answer::freeText("Fine, thanks."));
}

TEST_F(StoreTest, SetAnswerReplacesAndClearAnswerRemoves) {
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(info());
    store.setAnswer(id, "help_areas", Answer::multi({"money", "drugs"}));
    store.setAnswer(id, "help_areas", Answer::multi({"housing"}));
    store.setAnswer(id, "setting", Answer::single("custody"));
    store.clearAnswer(id, "setting");
    const auto read = store.response(id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->answers.size(), 1U);
    EXPECT_EQ(read->answers.at("help_areas"), Answer::multi({"housing"}));
}

TEST_F(StoreTest, ApplyWritesEveryChange) {
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(info());
    store.setAnswer(id, "setting", Answer::single("custody"));
    store.setAnswer(id, "custody_induction", Answer::single("yes"));
    using Kind = survey::AnswerChange::Kind;
    store.apply(id, {{Kind::Set, "setting", Answer::single("community")}, {Kind::Clear, "custody_induction", {}}});
    EXPECT_EQ(store.response(id)->answers, (survey::Answers{{"setting", Answer::single("community")}}));
}

TEST_F(StoreTest, StatusLanguageAndChannelAreUpdated) {
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(info());
    store.setLanguage(id, "cy");
    store.setChannel(id, survey::Channel::Assisted);
    store.submit(id);
    const auto read = store.response(id);
    EXPECT_EQ(read->info.language, "cy");
    EXPECT_EQ(read->info.channel, survey::Channel::Assisted);
    EXPECT_EQ(read->info.status, survey::Status::Submitted);
}

TEST_F(StoreTest, WritesToAnUnknownResponseThrow) {
    auto store = ResponseStore::open(file_);
    EXPECT_THROW(store.submit(42), StoreError);
    EXPECT_THROW(store.discard(42), StoreError);
    EXPECT_THROW(store.setAnswer(42, "setting", Answer::single("custody")), StoreError);
}

TEST_F(StoreTest, CloseInterruptedAbandonsOnlyResponsesInProgress) {
    auto store = ResponseStore::open(file_);
    const auto open1 = store.begin(info());
    const auto open2 = store.begin(info());
    const auto done = store.begin(info());
    store.submit(done);
    EXPECT_EQ(store.closeInterrupted(), 2);
    EXPECT_EQ(store.response(open1)->info.status, survey::Status::Abandoned);
    EXPECT_EQ(store.response(open2)->info.status, survey::Status::Abandoned);
    EXPECT_EQ(store.response(done)->info.status, survey::Status::Submitted);
    EXPECT_EQ(store.closeInterrupted(), 0);
}

TEST_F(StoreTest, DiscardDeletesTheResponseAndItsAnswers) {
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(info());
    store.setAnswer(id, "comments", Answer::freeText("something private"));
    store.discard(id);
    EXPECT_FALSE(store.response(id));
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM answer", -1, &stmt, nullptr);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

// "Leave this page" must not leave the words on disk: not in freed pages, not in the WAL.
TEST_F(StoreTest, DiscardLeavesNoTraceOfTheAnswersInTheFiles) {
    auto store = ResponseStore::open(file_);
    const auto id = store.begin(info("victim"));
    store.setAnswer(id, "comments", Answer::freeText("Quokka-Marmalade-Umbrella"));
    store.setAnswer(id, "contact_methods", Answer::multi({"letter", "phone"}));
    store.discard(id);
    for (const fs::path& file : {file_, fs::path(file_.string() + "-wal")}) {
        if (!fs::exists(file)) continue;
        EXPECT_EQ(contents(file).find("Quokka-Marmalade-Umbrella"), std::string::npos) << file;
    }
}

TEST_F(StoreTest, InsertCompletedIsAllOrNothing) {
    auto store = ResponseStore::open(file_);
    survey::StoredResponse good;
    good.info = info();
    good.info.status = survey::Status::Submitted;
    good.info.channel = survey::Channel::Paper;
    good.answers["setting"] = Answer::single("community");
    auto bad = good;
    bad.info.date = "not a date";  // refused by the schema
    EXPECT_THROW(store.insertCompleted({good, good, bad}), StoreError);
    int seen = 0;
    store.forEachResponse({}, [&](const survey::StoredResponse&) { ++seen; });
    EXPECT_EQ(seen, 0);
    EXPECT_EQ(store.insertCompleted({good, good}).size(), 2U);
    store.forEachResponse({}, [&](const survey::StoredResponse& r) {
        ++seen;
        EXPECT_EQ(r.answers.at("setting"), Answer::single("community"));
        EXPECT_EQ(r.info.channel, survey::Channel::Paper);
    });
    EXPECT_EQ(seen, 2);
}

TEST_F(StoreTest, ForEachResponseStreamsInOrderAndFilters) {
    auto store = ResponseStore::open(file_);
    for (int i = 0; i < 5; ++i) {
        auto response_info = info(i % 2 == 0 ? "offender" : "victim");
        response_info.date = "2011-03-0" + std::to_string(i + 1);
        const auto id = store.begin(response_info);
        if (i != 3) {
            store.setAnswer(id, "q" + std::to_string(i), Answer::single("yes"));
        }
        if (i < 2) {
            store.submit(id);
        }
    }
    std::vector<survey::ResponseId> ids;
    store.forEachResponse({}, [&](const survey::StoredResponse& r) { ids.push_back(r.id); });
    EXPECT_EQ(ids.size(), 5U);
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));  // streamed in row order

    survey::ResponseFilter filter;
    filter.questionnaire_id = "offender";
    filter.from_date = "2011-03-02";
    std::vector<std::string> dates;
    store.forEachResponse(filter, [&](const survey::StoredResponse& r) { dates.push_back(r.info.date); });
    std::sort(dates.begin(), dates.end());
    EXPECT_EQ(dates, (std::vector<std::string>{"2011-03-03", "2011-03-05"}));

    survey::ResponseFilter submitted;
    submitted.status = survey::Status::Submitted;
    int count = 0;
    store.forEachResponse(submitted, [&](const survey::StoredResponse& r) {
        ++count;
        EXPECT_EQ(r.answers.size(), 1U);
    });
    EXPECT_EQ(count, 2);
}

TEST_F(StoreTest, StatusCountsAndDistributions) {
    auto store = ResponseStore::open(file_);
    store.submit(store.begin(info()));
    store.abandon(store.begin(info()));
    store.begin(info());
    store.begin(info("victim"));
    const auto counts = store.statusCounts();
    ASSERT_EQ(counts.size(), 2U);
    EXPECT_EQ(counts[0].questionnaire_id, "offender");
    EXPECT_EQ(counts[0].submitted, 1);
    EXPECT_EQ(counts[0].abandoned, 1);
    EXPECT_EQ(counts[0].in_progress, 1);
    EXPECT_EQ(counts[1].in_progress, 1);

    store.recordDistributed({"offender", "Chester", 150, "2011-02-01"});
    ASSERT_EQ(store.distributions().size(), 1U);
    EXPECT_EQ(store.distributions()[0].count, 150);
    EXPECT_EQ(store.distributions()[0].site, "Chester");
}

TEST_F(StoreTest, SettingsRoundTrip) {
    auto store = ResponseStore::open(file_);
    EXPECT_FALSE(store.setting("site"));
    store.setSetting("site", "Chester");
    store.setSetting("site", "Crewe");
    EXPECT_EQ(store.setting("site"), "Crewe");
}

TEST_F(StoreTest, ConnectionPragmasAreSet) {
    { auto store = ResponseStore::open(file_); }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file_.c_str(), &db), SQLITE_OK);
    const auto pragma = [&](const char* sql) {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        sqlite3_step(stmt);
        std::string value(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    };
    EXPECT_EQ(pragma("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(pragma("PRAGMA application_id"), "1347572560");
    sqlite3_close(db);
}

TEST_F(StoreTest, ReadOnlyReadsWithoutChangingTheFile) {
    {
        auto store = ResponseStore::open(file_);
        store.submit(store.begin(info()));
    }
    const std::string before = contents(file_);
    auto store = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
    int count = 0;
    store.forEachResponse({}, [&](const survey::StoredResponse&) { ++count; });
    EXPECT_EQ(count, 1);
    EXPECT_THROW(store.begin(info()), StoreError);
    EXPECT_EQ(contents(file_), before);
}

TEST_F(StoreTest, ReadOnlyOpensAFileCopiedWithoutItsWal) {
    // A kiosk still running: the copy taken to the exporter may lack the -wal file.
    auto kiosk = ResponseStore::open(file_);
    kiosk.submit(kiosk.begin(info()));
    const fs::path copy = dir_ / "copy.db";
    fs::copy_file(file_, copy);
    ASSERT_FALSE(fs::exists(dir_ / "copy.db-wal"));
    const std::string before = contents(copy);
    auto store = ResponseStore::open(copy, ResponseStore::Mode::ReadOnly);
    EXPECT_EQ(store.kioskId(), kiosk.kioskId());
    // The copy holds what had been checkpointed (answers still in the -wal are not in it).
    EXPECT_NO_THROW(store.forEachResponse({}, [](const survey::StoredResponse&) {}));
    EXPECT_EQ(contents(copy), before);
}

TEST_F(StoreTest, ReadOnlyRefusesAMissingFile) {
    EXPECT_THROW((void)ResponseStore::open(file_, ResponseStore::Mode::ReadOnly), StoreError);
    EXPECT_FALSE(fs::exists(file_));
}

TEST_F(StoreTest, RefusesAFileThatIsNotSqlite) {
    std::ofstream(file_) << "setting,sentence\ncommunity,licence\n";
    expectRefusedUntouched("not a Perspective database");
}

TEST_F(StoreTest, RefusesADirectory) {
    fs::create_directories(file_);
    EXPECT_THROW((void)ResponseStore::open(file_), StoreError);
}

TEST_F(StoreTest, RefusesAnSqliteFileOfAnotherProgram) {
    rawExec(file_, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'a');");
    expectRefusedUntouched("not a Perspective database");
}

TEST_F(StoreTest, RefusesANewerSchema) {
    { auto store = ResponseStore::open(file_); }
    rawExec(file_, "PRAGMA user_version = " + std::to_string(ResponseStore::schemaVersion() + 1));
    expectRefusedUntouched("newer version");
}

TEST_F(StoreTest, RefusesACorruptFile) {
    {
        auto store = ResponseStore::open(file_);
        for (int i = 0; i < 200; ++i) {
            const auto id = store.begin(info());
            store.setAnswer(id, "comments", Answer::freeText(std::string(300, 'x')));
        }
    }
    // Scribble over the middle of the file (leaving the header intact).
    {
        std::fstream file(file_, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(static_cast<std::streamoff>(fs::file_size(file_) / 2));
        const std::string junk(8192, '\x5a');
        file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    expectRefusedUntouched("corrupt");
}

TEST_F(StoreTest, DiskFullIsRecognisedFromTheErrorCode) {
    EXPECT_TRUE(StoreError("full", SQLITE_FULL).diskFull());
    EXPECT_TRUE(StoreError("write", SQLITE_IOERR_WRITE).diskFull());
    EXPECT_FALSE(StoreError("busy", SQLITE_BUSY).diskFull());
    EXPECT_FALSE(StoreError("other").diskFull());
}

TEST_F(StoreTest, ChannelAndStatusNamesRoundTrip) {
    for (auto channel : {survey::Channel::Kiosk, survey::Channel::Paper, survey::Channel::Assisted}) {
        EXPECT_EQ(survey::channelFrom(survey::toString(channel)), channel);
    }
    for (auto status : {survey::Status::InProgress, survey::Status::Submitted, survey::Status::Abandoned}) {
        EXPECT_EQ(survey::statusFrom(survey::toString(status)), status);
    }
    EXPECT_FALSE(survey::channelFrom("post"));
    EXPECT_FALSE(survey::statusFrom("done"));
}

}  // namespace
