// Opt-in timing lines for bench/kiosk-bench (PERSPECTIVE_TIMINGS=1 in the environment): the first
// frame after launch, and a text-size change from the input that asked for it to the frame showing it.
#pragma once

#include <chrono>
#include <cstdint>

#include "ui/theme.hpp"

namespace kiosk {

class TimingProbe {
public:
    // `started`: when main() began. Disabled (every call a no-op) unless PERSPECTIVE_TIMINGS=1.
    explicit TimingProbe(std::chrono::steady_clock::time_point started);

    // An input event (SDL's timestamp, ms since SDL_Init) was handed to the frame about to run.
    void input(std::uint32_t sdl_ticks);
    // After App::frame(): notes a text-size change made by the last input.
    void settingsAfterFrame(TextSize text_size);
    // Around App::prepareFrame(): how long the font atlas rebuild took.
    void fontsRebuilt(std::chrono::steady_clock::duration took);
    // After the buffer swap: prints the lines that are due to stderr.
    void frameShown();

private:
    bool enabled_ = false;
    std::chrono::steady_clock::time_point started_;
    bool first_frame_done_ = false;
    std::uint32_t last_input_ticks_ = 0;
    TextSize text_size_ = TextSize::Normal;
    bool change_pending_ = false;  // the size changed; the frame with the rebuilt fonts is still to come
    std::uint32_t change_input_ticks_ = 0;
    std::chrono::steady_clock::duration rebuild_{};
    std::uint32_t rebuild_began_ticks_ = 0;
};

}  // namespace kiosk
