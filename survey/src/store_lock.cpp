#include "store_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "survey/errors.hpp"

namespace survey {

std::filesystem::path StoreLock::pathFor(const std::filesystem::path& database) {
    return database.string() + ".lock";
}

StoreLock::StoreLock(const std::filesystem::path& database, int wait_ms) : path_(pathFor(database)) {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) {
        const int error = errno;
        if (error == EROFS || error == EACCES || error == EPERM) {
            throw StoreError(fmt::format("{}: cannot be opened for writing: the file or its folder is read-only ({}); "
                                         "nothing was changed. Use a writable disk",
                                         database.string(), std::strerror(error)));
        }
        throw StoreError(fmt::format("{}: cannot create the lock file {} ({})", database.string(), path_.string(),
                                     std::strerror(error)));
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const std::string why = std::strerror(errno);
            ::close(fd_);
            throw StoreError(fmt::format("{}: cannot lock {} ({})", database.string(), path_.string(), why));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::close(fd_);
            fd_ = -1;
            throw StoreError(fmt::format(
                "{}: is in use by another Perspective program (a running kiosk, or a PIN change, import or "
                "handed-out count on it); nothing was changed. Close that program, or wait for it to finish, "
                "and try again",
                database.string()));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    restoreReserve();
}

StoreLock::StoreLock(StoreLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)), reserved_(other.reserved_) {}

StoreLock& StoreLock::operator=(StoreLock&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        fd_ = std::exchange(other.fd_, -1);
        path_ = std::move(other.path_);
        reserved_ = other.reserved_;
    }
    return *this;
}

StoreLock::~StoreLock() {
    if (fd_ >= 0) {
        releaseReserve();  // an idle lock file takes no space
        ::close(fd_);      // closing the descriptor releases the flock
    }
}

bool StoreLock::releaseReserve() noexcept {
    if (fd_ < 0 || !reserved_) {
        return false;
    }
    reserved_ = false;
    return ::ftruncate(fd_, 0) == 0;
}

void StoreLock::restoreReserve() noexcept {
    if (fd_ < 0 || reserved_) {
        return;
    }
    for (off_t size = 64 * 1024; size >= 16 * 1024; size /= 2) {
        if (::posix_fallocate(fd_, 0, size) == 0) {
            reserved_ = true;
            return;
        }
    }
    (void)::ftruncate(fd_, 0);  // a partial allocation would only take space nobody can use
}

void StoreLock::removeFile() noexcept {
    if (fd_ >= 0) {
        ::unlink(path_.c_str());
    }
}

}  // namespace survey
