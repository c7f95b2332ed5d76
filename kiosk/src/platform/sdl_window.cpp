#include "platform/sdl_window.hpp"

#include <cstdlib>

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

namespace kiosk {

namespace {

[[noreturn]] void fail(const std::string& what) { throw PlatformError(what + ": " + SDL_GetError()); }

}  // namespace

SdlWindow::SdlWindow(const std::string& title, bool fullscreen) {
    // The kiosk handles SIGINT/SIGTERM itself (platform/run_loop), so window close and signals differ.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) fail("cannot start SDL video");
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    auto flags = static_cast<Uint32>(SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI);
    flags |= fullscreen ? static_cast<Uint32>(SDL_WINDOW_FULLSCREEN_DESKTOP) : static_cast<Uint32>(SDL_WINDOW_RESIZABLE);
    // A kiosk session has no window manager to honour "fullscreen": the window is made the
    // desktop's size at its top-left corner, borderless, so it fills the display either way.
    int x = SDL_WINDOWPOS_CENTERED;
    int y = SDL_WINDOWPOS_CENTERED;
    int width = 1280;
    int height = 800;
    // Under a Wayland compositor (cage, the kiosk session: WAYLAND_DISPLAY is set even for an
    // Xwayland client) the compositor makes the window fullscreen itself, and a borderless window
    // of the desktop's size there stayed black under cage's headless output (tests/session).
    const bool compositor_fills = std::getenv("WAYLAND_DISPLAY") != nullptr;
    SDL_DisplayMode desktop{};
    if (fullscreen && !compositor_fills && SDL_GetDesktopDisplayMode(0, &desktop) == 0 && desktop.w > 0 &&
        desktop.h > 0) {
        x = 0;
        y = 0;
        width = desktop.w;
        height = desktop.h;
        flags |= static_cast<Uint32>(SDL_WINDOW_BORDERLESS);
    }
    window_ = SDL_CreateWindow(title.c_str(), x, y, width, height, flags);
    if (window_ == nullptr) {
        SDL_Quit();
        fail("cannot open the kiosk window");
    }
    gl_context_ = SDL_GL_CreateContext(window_);
    if (gl_context_ == nullptr) {
        SDL_DestroyWindow(window_);
        SDL_Quit();
        fail("cannot create an OpenGL 3.2 context");
    }
    SDL_GL_MakeCurrent(window_, gl_context_);
    SDL_GL_SetSwapInterval(1);  // fails harmlessly under Xvfb; the loop waits on events anyway
}

SdlWindow::~SdlWindow() {
    SDL_GL_DeleteContext(gl_context_);
    SDL_DestroyWindow(window_);
    SDL_Quit();
}

void SdlWindow::swap() const { SDL_GL_SwapWindow(window_); }

int SdlWindow::width() const {
    int w = 0;
    SDL_GL_GetDrawableSize(window_, &w, nullptr);
    return w;
}

int SdlWindow::height() const {
    int h = 0;
    SDL_GL_GetDrawableSize(window_, nullptr, &h);
    return h;
}

ImGuiBackend::ImGuiBackend(const SdlWindow& window) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing of a session is written to disk
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(window.window(), window.glContext());
    ImGui_ImplOpenGL3_Init("#version 150");
}

ImGuiBackend::~ImGuiBackend() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

void ImGuiBackend::reloadFonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace kiosk
