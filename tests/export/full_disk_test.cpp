// A full disk, for real: a tiny tmpfs (needs root; skipped where mount is not allowed).
// Importing into a database on it fails with a message that says so, and what was saved stays.
#include "../../export/src/cli/cli.hpp"

#include <gtest/gtest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../support/scratch_directory.hpp"
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
        if (!disk_.mountSmallDisk("400k")) GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    }

    Result import(const std::string& questionnaire) {
        return exportCommand({"import", "--db", db_.string(), "--questionnaire", questionnaire, "--questionnaires",
                              kQuestionnaires.string(), "--date", "2011-03-01",
                              (kDemo / (questionnaire + ".csv")).string()});
    }

    perspective_test::ScratchDirectory disk_{"perspective-full-disk"};
    fs::path db_ = disk_.path() / "kiosk.db";
};

TEST_F(FullDisk, ImportSaysTheDiskMayBeFullAndKeepsWhatWasSaved) {
    ASSERT_EQ(import("sentencer").code, 0);
    disk_.fillTheDisk();

    const Result refused = import("offender");
    EXPECT_NE(refused.code, 0);
    EXPECT_NE(refused.err.find(db_.string()), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("The disk may be full"), std::string::npos) << refused.err;

    fs::remove(disk_.path() / "filler");
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
