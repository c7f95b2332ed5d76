#include "cli/output_file.hpp"

#include <fcntl.h>
#include <stdlib.h>  // mkostemp
#include <unistd.h>

#include <cerrno>
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
