#include "ui/screens/on_screen_keyboard.hpp"

#include <array>
#include <cctype>

#include "survey/answers.hpp"

namespace kiosk {

namespace {

constexpr std::array<std::string_view, 4> kRows = {"1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.?"};

void removeLastCharacter(std::string& text) {
    while (!text.empty()) {
        const auto byte = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((byte & 0xC0) != 0x80) break;  // stop after the lead byte of a UTF-8 sequence
    }
}

}  // namespace

void drawOnScreenKeyboard(ScreenContext& context, std::string& text, bool& capitals) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float key = (avail - spacing * 9.0f) / 10.0f;
    const bool room = survey::codePointCount(text) < survey::kMaxTextLength;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    for (std::string_view row : kRows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            char c = row[i];
            if (capitals && std::isalpha(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(c));
            if (i > 0) ImGui::SameLine();
            if (context.widgets.button(std::string(1, c), ButtonStyle::Secondary, key) && room) text.push_back(c);
        }
    }
    const float wide = (avail - spacing * 2.0f) / 4.0f;
    if (context.widgets.button(context.text("keyboard.shift"), capitals ? ButtonStyle::Primary : ButtonStyle::Secondary,
                               wide))
        capitals = !capitals;
    ImGui::SameLine();
    if (context.widgets.button(context.text("keyboard.space"), ButtonStyle::Secondary, wide * 2.0f) && room)
        text.push_back(' ');
    ImGui::SameLine();
    if (context.widgets.button(context.text("keyboard.delete"), ButtonStyle::Secondary, wide)) removeLastCharacter(text);
    ImGui::PopStyleVar();
}

}  // namespace kiosk
