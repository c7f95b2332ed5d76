#include "sqlite/connection.hpp"

#include <fmt/format.h>

#include "survey/errors.hpp"

namespace survey::sqlite {

Connection::Connection(const std::filesystem::path& file, int flags) : file_(file.string()) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(file_.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    db_.reset(raw);  // a handle is returned even on failure and must be closed
    if (rc != SQLITE_OK) {
        fail(rc, "cannot open the database");
    }
    sqlite3_extended_result_codes(raw, 1);
}

Connection Connection::inMemoryCopyOf(const std::filesystem::path& source) {
    // memdb keeps the database in one buffer that other connections can share (sqlite/snapshot.hpp);
    // a name without a leading "/" is private to this connection.
    Connection memory("file:copy?vfs=memdb", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI);
    memory.file_ = source.string();
    return memory;
}

void Connection::exec(const std::string& sql) {
    const int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, sql);
    }
}

std::int64_t Connection::changes() const noexcept { return sqlite3_changes64(db_.get()); }

std::int64_t Connection::lastInsertId() const noexcept { return sqlite3_last_insert_rowid(db_.get()); }

void Connection::fail(int rc, std::string_view what) const {
    const int code = db_ ? sqlite3_extended_errcode(db_.get()) : rc;
    const char* detail = db_ ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(rc);
    throw StoreError(fmt::format("{}: {}: {}", file_, what, detail), code != 0 ? code : rc);
}

}  // namespace survey::sqlite
