#include "platform/frame_pacer.hpp"

#include <algorithm>

namespace kiosk {

std::chrono::milliseconds FramePacer::waitFor(std::optional<std::chrono::milliseconds> next_timer,
                                              std::chrono::milliseconds idle) const {
    if (shouldDraw()) return std::chrono::milliseconds(0);
    if (next_timer) return std::clamp(*next_timer, std::chrono::milliseconds(0), idle);
    return idle;
}

}  // namespace kiosk
