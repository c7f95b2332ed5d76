// The look of the kiosk: display settings a respondent can change (text size, font, colours,
// language, read aloud), the colour schemes, the font files, and sizes in em that follow the current font.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "speech/voice.hpp"  // SpeechRate

namespace kiosk {

enum class TextSize { Normal = 100, Large = 150, Larger = 200, Largest = 250 };
enum class FontChoice { Andika, OpenDyslexic, DejaVuSans };
enum class ColourScheme { Standard, HighContrastDark, HighContrastLight };

inline constexpr TextSize kTextSizes[] = {TextSize::Normal, TextSize::Large, TextSize::Larger, TextSize::Largest};
inline constexpr FontChoice kFonts[] = {FontChoice::Andika, FontChoice::OpenDyslexic, FontChoice::DejaVuSans};
inline constexpr ColourScheme kSchemes[] = {ColourScheme::Standard, ColourScheme::HighContrastDark,
                                            ColourScheme::HighContrastLight};

// What one respondent chose; reset for the next person.
struct DisplaySettings {
    TextSize text_size = TextSize::Normal;
    FontChoice font = FontChoice::Andika;
    ColourScheme scheme = ColourScheme::Standard;
    std::string language = "en";  // "en" or "cy"
    bool easy_read = false;
    bool read_aloud = false;  // each page is spoken as it appears
    SpeechRate speech_rate = SpeechRate::Normal;
    bool operator==(const DisplaySettings&) const = default;
};

int percent(TextSize size);
std::string_view fontName(FontChoice font);     // "Andika", shown on the options page
std::string_view schemeKey(ColourScheme scheme);  // "standard", "dark", "light"

// Colours of one scheme. Every text colour is paired with the backgrounds it is drawn on.
struct Palette {
    ImVec4 background;
    ImVec4 text;
    ImVec4 hint;            // secondary text on background
    ImVec4 option;          // unselected choice row
    ImVec4 option_text;
    ImVec4 option_border;
    ImVec4 selected;        // chosen choice row / checked box
    ImVec4 selected_text;
    ImVec4 primary;         // Start, Continue, Send
    ImVec4 primary_text;
    ImVec4 secondary;       // Back, Skip, Change
    ImVec4 secondary_text;
    ImVec4 leave;           // "Leave this page"
    ImVec4 leave_text;
    ImVec4 header;          // the bar holding the options and leave buttons
    ImVec4 header_text;
    ImVec4 focus;           // keyboard focus ring
    ImVec4 focus_text;
};
Palette palette(ColourScheme scheme);

struct ColourPair {
    std::string name;  // "standard: primary_text on primary"
    ImVec4 foreground;
    ImVec4 background;
};
// Every text/background pair the scheme draws, for the contrast test.
std::vector<ColourPair> textPairs(ColourScheme scheme);

// The focus ring: bands drawn one inside the other from the edge of the focused item, so that
// on any fill and any background one band stands out by at least 3:1 (WCAG 2.4.13).
std::vector<ImVec4> focusBands(const Palette& palette);
// Every focusable element's fill with the background it sits on, for the focus ring test.
struct FocusCase {
    std::string name;  // "dark: primary on background"
    ImVec4 element;
    ImVec4 background;
};
std::vector<FocusCase> focusCases(ColourScheme scheme);

// WCAG 2 relative luminance and contrast ratio (1..21).
double relativeLuminance(const ImVec4& colour);
double contrastRatio(const ImVec4& a, const ImVec4& b);

// A font file the kiosk needs and the Debian package that installs it.
struct FontFile {
    std::filesystem::path path;
    std::string package;
};
FontFile fontFile(FontChoice font);

class MissingFont : public std::runtime_error {
public:
    explicit MissingFont(const FontFile& file);
};

// Fonts and style for the current settings. The atlas is rebuilt only when text size or font
// change; colours apply to the style directly.
class Theme {
public:
    // Body text size in pixels at 100%: large for reading at arm's length.
    static constexpr float kBasePixels = 28.0f;
    // Headings are this many base pixels larger than body text, so at 250% they do not crowd
    // the page (39 px over 28 at 100%, 81 over 70 at 250%).
    static constexpr float kHeadingExtra = 11.0f;

    const DisplaySettings& settings() const { return settings_; }
    // Returns true when the font atlas must be rebuilt before the next frame.
    bool apply(const DisplaySettings& settings);

    float bodyPixels() const;
    float headingPixels() const { return bodyPixels() + kHeadingExtra; }
    // The header and footer bars stop growing at 150%, so at 200% and 250% the question and its
    // first option keep the room (their buttons stay well over 44 px).
    float chromePixels() const { return std::min(bodyPixels(), kBasePixels * 1.5f); }
    // Clears and refills the atlas (body, heading and chrome font, and each other font's name for
    // the options page) with FreeType. Throws MissingFont.
    void buildFonts(ImFontAtlas& atlas);
    void applyStyle(ImGuiStyle& style) const;

    const Palette& colours() const { return palette_; }
    ImFont* body() const { return body_; }
    ImFont* heading() const { return heading_; }
    ImFont* chrome() const { return chrome_; }
    // `font` at body size, holding only printable ASCII: enough to write its own name on the
    // options page. The current font is the body font itself; a font whose file is missing is null.
    ImFont* sample(FontChoice font) const { return samples_[static_cast<std::size_t>(font)]; }
    // A fixed-width font at body size for commands staff type exactly (in Andika "--" reads as a
    // dash); the body font when its file is missing.
    ImFont* code() const { return code_; }

private:
    DisplaySettings settings_;
    Palette palette_ = palette(ColourScheme::Standard);
    ImFont* body_ = nullptr;
    ImFont* heading_ = nullptr;
    ImFont* chrome_ = nullptr;
    ImFont* samples_[std::size(kFonts)] = {};
    ImFont* code_ = nullptr;
    float built_pixels_ = 0.0f;
    FontChoice built_font_ = FontChoice::Andika;
};

// Sizes follow the current font: 1 em is the current font size in pixels.
float em(float count = 1.0f);
ImVec2 em(float x, float y);
ImU32 packed(const ImVec4& colour);

}  // namespace kiosk
