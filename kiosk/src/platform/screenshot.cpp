#include "platform/screenshot.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include <SDL.h>
#include <stb_image_write.h>

namespace kiosk {

namespace {

constexpr unsigned kGlRgba = 0x1908;
constexpr unsigned kGlUnsignedByte = 0x1401;
constexpr unsigned kGlPackAlignment = 0x0D05;
using ReadPixels = void (*)(int, int, int, int, unsigned, unsigned, void*);
using PixelStore = void (*)(unsigned, int);

}  // namespace

Rgb Pixels::at(int x, int y) const {
    const auto i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) + static_cast<std::size_t>(x)) * 4;
    return {rgba_[i], rgba_[i + 1], rgba_[i + 2]};
}

void Pixels::save(const std::filesystem::path& file) const {
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
    if (stbi_write_png(file.string().c_str(), width_, height_, 4, rgba_.data(), width_ * 4) == 0)
        throw std::runtime_error("cannot write screenshot " + file.string());
}

Pixels readFramebuffer(int width, int height) {
    const auto read = reinterpret_cast<ReadPixels>(SDL_GL_GetProcAddress("glReadPixels"));
    const auto store = reinterpret_cast<PixelStore>(SDL_GL_GetProcAddress("glPixelStorei"));
    if (read == nullptr || store == nullptr) throw std::runtime_error("glReadPixels is not available for screenshots");
    const auto w = static_cast<std::size_t>(width);
    const auto h = static_cast<std::size_t>(height);
    std::vector<std::uint8_t> pixels(w * h * 4);
    store(kGlPackAlignment, 1);
    read(0, 0, width, height, kGlRgba, kGlUnsignedByte, pixels.data());
    // GL's rows run bottom to top; PNG's top to bottom.
    std::vector<std::uint8_t> flipped(pixels.size());
    for (std::size_t row = 0; row < h; ++row)
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>((h - 1 - row) * w * 4), w * 4,
                    flipped.begin() + static_cast<std::ptrdiff_t>(row * w * 4));
    for (std::size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
    return Pixels(width, height, std::move(flipped));
}

void saveScreenshot(const std::filesystem::path& file, int width, int height) {
    readFramebuffer(width, height).save(file);
}

}  // namespace kiosk
