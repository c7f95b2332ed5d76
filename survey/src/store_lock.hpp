// One writer per database: an exclusive flock on "<db>.lock", held for the writer's whole life.
// The lock file also keeps a little disk space in reserve, given back when "Leave this page"
// cannot be finished on a full disk (the removal needs room to write before it frees any).
#pragma once

#include <filesystem>
#include <string>

namespace survey {

class StoreLock {
public:
    // Takes the lock, waiting up to `wait_ms`; throws StoreError naming the database when another
    // program holds it. The file is created 0600.
    StoreLock(const std::filesystem::path& database, int wait_ms);
    StoreLock(StoreLock&& other) noexcept;
    StoreLock& operator=(StoreLock&& other) noexcept;
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;
    ~StoreLock();

    static std::filesystem::path pathFor(const std::filesystem::path& database);

    // Gives the reserved space back to the file system (returns false when none was held).
    bool releaseReserve() noexcept;
    // Best effort: reserves up to 64 KiB again (room for one removal's writes) (less on a small disk, nothing on a full one).
    void restoreReserve() noexcept;
    // Removes the lock file; only for a lock taken on a file that was then refused.
    void removeFile() noexcept;

private:
    int fd_ = -1;
    std::filesystem::path path_;
    bool reserved_ = false;
};

}  // namespace survey
