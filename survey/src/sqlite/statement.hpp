// A prepared statement with bound parameters (never SQL built from strings), finalised by RAII.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "connection.hpp"

namespace survey::sqlite {

class Statement {
public:
    Statement(const Connection& connection, std::string_view sql);

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bindOptional(int index, const std::optional<std::string>& value);  // NULL when empty
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);  // a BLOB, never NULL (checksums, sealed blobs)

    // True while a row is available; false when done. Throws StoreError on failure.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    // Ready to run again with new bindings.
    void reset();

    std::int64_t int64(int column) const;
    int integer(int column) const;
    std::string text(int column) const;
    // The same text without a copy: valid until the next step(), reset() or column read.
    std::string_view textView(int column) const;
    std::string blob(int column) const;  // the column's bytes as they are, whatever its type
    std::string_view blobView(int column) const;  // the same without a copy, valid as textView()
    bool isNull(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }
    };
    const Connection* connection_;
    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

}  // namespace survey::sqlite
