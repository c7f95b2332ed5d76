// A report's private copy of a database file, held in memory: the file (with whatever its -wal
// adds) is copied in one short read, so a report over a large file never holds the live file
// open and never blocks a kiosk's checkpoint. Several connections can read the one copy at once,
// each on its own thread: the full integrity_check runs beside the report's own pass over the
// answers instead of before it.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>

#include "connection.hpp"

namespace survey::sqlite {

class Snapshot {
public:
    // Copies `source` through `file` (a connection opened read-only on it) into memory.
    static std::shared_ptr<const Snapshot> copy(Connection& source, const std::filesystem::path& file);

    // A new read-only connection on the copy; its messages name the file the copy came from. The
    // snapshot must outlive it (hold the shared_ptr as long as the connection).
    Connection reader() const;

    // A second copy, changed by `change` on a read-write connection over it; this one is left as
    // it is. A report reads a file from an older schema this way: upgraded in memory, never on disk.
    std::shared_ptr<const Snapshot> changedCopy(const std::function<void(Connection&)>& change) const;

private:
    Snapshot(Connection owner, const std::filesystem::path& file);
    Connection owner_;  // an in-memory database that owns the copied bytes; never read directly
    std::filesystem::path file_;
    unsigned char* bytes_ = nullptr;
    sqlite3_int64 size_ = 0;
};

}  // namespace survey::sqlite
