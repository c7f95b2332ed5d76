// A kiosk that must not take answers shows staff why on screen (issue 8 item 2, issue 12 items 2
// and 4): the refusal names the problem, what to do and the command; the page offers no way to a
// respondent page; staff close it only after confirming.
#include <gtest/gtest.h>

#include <fstream>

#include "app/refusal.hpp"
#include "app/refused_kiosk.hpp"
#include "harness.hpp"
#include "survey/store.hpp"
#include "../support/scratch_directory.hpp"

namespace kiosk::test {
namespace {

TEST(CannotTakeAnswers, NoInspectorateKeyGivesTheExactCommandWithThisDatabase) {
    const Refusal refusal = noRecipientRefusal("/var/lib/perspective/responses.db");
    EXPECT_EQ(refusal.command, "perspective-kiosk --db /var/lib/perspective/responses.db --set-recipient INSPECTORATE.pub");
    EXPECT_NE(refusal.problem.find("No inspectorate key"), std::string::npos);
    EXPECT_NE(refusal.remedy.find("docs/deploy.md"), std::string::npos);
    EXPECT_NE(describe(refusal).find(refusal.command), std::string::npos);
}

TEST(CannotTakeAnswers, AFileThatFailsItsStartCheckIsRefusedWithTheStoresReason) {
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

TEST(CannotTakeAnswers, AFullDiskAtStartIsSaidPlainly) {
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

TEST(CannotTakeAnswers, BrokenKioskFilesNameTheFileAndLine) {
    survey::ValidationError error({survey::Problem{"offender.yaml", 12, 0, "questions[3].when", "names a later question"}});
    const Refusal refusal = startRefusal(error, "responses.db");
    EXPECT_NE(refusal.problem.find("did not load"), std::string::npos);
    EXPECT_NE(refusal.detail.find("offender.yaml:12"), std::string::npos) << refusal.detail;
}

class RefusedPage : public ::testing::Test {
protected:
    RefusedPage() : driver_(ImVec2(1024.0f, 768.0f)), kiosk_(noRecipientRefusal("responses.db")) {
        driver_.attach(kiosk_);
        driver_.step(2);
    }
    Driver driver_;
    RefusedKiosk kiosk_;
};

TEST_F(RefusedPage, OnlyClosingIsOnOfferNoRespondentPage) {
    EXPECT_EQ(kiosk_.screenName(), "cannot-take-answers");
    EXPECT_EQ(driver_.labels(), std::vector<std::string>{"Close the kiosk"});
    EXPECT_FALSE(kiosk_.untilNextTimer().has_value());  // nothing times out to the start page
}

TEST_F(RefusedPage, StaffCloseTheKioskAfterConfirming) {
    driver_.click("Close the kiosk");
    EXPECT_FALSE(kiosk_.quitRequested());
    driver_.click("No, keep this page");
    EXPECT_TRUE(driver_.has("Close the kiosk"));
    EXPECT_FALSE(kiosk_.quitRequested());
    driver_.click("Close the kiosk");
    driver_.click("Yes, close the kiosk");
    EXPECT_TRUE(kiosk_.quitRequested());
}

TEST_F(RefusedPage, TheWindowsCloseButtonAsksToConfirm) {
    kiosk_.requestQuit();
    driver_.step(2);
    EXPECT_TRUE(driver_.has("Yes, close the kiosk"));
    EXPECT_FALSE(kiosk_.quitRequested());
}

}  // namespace
}  // namespace kiosk::test
