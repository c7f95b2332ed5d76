// A fresh, empty folder for one test, named after the test (and the process, so that parallel
// ctest runs never share one): one home for the export tests' scratch folders.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace report::testing {

inline std::filesystem::path freshTestDir(const std::string& prefix) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("perspective-" + prefix + "-" + std::to_string(getpid()) + "-" +
                                                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace report::testing
