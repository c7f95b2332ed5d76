// Staff "Save answers for the inspectorate": a verified, signed file in the chosen folder, the
// result said in words, and deleting offered only after a save and only for what it saved.
#include "staff/handover_flow.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "harness.hpp"
#include "staff/staff_pin.hpp"
#include "survey/handover.hpp"
#include "ui/screens/staff_handover_screen.hpp"
#include "ui/screens/staff_menu_screen.hpp"

namespace fs = std::filesystem;

namespace kiosk::test {
namespace {

constexpr const char* kPin = "246813";
constexpr const char* kSaveButton = "Save answers for the inspectorate";
constexpr const char* kDeleteButton = "Delete the saved responses from this kiosk";

void openStaffMenu(Harness& harness) {
    StaffPin pin({[&](const std::string& key) { return harness.store().setting(key); },
                  [&](const std::string& key, const std::string& value) { harness.store().setSetting(key, value); }});
    if (!pin.isSet()) pin.set(kPin);
    harness.app().requestQuit();
    harness.step(2);
    for (const char digit : std::string_view(kPin)) harness.click(std::string(1, digit));
    harness.click("OK");
    ASSERT_EQ(harness.app().screenName(), "staff-menu");
}

int answered(Harness& harness) {
    int total = 0;
    for (const auto& counts : harness.store().statusCounts()) total += counts.submitted + counts.abandoned;
    return total;
}

// The result line the handover page shows.
std::string shownResult(Harness& harness) {
    const auto* screen = dynamic_cast<const StaffHandoverScreen*>(&harness.app().pageScreen());
    if (screen == nullptr) throw std::runtime_error("not on the handover page: " + harness.app().screenName());
    return screen->view().result;
}

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path());
    return files;
}

TEST(HandoverFlow, StaffSaveAVerifiedFileThenMayDeleteWhatItHolds) {
    Harness harness;
    walkAndSubmit(harness, "victim", {{"contact_went_ahead", {"yes"}}, {"comments", {"kept informed"}}});
    harness.click("Finish");
    const fs::path folder = harness.databasePath().parent_path() / "usb";
    fs::create_directories(folder);
    harness.store().setSetting(kHandoverFolderKey, folder.string());

    openStaffMenu(harness);
    const auto& menu = dynamic_cast<const StaffMenuScreen&>(harness.app().pageScreen()).view();
    EXPECT_EQ(menu.recipient, harness.store().recipientFingerprint().value());
    EXPECT_EQ(menu.kiosk_key, survey::handover::kioskFingerprint(harness.store()));
    harness.click(kSaveButton);
    ASSERT_EQ(harness.app().screenName(), "staff-handover");
    EXPECT_FALSE(harness.has(kDeleteButton)) << "deleting is offered only after a verified save";

    harness.click(folder.string());
    const auto files = filesIn(folder);
    ASSERT_EQ(files.size(), 1U);
    EXPECT_EQ(files[0].extension(), ".pspx");
    EXPECT_TRUE(files[0].filename().string().starts_with("perspective-Test-site-")) << files[0];
    const auto bundle = survey::handover::open(files[0]);
    EXPECT_EQ(survey::handover::summarise(bundle).responses, 1);
    EXPECT_EQ(shownResult(harness), "Saved 1 response to " + files[0].string());
    EXPECT_EQ(answered(harness), 1);

    harness.click(kDeleteButton);
    harness.click("Keep them");
    EXPECT_EQ(answered(harness), 1);
    harness.click(kDeleteButton);
    harness.click("Delete them");
    EXPECT_EQ(answered(harness), 0);
    EXPECT_EQ(shownResult(harness), "Deleted 1 saved response from this kiosk.");
}

TEST(HandoverFlow, ResponsesAfterTheSaveAreNeverDeleted) {
    Harness harness;
    walkAndSubmit(harness, "victim", {{"contact_went_ahead", {"yes"}}});
    harness.click("Finish");
    const fs::path folder = harness.databasePath().parent_path() / "usb";
    fs::create_directories(folder);
    HandoverFlow flow(std::vector<fs::path>{});
    flow.save(harness.store(), folder, "Test site", "2011-03-04");
    ASSERT_TRUE(flow.view().saved) << flow.view().result;
    walkAndSubmit(harness, "victim", {{"contact_went_ahead", {"no"}}});  // after the save
    harness.click("Finish");
    flow.askDelete();
    flow.deleteSaved(harness.store());
    EXPECT_EQ(answered(harness), 1);
    EXPECT_EQ(flow.view().unsaved, 1);
}

TEST(HandoverFlow, AFailedSaveSaysWhyAndOffersNoDelete) {
    Harness harness;
    walkAndSubmit(harness, "victim", {{"contact_went_ahead", {"yes"}}});
    harness.click("Finish");
    HandoverFlow flow(std::vector<fs::path>{});
    flow.save(harness.store(), harness.databasePath().parent_path() / "no-such-drive", "Test site", "2011-03-04");
    EXPECT_FALSE(flow.view().saved);
    EXPECT_TRUE(flow.view().result.starts_with("Not saved: ")) << flow.view().result;
    flow.askDelete();
    flow.deleteSaved(harness.store());
    EXPECT_EQ(answered(harness), 1);
}

TEST(HandoverFlow, TheConfiguredFolderIsOfferedAndPlainFoldersAreNotDrives) {
    const fs::path root = fs::temp_directory_path() / ("perspective-media-" + std::to_string(::getpid()));
    fs::create_directories(root / "someone" / "not-a-drive");
    const auto found = handoverDestinations({root}, root.string());
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0], root);
    fs::remove_all(root);
}

}  // namespace
}  // namespace kiosk::test
