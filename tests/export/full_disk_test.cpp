// A full disk, for real: a tiny tmpfs (needs root; skipped where mount is not allowed).
// Importing into a database on it fails with a message that says so, and what was saved stays.
#include "../../export/src/cli/cli.hpp"

#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "survey/store.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kDemo = fs::path(PERSPECTIVE_ASSETS_DIR) / "demo";

struct Result {
    int code;
    std::string err;
};

Result exportCommand(std::vector<std::string> args) {
    args.insert(args.begin(), "perspective-export");
    std::ostringstream out;
    std::ostringstream err;
    const int code = report::cli::run(args, out, err);
    return {code, err.str()};
}

class FullDisk : public ::testing::Test {
protected:
    void SetUp() override {
        mount_ = fs::temp_directory_path() / ("perspective-full-disk-" + std::to_string(getpid()));
        fs::create_directories(mount_);
        if (::mount("tmpfs", mount_.c_str(), "tmpfs", 0, "size=400k") != 0) {
            const std::string why = std::strerror(errno);
            fs::remove(mount_);
            GTEST_SKIP() << "cannot mount a small tmpfs here (" << why << ")";
        }
        mounted_ = true;
        db_ = mount_ / "kiosk.db";
    }
    void TearDown() override {
        if (mounted_) ::umount2(mount_.c_str(), MNT_DETACH);
        fs::remove_all(mount_);
    }

    Result import(const std::string& questionnaire) {
        return exportCommand({"import", "--db", db_.string(), "--questionnaire", questionnaire, "--questionnaires",
                              kQuestionnaires.string(), "--date", "2011-03-01",
                              (kDemo / (questionnaire + ".csv")).string()});
    }

    // Writes a file until the file system has no room left.
    void fillTheDisk() {
        std::ofstream filler(mount_ / "filler", std::ios::binary);
        const std::string block(4096, 'x');
        while (filler.write(block.data(), static_cast<std::streamsize>(block.size())) && filler.flush()) {
        }
    }

    fs::path mount_;
    fs::path db_;
    bool mounted_ = false;
};

TEST_F(FullDisk, ImportSaysTheDiskMayBeFullAndKeepsWhatWasSaved) {
    ASSERT_EQ(import("sentencer").code, 0);
    fillTheDisk();

    const Result refused = import("offender");
    EXPECT_NE(refused.code, 0);
    EXPECT_NE(refused.err.find(db_.string()), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("The disk may be full"), std::string::npos) << refused.err;

    fs::remove(mount_ / "filler");
    auto store = survey::ResponseStore::open(db_, survey::ResponseStore::Mode::ReadOnly);
    int sentencers = 0;
    int offenders = 0;
    store.forEachResponse({}, [&](const survey::StoredResponse& response) {
        if (response.info.questionnaire_id == "sentencer") ++sentencers;
        if (response.info.questionnaire_id == "offender") ++offenders;
    });
    EXPECT_EQ(sentencers, 22);
    EXPECT_EQ(offenders, 0);
}

}  // namespace
