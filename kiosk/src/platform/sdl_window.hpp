// SDL2 video, one window and its OpenGL 3 context, and the ImGui context with its SDL2 and
// OpenGL3 backends, each owned by an RAII object (destroyed in reverse order).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

struct SDL_Window;

namespace kiosk {

class PlatformError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SdlWindow {
public:
    // Throws PlatformError with SDL's message when the window or GL context cannot be made.
    SdlWindow(const std::string& title, bool fullscreen);
    ~SdlWindow();
    SdlWindow(const SdlWindow&) = delete;
    SdlWindow& operator=(const SdlWindow&) = delete;

    SDL_Window* window() const { return window_; }
    void* glContext() const { return gl_context_; }
    void swap() const;
    // Drawable size in pixels.
    int width() const;
    int height() const;

private:
    SDL_Window* window_ = nullptr;
    void* gl_context_ = nullptr;
};

// ImGui's context plus the SDL2 and OpenGL3 backends for one window.
class ImGuiBackend {
public:
    explicit ImGuiBackend(const SdlWindow& window);
    ~ImGuiBackend();
    ImGuiBackend(const ImGuiBackend&) = delete;
    ImGuiBackend& operator=(const ImGuiBackend&) = delete;

    // Re-uploads the font atlas texture after the App rebuilt it.
    void reloadFonts();
};

}  // namespace kiosk
