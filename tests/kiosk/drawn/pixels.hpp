// Renders the harness's frames for real (OpenGL 3 through SDL's offscreen video driver: EGL on
// Mesa, no X needed) and reads the pixels back, so tests measure what is drawn, not what a
// widget recorded. Create after the Harness (it uses the Harness's ImGui context).
#pragma once


struct SDL_Window;

#include "harness.hpp"
#include "platform/screenshot.hpp"

namespace kiosk::test {

// The pixels themselves, and reading them back, are the kiosk's own (platform/screenshot).
using kiosk::Pixels;
using kiosk::Rgb;

class PixelRenderer {
public:
    // Throws std::runtime_error when no GL context can be made (the tests then skip).
    PixelRenderer(int width, int height);
    ~PixelRenderer();
    PixelRenderer(const PixelRenderer&) = delete;
    PixelRenderer& operator=(const PixelRenderer&) = delete;

    // Steps the harness a frame with the current font texture, draws it and reads it back.
    Pixels capture(Driver& driver);

private:
    int width_;
    int height_;
    SDL_Window* window_ = nullptr;
    void* context_ = nullptr;
};

}  // namespace kiosk::test
