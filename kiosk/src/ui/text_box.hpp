// The comment box: UTF-8 text with a caret, words wrapped to the box at any font and size, the
// caret's line always in view, and a limit in code points that typing stops at (what is shown is
// exactly what is stored). Dear ImGui 1.86's InputTextMultiline cannot wrap words, hence this.
// Typed characters come from a physical keyboard (io.InputQueueCharacters) or the on-screen
// keyboard (type/erase); editing keys act only while the box holds focus (see Widgets).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace kiosk {

// ---- editing, free of ImGui: a caret is a byte offset on a code point boundary -------------------

std::size_t previousCodePoint(std::string_view text, std::size_t at);
std::size_t nextCodePoint(std::string_view text, std::size_t at);
// Inserts as much of `typed` at `caret` as `limit` code points allow (whole code points);
// returns false when some of it was refused.
bool insertText(std::string& text, std::size_t& caret, std::string_view typed, std::size_t limit);
void eraseBefore(std::string& text, std::size_t& caret);  // Backspace
void eraseAfter(std::string& text, std::size_t caret);    // Delete
std::string utf8(unsigned code_point);

// ---- layout ----------------------------------------------------------------------------------

// One drawn line: the text drawn is [begin, end); blanks at a wrap and the paragraph's '\n'
// belong to it up to `next`, where the following line starts.
struct TextLine {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t next = 0;
};
// Words wrapped at `width` px (ImFont::CalcWordWrapPositionA); a word longer than a line is cut.
// Never empty: empty text is one empty line.
std::vector<TextLine> wrapText(const ImFont& font, float size, std::string_view text, float width);
// The line the caret is on.
std::size_t lineOf(const std::vector<TextLine>& lines, std::size_t caret);

// ---- the widget ------------------------------------------------------------------------------

class TextBox {
public:
    explicit TextBox(std::size_t limit) : limit_(limit) {}

    // Draws the box `height` px tall across the available width, handles the pointer and the
    // keyboard, and returns true when the text changed.
    bool draw(Widgets& widgets, const Palette& palette, std::string_view label, std::string& text, float height);

    // Around the text: a little room, not a growing border at large text.
    static float padding() { return std::clamp(em(0.4f), 6.0f, 14.0f); }
    // The height that shows `lines` lines of the current font.
    static float heightFor(float lines) { return ImGui::GetFontSize() * lines + padding() * 2.0f; }

    // The on-screen keyboard's keys: insert at the caret, Backspace before it.
    void type(std::string& text, std::string_view typed);
    void erase(std::string& text);

    // A character was refused at the limit (until something is deleted).
    bool atLimit() const { return refused_; }
    std::size_t limit() const { return limit_; }
    std::size_t caret() const { return caret_; }
    int stop() const { return stop_; }
    // Lines of the last draw, and the first one shown.
    const std::vector<TextLine>& lines() const { return lines_; }
    std::size_t firstShown() const { return first_line_; }
    std::size_t linesShown() const { return shown_; }

private:
    void handleKeys(Widgets& widgets, std::string& text, const ImFont& font);
    std::size_t caretAt(std::string_view text, ImVec2 point) const;
    float caretX(std::string_view text, const TextLine& line) const;
    std::size_t indexAtX(std::string_view text, const TextLine& line, float x) const;

    std::size_t limit_;
    std::size_t caret_ = std::string::npos;  // npos: at the end of whatever text is given
    bool refused_ = false;
    int stop_ = -1;
    std::vector<TextLine> lines_;
    std::size_t first_line_ = 0;
    std::size_t shown_ = 1;
    ImVec2 text_origin_{};
    float size_ = 0.0f;
    float wrap_ = 0.0f;
    const ImFont* font_ = nullptr;
};

}  // namespace kiosk
