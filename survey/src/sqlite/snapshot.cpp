#include "sqlite/snapshot.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace survey::sqlite {

std::shared_ptr<const Snapshot> Snapshot::copy(Connection& source, const std::filesystem::path& file) {
    Connection owner = Connection::inMemoryCopyOf(file);
    sqlite3_backup* backup = sqlite3_backup_init(owner.handle(), "main", source.handle(), "main");
    if (backup == nullptr) {
        owner.fail(sqlite3_errcode(owner.handle()), "cannot copy the database");
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        source.fail(stepped != SQLITE_DONE ? stepped : finished, "cannot read the database");
    }
    return std::shared_ptr<const Snapshot>(new Snapshot(std::move(owner), file));
}

Snapshot::Snapshot(Connection owner, const std::filesystem::path& file) : owner_(std::move(owner)), file_(file) {
    bytes_ = sqlite3_serialize(owner_.handle(), "main", &size_, SQLITE_SERIALIZE_NOCOPY);
    if (bytes_ == nullptr || size_ < 100) {
        Connection::inMemoryCopyOf(file_).fail(SQLITE_NOMEM, "cannot hold a copy of the database in memory");
    }
    // The copy has no -wal beside it: its header must say "rollback journal" (format 1), or a
    // reader would look for a -wal that memory cannot have and fail to open it.
    bytes_[18] = 1;
    bytes_[19] = 1;
}

Connection Snapshot::reader() const {
    Connection connection = Connection::inMemoryCopyOf(file_);
    // READONLY without FREEONCLOSE: the connection reads the owner's bytes and never frees them.
    const int rc = sqlite3_deserialize(connection.handle(), "main", bytes_, size_, size_, SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        connection.fail(rc, "cannot read the copy of the database");
    }
    // Let SQLite read pages in place instead of copying each into its page cache: the copy is
    // already in memory and never changes, so this only removes a memcpy per page read.
    connection.exec(fmt::format("PRAGMA mmap_size = {}", size_));
    return connection;
}

std::shared_ptr<const Snapshot> Snapshot::changedCopy(const std::function<void(Connection&)>& change) const {
    Connection owner = Connection::inMemoryCopyOf(file_);
    auto* bytes = static_cast<unsigned char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size_)));
    if (bytes == nullptr) {
        owner.fail(SQLITE_NOMEM, "cannot hold a copy of the database in memory");
    }
    std::copy(bytes_, bytes_ + size_, bytes);
    // FREEONCLOSE: the connection owns the bytes from here, and frees them even if this fails.
    // RESIZEABLE: a change may add pages.
    const int rc = sqlite3_deserialize(owner.handle(), "main", bytes, size_, size_,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        owner.fail(rc, "cannot read the copy of the database");
    }
    change(owner);
    return std::shared_ptr<const Snapshot>(new Snapshot(std::move(owner), file_));
}

}  // namespace survey::sqlite
