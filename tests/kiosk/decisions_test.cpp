// Decisions that cannot be mis-tapped: "Send my answers" follows the answers (GOV.UK) and a
// press on a control that appeared under the finger a moment ago is ignored; the header's
// buttons keep their places on every page and in Easy Read, "Leave this page" top right.
#include <gtest/gtest.h>

#include <map>
#include <optional>

#include "harness.hpp"

namespace kiosk::test {
namespace {

void toCheckAnswers(Harness& harness, const std::string& questionnaire) {
    harness.app().apply(StartQuestionnaire{questionnaire});
    while (harness.app().page() == Page::Question) harness.app().apply(SkipQuestion{});
    harness.step(2);
}

TEST(Decisions, SendMyAnswersComesAfterEveryAnswer) {
    Harness harness({"victim"}, Timings{}, ImVec2(1280.0f, 8000.0f));
    toCheckAnswers(harness, "victim");
    const auto& items = harness.app().widgets().items();
    const auto send = std::find_if(items.begin(), items.end(), [](const ItemRect& i) { return i.label == "Send my answers"; });
    ASSERT_NE(send, items.end());
    int changes = 0;
    for (const ItemRect& item : items) {
        if (!item.label.starts_with("Change ")) continue;
        ++changes;
        EXPECT_GT(send->min.y, item.max.y) << item.label;
    }
    EXPECT_GT(changes, 3);
}

TEST(Decisions, ATapOnAControlThatJustAppearedIsIgnored) {
    Harness harness({"offender"}, Timings{}, ImVec2(1280.0f, 8000.0f));
    toCheckAnswers(harness, "offender");
    harness.hastyClick("Send my answers");  // the second tap of a double tap on Continue
    EXPECT_EQ(harness.app().page(), Page::CheckAnswers) << "not sent without a look";
    harness.click("Send my answers");  // a considered tap, half a second on
    EXPECT_EQ(harness.app().page(), Page::Confirmation);
}

TEST(Decisions, AHastyTapOnANewQuestionChoosesNothing) {
    Harness harness({"offender"}, Timings{}, ImVec2(1280.0f, 800.0f));
    harness.app().apply(StartQuestionnaire{"offender"});
    harness.step(2);
    harness.choose("community");
    harness.continueOn();
    const survey::Question* second = harness.app().session()->current();
    harness.hastyClick(second->options.front().label.get("en"));
    harness.hastyClick("Continue");
    EXPECT_EQ(harness.app().session()->current(), second);
    EXPECT_EQ(harness.app().session()->answers().count(second->id), 0u);
}

// The header's buttons on the current page, by what they do (labels change with Easy Read).
std::map<std::string, ItemRect> headerButtons(Harness& harness) {
    const Strings& strings = harness.app().strings();
    const std::string language = harness.app().theme().settings().language;
    std::map<std::string, ItemRect> out;
    for (const ItemRect& item : harness.app().widgets().items()) {
        for (const char* id : {"header.display_options", "header.leave"}) {
            for (const bool easy : {false, true})
                if (item.label == strings.get(id, language, easy)) out.emplace(id, item);
        }
        if (item.label.starts_with("header:")) out.emplace(item.label, item);
    }
    return out;
}

void expectSamePlaces(const std::map<std::string, ItemRect>& expected, const std::map<std::string, ItemRect>& got,
                      const std::string& where) {
    for (const auto& [name, rect] : got) {
        const auto found = expected.find(name);
        if (found == expected.end()) continue;  // "Leave this page" on pages that show it
        EXPECT_FLOAT_EQ(rect.min.x, found->second.min.x) << where << ": " << name;
        EXPECT_FLOAT_EQ(rect.min.y, found->second.min.y) << where << ": " << name;
        EXPECT_FLOAT_EQ(rect.max.x, found->second.max.x) << where << ": " << name;
    }
}

TEST(Decisions, HeaderButtonsKeepTheirPlacesOnEveryPageAndInEasyReadWithLeaveTopRight) {
    for (const ImVec2 display : {ImVec2(1280.0f, 800.0f), ImVec2(1024.0f, 768.0f), ImVec2(800.0f, 1280.0f)}) {
        for (const TextSize size : {TextSize::Normal, TextSize::Largest}) {
            Harness harness({}, Timings{}, display);
            DisplaySettings settings;
            settings.text_size = size;
            harness.app().apply(ChangeDisplay{settings});
            harness.step(2);
            const std::string at = std::to_string(static_cast<int>(display.x)) + "x" +
                                   std::to_string(static_cast<int>(display.y)) + " " + std::to_string(percent(size)) + "%";
            const auto start = headerButtons(harness);
            ASSERT_EQ(start.count("header.leave"), 1u) << "the start page offers the victim questionnaire";
            const ItemRect& leave = start.at("header.leave");
            for (const auto& [name, rect] : start) {
                EXPECT_LE(leave.min.y, rect.min.y) << at << ": Leave is on the top row";
                EXPECT_GE(leave.max.x, rect.max.x) << at << ": Leave is furthest right";
            }
            for (const char* questionnaire : {"offender", "victim", "sentencer"}) {
                harness.app().apply(ReturnToStart{});
                harness.app().apply(ChangeDisplay{settings});
                harness.app().apply(StartQuestionnaire{questionnaire});
                harness.step(2);
                expectSamePlaces(start, headerButtons(harness), at + " " + questionnaire + " question 1");
                DisplaySettings easy = settings;
                easy.easy_read = true;
                harness.app().apply(ChangeDisplay{easy});
                harness.step(2);
                expectSamePlaces(start, headerButtons(harness), at + " " + questionnaire + " Easy Read");
                while (harness.app().page() == Page::Question) harness.app().apply(SkipQuestion{});
                harness.step(2);
                expectSamePlaces(start, headerButtons(harness), at + " " + questionnaire + " check answers");
                harness.app().apply(SubmitAnswers{});
                harness.step(2);
                expectSamePlaces(start, headerButtons(harness), at + " " + questionnaire + " confirmation");
            }
        }
    }
}

}  // namespace
}  // namespace kiosk::test
