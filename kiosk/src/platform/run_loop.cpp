#include "platform/run_loop.hpp"

#include <csignal>
#include <iostream>
#include <set>

#include <SDL.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include "platform/frame_pacer.hpp"
#include "platform/key_taps.hpp"
#include "platform/screenshot.hpp"
#include "platform/service_notifier.hpp"
#include "platform/timing_probe.hpp"

namespace kiosk {

namespace {

// A signal handler can only set a flag of this type; it is the one process-wide state here.
volatile std::sig_atomic_t g_stop_requested = 0;

extern "C" void requestStop(int /*signal*/) { g_stop_requested = 1; }

bool isQuitRequest(const SDL_Event& event) {
    return event.type == SDL_QUIT ||
           (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE);
}

}  // namespace

void installStopHandler() {
    struct sigaction action {};
    action.sa_handler = requestStop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: the wait for events returns early
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

std::string screenshotName(const std::string& screen, const DisplaySettings& settings) {
    std::string name = screen;
    if (settings.text_size != TextSize::Normal) name += "-" + std::to_string(percent(settings.text_size));
    if (settings.scheme != ColourScheme::Standard) name += "-" + std::string(schemeKey(settings.scheme));
    if (settings.font != FontChoice::Andika) name += settings.font == FontChoice::OpenDyslexic ? "-opendyslexic" : "-dejavu";
    if (settings.language != "en") name += "-" + settings.language;
    if (settings.easy_read) name += "-easy";
    return name + ".png";
}

int run(Frames& app, SdlWindow& window, ImGuiBackend& backend, const RunOptions& options) {
    FramePacer pacer;
    KeyTaps taps;
    TimingProbe probe(options.started);
    std::set<std::string> saved;
    std::string last_drawn;
    // Under systemd: a sign of life every turn of this loop, so a hung kiosk is restarted.
    ServiceNotifier service = ServiceNotifier::fromEnvironment();
    bool shown = false;
    while (g_stop_requested == 0 && !app.quitRequested()) {
        service.alive(ServiceNotifier::Clock::now());
        SDL_Event event;
        const auto next_timer = app.untilNextTimer();
        // Key releases held back from the last frame come first, and this frame is drawn for them.
        const std::vector<SDL_Event> carried = taps.nextFrame();
        for (SDL_Event held : carried) {
            if (taps.holdBack(held)) continue;
            ImGui_ImplSDL2_ProcessEvent(&held);
            KeyTaps::applyModifiers(held);
        }
        if (!carried.empty()) pacer.onEvent();
        auto wait = carried.empty() ? pacer.waitFor(next_timer) : std::chrono::milliseconds(0);
        if (const auto ping = service.untilDue(ServiceNotifier::Clock::now()); ping && *ping < wait) wait = *ping;
        if (SDL_WaitEventTimeout(&event, static_cast<int>(wait.count())) != 0) {
            do {
                if (taps.holdBack(event)) continue;
                ImGui_ImplSDL2_ProcessEvent(&event);
                KeyTaps::applyModifiers(event);
                probe.input(event.common.timestamp);
                // Without --allow-quit, closing the window asks for the staff PIN (App::requestQuit).
                if (isQuitRequest(event)) {
                    if (options.allow_quit) g_stop_requested = 1;
                    else app.requestQuit();
                }
            } while (SDL_PollEvent(&event) != 0);
            pacer.onEvent();
        } else if (next_timer && *next_timer <= wait) {
            pacer.onEvent();  // the timer this wait was for is due: the frame runs it
        }
        if (!pacer.shouldDraw() || g_stop_requested != 0 || app.quitRequested()) continue;

        const auto preparing = std::chrono::steady_clock::now();
        if (app.prepareFrame(*ImGui::GetIO().Fonts)) {
            backend.reloadFonts();
            probe.fontsRebuilt(std::chrono::steady_clock::now() - preparing);
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        const std::string drawn = screenshotName(app.screenName(), app.theme().settings());
        const DisplaySettings before = app.theme().settings();
        app.frame();
        probe.settingsAfterFrame(app.theme().settings().text_size);
        ImGui::Render();
        if (app.theme().settings() != before) {
            // This frame still has the old fonts and sizes: skip drawing it, and draw the next
            // one (fonts rebuilt in prepareFrame) straight away, so the change shows sooner.
            pacer.onEvent();
            continue;
        }
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        // A screen's second unchanged frame: its layout has settled.
        const bool unchanged = drawn == screenshotName(app.screenName(), app.theme().settings());
        if (!options.screenshot_dir.empty() && unchanged && drawn == last_drawn && saved.insert(drawn).second) {
            try {
                saveScreenshot(options.screenshot_dir / drawn, window.width(), window.height());
            } catch (const std::exception& error) {
                std::cerr << "perspective-kiosk: " << error.what() << '\n';
            }
        }
        last_drawn = unchanged ? drawn : std::string();
        window.swap();
        probe.frameShown();
        if (!shown) service.ready();
        shown = true;
        pacer.drew();
        if (!unchanged) pacer.onEvent();  // a new screen settles over a few frames too
    }
    return 0;
}

}  // namespace kiosk
