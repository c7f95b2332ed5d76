// A fresh directory per test (named after the process and the test), removed afterwards, with
// the means to make it a small, then full, disk: the store tests' full-disk cases.
#pragma once

#include <sys/mount.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace perspective_test {

class ScratchDirectory {
public:
    explicit ScratchDirectory(const std::string& prefix)
        : path_(std::filesystem::temp_directory_path() /
                (prefix + "-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDirectory() {
        if (mounted_) ::umount2(path_.c_str(), MNT_DETACH);
        std::filesystem::remove_all(path_);
    }
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }

    // A tmpfs of `size` mounted here (root only): false when this machine does not allow it.
    bool mountSmallDisk(const char* size) {
        const std::string options = std::string("size=") + size;
        if (::mount("tmpfs", path_.c_str(), "tmpfs", 0, options.c_str()) != 0) return false;
        mounted_ = true;
        return true;
    }

    // Writes until the disk refuses another kilobyte.
    void fillTheDisk() const {
        std::ofstream filler(path_ / "filler", std::ios::binary);
        const std::string block(1024, 'x');
        while (filler.write(block.data(), static_cast<std::streamsize>(block.size())) && filler.flush()) {
        }
    }

private:
    std::filesystem::path path_;
    bool mounted_ = false;
};

}  // namespace perspective_test
