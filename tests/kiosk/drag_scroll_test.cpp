// Pages too long for the screen scroll the way a touch screen is used: by dragging the page with
// a finger (a drag is not a tap, so it chooses nothing), and by the mouse wheel; the scrollbar is
// drawn so a person can see there is more.
#include <gtest/gtest.h>

#include <imgui_internal.h>

#include "harness.hpp"

namespace kiosk::test {
namespace {

// "What have you had help with?" (eight choices) on a portrait screen at 250%: the page runs
// well below the footer, and its first options are on screen.
Harness& longPage(Harness& harness) {
    DisplaySettings display;
    display.text_size = TextSize::Largest;
    harness.app().apply(ChangeDisplay{display});
    harness.app().apply(StartQuestionnaire{"offender"});
    for (int n = 0; n < 40 && harness.app().session()->current()->id != "help_areas"; ++n) {
        const survey::Question& question = *harness.app().session()->current();
        if (question.type == survey::QuestionType::Text) harness.app().apply(SkipQuestion{});
        else harness.app().apply(AnswerGiven{survey::Answer::single(question.hasOption("yes") ? "yes" : question.options.front().id)});
    }
    harness.step(3);
    return harness;
}

std::string secondOptionLabel(Harness& harness) {
    return harness.app().session()->current()->options.at(1).label.get("en");
}

ImGuiWindow* contentWindow() {
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
        if (std::string_view(window->Name).find("##content") != std::string_view::npos && window->Active) return window;
    }
    return nullptr;
}

TEST(DragScroll, DraggingThePageScrollsItAndChoosesNothing) {
    Harness harness({}, Timings{}, ImVec2(800.0f, 1280.0f));
    longPage(harness);
    const std::string label = secondOptionLabel(harness);
    const ImVec2 start = harness.item(label).centre();
    const float top = harness.item(label).min.y;

    // Finger down on the first option, then up the screen in small moves, as a real drag arrives.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = start;
    harness.step();
    io.MouseDown[0] = true;
    harness.step();
    for (int move = 1; move <= 10; ++move) {
        io.MousePos = ImVec2(start.x, start.y - 20.0f * static_cast<float>(move));
        harness.advance(std::chrono::milliseconds(60));  // a real drag: about 0.6 s in all
        harness.step();
    }
    harness.advance(std::chrono::milliseconds(600));  // the finger rests, then lifts
    harness.step();
    io.MouseDown[0] = false;
    harness.step(2);

    EXPECT_LT(harness.item(label).min.y, top - 100.0f) << "the page moved up with the finger";
    // Continue now saves whatever the page has chosen: nothing, if the drag chose nothing.
    const std::string question = harness.app().session()->current()->id;
    harness.click(harness.app().strings().get("question.continue", "en", false));
    EXPECT_EQ(harness.app().session()->answers().count(question), 0U)
        << "a drag that began and ended on an option must not choose it";

    // The control: the same option tapped (down and up in one place) and Continue do choose it.
    Harness tapped({}, Timings{}, ImVec2(800.0f, 1280.0f));
    longPage(tapped);
    tapped.click(label);
    tapped.click(tapped.app().strings().get("question.continue", "en", false));
    EXPECT_EQ(tapped.app().session()->answers().count(question), 1U) << "a tap chooses";
}

TEST(DragScroll, TheWheelScrollsAndTheScrollbarIsShown) {
    Harness harness({}, Timings{}, ImVec2(800.0f, 1280.0f));
    longPage(harness);
    ImGuiWindow* content = contentWindow();
    ASSERT_NE(content, nullptr);
    EXPECT_TRUE(content->ScrollbarY) << "a page longer than the screen shows its scrollbar";
    EXPECT_GT(content->ScrollMax.y, 0.0f);

    const std::string label = secondOptionLabel(harness);
    const float top = harness.item(label).min.y;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = content->InnerClipRect.GetCenter();
    io.MouseWheel = -3.0f;
    harness.step();
    io.MouseWheel = 0.0f;
    harness.step(2);
    EXPECT_LT(harness.item(label).min.y, top - 50.0f) << "the wheel scrolled the page";
}

}  // namespace
}  // namespace kiosk::test
