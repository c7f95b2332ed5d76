// The pixels of the GL back buffer: glReadPixels through SDL_GL_GetProcAddress (no -lGL), turned
// top-down, and written as PNG with stbi_write_png from libstb. One reader for the kiosk's
// --screenshot-dir and for the drawn tests, which measure what is drawn from the same pixels.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace kiosk {

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
    // Throws std::runtime_error naming the file.
    void save(const std::filesystem::path& file) const;

private:
    int width_;
    int height_;
    std::vector<std::uint8_t> rgba_;
};

// Reads the current framebuffer (width x height), opaque, top row first. Throws
// std::runtime_error when glReadPixels is not available.
Pixels readFramebuffer(int width, int height);

// readFramebuffer(width, height).save(file).
void saveScreenshot(const std::filesystem::path& file, int width, int height);

}  // namespace kiosk
