#include "survey/new_file.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2 (glibc 2.28)
#include <unistd.h>

#include <cerrno>

namespace survey {
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

[[noreturn]] void fail(const char* what, int error) { throw std::system_error(error, std::generic_category(), what); }

// Copies `from` into a new `file` (O_EXCL) and flushes it; removes what it made if anything fails.
void exclusiveCopy(const fs::path& from, const fs::path& file) {
    const Fd out(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (out.get() < 0) {
        if (errno == EEXIST) throw FileExists(file);
        fail("cannot create it", errno);
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
        fail("cannot copy the file into it", error);
    }
}

// The filesystem does not offer this way of naming a file: try the next.
bool unsupported(int error) { return error == EINVAL || error == ENOSYS || error == EOPNOTSUPP || error == EPERM; }

}  // namespace

const char* nameOf(Publish method) {
    switch (method) {
        case Publish::RenameNoReplace: return "RenameNoReplace";
        case Publish::HardLink: return "HardLink";
        case Publish::ExclusiveCopy: return "ExclusiveCopy";
    }
    return "Unknown";
}

bool publishWithoutReplacing(const fs::path& temporary, const fs::path& file, Publish first) {
    Publish method = first;
    if (method == Publish::RenameNoReplace) {
        if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, file.c_str(), RENAME_NOREPLACE) == 0) return true;
        if (errno == EEXIST) throw FileExists(file);
        if (!unsupported(errno)) fail("cannot name it", errno);
        method = Publish::HardLink;
    }
    if (method == Publish::HardLink) {
        if (::link(temporary.c_str(), file.c_str()) == 0) return false;
        if (errno == EEXIST) throw FileExists(file);
        if (!unsupported(errno)) fail("cannot name it", errno);
    }
    exclusiveCopy(temporary, file);
    return false;
}

void syncFolderOf(const fs::path& file) {
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    const Fd directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (directory.get() >= 0) ::fsync(directory.get());
}

}  // namespace survey
