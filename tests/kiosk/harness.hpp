// A headless kiosk for tests: an ImGui context with no window, a built font atlas, a temp
// database, a controllable clock, and synthetic input through ImGuiIO (Dear ImGui 1.86).
// Click an item by the label its widget recorded, press keys, step frames, read the store.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/app.hpp"
#include "survey/store.hpp"

namespace kiosk::test {

// Drives anything a runner draws (the App, or the refused kiosk's staff page) with no window:
// owns the ImGui context, steps frames, and touches and types through ImGuiIO.
class Driver {
public:
    explicit Driver(ImVec2 display);
    ~Driver();
    Driver(const Driver&) = delete;
    Driver& operator=(const Driver&) = delete;

    void attach(Frames& frames) { frames_ = &frames; }
    // The item recorded with `label` (the nth such) in the last frame; throws when not on screen.
    const ItemRect& item(std::string_view label, int nth = 0) const;
    void step(int frames = 1);
    // Touches the item recorded with `label` (the nth such item): hover, press, release, then
    // one more frame so the next screen has drawn. Throws std::runtime_error when not on screen.
    void click(std::string_view label, int nth = 0);
    // The same touch made at once, as a second tap of a double tap lands: no pause to look.
    void hastyClick(std::string_view label, int nth = 0);
    bool has(std::string_view label) const;
    std::vector<std::string> labels() const;
    // A key by SDL scancode (down one frame, up the next), optionally with Shift held.
    void press(int scancode, bool shift = false);
    void tapShift();
    void type(std::string_view text);
    void advance(std::chrono::milliseconds by);
    std::chrono::steady_clock::time_point now() const { return now_; }

private:
    void touch(std::string_view label, int nth, bool looked);

    ImGuiContext* context_ = nullptr;
    std::chrono::steady_clock::time_point now_{};
    Frames* frames_ = nullptr;
};

class Harness : public Driver {
public:
    // Loads the shipped questionnaires and strings. `display` height is tall by default so long
    // pages need no scrolling; the target-size test uses 1280x800.
    explicit Harness(std::vector<std::string> offered = {}, Timings timings = {},
                     ImVec2 display = ImVec2(1280.0f, 8000.0f));
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    // Journey helpers: pick an option of the current question by id (clicks its row), Continue.
    void choose(std::string_view option_id);
    void continueOn();

    App& app() { return *app_; }
    survey::ResponseStore& store() { return store_; }
    const std::filesystem::path& databasePath() const { return database_; }
    std::vector<survey::StoredResponse> responses() const;
    const survey::Questionnaire& questionnaire(std::string_view id) const;

private:
    std::filesystem::path directory_;
    std::filesystem::path database_;
    survey::ResponseStore store_;
    std::vector<survey::Questionnaire> questionnaires_;
    std::unique_ptr<App> app_;
};

// Every question id a walk saw, and the response it stored.
struct Walk {
    std::vector<std::string> asked;
    survey::ResponseId response = 0;
};

// Starts `questionnaire_id`, answers each question from `plan` (option ids; a text answer is
// typed; a question missing from the plan is skipped), submits on check-answers.
Walk walkAndSubmit(Harness& harness, std::string_view questionnaire_id,
                   const std::map<std::string, std::vector<std::string>, std::less<>>& plan);

}  // namespace kiosk::test
