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

#include "app/frames.hpp"
#include "app/input_rules.hpp"
#include "survey/errors.hpp"
#include "survey/questionnaire.hpp"
#include "survey/session.hpp"
#include "speech/voice.hpp"
#include "staff/handover_flow.hpp"
#include "survey/store.hpp"
#include "staff/staff_mode.hpp"
#include "ui/intent.hpp"
#include "ui/screen.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace kiosk {

struct Timings {
    std::chrono::milliseconds inactivity{90'000};   // before "Do you need more time?"
    std::chrono::milliseconds countdown{30'000};    // the prompt's countdown
    std::chrono::milliseconds confirmation{20'000}; // confirmation page back to start
    std::chrono::milliseconds shift_window{1'000};  // three Shift presses within this leave
    std::chrono::milliseconds staff_idle{120'000};  // staff mode back to the start page
    std::chrono::milliseconds staff_hold{3'000};    // press and hold "Staff" on the start page
};

struct KioskOptions {
    std::vector<std::string> offered;  // ids offered (--questionnaire); empty: staff's saved choice, else all
    std::string site;                  // recorded with each response
    survey::Channel channel = survey::Channel::Kiosk;
    // First run: with no staff PIN yet, open on "Choose a staff PIN" rather than the start page,
    // so whoever installs the kiosk sets it (not the first person to find the way in).
    bool choose_pin_first = false;
};

enum class Page { Start, Question, CheckAnswers, Confirmation, Neutral, StoreError, Staff };
enum class Overlay { None, DisplayOptions, MoreTime };

class App final : public Frames {
public:
    // Throws std::invalid_argument when an offered id names no loaded questionnaire.
    App(std::vector<survey::Questionnaire> questionnaires, survey::ResponseStore& store, Strings strings,
        KioskOptions options, SteadyClock steady = steadyClock(), survey::Clock wall = survey::systemClock(),
        Timings timings = {});
    ~App() override;
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Before ImGui::NewFrame(): rebuilds the font atlas when text size or font changed (never
    // inside the frame that handled the click). Returns true when it did, so a GL runner
    // re-uploads the font texture. Throws MissingFont.
    bool prepareFrame(ImFontAtlas& atlas) override;
    // Between NewFrame and Render: notes input, runs due timers, draws, applies the intents.
    void frame() override;
    // Runs due timers without drawing (the runner calls this when it wakes for a timer).
    void checkTimers();
    // How long until a timer is due (inactivity, countdown, confirmation); none when idle.
    std::optional<std::chrono::milliseconds> untilNextTimer() const override;

    void apply(const Intent& intent);

    // The read-aloud voice, not owned: the runner's Speaker must live inside its SDL session, so
    // the runner sets it after SDL_Init and clears it (nullptr: silent) before SDL_Quit.
    void setVoice(Voice* voice);

    // Read-only views for runners, tests and the staff mode to come.
    std::string screenName() const override;
    Page page() const { return shown_.page; }
    Overlay overlay() const { return overlay_; }
    const survey::Session* session() const { return session_.get(); }
    std::optional<survey::ResponseId> response() const { return response_; }
    const std::vector<const survey::Questionnaire*>& offered() const { return offered_; }
    const Theme& theme() const override { return theme_; }
    const Strings& strings() const { return strings_; }
    const Widgets& widgets() const override { return widgets_; }
    const Screen& pageScreen() const { return *shown_.screen; }  // the page under any overlay
    bool leaveAvailable() const;

    // Staff mode (app_staff.cpp). The window's close button, Alt+F4 and Escape are quit
    // requests: on the start page they open the staff PIN prompt; elsewhere they are ignored.
    void requestQuit() override;
    // "Close the kiosk" in the staff menu: the runner ends the program.
    bool quitRequested() const override { return quit_; }
    const StaffMode& staff() const { return *staff_; }

private:
    // Something of the last person still shows (the neutral page, an overlay, their display
    // settings): the start page resets it after the inactivity time.
    bool leftForNextPerson() const;
    void show(Page page);
    // The one way a page appears: the page and its screen change together, the overlay closes.
    void present(Page page, std::unique_ptr<Screen> screen);
    void showSessionPage();
    void startSession(const std::string& questionnaire_id);
    void endSession(survey::OnExit how);
    // Saves answer changes, first beginning the response if none is stored yet. False (and the
    // store-error page) when a write failed.
    bool save(const survey::AnswerChanges& changes);
    // "Back" on the first question: the session ends, discarded, and the chooser shows.
    void backOut();
    void changeDisplay(const DisplaySettings& settings);
    // Runs a store write; on StoreError shows the staff message instead of crashing.
    bool write(const std::function<void()>& action);
    Screen& visibleScreen();
    // After a frame's intents: reads a newly shown screen (a new page interrupts the old one),
    // or the countdown as it passes 20, 10 and 5 seconds, when read-aloud is on.
    void readAloud();
    void applyStaff(const StaffAction& action);
    void showStaff(std::string note = {});
    void leaveStaff();
    // The ways in: hold on "Staff" (at the left of the start page's header), Ctrl+Alt+S,
    // Escape, Alt+F4. `held`: the header's "Staff" is pressed this frame.
    bool staffButtonShown() const;
    void checkStaffEntry(const InputFrame& input, bool held, Intents& out);
    const survey::Questionnaire* loaded(const std::string& questionnaire_id) const;
    // The live handed-out counts recorded for this kiosk's site today (the staff page lists them).
    std::vector<CountToday> countsToday() const;

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

    // The page showing and the screen that draws it: one piece of state, set only by present().
    struct Shown {
        Page page = Page::Start;
        std::unique_ptr<Screen> screen;
    };
    Shown shown_;
    Overlay overlay_ = Overlay::None;
    std::unique_ptr<Screen> overlay_screen_;   // display options or more time, over the page
    std::unique_ptr<survey::Session> session_;  // a new object per respondent
    std::optional<survey::ResponseId> response_;
    int respondent_ = 0;  // counts sessions; salts widget ids (ScreenContext::respondent)

    InputRules input_;  // Shift x3, the staff shortcuts and hold, the idle time
    std::chrono::steady_clock::time_point shown_at_;       // when the page or prompt appeared

    Voice* voice_ = nullptr;
    const Screen* read_screen_ = nullptr;  // the screen last read out (compared, never dereferenced)
    bool reading_due_ = false;             // read the visible screen again (read-aloud or language changed)

    std::unique_ptr<StaffMode> staff_;
    HandoverFlow handover_;  // staff "Save answers for the inspectorate" (app_staff.cpp)
    survey::Channel session_channel_ = survey::Channel::Kiosk;
    bool quit_ = false;
};

}  // namespace kiosk
