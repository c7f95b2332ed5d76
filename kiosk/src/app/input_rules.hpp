// The kiosk's rules about input over time, apart from what is drawn: Shift pressed three times on
// its own leaves the page; Ctrl+Alt+S, Escape and Alt+F4 open staff mode; "Staff" must be held
// for a while; and the last input, from which inactivity is timed. Fed one InputFrame a frame,
// read from ImGui's io by readInputFrame(), so the rules are tested with no ImGui at all.
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace kiosk {

using SteadyClock = std::function<std::chrono::steady_clock::time_point()>;
SteadyClock steadyClock();

// What the keyboard, mouse and touch did this frame.
struct InputFrame {
    bool any = false;             // anything moved, was pressed or typed
    bool shift_down = false;      // Shift is held
    bool other_key = false;       // a key other than Shift was pressed, or a character typed
    bool staff_shortcut = false;  // Ctrl+Alt+S, Escape or Alt+F4 was pressed
};
// This frame's input from ImGui::GetIO() (between NewFrame and Render).
InputFrame readInputFrame();

class InputRules {
public:
    InputRules(SteadyClock steady, std::chrono::milliseconds shift_window, std::chrono::milliseconds staff_hold);

    // Once a frame. `counting_down`: the "more time?" prompt shows, and only its button (which
    // calls noteActivity) keeps the session going, so input does not reset the idle time.
    void note(const InputFrame& input, bool counting_down);
    // Something happened that counts as the person being here (a page they opened, "more time").
    void noteActivity() { last_input_ = steady_(); }
    std::chrono::steady_clock::duration idleFor() const { return steady_() - last_input_; }

    // Shift pressed three times within the window, on its own (Shift+letter while typing capitals
    // never counts, and any other key starts the count again). Call once a frame, after note().
    bool leaveAsked(const InputFrame& input);
    // "Staff" pressed this frame (`held`); true once it has been held for the hold time.
    bool staffHeld(bool held);
    // While "Staff" is held: how long until the hold opens staff mode.
    std::optional<std::chrono::milliseconds> untilHeld() const;

private:
    SteadyClock steady_;
    std::chrono::milliseconds shift_window_;
    std::chrono::milliseconds staff_hold_;
    std::chrono::steady_clock::time_point last_input_;
    std::deque<std::chrono::steady_clock::time_point> shift_presses_;
    bool shift_down_ = false;
    std::optional<std::chrono::steady_clock::time_point> hold_started_;
};

}  // namespace kiosk
