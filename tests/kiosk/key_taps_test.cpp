// KeyTaps: a key pressed and released between two frames reaches ImGui as a press in one frame
// and a release in the next, so Dear ImGui 1.86 (one key state a frame) never loses the tap.
#include <gtest/gtest.h>

#include <algorithm>

#include <imgui.h>

#include "platform/key_taps.hpp"

namespace kiosk {
namespace {

SDL_Event key(Uint32 type, SDL_Scancode code) {
    SDL_Event event{};
    event.type = type;
    event.key.keysym.scancode = code;
    return event;
}

// What ImGui sees of `frames`: per frame, the events not held back.
std::vector<std::vector<Uint32>> feed(KeyTaps& taps, const std::vector<std::vector<SDL_Event>>& frames, int extra = 3) {
    std::vector<std::vector<Uint32>> seen;
    for (std::size_t i = 0; i < frames.size() + static_cast<std::size_t>(extra); ++i) {
        std::vector<Uint32> frame;
        std::vector<SDL_Event> events = taps.nextFrame();
        if (i < frames.size()) events.insert(events.end(), frames[i].begin(), frames[i].end());
        for (const SDL_Event& event : events) {
            if (!taps.holdBack(event)) frame.push_back(event.type);
        }
        seen.push_back(frame);
    }
    return seen;
}

TEST(KeyTaps, APressAndReleaseInOneFrameAreSplitOverTwo) {
    KeyTaps taps;
    const auto seen = feed(taps, {{key(SDL_KEYDOWN, SDL_SCANCODE_TAB), key(SDL_KEYUP, SDL_SCANCODE_TAB)}});
    EXPECT_EQ(seen[0], std::vector<Uint32>{SDL_KEYDOWN});
    EXPECT_EQ(seen[1], std::vector<Uint32>{SDL_KEYUP});
}

TEST(KeyTaps, TwoQuickTapsOfOneKeyBecomeTwoPresses) {
    KeyTaps taps;
    const SDL_Scancode tab = SDL_SCANCODE_TAB;
    const auto seen = feed(taps, {{key(SDL_KEYDOWN, tab), key(SDL_KEYUP, tab), key(SDL_KEYDOWN, tab), key(SDL_KEYUP, tab)}});
    int presses = 0;
    for (const auto& frame : seen) {
        EXPECT_LE(std::count(frame.begin(), frame.end(), SDL_KEYDOWN), 1) << "one press of a key a frame";
        presses += static_cast<int>(std::count(frame.begin(), frame.end(), SDL_KEYDOWN));
        // A frame never holds a press and then its release.
        if (!frame.empty()) {
            EXPECT_FALSE(frame.front() == SDL_KEYDOWN && frame.back() == SDL_KEYUP);
        }
    }
    EXPECT_EQ(presses, 2);
}

TEST(KeyTaps, OtherKeysAndHeldKeysPassAtOnce) {
    KeyTaps taps;
    const auto seen = feed(taps, {{key(SDL_KEYDOWN, SDL_SCANCODE_A)}, {key(SDL_KEYUP, SDL_SCANCODE_A)}});
    EXPECT_EQ(seen[0], std::vector<Uint32>{SDL_KEYDOWN});
    EXPECT_EQ(seen[1], std::vector<Uint32>{SDL_KEYUP}) << "pressed in an earlier frame: released at once";
}

TEST(KeyTaps, ALaterKeyWaitsBehindAHeldOneSoShiftStaysOnItsTab) {
    KeyTaps taps;
    const auto seen = feed(taps, {{key(SDL_KEYDOWN, SDL_SCANCODE_LSHIFT), key(SDL_KEYDOWN, SDL_SCANCODE_TAB),
                                   key(SDL_KEYUP, SDL_SCANCODE_TAB), key(SDL_KEYUP, SDL_SCANCODE_LSHIFT)}});
    EXPECT_EQ(seen[0], (std::vector<Uint32>{SDL_KEYDOWN, SDL_KEYDOWN}));
    EXPECT_EQ(seen[1], (std::vector<Uint32>{SDL_KEYUP, SDL_KEYUP}));
}

TEST(KeyTaps, ModifiersComeFromTheKeyEventNotFromTheStateAfterTheQueue) {
    ImGuiContext* context = ImGui::CreateContext();
    SDL_Event tab = key(SDL_KEYDOWN, SDL_SCANCODE_TAB);
    tab.key.keysym.mod = KMOD_LSHIFT;
    KeyTaps::applyModifiers(tab);
    EXPECT_TRUE(ImGui::GetIO().KeyShift);
    SDL_Event release = key(SDL_KEYUP, SDL_SCANCODE_LSHIFT);
    release.key.keysym.mod = KMOD_NONE;
    KeyTaps::applyModifiers(release);
    EXPECT_FALSE(ImGui::GetIO().KeyShift);
    ImGui::DestroyContext(context);
}

}  // namespace
}  // namespace kiosk
