// PNG screenshots of the GL back buffer (--screenshot-dir): glReadPixels through
// SDL_GL_GetProcAddress (no -lGL) and stbi_write_png from libstb.
#pragma once

#include <filesystem>

namespace kiosk {

// Reads the current framebuffer (width x height) and writes it; throws std::runtime_error naming the file.
void saveScreenshot(const std::filesystem::path& file, int width, int height);

}  // namespace kiosk
