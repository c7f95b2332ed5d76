// The kiosk App: owns the respondent's state (session, response id, display settings, timers)
// and applies the intents screens return. Drawn between ImGui::NewFrame() and ImGui::Render() by
// a runner: the SDL window (platform/run_loop) or the headless test harness.
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "survey/errors.hpp"
#include "survey/questionnaire.hpp"
#include "survey/session.hpp"
#include "survey/store.hpp"
#include "ui/intent.hpp"
#include "ui/screen.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace kiosk {

using SteadyClock = std::function<std::chrono::steady_clock::time_point()>;
SteadyClock steadyClock();

struct Timings {
    std::chrono::milliseconds inactivity{90'000};   // before "Do you need more time?"
    std::chrono::milliseconds countdown{30'000};    // the prompt's countdown
    std::chrono::milliseconds confirmation{20'000}; // confirmation page back to start
    std::chrono::milliseconds shift_window{1'000};  // three Shift presses within this leave
};

struct KioskOptions {
    std::vector<std::string> offered;  // questionnaire ids offered; empty: every one loaded
    std::string site;                  // recorded with each response
    survey::Channel channel = survey::Channel::Kiosk;
};

enum class Page { Start, Question, CheckAnswers, Confirmation, Neutral, StoreError };
enum class Overlay { None, DisplayOptions, MoreTime };

class App {
public:
    // Throws std::invalid_argument when an offered id names no loaded questionnaire.
    App(std::vector<survey::Questionnaire> questionnaires, survey::ResponseStore& store, Strings strings,
        KioskOptions options, SteadyClock steady = steadyClock(), survey::Clock wall = survey::systemClock(),
        Timings timings = {});
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Before ImGui::NewFrame(): rebuilds the font atlas when text size or font changed (never
    // inside the frame that handled the click). Returns true when it did, so a GL runner
    // re-uploads the font texture. Throws MissingFont.
    bool prepareFrame(ImFontAtlas& atlas);
    // Between NewFrame and Render: notes input, runs due timers, draws, applies the intents.
    void frame();
    // Runs due timers without drawing (the runner calls this when it wakes for a timer).
    void checkTimers();
    // How long until a timer is due (inactivity, countdown, confirmation); none when idle.
    std::optional<std::chrono::milliseconds> untilNextTimer() const;

    void apply(const Intent& intent);

    // Read-only views for runners, tests and the staff mode to come.
    std::string screenName() const;
    Page page() const { return page_; }
    Overlay overlay() const { return overlay_; }
    const survey::Session* session() const { return session_.get(); }
    std::optional<survey::ResponseId> response() const { return response_; }
    const std::vector<const survey::Questionnaire*>& offered() const { return offered_; }
    const Theme& theme() const { return theme_; }
    const Strings& strings() const { return strings_; }
    const Widgets& widgets() const { return widgets_; }
    bool leaveAvailable() const;

private:
    void show(Page page);
    void showSessionPage();
    void startSession(const std::string& questionnaire_id);
    void endSession(survey::OnExit how);
    void changeDisplay(const DisplaySettings& settings);
    void noteInput();
    bool shiftPressedThreeTimes();
    // Runs a store write; on StoreError shows the staff message instead of crashing.
    bool write(const std::function<void()>& action);
    Screen& visibleScreen();

    std::vector<survey::Questionnaire> questionnaires_;
    std::vector<const survey::Questionnaire*> offered_;
    survey::ResponseStore* store_;
    Strings strings_;
    KioskOptions options_;
    SteadyClock steady_;
    survey::Clock wall_;
    Timings timings_;

    Theme theme_;
    Widgets widgets_;
    bool fonts_dirty_ = true;
    bool style_dirty_ = true;

    Page page_ = Page::Start;
    Overlay overlay_ = Overlay::None;
    std::unique_ptr<Screen> screen_;           // the page's screen
    std::unique_ptr<Screen> overlay_screen_;   // display options or more time, over the page
    std::unique_ptr<survey::Session> session_;  // a new object per respondent
    std::optional<survey::ResponseId> response_;
    int respondent_ = 0;  // counts sessions; salts widget ids (ScreenContext::respondent)

    std::chrono::steady_clock::time_point last_input_;
    std::chrono::steady_clock::time_point shown_at_;       // when the page or prompt appeared
    std::deque<std::chrono::steady_clock::time_point> shift_presses_;
    bool shift_down_ = false;
};

}  // namespace kiosk
