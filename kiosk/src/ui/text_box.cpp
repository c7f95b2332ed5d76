#include "ui/text_box.hpp"

#include <algorithm>
#include <cfloat>

#include "survey/answers.hpp"

namespace kiosk {

namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool blank(char c) { return c == ' ' || c == '\t'; }

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

float widthOf(const ImFont& font, float size, std::string_view text) {
    return font.CalcTextSizeA(size, FLT_MAX, -1.0f, text.data(), text.data() + text.size()).x;
}

}  // namespace

std::size_t previousCodePoint(std::string_view text, std::size_t at) {
    if (at == 0) return 0;
    --at;
    while (at > 0 && continuation(text[at])) --at;
    return at;
}

std::size_t nextCodePoint(std::string_view text, std::size_t at) {
    if (at >= text.size()) return text.size();
    ++at;
    while (at < text.size() && continuation(text[at])) ++at;
    return at;
}

bool insertText(std::string& text, std::size_t& caret, std::string_view typed, std::size_t limit) {
    const std::size_t used = survey::codePointCount(text);
    const std::size_t room = used >= limit ? 0 : limit - used;
    std::size_t take = 0;
    std::size_t points = 0;
    while (take < typed.size() && points < room) {
        take = nextCodePoint(typed, take);
        ++points;
    }
    text.insert(std::min(caret, text.size()), typed.substr(0, take));
    caret = std::min(caret, text.size()) + take;
    return take == typed.size();
}

void eraseBefore(std::string& text, std::size_t& caret) {
    if (caret == 0) return;
    const std::size_t from = previousCodePoint(text, caret);
    text.erase(from, caret - from);
    caret = from;
}

void eraseAfter(std::string& text, std::size_t caret) {
    if (caret >= text.size()) return;
    text.erase(caret, nextCodePoint(text, caret) - caret);
}

std::string utf8(unsigned code_point) {
    std::string out;
    if (code_point < 0x80) {
        out.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
    return out;  // ImWchar is 16 bits in Debian's build: nothing larger arrives
}

std::vector<TextLine> wrapText(const ImFont& font, float size, std::string_view text, float width) {
    std::vector<TextLine> lines;
    const float scale = size / font.FontSize;
    std::size_t paragraph = 0;
    while (true) {
        const std::size_t found = text.find('\n', paragraph);
        const std::size_t end = found == std::string_view::npos ? text.size() : found;
        const std::size_t after = found == std::string_view::npos ? end : end + 1;  // the '\n' is this line's
        std::size_t start = paragraph;
        if (start == end) lines.push_back({start, end, after});
        while (start < end) {
            const char* wrapped =
                font.CalcWordWrapPositionA(scale, text.data() + start, text.data() + end, std::max(width, 1.0f));
            std::size_t eol = static_cast<std::size_t>(wrapped - text.data());
            if (eol <= start) eol = nextCodePoint(text, start);  // one character wider than the box
            std::size_t next = eol;
            while (next < end && blank(text[next])) ++next;  // blanks at a wrap stay on this line
            if (next >= end) {
                lines.push_back({start, eol, after});
                break;
            }
            lines.push_back({start, eol, next});
            start = next;
        }
        if (found == std::string_view::npos) break;
        paragraph = after;
    }
    return lines;
}

std::size_t lineOf(const std::vector<TextLine>& lines, std::size_t caret) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (caret < lines[i].next) return i;
    }
    return lines.empty() ? 0 : lines.size() - 1;
}

void TextBox::type(std::string& text, std::string_view typed) {
    caret_ = std::min(caret_, text.size());
    if (!insertText(text, caret_, typed, limit_)) refused_ = true;
}

void TextBox::erase(std::string& text) {
    caret_ = std::min(caret_, text.size());
    eraseBefore(text, caret_);
    refused_ = false;
}

float TextBox::caretX(std::string_view text, const TextLine& line) const {
    const std::size_t upto = std::clamp(caret_, line.begin, std::max(line.begin, std::min(line.next, text.size())));
    std::string_view part = text.substr(line.begin, upto - line.begin);
    if (!part.empty() && part.back() == '\n') part.remove_suffix(1);
    return std::min(widthOf(*font_, size_, part), wrap_);
}

std::size_t TextBox::indexAtX(std::string_view text, const TextLine& line, float x) const {
    // The boundary nearest to x among the line's drawn characters (and its trailing blanks).
    const std::size_t last = line.next > line.end && line.next <= text.size() && text[line.next - 1] == '\n'
                                 ? line.next - 1
                                 : (line.next == text.size() ? line.next : line.end);
    std::size_t at = line.begin;
    float left = 0.0f;
    while (at < last) {
        const std::size_t next = nextCodePoint(text, at);
        const float right = widthOf(*font_, size_, text.substr(line.begin, next - line.begin));
        if (x < (left + right) * 0.5f) return at;
        left = right;
        at = next;
    }
    return last;
}

std::size_t TextBox::caretAt(std::string_view text, ImVec2 point) const {
    const float row = (point.y - text_origin_.y) / size_;
    const std::size_t line = std::min(first_line_ + static_cast<std::size_t>(std::max(row, 0.0f)), lines_.size() - 1);
    return indexAtX(text, lines_[line], point.x - text_origin_.x);
}

void TextBox::handleKeys(Widgets& widgets, std::string& text, const ImFont& font) {
    ImGuiIO& io = ImGui::GetIO();
    if (widgets.typingInto(stop_)) {
        bool typed = false;
        for (const ImWchar c : io.InputQueueCharacters) {
            // Only what the font can draw, so what is shown is what is stored; Enter is a key.
            if (c < 0x20 || c == 0x7F || font.FindGlyphNoFallback(c) == nullptr) continue;
            type(text, utf8(c));
            typed = true;
        }
        // Characters that arrived with a Tab were typed before it: they stay in this box, and
        // only a keyboard user typing with nothing focused brings the focus here.
        if (typed && widgets.focused() < 0) widgets.focus(stop_);
    }
    if (!widgets.editing(stop_)) return;
    if (keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter)) type(text, "\n");
    if (keyPressed(ImGuiKey_Backspace)) erase(text);
    if (keyPressed(ImGuiKey_Delete)) {
        eraseAfter(text, caret_);
        refused_ = false;
    }
    if (keyPressed(ImGuiKey_LeftArrow)) caret_ = previousCodePoint(text, caret_);
    if (keyPressed(ImGuiKey_RightArrow)) caret_ = nextCodePoint(text, caret_);
    const bool up = keyPressed(ImGuiKey_UpArrow);
    const bool down = keyPressed(ImGuiKey_DownArrow);
    const bool home = keyPressed(ImGuiKey_Home);
    const bool end = keyPressed(ImGuiKey_End);
    if (!(up || down || home || end)) return;
    lines_ = wrapText(font, size_, text, wrap_);
    const std::size_t line = lineOf(lines_, caret_);
    const TextLine& here = lines_[line];
    if (home) caret_ = here.begin;
    if (end) caret_ = indexAtX(text, here, FLT_MAX);
    if (up && line > 0) caret_ = indexAtX(text, lines_[line - 1], caretX(text, here));
    if (down && line + 1 < lines_.size()) caret_ = indexAtX(text, lines_[line + 1], caretX(text, here));
}

bool TextBox::draw(Widgets& widgets, const Palette& palette, std::string_view label, std::string& text,
                   float height) {
    const std::string before = text;
    caret_ = std::min(caret_, text.size());
    while (caret_ > 0 && caret_ < text.size() && continuation(text[caret_])) --caret_;
    font_ = ImGui::GetFont();
    size_ = ImGui::GetFontSize();
    const float pad = TextBox::padding();
    const float bar = std::max(4.0f, em(0.2f));  // the scroll indicator at the right
    const float width = ImGui::GetContentRegionAvail().x;
    height = std::max(height, size_ + pad * 2.0f);
    wrap_ = width - pad * 3.0f - bar;
    const Widgets::Region region = widgets.textEntry(label, ImVec2(width, height));
    stop_ = region.stop;
    const ItemRect rect = widgets.items().back();
    text_origin_ = ImVec2(rect.min.x + pad, rect.min.y + pad);
    shown_ = std::max<std::size_t>(1, static_cast<std::size_t>((rect.height() - pad * 2.0f) / size_ + 0.05f));

    if (region.clicked) {
        lines_ = wrapText(*font_, size_, text, wrap_);
        caret_ = caretAt(text, ImGui::GetIO().MousePos);
    }
    handleKeys(widgets, text, *font_);
    lines_ = wrapText(*font_, size_, text, wrap_);

    // The caret's line stays in view: typing at the end always shows the last line typed.
    const std::size_t caret_line = lineOf(lines_, caret_);
    if (caret_line < first_line_) first_line_ = caret_line;
    if (caret_line >= first_line_ + shown_) first_line_ = caret_line + 1 - shown_;
    first_line_ = std::min(first_line_, lines_.size() > shown_ ? lines_.size() - shown_ : 0);

    const bool active = widgets.keysGoTo(stop_);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(rect.min, rect.max, packed(palette.background), 4.0f);
    outline(draw, rect.min, rect.max, packed(palette.option_border), active || region.hovered ? std::max(3.0f, em(0.12f)) : 2.0f,
            4.0f);
    draw->PushClipRect(rect.min, rect.max, true);
    for (std::size_t i = first_line_; i < std::min(lines_.size(), first_line_ + shown_); ++i) {
        const TextLine& line = lines_[i];
        const float y = text_origin_.y + static_cast<float>(i - first_line_) * size_;
        draw->AddText(font_, size_, ImVec2(text_origin_.x, y), packed(palette.text), text.data() + line.begin,
                      text.data() + line.end);
        if (active && i == caret_line) {
            const float x = text_origin_.x + caretX(text, line);
            draw->AddRectFilled(ImVec2(x, y + size_ * 0.05f), ImVec2(x + std::max(2.0f, em(0.08f)), y + size_ * 0.95f),
                                packed(palette.text));
        }
    }
    if (lines_.size() > shown_) {  // how far through a long comment the box is showing
        const float track = rect.height() - pad * 2.0f;
        const float total = static_cast<float>(lines_.size());
        const float top = rect.min.y + pad + track * static_cast<float>(first_line_) / total;
        const float length = std::max(track * static_cast<float>(shown_) / total, bar * 2.0f);
        draw->AddRectFilled(ImVec2(rect.max.x - pad * 0.5f - bar, top), ImVec2(rect.max.x - pad * 0.5f, top + length),
                            packed(palette.option_border), bar * 0.5f);
    }
    draw->PopClipRect();
    if (widgets.keyboardMode() && widgets.hasFocus(stop_)) widgets.drawFocus(rect);
    return text != before;
}

}  // namespace kiosk
