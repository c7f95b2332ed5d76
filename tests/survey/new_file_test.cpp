// survey/new_file.hpp: a finished file is given its name only while the name is free, in every
// way of naming it, so a report's -o FILE and a kiosk's handover file never replace a file.
#include "survey/new_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;
using survey::FileExists;
using survey::Publish;
using survey::publishWithoutReplacing;

namespace {

class NewFile : public ::testing::TestWithParam<Publish> {
protected:
    void SetUp() override {
        const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        dir_ = fs::temp_directory_path() / ("perspective-new-file-" + std::to_string(getpid()) + "-" +
                                            std::to_string(static_cast<int>(GetParam())) + "-" +
                                            test.substr(0, test.find('/')));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        temporary_ = dir_ / ".handover.partial";
        file_ = dir_ / "handover.perspective";
        put(temporary_, "sealed answers\n");
    }
    void TearDown() override { fs::remove_all(dir_); }

    static std::string read(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), {}};
    }
    static void put(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

    fs::path dir_;
    fs::path temporary_;
    fs::path file_;
};

TEST_P(NewFile, AFreeNameIsGivenWithTheWholeFile) {
    const bool renamed = publishWithoutReplacing(temporary_, file_, GetParam());
    EXPECT_EQ(read(file_), "sealed answers\n");
    // Only a rename takes the temporary name away; after a link or a copy the caller removes it.
    EXPECT_EQ(renamed, GetParam() == Publish::RenameNoReplace);
    EXPECT_EQ(fs::exists(temporary_), !renamed);
}

// The race a check before the rename cannot close: the file appeared after any check was made.
TEST_P(NewFile, AFileThatExistsIsNeverReplaced) {
    put(file_, "another kiosk's answers\n");
    EXPECT_THROW(publishWithoutReplacing(temporary_, file_, GetParam()), FileExists);
    EXPECT_EQ(read(file_), "another kiosk's answers\n");
    EXPECT_EQ(read(temporary_), "sealed answers\n");  // still the caller's, to remove or retry
}

INSTANTIATE_TEST_SUITE_P(EveryWayOfNaming, NewFile,
                         ::testing::Values(Publish::RenameNoReplace, Publish::HardLink, Publish::ExclusiveCopy),
                         [](const ::testing::TestParamInfo<Publish>& param) { return std::string(survey::nameOf(param.param)); });

}  // namespace
