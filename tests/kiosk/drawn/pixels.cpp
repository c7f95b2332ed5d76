#include "pixels.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

namespace kiosk::test {

namespace {

constexpr unsigned kGlRgba = 0x1908;
constexpr unsigned kGlUnsignedByte = 0x1401;
constexpr unsigned kGlPackAlignment = 0x0D05;
constexpr unsigned kGlColorBufferBit = 0x4000;

template <class Function>
Function gl(const char* name) {
    auto* function = reinterpret_cast<Function>(SDL_GL_GetProcAddress(name));
    if (function == nullptr) throw std::runtime_error(std::string("no ") + name);
    return function;
}

}  // namespace

Rgb Pixels::at(int x, int y) const {
    const auto i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) + static_cast<std::size_t>(x)) * 4;
    return {rgba_[i], rgba_[i + 1], rgba_[i + 2]};
}

void Pixels::save(const std::filesystem::path& file) const {
    std::filesystem::create_directories(file.parent_path());
    if (stbi_write_png(file.string().c_str(), width_, height_, 4, rgba_.data(), width_ * 4) == 0)
        throw std::runtime_error("cannot write " + file.string());
}

PixelRenderer::PixelRenderer(int width, int height) : width_(width), height_(height) {
    setenv("SDL_VIDEODRIVER", "offscreen", 0);  // no X or Wayland needed
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) throw std::runtime_error(std::string("SDL video: ") + SDL_GetError());
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    window_ = SDL_CreateWindow("pixels", 0, 0, width, height, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
    if (window_ != nullptr) context_ = SDL_GL_CreateContext(window_);
    if (context_ == nullptr) {
        const std::string error = SDL_GetError();
        if (window_ != nullptr) SDL_DestroyWindow(window_);
        SDL_Quit();
        throw std::runtime_error("no OpenGL 3.2 context: " + error);
    }
    SDL_GL_MakeCurrent(window_, context_);
    ImGui_ImplOpenGL3_Init("#version 150");
}

PixelRenderer::~PixelRenderer() {
    ImGui_ImplOpenGL3_Shutdown();
    SDL_GL_DeleteContext(context_);
    SDL_DestroyWindow(window_);
    SDL_Quit();
}

Pixels PixelRenderer::capture(Harness& harness) {
    // The atlas as the App last built it, then a frame drawn with that texture.
    harness.step();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    harness.step();
    gl<void (*)(int, int, int, int)>("glViewport")(0, 0, width_, height_);
    gl<void (*)(float, float, float, float)>("glClearColor")(1.0f, 0.0f, 1.0f, 1.0f);  // magenta: nothing drawn
    gl<void (*)(unsigned)>("glClear")(kGlColorBufferBit);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    const auto w = static_cast<std::size_t>(width_);
    const auto h = static_cast<std::size_t>(height_);
    std::vector<std::uint8_t> raw(w * h * 4);
    gl<void (*)(unsigned, int)>("glPixelStorei")(kGlPackAlignment, 1);
    gl<void (*)(int, int, int, int, unsigned, unsigned, void*)>("glReadPixels")(0, 0, width_, height_, kGlRgba,
                                                                                 kGlUnsignedByte, raw.data());
    std::vector<std::uint8_t> rows(raw.size());
    for (std::size_t row = 0; row < h; ++row)  // GL's rows run bottom to top
        std::copy_n(raw.begin() + static_cast<std::ptrdiff_t>((h - 1 - row) * w * 4), w * 4,
                    rows.begin() + static_cast<std::ptrdiff_t>(row * w * 4));
    for (std::size_t i = 3; i < rows.size(); i += 4) rows[i] = 255;
    return Pixels(width_, height_, std::move(rows));
}

}  // namespace kiosk::test
