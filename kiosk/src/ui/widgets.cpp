#include "ui/widgets.hpp"

#include <algorithm>

#include <SDL_scancode.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "survey/answers.hpp"
#include "ui/strings.hpp"

namespace kiosk {

namespace {

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

ImVec2 textSize(std::string_view text, float wrap) {
    return ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
}

void drawText(ImVec2 at, const ImVec4& colour, std::string_view text, float wrap) {
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, packed(colour), text.data(),
                                        text.data() + text.size(), wrap);
}

}  // namespace

void Widgets::beginFrame(const Palette& palette) {
    palette_ = &palette;
    last_count_ = static_cast<int>(items_.size());
    items_.clear();
    const ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput;
    if (io.MouseClicked[0]) keyboard_mode_ = false;
    const bool tab = pressed(ImGuiKey_Tab);
    const bool next = (tab && !io.KeyShift) ||
                      (!typing && (pressed(ImGuiKey_DownArrow) || pressed(ImGuiKey_RightArrow)));
    const bool previous = (tab && io.KeyShift) ||
                          (!typing && (pressed(ImGuiKey_UpArrow) || pressed(ImGuiKey_LeftArrow)));
    focus_moved_ = false;
    if ((next || previous) && last_count_ > 0) {
        if (focus_ < 0) focus_ = next ? 0 : last_count_ - 1;  // a new page: Shift+Tab starts at its last item
        else focus_ = (focus_ + (next ? 1 : last_count_ - 1)) % last_count_;
        keyboard_mode_ = true;
        focus_moved_ = true;
        if (typing) ImGui::ClearActiveID();  // Tab leaves the text box
    }
    activate_ = !typing && (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter) || pressed(ImGuiKey_Space));
    if (activate_ && !keyboard_mode_) activate_ = false;
    number_ = 0;
    if (!typing) {
        for (int n = 1; n <= 9; ++n) {
            if (ImGui::IsKeyPressed(SDL_SCANCODE_1 + n - 1, false) || ImGui::IsKeyPressed(SDL_SCANCODE_KP_1 + n - 1, false))
                number_ = n;
        }
    }
}

void Widgets::resetFocus() {
    focus_ = -1;
    last_count_ = 0;
}

bool Widgets::item(std::string_view label, ImVec2 size, bool& hovered, bool& held) {
    const int index = static_cast<int>(items_.size());
    size.x = std::max(size.x, kMinTarget);
    size.y = std::max(size.y, kMinTarget);
    ImGui::PushID(index);
    const bool clicked = ImGui::InvisibleButton("##item", size);
    ImGui::PopID();
    hovered = ImGui::IsItemHovered();
    held = ImGui::IsItemActive();
    items_.push_back(ItemRect{std::string(label), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    if (isFocused(index) && focus_moved_) ImGui::SetScrollHereY(0.5f);
    return clicked || (isFocused(index) && activate_);
}

void Widgets::drawFocus(const ItemRect& rect) const {
    const float width = std::max(3.0f, em(0.15f));
    ImGui::GetWindowDrawList()->AddRect(ImVec2(rect.min.x - width, rect.min.y - width),
                                        ImVec2(rect.max.x + width, rect.max.y + width), packed(palette_->focus), 4.0f,
                                        0, width * 2.0f);
}

float Widgets::choiceWidth(std::string_view label) const {
    // The trailing 0.2 em keeps the label on one line despite rounding in the wrap measurement.
    return textSize(label, -1.0f).x + em(1.2f) + em(0.4f) * 3.0f + em(0.2f);
}

bool Widgets::choice(std::string_view label, bool selected, ChoiceKind kind, bool fit) {
    const float pad = em(0.4f);
    const float box = em(1.2f);
    const float width = fit ? std::min(choiceWidth(label), ImGui::GetContentRegionAvail().x)
                            : ImGui::GetContentRegionAvail().x;
    const float wrap = width - box - pad * 3.0f;
    const ImVec2 text = textSize(label, wrap);
    bool hovered = false;
    bool held = false;
    const bool activated = item(label, ImVec2(width, std::max(text.y, box) + pad * 2.0f), hovered, held);
    const ItemRect& rect = items_.back();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec4& fill = selected ? palette_->selected : palette_->option;
    const ImVec4& ink = selected ? palette_->selected_text : palette_->option_text;
    draw->AddRectFilled(rect.min, rect.max, packed(fill), 6.0f);
    draw->AddRect(rect.min, rect.max, packed(palette_->option_border), 6.0f, 0, hovered || held ? 4.0f : 2.0f);
    const ImVec2 box_min(rect.min.x + pad, rect.min.y + (rect.height() - box) * 0.5f);
    const ImVec2 box_max(box_min.x + box, box_min.y + box);
    const float line = std::max(2.0f, em(0.1f));
    if (kind == ChoiceKind::Checkbox) {
        draw->AddRectFilled(box_min, box_max, packed(palette_->background));
        draw->AddRect(box_min, box_max, packed(palette_->text), 0.0f, 0, line);
        if (selected) {
            const ImVec2 a(box_min.x + box * 0.2f, box_min.y + box * 0.5f);
            const ImVec2 b(box_min.x + box * 0.42f, box_min.y + box * 0.75f);
            const ImVec2 c(box_min.x + box * 0.82f, box_min.y + box * 0.25f);
            draw->AddLine(a, b, packed(palette_->text), line * 1.5f);
            draw->AddLine(b, c, packed(palette_->text), line * 1.5f);
        }
    } else {
        const ImVec2 centre((box_min.x + box_max.x) * 0.5f, (box_min.y + box_max.y) * 0.5f);
        draw->AddCircleFilled(centre, box * 0.5f, packed(palette_->background));
        draw->AddCircle(centre, box * 0.5f, packed(palette_->text), 0, line);
        if (selected) draw->AddCircleFilled(centre, box * 0.28f, packed(palette_->text));
    }
    drawText(ImVec2(box_max.x + pad, rect.min.y + (rect.height() - text.y) * 0.5f), ink, label, wrap);
    if (isFocused(static_cast<int>(items_.size()) - 1)) drawFocus(rect);
    return activated;
}

bool Widgets::button(std::string_view label, ButtonStyle style, float width, std::string_view recorded) {
    const float pad = em(0.6f);
    // A button given a width wraps its label inside it; one fitted to its label never wraps.
    const float wrap = width > 0.0f ? width - pad * 2.0f : -1.0f;
    const ImVec2 text = textSize(label, wrap);
    if (width <= 0.0f) width = text.x + pad * 2.0f;
    bool hovered = false;
    bool held = false;
    const bool activated = item(recorded.empty() ? label : recorded, ImVec2(width, text.y + em(0.6f)), hovered, held);
    const ItemRect& rect = items_.back();
    ImVec4 fill = palette_->secondary;
    ImVec4 ink = palette_->secondary_text;
    if (style == ButtonStyle::Primary) fill = palette_->primary, ink = palette_->primary_text;
    if (style == ButtonStyle::Leave) fill = palette_->leave, ink = palette_->leave_text;
    if (style == ButtonStyle::Header) fill = palette_->header, ink = palette_->header_text;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(rect.min, rect.max, packed(fill), 6.0f);
    draw->AddRect(rect.min, rect.max, packed(ink), 6.0f, 0, hovered || held ? 4.0f : 2.0f);
    drawText(ImVec2(rect.min.x + (rect.width() - text.x) * 0.5f, rect.min.y + (rect.height() - text.y) * 0.5f), ink,
             label, std::max(wrap, 0.0f));
    if (isFocused(static_cast<int>(items_.size()) - 1)) drawFocus(rect);
    return activated;
}

void Widgets::sameLineIfFits(std::string_view next) const { sameLineIfFits(textSize(next, -1.0f).x + em(1.2f)); }

void Widgets::sameLineIfFits(float width) const {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine();
}

bool Widgets::textBox(std::string_view label, std::string& text, float height) {
    const int index = static_cast<int>(items_.size());
    if (isFocused(index) && focus_moved_) ImGui::SetKeyboardFocusHere();
    ImGui::PushID(index);
    const bool changed = ImGui::InputTextMultiline("##text", &text,
                                                   ImVec2(ImGui::GetContentRegionAvail().x, std::max(height, kMinTarget)));
    ImGui::PopID();
    items_.push_back(ItemRect{std::string(label), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    if (isFocused(index)) drawFocus(items_.back());
    if (changed) {
        while (survey::codePointCount(text) > survey::kMaxTextLength) {  // trims whole code points
            std::size_t end = text.size() - 1;
            while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
            text.erase(end);
        }
    }
    return changed;
}

}  // namespace kiosk
