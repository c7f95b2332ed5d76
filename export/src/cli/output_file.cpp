#include "cli/output_file.hpp"

#include <fcntl.h>
#include <stdlib.h>  // mkostemp
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

namespace report::cli {
namespace fs = std::filesystem;
namespace {

CommandError failure(const fs::path& file, const std::string& what, int error) {
    return CommandError(fmt::format("-o: cannot write {}: {} ({}); nothing was written", file.string(), what,
                                    std::strerror(error)),
                        kFailure);
}

// The temporary file being written, for the signal handler (one at a time in a process). A plain
// array and a sig_atomic_t flag: all a handler may read.
char g_partial[4096];
volatile std::sig_atomic_t g_partial_set = 0;

// Ctrl+C, a closed terminal or a service stop while a report is written: the hidden partial file
// goes, then the signal does what it would have done.
extern "C" void removePartialAndStop(int signal) {
    if (g_partial_set != 0) ::unlink(g_partial);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

void removePartialOnSignals() {
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction current {};
        if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler != SIG_DFL) continue;  // ignored: kept
        struct sigaction handler {};
        handler.sa_handler = removePartialAndStop;
        sigemptyset(&handler.sa_mask);
        ::sigaction(signal, &handler, nullptr);
    }
}

std::string partialPrefix(const fs::path& file) { return "." + file.filename().string() + ".partial-"; }

// Whether `path` still names the file open as `fd` (not removed or replaced meanwhile).
bool stillNamed(int fd, const fs::path& path) {
    struct stat opened {}, named {};
    return ::fstat(fd, &opened) == 0 && ::lstat(path.c_str(), &named) == 0 && opened.st_dev == named.st_dev &&
           opened.st_ino == named.st_ino;
}

// Locks the partial file for as long as it is written. A drive without locks (some network and
// FUSE ones) refuses: the file is then written unlocked, and no sweep removes it either, since a
// sweep removes only a file it could lock.
void lockWhileWriting(int fd) {
    while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
    }
}

// Partial files that a report killed outright (SIGKILL, a power cut) left beside FILE. Each writer
// holds a lock on its own for as long as it writes, so a partial file whose lock can be taken has
// no writer left, and goes; one being written by another report is left alone.
void removeAbandonedPartials(const fs::path& file) {
    const std::string prefix = partialPrefix(file);
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
        const int fd = ::open(entry.path().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && stillNamed(fd, entry.path())) ::unlink(entry.path().c_str());
        ::close(fd);
    }
}

// The file the report is written to before it is published: created beside FILE (mode 0600),
// locked while it is written, removed unless it was published, and on SIGINT, SIGTERM, SIGHUP.
class Temporary {
public:
    explicit Temporary(const fs::path& file) {
        removeAbandonedPartials(file);
        removePartialOnSignals();
        // Another report's sweep may take a new file between its creation and its lock: then it
        // is gone from the folder, and another is made (a few times at most, never for ever).
        for (int attempt = 0; path_.empty(); ++attempt) {
            if (attempt == 8) throw failure(file, "cannot keep a file in its folder", ENOENT);
            std::string pattern = (file.parent_path() / (partialPrefix(file) + "XXXXXX")).string();
            std::vector<char> name(pattern.begin(), pattern.end());
            name.push_back('\0');
            fd_ = ::mkostemp(name.data(), O_CLOEXEC);  // mode 0600
            if (fd_ < 0) throw failure(file, "cannot create a file in its folder", errno);
            lockWhileWriting(fd_);
            if (stillNamed(fd_, name.data())) {
                path_ = name.data();
            } else {
                ::close(fd_);
            }
        }
        if (path_.native().size() < sizeof g_partial) {
            std::memcpy(g_partial, path_.c_str(), path_.native().size() + 1);
            g_partial_set = 1;
        }
    }
    Temporary(const Temporary&) = delete;
    Temporary& operator=(const Temporary&) = delete;
    ~Temporary() {
        g_partial_set = 0;
        if (!path_.empty()) ::unlink(path_.c_str());
        ::close(fd_);
    }
    const fs::path& path() const { return path_; }
    void published() {
        g_partial_set = 0;
        path_.clear();
    }

private:
    int fd_ = -1;
    fs::path path_;
};

void syncFile(const fs::path& path, const fs::path& file) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    const int error = errno;
    if (fd >= 0) ::close(fd);
    if (!synced) throw failure(file, "cannot flush it to the drive", error);
}

}  // namespace

CommandError outputExists(const fs::path& file) {
    return CommandError("-o: " + file.string() + " exists already; add --force to replace it", kUsage);
}

void writeOutputFile(const fs::path& file, bool replace, const std::function<void(const fs::path&)>& write,
                     Publish first) {
    Temporary temporary(file);
    try {
        write(temporary.path());
    } catch (const CommandError&) {
        throw;
    } catch (const std::exception& error) {
        throw CommandError(fmt::format("-o: cannot write {}: {}; nothing was written", file.string(), error.what()),
                           kFailure);
    }
    syncFile(temporary.path(), file);
    if (replace) {
        if (::rename(temporary.path().c_str(), file.c_str()) != 0) throw failure(file, "cannot replace it", errno);
        temporary.published();
    } else {
        try {
            if (survey::publishWithoutReplacing(temporary.path(), file, first)) temporary.published();
        } catch (const survey::FileExists&) {
            throw outputExists(file);
        } catch (const std::system_error& error) {
            throw CommandError(
                fmt::format("-o: cannot write {}: {}; nothing was written", file.string(), error.what()), kFailure);
        }
    }
    survey::syncFolderOf(file);  // the new name survives a power cut
}

}  // namespace report::cli
