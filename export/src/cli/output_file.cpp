#include "cli/output_file.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2 (glibc 2.28)
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace report::cli {
namespace fs = std::filesystem;
namespace {

// A file descriptor closed when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }

private:
    int fd_;
};

CommandError failure(const fs::path& file, const std::string& what, int error) {
    return CommandError(fmt::format("-o: cannot write {}: {} ({}); nothing was written", file.string(), what,
                                    std::strerror(error)),
                        kFailure);
}

// Removes the temporary file unless it was published.
class Temporary {
public:
    explicit Temporary(const fs::path& file) {
        std::string pattern = (file.parent_path() / ("." + file.filename().string() + ".partial-XXXXXX")).string();
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        const int fd = ::mkostemp(name.data(), O_CLOEXEC);  // mode 0600
        if (fd < 0) throw failure(file, "cannot create a file in its folder", errno);
        ::close(fd);
        path_ = name.data();
    }
    Temporary(const Temporary&) = delete;
    Temporary& operator=(const Temporary&) = delete;
    ~Temporary() {
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    const fs::path& path() const { return path_; }
    void published() { path_.clear(); }

private:
    fs::path path_;
};

void syncFile(const fs::path& path, const fs::path& file) {
    const Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) throw failure(file, "cannot flush it to the drive", errno);
}

// Copies `from` into a new `file` (O_EXCL); removes what it made if anything fails.
void exclusiveCopy(const fs::path& from, const fs::path& file) {
    const Fd out(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (out.get() < 0) {
        if (errno == EEXIST) throw outputExists(file);
        throw failure(file, "cannot create it", errno);
    }
    const Fd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
    bool ok = in.get() >= 0;
    char buffer[64 * 1024];
    while (ok) {
        const ssize_t got = ::read(in.get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {
            ok = got == 0;
            break;
        }
        for (ssize_t done = 0; ok && done < got;) {
            const ssize_t wrote = ::write(out.get(), buffer + done, static_cast<std::size_t>(got - done));
            if (wrote < 0 && errno == EINTR) continue;
            ok = wrote > 0;
            done += wrote;
        }
    }
    if (!ok || ::fsync(out.get()) != 0) {
        const int error = errno;
        ::unlink(file.c_str());  // ours: made with O_EXCL above
        throw failure(file, "cannot copy the report into it", error);
    }
}

bool unsupported(int error) { return error == EINVAL || error == ENOSYS || error == EOPNOTSUPP || error == EPERM; }

// Gives `temporary` the name `file` unless `file` exists, as `method` or its fallbacks. True when
// the temporary name is gone (renamed); after a link or a copy it is left to remove.
bool publishNew(const fs::path& temporary, const fs::path& file, Publish method) {
    if (method == Publish::RenameNoReplace) {
        if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, file.c_str(), RENAME_NOREPLACE) == 0) return true;
        if (errno == EEXIST) throw outputExists(file);
        if (!unsupported(errno)) throw failure(file, "cannot name it", errno);
        method = Publish::HardLink;
    }
    if (method == Publish::HardLink) {
        if (::link(temporary.c_str(), file.c_str()) == 0) return false;
        if (errno == EEXIST) throw outputExists(file);
        if (!unsupported(errno)) throw failure(file, "cannot name it", errno);
    }
    exclusiveCopy(temporary, file);
    return false;
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
    } else if (publishNew(temporary.path(), file, first)) {
        temporary.published();
    }
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    const Fd directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (directory.get() >= 0) ::fsync(directory.get());  // the new name survives a power cut
}

}  // namespace report::cli
