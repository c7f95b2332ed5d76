// A kiosk that must not take answers shows staff why, on screen (under cage nobody sees standard
// error): what is wrong, what to do, the exact command; no respondent page is reachable and
// "Close the kiosk" asks first.
#include <gtest/gtest.h>

#include <fstream>
#include <stdexcept>

#include "app/refusal.hpp"
#include "app/refused_kiosk.hpp"
#include "harness.hpp"
#include "survey/errors.hpp"
#include "survey/store.hpp"
#include "../support/scratch_directory.hpp"

namespace kiosk::test {
namespace {

// SQLite's primary result codes the refusal tells apart (sqlite3.h stays out of the kiosk).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteFull = 13;

TEST(RefusedKiosk, NoInspectorateKeyShowsTheCommandThatSetsOne) {
    Driver driver(ImVec2(1280.0f, 800.0f));
    RefusedKiosk kiosk(noRecipientRefusal("/var/lib/perspective/answers.db"));
    driver.attach(kiosk);
    driver.step(2);
    EXPECT_EQ(kiosk.screenName(), "cannot-take-answers");
    const Refusal refusal = noRecipientRefusal("/var/lib/perspective/answers.db");
    EXPECT_EQ(refusal.command, "perspective-kiosk --db /var/lib/perspective/answers.db --set-recipient INSPECTORATE.pub");
    EXPECT_NE(describe(refusal).find(refusal.command), std::string::npos) << "standard error has it too";
    // Only the staff action: no Start, no questionnaire, no header with "Leave this page".
    EXPECT_EQ(driver.labels(), std::vector<std::string>{"Close the kiosk"});
}

TEST(RefusedKiosk, CloseTheKioskAsksFirst) {
    Driver driver(ImVec2(1280.0f, 800.0f));
    RefusedKiosk kiosk(noRecipientRefusal("answers.db"));
    driver.attach(kiosk);
    driver.step(2);
    driver.click("Close the kiosk");
    EXPECT_FALSE(kiosk.quitRequested()) << "one touch must not close it";
    driver.click("No, keep this page");
    EXPECT_FALSE(kiosk.quitRequested());
    EXPECT_TRUE(driver.has("Close the kiosk"));
    kiosk.requestQuit();  // Escape, Alt+F4, the window's close button: the same question
    driver.step(2);
    driver.click("Yes, close the kiosk");
    EXPECT_TRUE(kiosk.quitRequested());
}

TEST(RefusedKiosk, EachStartFailureIsNamedInWordsStaffCanActOn) {
    const std::filesystem::path db = "/media/usb/answers.db";
    const Refusal full = startRefusal(survey::StoreError("answers.db: disk is full", kSqliteFull), db);
    EXPECT_NE(full.problem.find("disk is full"), std::string::npos) << full.problem;
    const Refusal read_only = startRefusal(survey::StoreError("answers.db: read-only", kSqliteReadOnly), db);
    EXPECT_NE(read_only.problem.find("cannot be written"), std::string::npos) << read_only.problem;
    EXPECT_NE(read_only.remedy.find(db.string()), std::string::npos) << read_only.remedy;
    const Refusal damaged =
        startRefusal(survey::StoreError("answers.db: is damaged: its table response is not as Perspective made it"), db);
    EXPECT_NE(damaged.problem.find("failed its start check"), std::string::npos) << damaged.problem;
    EXPECT_EQ(damaged.detail, "answers.db: is damaged: its table response is not as Perspective made it")
        << "the program's own message, with the file, for whoever helps";
    const Refusal files = startRefusal(std::runtime_error("strings.yaml:3: not UTF-8"), db);
    EXPECT_NE(files.problem.find("own files"), std::string::npos) << files.problem;
    for (const Refusal& refusal : {full, read_only, damaged, files}) {
        EXPECT_TRUE(refusal.command.empty()) << "no single command fixes these";
        EXPECT_FALSE(refusal.remedy.empty());
    }
}

// The same, from the store's own refusals of real files.
TEST(RefusedKiosk, AFileThatFailsItsStartCheckIsRefusedWithTheStoresReason) {
    perspective_test::ScratchDirectory scratch("kiosk-refusal");
    const auto database = scratch.path() / "responses.db";
    std::ofstream(database, std::ios::binary) << std::string(8192, 'x');  // not a database
    try {
        survey::ResponseStore::open(database);
        FAIL() << "a damaged file opened";
    } catch (const std::exception& error) {
        const Refusal refusal = startRefusal(error, database);
        EXPECT_NE(refusal.problem.find("failed its start check"), std::string::npos) << refusal.problem;
        EXPECT_NE(refusal.detail.find(database.string()), std::string::npos) << refusal.detail;
    }
}

TEST(RefusedKiosk, AFullDiskAtStartIsSaidPlainly) {
    perspective_test::ScratchDirectory scratch("kiosk-refusal");
    if (!scratch.mountSmallDisk("64k")) GTEST_SKIP() << "no tmpfs (needs root)";
    scratch.fillTheDisk();
    const auto database = scratch.path() / "responses.db";
    try {
        survey::ResponseStore::open(database);
        FAIL() << "a store opened on a full disk";
    } catch (const std::exception& error) {
        const Refusal refusal = startRefusal(error, database);
        EXPECT_NE(refusal.problem.find("disk is full"), std::string::npos) << refusal.problem << " / " << error.what();
    }
}

TEST(RefusedKiosk, BrokenKioskFilesNameTheFileAndLine) {
    survey::ValidationError error({survey::Problem{"offender.yaml", 12, 0, "questions[3].when", "names a later question"}});
    const Refusal refusal = startRefusal(error, "responses.db");
    EXPECT_NE(refusal.problem.find("did not load"), std::string::npos);
    EXPECT_NE(refusal.detail.find("offender.yaml:12"), std::string::npos) << refusal.detail;
}

}  // namespace
}  // namespace kiosk::test
