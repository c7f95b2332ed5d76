// Renders the harness's frames for real (OpenGL 3 through SDL's offscreen video driver: EGL on
// Mesa, no X needed) and reads the pixels back, so tests measure what is drawn, not what a
// widget recorded. Create after the Harness (it uses the Harness's ImGui context).
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

struct SDL_Window;

#include "harness.hpp"

namespace kiosk::test {

struct Rgb {
    int r = 0;
    int g = 0;
    int b = 0;
    bool operator==(const Rgb&) const = default;
};

class Pixels {
public:
    Pixels(int width, int height, std::vector<std::uint8_t> rgba) : width_(width), height_(height), rgba_(std::move(rgba)) {}
    int width() const { return width_; }
    int height() const { return height_; }
    Rgb at(int x, int y) const;  // top-left origin
    void save(const std::filesystem::path& file) const;

private:
    int width_;
    int height_;
    std::vector<std::uint8_t> rgba_;
};

class PixelRenderer {
public:
    // Throws std::runtime_error when no GL context can be made (the tests then skip).
    PixelRenderer(int width, int height);
    ~PixelRenderer();
    PixelRenderer(const PixelRenderer&) = delete;
    PixelRenderer& operator=(const PixelRenderer&) = delete;

    // Steps the harness a frame with the current font texture, draws it and reads it back.
    Pixels capture(Harness& harness);

private:
    int width_;
    int height_;
    SDL_Window* window_ = nullptr;
    void* context_ = nullptr;
};

}  // namespace kiosk::test
