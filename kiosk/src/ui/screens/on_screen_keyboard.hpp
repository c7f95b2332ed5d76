// The on-screen keyboard under a free-text box: a touch kiosk has no physical keyboard.
#pragma once

#include <string>

#include "ui/screen.hpp"

namespace kiosk {

// Draws the keys; a touched key edits `text` (at most survey::kMaxTextLength characters).
void drawOnScreenKeyboard(ScreenContext& context, std::string& text, bool& capitals);

}  // namespace kiosk
