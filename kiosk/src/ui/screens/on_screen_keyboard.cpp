#include "ui/screens/on_screen_keyboard.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace kiosk {

namespace {

constexpr std::array<std::string_view, 4> kLetterRows = {"1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.?"};
constexpr int kLetterColumns = 10;
// The bottom row's keys, and the letter columns each sits under (for moving up and down).
constexpr std::array<int, 3> kBottomUnder = {1, 5, 8};

float gap() { return std::round(std::clamp(ImGui::GetStyle().ItemSpacing.x * 0.3f, 4.0f, 6.0f)); }

}  // namespace

float OnScreenKeyboard::height(float key_height) {
    return key_height * static_cast<float>(kRows) + gap() * static_cast<float>(kRows - 1);
}

void OnScreenKeyboard::move(int dx, int dy) {
    const int last_row = kRows - 1;
    if (dy != 0) {
        const int to = std::clamp(row_ + dy, 0, last_row);
        if (to == last_row && row_ != last_row) column_ = column_ < 3 ? 0 : column_ < 8 ? 1 : 2;
        else if (row_ == last_row && to != last_row) column_ = kBottomUnder[static_cast<std::size_t>(column_)];
        row_ = to;
    }
    const int columns = row_ == last_row ? 3 : kLetterColumns;
    column_ = std::clamp(column_ + dx, 0, columns - 1);
}

void OnScreenKeyboard::draw(ScreenContext& context, TextBox& box, std::string& text, float key_height) {
    Widgets& widgets = context.widgets;
    ImGui::PushFont(context.theme.chrome());
    const float spacing = gap();
    const float avail = ImGui::GetContentRegionAvail().x;
    // Whole pixels, rounded down: keys are placed on whole pixels, and ten rounded up would overrun.
    const float key =
        std::floor((avail - spacing * static_cast<float>(kLetterColumns - 1)) / static_cast<float>(kLetterColumns));
    const GroupKeys keys = widgets.beginKeyGroup("On-screen keyboard");
    stop_ = keys.stop;
    move(keys.dx, keys.dy);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    // A key is pressed by touch, or by Enter/Space while the arrows are on it.
    auto pressed = [&](bool touched, int row, int column) {
        const bool here = keys.focused && row == row_ && column == column_;
        if (here) widgets.drawFocus(widgets.items().back());
        return touched || (here && keys.press);
    };
    for (int row = 0; row < kRows - 1; ++row) {
        const std::string_view letters = kLetterRows[static_cast<std::size_t>(row)];
        for (int column = 0; column < kLetterColumns; ++column) {
            char c = letters[static_cast<std::size_t>(column)];
            if (capitals_ && std::isalpha(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(c));
            if (column > 0) ImGui::SameLine();
            const std::string label(1, c);
            ImGui::PushID(row * kLetterColumns + column);
            const bool touched = widgets.button(label, ButtonStyle::Secondary, key, {}, key_height);
            ImGui::PopID();
            if (pressed(touched, row, column)) box.type(text, label);
        }
    }
    const float wide = std::floor((avail - spacing * 2.0f) / 4.0f);
    const int last = kRows - 1;
    if (pressed(widgets.button(context.text("keyboard.shift"), capitals_ ? ButtonStyle::Primary : ButtonStyle::Secondary,
                               wide, {}, key_height),
                last, 0))
        capitals_ = !capitals_;
    ImGui::SameLine();
    if (pressed(widgets.button(context.text("keyboard.space"), ButtonStyle::Secondary, wide * 2.0f, {}, key_height), last,
                1))
        box.type(text, " ");
    ImGui::SameLine();
    if (pressed(widgets.button(context.text("keyboard.delete"), ButtonStyle::Secondary, wide, {}, key_height), last, 2))
        box.erase(text);
    ImGui::PopStyleVar();
    widgets.endKeyGroup();
    ImGui::PopFont();
}

}  // namespace kiosk
