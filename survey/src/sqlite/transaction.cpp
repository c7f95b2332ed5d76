#include "sqlite/transaction.hpp"

#include "survey/errors.hpp"

namespace survey::sqlite {

Transaction::Transaction(Connection& connection) : connection_(&connection) {
    connection_->exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) {
        // Errors cannot leave a destructor; a failed rollback leaves SQLite to undo it on close.
        sqlite3_exec(connection_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    if (done_) {
        throw StoreError(connection_->file() + ": transaction already committed");
    }
    connection_->exec("COMMIT");
    done_ = true;
}

}  // namespace survey::sqlite
