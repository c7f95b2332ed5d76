// RAII over one SQLite connection: opened with explicit flags, closed by a unique_ptr deleter.
// Internal to the survey library; sqlite3.h never reaches a public header.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace survey::sqlite {

class Connection {
public:
    // `flags` are SQLITE_OPEN_*; throws StoreError naming the file when it cannot be opened.
    Connection(const std::filesystem::path& file, int flags);

    // An empty in-memory database that holds a copy of `source` (a report's snapshot): its
    // messages name `source`, the file a person can act on, never ":memory:".
    static Connection inMemoryCopyOf(const std::filesystem::path& source);

    sqlite3* handle() const noexcept { return db_.get(); }
    const std::string& file() const noexcept { return file_; }

    // Runs SQL with no parameters and no rows wanted (pragmas, schema steps).
    void exec(const std::string& sql);
    std::int64_t changes() const noexcept;
    std::int64_t lastInsertId() const noexcept;

    // Throws StoreError "FILE: WHAT: sqlite's message" carrying the extended result code.
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> db_;
    std::string file_;
};

}  // namespace survey::sqlite
