// The SQLite RAII wrappers: a transaction rolls back unless committed, a second commit throws,
// and failures carry SQLite's extended result code.
#include "../../survey/src/sqlite/transaction.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "../../survey/src/sqlite/statement.hpp"
#include "survey/errors.hpp"

namespace fs = std::filesystem;
using survey::sqlite::Connection;
using survey::sqlite::Statement;
using survey::sqlite::Transaction;

namespace {

class TransactionTest : public ::testing::Test {
protected:
    void SetUp() override {
        file_ = fs::temp_directory_path() /
                ("perspective-transaction-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".db");
        fs::remove(file_);
        db_ = std::make_unique<Connection>(file_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        db_->exec("CREATE TABLE t (x INTEGER NOT NULL)");
    }
    void TearDown() override {
        db_.reset();
        fs::remove(file_);
    }
    int rows() {
        Statement count(*db_, "SELECT count(*) FROM t");
        count.step();
        return count.integer(0);
    }
    fs::path file_;
    std::unique_ptr<Connection> db_;
};

TEST_F(TransactionTest, LeavingScopeWithoutCommitRollsBack) {
    {
        Transaction transaction(*db_);
        db_->exec("INSERT INTO t VALUES (1)");
    }
    EXPECT_EQ(rows(), 0);
}

TEST_F(TransactionTest, CommitKeepsTheWrites) {
    Transaction transaction(*db_);
    db_->exec("INSERT INTO t VALUES (1)");
    transaction.commit();
    EXPECT_EQ(rows(), 1);
}

TEST_F(TransactionTest, ASecondCommitThrows) {
    Transaction transaction(*db_);
    transaction.commit();
    EXPECT_THROW(transaction.commit(), survey::StoreError);
}

TEST_F(TransactionTest, AnExceptionInsideRollsBackEverything) {
    try {
        Transaction transaction(*db_);
        db_->exec("INSERT INTO t VALUES (1)");
        Statement insert(*db_, "INSERT INTO t VALUES (?1)");
        insert.bindNull(1).run();  // NOT NULL fails
        transaction.commit();
        FAIL() << "the NULL was accepted";
    } catch (const survey::StoreError& error) {
        EXPECT_EQ(error.code(), SQLITE_CONSTRAINT_NOTNULL);
        EXPECT_NE(std::string(error.what()).find(file_.string()), std::string::npos) << error.what();
    }
    EXPECT_EQ(rows(), 0);
}

TEST_F(TransactionTest, BadSqlThrowsWithTheFileName) {
    try {
        Statement bad(*db_, "SELEKT 1");
        FAIL() << "prepared bad SQL";
    } catch (const survey::StoreError& error) {
        EXPECT_EQ(error.code() & 0xff, SQLITE_ERROR);
        EXPECT_FALSE(error.diskFull());
    }
}

}  // namespace
