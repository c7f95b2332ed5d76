// The whole journey by keyboard alone: Tab and Shift+Tab to reach a control, Space or Enter on
// what is focused, typing into the comment box; and whatever is focused is what acts.
#include <gtest/gtest.h>

#include <SDL_scancode.h>

#include "harness.hpp"

namespace kiosk::test {
namespace {

// Tabs forward until `label` holds focus; false when a whole round of the page never reaches it.
bool tabTo(Harness& harness, std::string_view label, bool backwards = false) {
    for (int i = 0; i <= harness.app().widgets().stopCount() + 1; ++i) {
        const ItemRect* focused = harness.app().widgets().focusedItem();
        if (focused != nullptr && focused->label == label) return true;
        harness.press(SDL_SCANCODE_TAB, backwards);
    }
    return false;
}

TEST(KeyboardOnly, TheOffenderJourneyCanBeFinishedWithKeysAlone) {
    Harness harness({"offender"}, Timings{}, ImVec2(1280.0f, 800.0f));
    ASSERT_TRUE(tabTo(harness, "Start"));
    harness.press(SDL_SCANCODE_RETURN);
    ASSERT_EQ(harness.app().page(), Page::Question);
    int pages = 0;
    while (harness.app().page() == Page::Question && ++pages < 60) {
        const survey::Question& question = *harness.app().session()->current();
        if (question.type == survey::QuestionType::Text) {
            ASSERT_TRUE(tabTo(harness, question.text.get("en")));
            harness.type("Typed with keys only");
        } else {
            // The last option, reached backwards from Continue with Shift+Tab, chosen with Space.
            ASSERT_TRUE(tabTo(harness, question.options.back().label.get("en"), true)) << question.id;
            harness.press(SDL_SCANCODE_SPACE);
        }
        ASSERT_TRUE(tabTo(harness, "Continue")) << question.id;
        harness.press(SDL_SCANCODE_RETURN);
    }
    ASSERT_EQ(harness.app().page(), Page::CheckAnswers);
    ASSERT_TRUE(tabTo(harness, "Send my answers"));
    harness.press(SDL_SCANCODE_RETURN);
    EXPECT_EQ(harness.app().page(), Page::Confirmation);
    const std::vector<survey::StoredResponse> stored = harness.responses();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored.front().answers.at("comments").text, "Typed with keys only");
    EXPECT_GT(stored.front().answers.size(), 5u);
}

TEST(KeyboardOnly, EnterAndSpaceActOnlyOnWhatIsFocused) {
    Harness harness({"offender"}, Timings{}, ImVec2(1280.0f, 800.0f));
    harness.app().apply(StartQuestionnaire{"offender"});
    harness.step(2);
    const survey::Question& question = *harness.app().session()->current();
    harness.press(SDL_SCANCODE_RETURN);  // nothing focused yet: nothing happens
    harness.press(SDL_SCANCODE_SPACE);
    EXPECT_EQ(harness.app().session()->current(), &question);
    ASSERT_TRUE(tabTo(harness, question.options.front().label.get("en")));
    harness.press(SDL_SCANCODE_SPACE);
    ASSERT_TRUE(tabTo(harness, "Skip this question"));
    harness.press(SDL_SCANCODE_RETURN);
    EXPECT_NE(harness.app().session()->current(), &question) << "Skip acted, not the chosen option";
    EXPECT_EQ(harness.app().session()->answers().count(question.id), 0u);
}

}  // namespace
}  // namespace kiosk::test
