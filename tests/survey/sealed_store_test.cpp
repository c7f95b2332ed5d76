// A store with a recipient: no answer is ever on disk in plain text (db, -wal, -shm, after every
// write), sealed answers read back only with the right key, and swapped or tampered blobs are
// refused by name. Setting a recipient on a plain file seals what it holds.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "survey/errors.hpp"
#include "survey/sealing.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;
using survey::Answer;
using survey::ResponseStore;
using survey::StoreError;
namespace sealing = survey::sealing;

namespace {

// Words no SQLite page would hold by chance: if one is on disk, an answer leaked.
const std::string kSecretText = "Marmalade-the-probation-cat";
const std::string kSecretOption = "zebracrossingoption";

class SealedStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("perspective-sealed-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        file_ = dir_ / "kiosk.db";
        keyring_->add(makePair());
    }
    void TearDown() override { fs::remove_all(dir_); }

    sealing::KeyPair makePair() {
        sealing::KeyPair pair = sealing::makeKeyPair();
        recipient_ = pair.public_key;
        return pair;
    }

    static survey::ResponseInfo info() {
        survey::ResponseInfo result;
        result.questionnaire_id = "offender";
        result.questionnaire_version = 1;
        result.definition_hash = "abc";
        result.site = "Chester";
        result.date = "2011-03-04";
        return result;
    }

    static survey::Answers answers() {
        return {{"comments", Answer::freeText(kSecretText)}, {"setting", Answer::single(kSecretOption)}};
    }

    // Every byte of the database and its -wal and -shm files, as a thief with the disk reads them.
    std::string everyByteOnDisk() const {
        std::string all;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            std::ifstream in(file_.string() + suffix, std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            all += text.str();
        }
        return all;
    }

    void expectNoAnswerOnDisk(const std::string& when) const {
        const std::string bytes = everyByteOnDisk();
        EXPECT_EQ(bytes.find(kSecretText), std::string::npos) << "free text on disk " << when;
        EXPECT_EQ(bytes.find(kSecretOption), std::string::npos) << "an option id on disk " << when;
    }

    static void rawExec(const fs::path& file, const std::string& sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }

    std::vector<survey::StoredResponse> readBack(std::shared_ptr<const sealing::Keyring> keyring) const {
        auto store = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
        store.setKeyring(std::move(keyring));
        std::vector<survey::StoredResponse> out;
        store.forEachResponse({}, [&](const survey::StoredResponse& response) { out.push_back(response); });
        return out;
    }

    std::string readError(std::shared_ptr<const sealing::Keyring> keyring) const {
        try {
            readBack(std::move(keyring));
        } catch (const StoreError& error) {
            return error.what();
        }
        return "(no error)";
    }

    // A kiosk journey on a sealed file: begin, answer, change, submit; bytes checked after each.
    survey::ResponseId answerOne(ResponseStore& store) {
        const auto id = store.begin(info());
        expectNoAnswerOnDisk("after begin");
        store.setAnswer(id, "comments", Answer::freeText(kSecretText));
        expectNoAnswerOnDisk("after a free-text answer (in progress)");
        store.apply(id, {{survey::AnswerChange::Kind::Set, "setting", Answer::single(kSecretOption)}});
        expectNoAnswerOnDisk("after a change");
        store.submit(id);
        expectNoAnswerOnDisk("after submit");
        return id;
    }

    fs::path dir_;
    fs::path file_;
    sealing::PublicKey recipient_{};
    std::shared_ptr<sealing::Keyring> keyring_ = std::make_shared<sealing::Keyring>();
};

TEST_F(SealedStoreTest, NoAnswerIsEverOnDiskInPlainText) {
    {
        auto store = ResponseStore::open(file_);
        store.setRecipient(recipient_);
        answerOne(store);
        const auto left = store.begin(info());  // "Leave this page" after answering
        store.setAnswer(left, "comments", Answer::freeText(kSecretText));
        store.discard(left);
        expectNoAnswerOnDisk("after discard");
        const auto walked_off = store.begin(info());
        store.setAnswer(walked_off, "comments", Answer::freeText(kSecretText));
        store.abandon(walked_off);
        survey::StoredResponse paper;
        paper.info = info();
        paper.info.channel = survey::Channel::Paper;
        paper.info.status = survey::Status::Submitted;
        paper.answers = answers();
        store.insertCompleted({paper});
        expectNoAnswerOnDisk("after a paper return");
    }
    expectNoAnswerOnDisk("after close");
    const auto back = readBack(keyring_);
    ASSERT_EQ(back.size(), 3U);
    for (const auto& response : back) {
        if (response.info.status == survey::Status::Abandoned) {
            EXPECT_EQ(response.answers.at("comments").text, kSecretText);
        } else {
            EXPECT_EQ(response.answers, answers());
        }
    }
}

TEST_F(SealedStoreTest, WithoutAKeyTheReaderIsToldWhichKey) {
    {
        auto store = ResponseStore::open(file_);
        store.setRecipient(recipient_);
        answerOne(store);
        EXPECT_EQ(store.recipientFingerprint(), sealing::fingerprint(recipient_));
    }
    const std::string error = readError(nullptr);
    EXPECT_NE(error.find("sealed to key " + sealing::fingerprint(recipient_) + ": pass --key"), std::string::npos)
        << error;
    EXPECT_NE(error.find(file_.string()), std::string::npos) << error;
}

TEST_F(SealedStoreTest, WrongKeyIsRefused) {
    {
        auto store = ResponseStore::open(file_);
        store.setRecipient(recipient_);
        answerOne(store);
    }
    auto other = std::make_shared<sealing::Keyring>();
    other->add(sealing::makeKeyPair());
    const std::string error = readError(other);
    EXPECT_NE(error.find("not to the key given"), std::string::npos) << error;
}

TEST_F(SealedStoreTest, SwappedBlobsAndTamperedBytesAreRefusedByResponse) {
    {
        auto store = ResponseStore::open(file_);
        store.setRecipient(recipient_);
        answerOne(store);
        answerOne(store);
    }
    ASSERT_EQ(readBack(keyring_).size(), 2U);
    const fs::path pristine = dir_ / "pristine.db";
    fs::copy_file(file_, pristine);

    // Response A's blob copied onto response B: it opens only as A's, so B is refused.
    rawExec(file_, "UPDATE response SET sealed_answers = (SELECT sealed_answers FROM response ORDER BY id LIMIT 1) "
                   "WHERE id = (SELECT id FROM response ORDER BY id DESC LIMIT 1)");
    // The row checksum (integrity) refuses it before the blob is opened; either refusal names it.
    std::string error = readError(keyring_);
    EXPECT_TRUE(error.find("do not open") != std::string::npos || error.find("checksum") != std::string::npos)
        << error;

    // One flipped bit in a blob.
    fs::copy_file(pristine, file_, fs::copy_options::overwrite_existing);
    rawExec(file_, "UPDATE response SET sealed_answers = "
                   "substr(sealed_answers, 1, 30) || X'00' || substr(sealed_answers, 32) "
                   "WHERE id = (SELECT id FROM response ORDER BY id LIMIT 1)");
    error = readError(keyring_);
    EXPECT_TRUE(error.find("do not open") != std::string::npos || error.find("checksum") != std::string::npos)
        << error;
}

TEST_F(SealedStoreTest, SettingARecipientSealsAPlainFileAndLeavesNoPlainBytes) {
    {
        auto store = ResponseStore::open(file_);
        for (int i = 0; i < 3; ++i) {
            const auto id = store.begin(info());
            store.apply(id, {{survey::AnswerChange::Kind::Set, "comments", Answer::freeText(kSecretText)},
                             {survey::AnswerChange::Kind::Set, "setting", Answer::single(kSecretOption)}});
            store.submit(id);
        }
        ASSERT_NE(everyByteOnDisk().find(kSecretText), std::string::npos) << "the test needs plain answers first";
        EXPECT_EQ(store.setRecipient(recipient_), 3);
        expectNoAnswerOnDisk("after sealing, with the file still open");
    }
    expectNoAnswerOnDisk("after sealing and closing");
    const auto back = readBack(keyring_);
    ASSERT_EQ(back.size(), 3U);
    for (const auto& response : back) EXPECT_EQ(response.answers, answers());
}

TEST_F(SealedStoreTest, EachStartMakesANewBatchKey) {
    for (int start = 0; start < 2; ++start) {
        auto store = ResponseStore::open(file_);
        if (start == 0) store.setRecipient(recipient_);
        answerOne(store);
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(DISTINCT batch_id), (SELECT count(*) FROM batch) FROM response", -1, &query,
                       nullptr);
    ASSERT_EQ(sqlite3_step(query), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(query, 0), 2);
    EXPECT_EQ(sqlite3_column_int(query, 1), 2);
    sqlite3_finalize(query);
    sqlite3_close(db);
    EXPECT_EQ(readBack(keyring_).size(), 2U);
}

}  // namespace
