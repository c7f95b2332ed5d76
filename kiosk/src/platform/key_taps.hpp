// Keeps quick key taps: Dear ImGui 1.86 reads each key as down or up once a frame
// (io.KeysDown), so a key pressed and released between two frames, as a tap is under CPU load,
// was never seen (a Tab lost, then Return acted on the wrong control). The run loop holds such a
// release, and every key event after it, back to the next frame.
#pragma once

#include <vector>

#include <SDL_events.h>

namespace kiosk {

class KeyTaps {
public:
    // True when `event` must wait for the next frame.
    bool holdBack(const SDL_Event& event);
    // At the start of a frame's events: the events held back, in order (feed them through
    // holdBack again: a second tap of the same key waits one more frame).
    std::vector<SDL_Event> nextFrame();
    // ImGui's SDL backend (1.86) takes Shift, Ctrl and Alt from SDL_GetModState(): the state after
    // every queued event, not at this key. Under load a Shift+Tab whose Shift was already
    // released read as Tab. The state carried by the key event itself is the true one.
    static void applyModifiers(const SDL_Event& event);

private:
    std::vector<SDL_Scancode> pressed_;  // keys pressed in this frame's events
    std::vector<SDL_Event> held_;
};

}  // namespace kiosk
