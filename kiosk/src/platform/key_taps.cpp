#include "platform/key_taps.hpp"

#include <algorithm>

#include <imgui.h>

namespace kiosk {

namespace {

// The keys the kiosk reads as keys (not as typed text, which arrives as SDL_TEXTINPUT and is
// never lost): letters pass at once, so a typed comment is not slowed to a key a frame.
bool readAsKey(SDL_Scancode key) {
    switch (key) {
        case SDL_SCANCODE_TAB: case SDL_SCANCODE_RETURN: case SDL_SCANCODE_KP_ENTER: case SDL_SCANCODE_SPACE:
        case SDL_SCANCODE_LEFT: case SDL_SCANCODE_RIGHT: case SDL_SCANCODE_UP: case SDL_SCANCODE_DOWN:
        case SDL_SCANCODE_BACKSPACE: case SDL_SCANCODE_DELETE: case SDL_SCANCODE_HOME: case SDL_SCANCODE_END:
        case SDL_SCANCODE_ESCAPE: case SDL_SCANCODE_LSHIFT: case SDL_SCANCODE_RSHIFT:
            return true;
        default:
            return (key >= SDL_SCANCODE_1 && key <= SDL_SCANCODE_9) || (key >= SDL_SCANCODE_KP_1 && key <= SDL_SCANCODE_KP_9);
    }
}

}  // namespace

bool KeyTaps::holdBack(const SDL_Event& event) {
    if (event.type != SDL_KEYDOWN && event.type != SDL_KEYUP) return false;
    const SDL_Scancode key = event.key.keysym.scancode;
    if (!readAsKey(key)) return false;
    // Once one key waits, every later key waits too, so keys keep their order (Shift released
    // after Tab must not reach ImGui before the Tab's press is seen).
    const bool pressed_now = std::find(pressed_.begin(), pressed_.end(), key) != pressed_.end();
    if (!held_.empty() || (event.type == SDL_KEYUP && pressed_now)) {
        held_.push_back(event);
        return true;
    }
    if (event.type == SDL_KEYDOWN) pressed_.push_back(key);
    return false;
}

void KeyTaps::applyModifiers(const SDL_Event& event) {
    if (event.type != SDL_KEYDOWN && event.type != SDL_KEYUP) return;
    ImGuiIO& io = ImGui::GetIO();
    const Uint16 mod = event.key.keysym.mod;
    io.KeyShift = (mod & KMOD_SHIFT) != 0;
    io.KeyCtrl = (mod & KMOD_CTRL) != 0;
    io.KeyAlt = (mod & KMOD_ALT) != 0;
}

std::vector<SDL_Event> KeyTaps::nextFrame() {
    pressed_.clear();
    std::vector<SDL_Event> out;
    out.swap(held_);
    return out;
}

}  // namespace kiosk
