// A large number pad for staff pages (the PIN, a count of paper questionnaires): 0-9, Delete,
// OK, and the same from a keyboard (digits, Backspace, Enter; Escape cancels). The screen
// draws its own Cancel in its footer, so it stays on screen at any text size.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ui/screen.hpp"

namespace kiosk {

enum class PadResult { None, Ok, Cancel };

// Edits `digits` (at most `max_digits`). `masked`: shows dots instead of the digits.
// The Cancel button every staff page shows in its footer.
bool staffCancelButton(ScreenContext& context);

PadResult drawNumberPad(ScreenContext& context, std::string& digits, std::size_t max_digits, bool masked,
                        std::string_view ok_label);

}  // namespace kiosk
