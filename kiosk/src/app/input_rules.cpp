#include "app/input_rules.hpp"

#include <algorithm>
#include <iterator>

#include <SDL_scancode.h>
#include <imgui.h>

namespace kiosk {

SteadyClock steadyClock() {
    return [] { return std::chrono::steady_clock::now(); };
}

InputFrame readInputFrame() {
    const ImGuiIO& io = ImGui::GetIO();
    InputFrame input;
    input.any = io.MouseWheel != 0.0f || io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f ||
                !io.InputQueueCharacters.empty() || io.KeyShift || io.KeyCtrl || io.KeyAlt;
    for (const bool down : io.MouseDown) input.any = input.any || down;
    for (const bool down : io.KeysDown) input.any = input.any || down;
    input.shift_down = io.KeyShift;
    // Any other key, including one pressed in the same frame as Shift.
    input.other_key = !io.InputQueueCharacters.empty();
    for (int key = 0; key < static_cast<int>(std::size(io.KeysDown)); ++key) {
        if (key != SDL_SCANCODE_LSHIFT && key != SDL_SCANCODE_RSHIFT && ImGui::IsKeyPressed(key, false))
            input.other_key = true;
    }
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    const bool ctrl_alt_s = io.KeyCtrl && io.KeyAlt && ImGui::IsKeyPressed(SDL_SCANCODE_S, false);
    const bool alt_f4 = io.KeyAlt && ImGui::IsKeyPressed(SDL_SCANCODE_F4, false);
    input.staff_shortcut = escape || ctrl_alt_s || alt_f4;
    return input;
}

InputRules::InputRules(SteadyClock steady, std::chrono::milliseconds shift_window, std::chrono::milliseconds staff_hold)
    : steady_(std::move(steady)), shift_window_(shift_window), staff_hold_(staff_hold), last_input_(steady_()) {}

void InputRules::note(const InputFrame& input, bool counting_down) {
    if (input.any && !counting_down) last_input_ = steady_();
}

bool InputRules::leaveAsked(const InputFrame& input) {
    const bool pressed = input.shift_down && !shift_down_;
    shift_down_ = input.shift_down;
    if (pressed) shift_presses_.push_back(steady_());
    // Only Shift on its own counts: typing capitals (Shift+letter) in a comments box on a
    // physical keyboard must never leave the page.
    if (input.other_key) shift_presses_.clear();
    if (!pressed || input.other_key) return false;
    const auto now = steady_();
    while (!shift_presses_.empty() && now - shift_presses_.front() > shift_window_) shift_presses_.pop_front();
    if (shift_presses_.size() < 3) return false;
    shift_presses_.clear();
    return true;
}

bool InputRules::staffHeld(bool held) {
    // Held, not touched: a respondent touching "Staff" by chance does nothing.
    if (!held) {
        hold_started_.reset();
        return false;
    }
    const auto now = steady_();
    if (!hold_started_) hold_started_ = now;
    if (now - *hold_started_ < staff_hold_) return false;
    hold_started_.reset();
    return true;
}

std::optional<std::chrono::milliseconds> InputRules::untilHeld() const {
    if (!hold_started_) return std::nullopt;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(staff_hold_ - (steady_() - *hold_started_));
    return std::max(std::chrono::milliseconds(0), left);
}

}  // namespace kiosk
