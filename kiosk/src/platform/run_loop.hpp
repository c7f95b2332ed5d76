// The kiosk's event loop on a real window: waits on SDL events and due timers, draws a few
// frames after each, saves screenshots, and stops on SIGTERM/SIGINT, on "Close the kiosk" in
// staff mode, or on window close with --allow-quit (development); else close asks for the PIN.
#pragma once

#include <chrono>
#include <filesystem>

#include "app/frames.hpp"
#include "platform/sdl_window.hpp"

namespace kiosk {

struct RunOptions {
    std::filesystem::path screenshot_dir;  // empty: none
    bool allow_quit = false;
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();  // main() began: timings
};

// Makes SIGTERM and SIGINT end run() cleanly.
void installStopHandler();

// Returns the process exit code.
int run(Frames& app, SdlWindow& window, ImGuiBackend& backend, const RunOptions& options);

// "question-setting-250-dark.png": the screen name plus any non-default display setting.
std::string screenshotName(const std::string& screen, const DisplaySettings& settings);

}  // namespace kiosk
