// Touch targets measured from rendered pixels (WCAG 2.5.5, 44x44 px): each control's edges are
// found in the frame itself, scanning in from the gap around it, so a button cut short by its
// window, or drawn smaller than its record, fails. Every page a respondent can reach, and staff's.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "drawn.hpp"
#include "harness.hpp"
#include "pixels.hpp"

namespace kiosk::test {
namespace {

bool differs(Rgb a, Rgb b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b) > 24; }

struct Drawn {
    int width = 0;
    int height = 0;
};

// The first pixel from `from` towards `to` unlike the pixel at `from` (the gap beside the
// control), along a column (vertical) or a row.
int edge(const Pixels& pixels, int from, int to, int fixed, bool vertical) {
    const auto at = [&](int i) { return vertical ? pixels.at(fixed, i) : pixels.at(i, fixed); };
    const Rgb gap = at(from);
    const int step = to > from ? 1 : -1;
    int i = from;
    while (i != to && !differs(at(i), gap)) i += step;
    return i;
}

// Scans in from just outside the recorded rectangle, along a column near its left edge and a
// row near its top (where no label is drawn), to the first pixel unlike the gap around it.
Drawn measure(const Pixels& pixels, const ItemRect& item) {
    const int x0 = static_cast<int>(item.min.x), x1 = static_cast<int>(item.max.x) - 1;
    const int y0 = static_cast<int>(item.min.y), y1 = static_cast<int>(item.max.y) - 1;
    const int above = std::max(y0 - 2, 0), below = std::min(y1 + 2, pixels.height() - 1);
    const int left_of = std::max(x0 - 2, 0), right_of = std::min(x1 + 2, pixels.width() - 1);
    const int top = edge(pixels, above, below, x0 + 4, true);
    const int bottom = edge(pixels, below, top, x0 + 4, true);
    const int left = edge(pixels, left_of, right_of, y0 + 4, false);
    const int right = edge(pixels, right_of, left, y0 + 4, false);
    return Drawn{right - left + 1, bottom - top + 1};
}

void expectDrawnTargets(Harness& harness, PixelRenderer& renderer, ScreenSize screen, const std::string& shot) {
    harness.step(2);
    const Pixels pixels = renderer.capture(harness);
    if (const char* folder = std::getenv("PERSPECTIVE_SHOTS"); folder != nullptr && *folder != '\0')
        pixels.save(std::filesystem::path(folder) / ("targets-" + shot + ".png"));
    int measured = 0;
    for (const ItemRect& item : harness.app().widgets().items()) {
        if (item.min.x < 2 || item.min.y < 2 || item.max.x > static_cast<float>(screen.width) - 2 ||
            item.max.y > static_cast<float>(screen.height) - 2)
            continue;  // off screen: a page that scrolls (the taller frames below show them)
        if (item.scrolled_out) continue;  // a long page, cut by its own scrolling on purpose
        if (item.label == "On-screen keyboard") continue;  // the group, not a target: its keys are
        const Drawn drawn = measure(pixels, item);
        EXPECT_GE(drawn.height, 44) << shot << ": " << item.label;
        EXPECT_GE(drawn.width, 44) << shot << ": " << item.label;
        ++measured;
    }
    EXPECT_GT(measured, 2) << shot;
}

TEST(TargetsAsDrawn, EveryControlOnEveryRespondentPageIsAtLeast44PixelsSquare) {
    for (const ScreenSize screen : {ScreenSize{1280, 800}, ScreenSize{1024, 768}}) {
        Harness harness({}, Timings{}, ImVec2(static_cast<float>(screen.width), static_cast<float>(screen.height)));
        PixelRenderer renderer(screen.width, screen.height);
        const std::string at = screen.name();
        expectDrawnTargets(harness, renderer, screen, at + "-start");
        harness.app().apply(OpenDisplayOptions{});
        expectDrawnTargets(harness, renderer, screen, at + "-display-options");
        harness.app().apply(CloseDisplayOptions{});
        for (const survey::Questionnaire* q : std::vector(harness.app().offered())) {
            harness.app().apply(ReturnToStart{});
            harness.app().apply(StartQuestionnaire{q->id});
            while (harness.app().page() == Page::Question) {
                expectDrawnTargets(harness, renderer, screen, at + "-" + q->id + "-" + harness.app().screenName());
                harness.app().apply(SkipQuestion{});
            }
            expectDrawnTargets(harness, renderer, screen, at + "-" + q->id + "-check-answers");
            harness.advance(std::chrono::seconds(90));
            expectDrawnTargets(harness, renderer, screen, at + "-" + q->id + "-more-time");
            harness.app().apply(NeedMoreTime{});
            harness.app().apply(SubmitAnswers{});
            expectDrawnTargets(harness, renderer, screen, at + "-" + q->id + "-confirmation");
        }
    }
}

TEST(TargetsAsDrawn, EveryStaffControlIsAtLeast44PixelsSquare) {
    const ScreenSize screen{1280, 1400};  // tall: the menu shows whole
    Harness harness({}, Timings{}, ImVec2(1280.0f, 1400.0f));
    PixelRenderer renderer(screen.width, screen.height);
    harness.app().requestQuit();
    expectDrawnTargets(harness, renderer, screen, "staff-choose-pin");
    harness.app().apply(StaffIntent{PinEntered{"123456"}});
    harness.app().apply(StaffIntent{PinEntered{"123456"}});
    expectDrawnTargets(harness, renderer, screen, "staff-menu");
    harness.app().apply(StaffIntent{RecordDistributed{"victim", 20}});  // so the page lists one to withdraw
    for (const StaffPage page : {StaffPage::Site, StaffPage::Distributed, StaffPage::Paper}) {
        harness.app().apply(StaffIntent{ShowStaffPage{page}});
        expectDrawnTargets(harness, renderer, screen, "staff-" + harness.app().screenName());
    }
}

}  // namespace
}  // namespace kiosk::test
