// The opt-in timing lines bench/kiosk-bench reads: printed only with PERSPECTIVE_TIMINGS=1, the
// first frame once, a text-size change once its rebuilt fonts were shown. Values are not asserted.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "platform/timing_probe.hpp"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

// std::cerr captured and PERSPECTIVE_TIMINGS set to `flag` (nullptr: unset) while it lives.
class CapturedTimings {
public:
    explicit CapturedTimings(const char* flag) {
        if (flag != nullptr) setenv("PERSPECTIVE_TIMINGS", flag, 1);
        else unsetenv("PERSPECTIVE_TIMINGS");
        original_ = std::cerr.rdbuf(captured_.rdbuf());
    }
    ~CapturedTimings() {
        std::cerr.rdbuf(original_);
        unsetenv("PERSPECTIVE_TIMINGS");
    }
    CapturedTimings(const CapturedTimings&) = delete;
    CapturedTimings& operator=(const CapturedTimings&) = delete;

    std::string text() const { return captured_.str(); }
    std::size_t count(const std::string& what) const {
        const std::string out = text();
        std::size_t found = 0;
        for (auto at = out.find(what); at != std::string::npos; at = out.find(what, at + 1)) ++found;
        return found;
    }

private:
    std::ostringstream captured_;
    std::streambuf* original_ = nullptr;
};

TEST(TimingProbe, PrintsTheFirstFrameOnceWhenEnabled) {
    CapturedTimings timings("1");
    TimingProbe probe(std::chrono::steady_clock::now());
    probe.frameShown();
    probe.frameShown();
    EXPECT_EQ(timings.count("timing first_frame_ms="), 1u) << timings.text();
    EXPECT_EQ(timings.count("first_frame_since_exec_ms="), 1u) << timings.text();
    EXPECT_EQ(timings.count("first_frame_since_exec_ms=-1"), 0u) << "/proc/self/stat unreadable: " << timings.text();
}

TEST(TimingProbe, PrintsNothingUnlessTheVariableIsOne) {
    for (const char* flag : {static_cast<const char*>(nullptr), "0", "yes"}) {
        CapturedTimings timings(flag);
        TimingProbe probe(std::chrono::steady_clock::now());
        probe.frameShown();
        probe.settingsAfterFrame(TextSize::Largest);
        probe.fontsRebuilt(5ms);
        probe.frameShown();
        EXPECT_EQ(timings.text(), "") << (flag == nullptr ? "unset" : flag);
    }
}

TEST(TimingProbe, ReportsATextSizeChangeAtTheFrameWithTheRebuiltFonts) {
    CapturedTimings timings("1");
    TimingProbe probe(std::chrono::steady_clock::now());
    probe.frameShown();
    probe.input(0);
    probe.settingsAfterFrame(TextSize::Largest);
    probe.frameShown();  // the frame that handled the touch is still drawn with the old atlas
    EXPECT_EQ(timings.count("text_size_change_ms="), 0u) << timings.text();
    probe.fontsRebuilt(5ms);
    probe.settingsAfterFrame(TextSize::Largest);  // unchanged since: no new change
    probe.frameShown();
    probe.frameShown();
    EXPECT_EQ(timings.count("timing text_size=250 font_rebuild_ms=5 text_size_change_ms="), 1u) << timings.text();
}

}  // namespace
}  // namespace kiosk
