// Any screen: every page of the three questionnaires at each supported screen size, at 100% and
// 250% text, in the standard and dark schemes, checked from what ImGui draws: nothing drawn past
// the window's edge or cut off by its own region (a scrolling page may run below, not sideways),
// and the page's main action wholly on screen. With PERSPECTIVE_SHOTS=DIR each page is also
// rendered to DIR/SIZE-TEXT-SCHEME/NN-PAGE.png (scripts/screenshots). CI runs a representative
// subset; PERSPECTIVE_MATRIX=full runs all 5 x 2 x 2.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstdio>
#include <memory>

#include "drawn.hpp"
#include "harness.hpp"
#include "pixels.hpp"

namespace kiosk::test {
namespace {

struct Setting {
    ScreenSize screen;
    TextSize text;
    ColourScheme scheme;
    std::string name() const {
        return screen.name() + "-" + std::to_string(percent(text)) + "-" + std::string(schemeKey(scheme));
    }
};

std::vector<Setting> matrix() {
    const char* which = std::getenv("PERSPECTIVE_MATRIX");
    if (which != nullptr && std::string(which) == "full") {
        std::vector<Setting> all;
        for (const ScreenSize screen : kScreenSizes)
            for (const TextSize text : {TextSize::Normal, TextSize::Largest})
                for (const ColourScheme scheme : {ColourScheme::Standard, ColourScheme::HighContrastDark})
                    all.push_back({screen, text, scheme});
        return all;
    }
    // The smallest landscape screen and the portrait one at 250%, the largest at 100%: where
    // things were cut off before, and the widest layout.
    return {{{1024, 768}, TextSize::Largest, ColourScheme::Standard},
            {{800, 1280}, TextSize::Largest, ColourScheme::HighContrastDark},
            {{1920, 1080}, TextSize::Normal, ColourScheme::HighContrastDark}};
}

// What is wrong with the frame just drawn, in words; empty when nothing is.
std::vector<std::string> cutOff(const ImDrawData& data, ImVec2 display) {
    std::vector<std::string> problems;
    // ImGui's anti-aliased fringe reaches one pixel past a shape, fading to nothing there; a little
    // over one pixel allows for float rounding (a solid edge cut off would be further out).
    constexpr float kSlack = 1.05f;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        const std::string owner = list._OwnerName != nullptr ? list._OwnerName : "";
        // The scrolling page may run below the window (that is what the scrollbar is for).
        const bool scrolls = owner.find("##content") != std::string::npos;
        unsigned offset = 0;
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            const ImVec4 clip = cmd.ClipRect;
            for (unsigned i = 0; i < cmd.ElemCount; ++i) {
                const ImDrawVert& v = list.VtxBuffer[static_cast<int>(list.IdxBuffer[static_cast<int>(offset + i)] + cmd.VtxOffset)];
                const bool beyond_side = v.pos.x < -kSlack || v.pos.x > display.x + kSlack;
                const bool beyond_end = !scrolls && (v.pos.y < -kSlack || v.pos.y > display.y + kSlack);
                // Cut off sideways by its own region (a border or focus ring half hidden).
                const bool clipped_side = v.pos.x < clip.x - kSlack || v.pos.x > clip.z + kSlack;
                if (beyond_side || beyond_end || clipped_side) {
                    char where[160];
                    std::snprintf(where, sizeof where, "%s: drawn at (%.0f, %.0f), clip x %.0f-%.0f, %s", owner.c_str(), v.pos.x, v.pos.y, clip.x, clip.z,
                                  beyond_side || beyond_end ? "past the window's edge" : "cut off by its own region");
                    problems.emplace_back(where);
                    break;
                }
            }
            offset += cmd.ElemCount;
            if (!problems.empty()) return problems;
        }
    }
    return problems;
}

class Tour {
public:
    explicit Tour(const Setting& setting) : setting_(setting) {
        const char* folder = std::getenv("PERSPECTIVE_SHOTS");
        if (folder != nullptr && *folder != '\0') folder_ = std::filesystem::path(folder) / setting.name();
    }

    // Checks (and photographs) the page now showing. `action`: the label of its main action.
    void check(Harness& harness, const std::string& action) {
        harness.step(3);
        const std::string page = harness.app().screenName();
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        for (const std::string& problem : cutOff(*ImGui::GetDrawData(), display))
            ADD_FAILURE() << setting_.name() << " " << page << ": " << problem;
        const ItemRect& main = itemNamed(harness, action);
        // Wholly within the width, and no taller than the screen: in the footer it is on screen;
        // at the end of a scrolling page ("Send my answers" follows the answers) a scroll reaches it.
        EXPECT_TRUE(main.min.x >= 0.0f && main.max.x <= display.x && main.max.y - main.min.y <= display.y)
            << setting_.name() << " " << page << ": '" << action << "' cannot be reached";
        ++pages_;
        if (folder_.empty()) return;
        if (!renderer_) renderer_ = std::make_unique<PixelRenderer>(setting_.screen.width, setting_.screen.height);
        char number[8];
        std::snprintf(number, sizeof number, "%02d-", pages_);
        renderer_->capture(harness).save(folder_ / (number + page + ".png"));
    }
    int pages() const { return pages_; }

private:
    Setting setting_;
    std::filesystem::path folder_;
    std::unique_ptr<PixelRenderer> renderer_;
    int pages_ = 0;
};

// Walks one questionnaire answering so that the branch `first` opens (yes wherever yes opens more).
void walk(Harness& harness, Tour& tour, const std::string& questionnaire, const std::string& first) {
    const Strings& strings = harness.app().strings();
    const auto text = [&](const char* id) { return strings.get(id, "en", false); };
    harness.app().apply(StartQuestionnaire{questionnaire});
    while (harness.app().page() == Page::Question) {
        tour.check(harness, text("question.continue"));
        const survey::Question& question = *harness.app().session()->current();
        if (question.type == survey::QuestionType::Text) harness.app().apply(SkipQuestion{});
        else if (question.hasOption(first)) harness.app().apply(AnswerGiven{survey::Answer::single(first)});
        else if (question.hasOption("yes")) harness.app().apply(AnswerGiven{survey::Answer::single("yes")});
        else harness.app().apply(AnswerGiven{survey::Answer::single(question.options.front().id)});
    }
    tour.check(harness, text("check.submit"));
    harness.app().apply(SubmitAnswers{});
    tour.check(harness, text("confirm.done"));
    harness.app().apply(ReturnToStart{});
}

TEST(ScreenMatrix, EveryPageFitsItsScreenAndItsMainActionIsOnScreen) {
    for (const Setting& setting : matrix()) {
        Harness harness({}, Timings{}, ImVec2(static_cast<float>(setting.screen.width), static_cast<float>(setting.screen.height)));
        Tour tour(setting);
        DisplaySettings display;
        display.text_size = setting.text;
        display.scheme = setting.scheme;
        harness.app().apply(ChangeDisplay{display});
        tour.check(harness, harness.questionnaire("offender").audience.get("en"));
        walk(harness, tour, "offender", "custody");
        walk(harness, tour, "offender", "community");
        walk(harness, tour, "victim", "yes");
        walk(harness, tour, "sentencer", "yes");
        EXPECT_GT(tour.pages(), 70) << setting.name();
    }
}

}  // namespace
}  // namespace kiosk::test
