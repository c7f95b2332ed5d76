#include "sqlite/statement.hpp"

#include <limits>

namespace survey::sqlite {

Statement::Statement(const Connection& connection, std::string_view sql) : connection_(&connection) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    stmt_.reset(raw);
    if (rc != SQLITE_OK) {
        connection.fail(rc, "cannot prepare a statement");
    }
}

Statement& Statement::bind(int index, std::string_view value) {
    // An empty view may have a null data(), which SQLite would bind as NULL rather than ''.
    const char* data = value.data() != nullptr ? value.data() : "";
    const int rc = sqlite3_bind_text64(stmt_.get(), index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) {
        connection_->fail(rc, "cannot bind a parameter");
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_.get(), index, value);
    if (rc != SQLITE_OK) {
        connection_->fail(rc, "cannot bind a parameter");
    }
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(stmt_.get(), index);
    if (rc != SQLITE_OK) {
        connection_->fail(rc, "cannot bind a parameter");
    }
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    const char* data = bytes.data() != nullptr ? bytes.data() : "";
    const int rc = sqlite3_bind_blob64(stmt_.get(), index, data, bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        connection_->fail(rc, "cannot bind a parameter");
    }
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    connection_->fail(rc, sqlite3_sql(stmt_.get()));
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_.get(), column); }

int Statement::integer(int column) const { return sqlite3_column_int(stmt_.get(), column); }

std::string Statement::text(int column) const { return std::string(textView(column)); }

std::string_view Statement::textView(int column) const {
    const auto* bytes = sqlite3_column_text(stmt_.get(), column);
    if (bytes == nullptr) {
        return {};
    }
    const int size = sqlite3_column_bytes(stmt_.get(), column);
    return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)};
}

std::string Statement::blob(int column) const { return std::string(blobView(column)); }

std::string_view Statement::blobView(int column) const {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt_.get(), column));
    if (bytes == nullptr) {
        return {};
    }
    const int size = sqlite3_column_bytes(stmt_.get(), column);
    return {bytes, static_cast<std::size_t>(size)};
}

bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL; }

}  // namespace survey::sqlite
