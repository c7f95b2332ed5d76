// Event-driven frame pacing: draw a few frames after each event (popups and layout settle over
// two or three frames), then sleep until the next event or the next due timer.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk {

class FramePacer {
public:
    static constexpr int kFramesAfterEvent = 3;

    void onEvent() { frames_left_ = kFramesAfterEvent; }
    bool shouldDraw() const { return frames_left_ > 0; }
    void drew() {
        if (frames_left_ > 0) --frames_left_;
    }
    // How long to wait for the next event: 0 while frames are owed, else until the next timer,
    // else `idle` (a safety net so a signal is seen even if it does not interrupt the wait).
    std::chrono::milliseconds waitFor(std::optional<std::chrono::milliseconds> next_timer,
                                      std::chrono::milliseconds idle = std::chrono::milliseconds(2000)) const;

private:
    int frames_left_ = kFramesAfterEvent;
};

}  // namespace kiosk
