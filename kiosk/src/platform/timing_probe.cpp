#include "platform/timing_probe.hpp"

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <SDL_timer.h>
#include <unistd.h>

namespace kiosk {

namespace {

long long milliseconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
}

// Milliseconds since the kernel started this process (exec), from /proc/self/stat field 22;
// -1 when it cannot be read. Resolution: one clock tick (10 ms here).
long long sinceExec() {
    std::ifstream file("/proc/self/stat");
    std::string stat;
    std::getline(file, stat);
    const auto close = stat.rfind(')');  // the command name may contain spaces
    if (close == std::string::npos) return -1;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int index = 3; index <= 22 && fields >> field; ++index) {
        if (index < 22) continue;
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
        const double started_ms = std::stod(field) * 1000.0 / ticks;
        const double now_ms = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
        return static_cast<long long>(now_ms - started_ms);
    }
    return -1;
}

}  // namespace

TimingProbe::TimingProbe(std::chrono::steady_clock::time_point started) : started_(started) {
    const char* flag = std::getenv("PERSPECTIVE_TIMINGS");
    enabled_ = flag != nullptr && std::string(flag) == "1";
}

void TimingProbe::input(std::uint32_t sdl_ticks) { last_input_ticks_ = sdl_ticks; }

void TimingProbe::settingsAfterFrame(TextSize text_size) {
    if (text_size == text_size_) return;
    text_size_ = text_size;
    change_pending_ = true;
    change_input_ticks_ = last_input_ticks_;
    rebuild_ = {};
}

void TimingProbe::fontsRebuilt(std::chrono::steady_clock::duration took) {
    rebuild_ = took;
    rebuild_began_ticks_ = SDL_GetTicks() - static_cast<std::uint32_t>(milliseconds(took));
}

void TimingProbe::frameShown() {
    if (!enabled_) return;
    if (!first_frame_done_) {
        first_frame_done_ = true;
        std::cerr << "timing first_frame_ms=" << milliseconds(std::chrono::steady_clock::now() - started_)
                  << " first_frame_since_exec_ms=" << sinceExec() << '\n';
    }
    if (change_pending_ && rebuild_ != std::chrono::steady_clock::duration{}) {
        change_pending_ = false;
        // before_rebuild_ms: the frame that handled the input, drawn with the old atlas.
        std::cerr << "timing text_size=" << percent(text_size_) << " font_rebuild_ms=" << milliseconds(rebuild_)
                  << " text_size_change_ms=" << (SDL_GetTicks() - change_input_ticks_)
                  << " before_rebuild_ms=" << (rebuild_began_ticks_ - change_input_ticks_) << '\n';
    }
}

}  // namespace kiosk
