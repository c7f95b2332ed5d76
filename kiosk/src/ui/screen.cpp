#include "ui/screen.hpp"

#include <algorithm>

namespace kiosk {

const std::string& ScreenContext::text(std::string_view id) const {
    const DisplaySettings& s = theme.settings();
    return strings.get(id, s.language, s.easy_read);
}

const std::string& ScreenContext::local(const survey::LocalText& local_text) const {
    const DisplaySettings& s = theme.settings();
    return local_text.get(s.language, s.easy_read);
}

Intents Screen::draw(ScreenContext& context) {
    Intents out;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushFont(context.theme.body());
    ImGui::Begin("##screen", nullptr, flags);
    if (showsHeader()) {
        ImGui::PushFont(context.theme.chrome());
        // Right-aligned, always on screen (not inside the scrolling content).
        const Palette& p = context.theme.colours();
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const std::string& options = context.text("header.display_options");
        const std::string& leave = context.text("header.leave");
        const float pad = em(1.2f);
        float width = ImGui::CalcTextSize(options.c_str()).x + pad;
        if (context.leave_available) width += ImGui::CalcTextSize(leave.c_str()).x + pad + spacing;
        const float bar = ImGui::GetTextLineHeight() + em(1.0f);  // a button (text + 0.6 em) and margins
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->PushClipRectFullScreen();  // the bar runs edge to edge, over the window padding
        draw->AddRectFilled(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + bar),
                            packed(p.header));
        draw->PopClipRect();
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
        ImGui::SetCursorPosY(em(0.2f));
        if (context.widgets.button(options, ButtonStyle::Header)) out.emplace_back(OpenDisplayOptions{});
        if (context.leave_available) {
            ImGui::SameLine();
            if (context.widgets.button(leave, ButtonStyle::Leave)) out.emplace_back(LeaveNow{});
        }
        ImGui::SetCursorPosY(bar + em(0.4f));
        ImGui::PopFont();
    }
    // Content in a readable column, scrolling when text is large.
    const float column = std::min(ImGui::GetContentRegionAvail().x, em(34.0f));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - column) * 0.5f);
    const float left = ImGui::GetCursorPosX();
    if (hasFooter() && footer_height_ <= 0.0f) footer_height_ = em(2.6f);
    const float footer = hasFooter() ? footer_height_ : 0.0f;
    // One scrolling region per screen (named after it), starting at the top when first shown.
    ImGui::PushID(context.respondent);
    ImGui::PushID(name().c_str());
    ImGui::BeginChild("##content", ImVec2(column, footer > 0.0f ? -footer : 0.0f), false,
                      ImGuiWindowFlags_NoSavedSettings);
    if (first_frame_) ImGui::SetScrollY(0.0f);
    first_frame_ = false;
    // A touch screen scrolls by dragging the page itself, not only the scrollbar.
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
    drawContent(context, out);
    ImGui::Dummy(em(1.0f, 0.5f));
    ImGui::EndChild();
    if (hasFooter()) {
        ImGui::SetCursorPosX(left);
        ImGui::BeginChild("##footer", ImVec2(column, footer), false,
                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar);
        ImGui::PushFont(context.theme.chrome());
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.3f));
        drawFooter(context, out);
        footer_height_ = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
        ImGui::PopFont();
        ImGui::EndChild();
    }
    ImGui::PopID();
    ImGui::PopID();
    ImGui::End();
    ImGui::PopFont();
    return out;
}

void Screen::heading(ScreenContext& context, std::string_view text) {
    ImGui::PushFont(context.theme.heading());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0.0f, em(0.1f)));
}

void Screen::paragraph(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void Screen::hint(ScreenContext& context, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, context.theme.colours().hint);
    paragraph(text);
    ImGui::PopStyleColor();
}

}  // namespace kiosk
