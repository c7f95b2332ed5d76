#include "ui/screens/staff_number_pad.hpp"

#include <algorithm>
#include <array>

namespace kiosk {

namespace {

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

void addDigit(std::string& digits, char digit, std::size_t max_digits) {
    if (digits.size() < max_digits) digits.push_back(digit);
}

// The entry so far: a dot per digit for a PIN, else the number itself, in a framed box.
void drawEntry(ScreenContext& context, const std::string& digits, bool masked, float width) {
    const Palette& p = context.theme.colours();
    ImGui::PushFont(context.theme.heading());
    const float height = ImGui::GetTextLineHeight() + em(0.8f);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + height);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, packed(p.option), 6.0f);
    outline(draw, min, max, packed(p.option_border), 2.0f, 6.0f);
    if (masked) {
        const float radius = ImGui::GetTextLineHeight() * 0.22f;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            const float x = min.x + em(0.8f) + radius + static_cast<float>(i) * radius * 3.0f;
            draw->AddCircleFilled(ImVec2(x, (min.y + max.y) * 0.5f), radius, packed(p.option_text));
        }
    } else {
        draw->AddText(ImVec2(min.x + em(0.8f), min.y + em(0.4f)), packed(p.option_text), digits.c_str());
    }
    ImGui::Dummy(ImVec2(width, height));
    ImGui::PopFont();
}

}  // namespace

bool staffCancelButton(ScreenContext& context) {
    return context.widgets.button(context.text("staff.cancel"), ButtonStyle::Secondary);
}

PadResult drawNumberPad(ScreenContext& context, std::string& digits, std::size_t max_digits, bool masked,
                        std::string_view ok_label) {
    PadResult result = PadResult::None;
    // The keyboard: digits typed, Backspace, Enter (unless Tab has put focus on a key), Escape.
    for (const ImWchar c : ImGui::GetIO().InputQueueCharacters) {
        if (c >= '0' && c <= '9') addDigit(digits, static_cast<char>(c), max_digits);
    }
    if (keyPressed(ImGuiKey_Backspace) && !digits.empty()) digits.pop_back();
    if (context.widgets.focused() < 0 && (keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter)))
        result = PadResult::Ok;
    if (keyPressed(ImGuiKey_Escape)) result = PadResult::Cancel;

    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float width = std::min(ImGui::GetContentRegionAvail().x, em(18.0f));
    const float key = (width - spacing * 2.0f) / 3.0f;
    drawEntry(context, digits, masked, width);
    // Every key in the heading font, so the grid is even; Delete and OK wrap if ever too wide.
    ImGui::PushFont(context.theme.heading());
    constexpr std::array<char, 9> kDigits = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    for (std::size_t i = 0; i < kDigits.size(); ++i) {
        if (i % 3 != 0) ImGui::SameLine();
        if (context.widgets.button(std::string(1, kDigits[i]), ButtonStyle::Secondary, key))
            addDigit(digits, kDigits[i], max_digits);
    }
    if (context.widgets.button(context.text("staff.pad.delete"), ButtonStyle::Secondary, key) && !digits.empty())
        digits.pop_back();
    ImGui::SameLine();
    if (context.widgets.button("0", ButtonStyle::Secondary, key)) addDigit(digits, '0', max_digits);
    ImGui::SameLine();
    if (context.widgets.button(ok_label, ButtonStyle::Primary, key)) result = PadResult::Ok;
    ImGui::PopFont();
    return result;
}

}  // namespace kiosk
