#include "pixels.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace kiosk::test {

namespace {

constexpr unsigned kGlColorBufferBit = 0x4000;

template <class Function>
Function gl(const char* name) {
    auto* function = reinterpret_cast<Function>(SDL_GL_GetProcAddress(name));
    if (function == nullptr) throw std::runtime_error(std::string("no ") + name);
    return function;
}

}  // namespace

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

Pixels PixelRenderer::capture(Driver& driver) {
    // The atlas as the App last built it, then a frame drawn with that texture.
    driver.step();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    driver.step();
    gl<void (*)(int, int, int, int)>("glViewport")(0, 0, width_, height_);
    gl<void (*)(float, float, float, float)>("glClearColor")(1.0f, 0.0f, 1.0f, 1.0f);  // magenta: nothing drawn
    gl<void (*)(unsigned)>("glClear")(kGlColorBufferBit);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return readFramebuffer(width_, height_);
}

}  // namespace kiosk::test
