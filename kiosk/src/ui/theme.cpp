#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <utility>

#include <imgui_freetype.h>

namespace kiosk {

namespace {

ImVec4 rgb(unsigned hex) {
    return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(hex & 0xFF) / 255.0f, 1.0f);
}

double channel(float value) {
    const double c = static_cast<double>(value);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Latin-1, Latin Extended-A (Welsh ŵ ŷ), general punctuation (dashes, curly quotes), degree sign.
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0};
// Printable ASCII: the font names, drawn each in its own font on the options page.
const ImWchar kSampleRanges[] = {0x0020, 0x007E, 0};

}  // namespace

int percent(TextSize size) { return static_cast<int>(size); }

std::string_view fontName(FontChoice font) {
    switch (font) {
        case FontChoice::Andika: return "Andika";
        case FontChoice::OpenDyslexic: return "OpenDyslexic";
        case FontChoice::DejaVuSans: return "DejaVu Sans";
    }
    return "Andika";
}

std::string_view schemeKey(ColourScheme scheme) {
    switch (scheme) {
        case ColourScheme::Standard: return "standard";
        case ColourScheme::HighContrastDark: return "dark";
        case ColourScheme::HighContrastLight: return "light";
    }
    return "standard";
}

Palette palette(ColourScheme scheme) {
    switch (scheme) {
        case ColourScheme::HighContrastDark:
            return Palette{.background = rgb(0x000000), .text = rgb(0xFFFFFF), .hint = rgb(0xE6E6E6),
                           .option = rgb(0x1A1A1A), .option_text = rgb(0xFFFFFF), .option_border = rgb(0xFFFFFF),
                           .selected = rgb(0x7FF5FF), .selected_text = rgb(0x000000),
                           .primary = rgb(0xFFFF00), .primary_text = rgb(0x000000),
                           .secondary = rgb(0x000000), .secondary_text = rgb(0xFFFFFF),
                           .leave = rgb(0xFFC2C2), .leave_text = rgb(0x000000),
                           .header = rgb(0x1A1A1A), .header_text = rgb(0xFFFFFF),
                           .focus = rgb(0xFFFF00), .focus_text = rgb(0x000000)};
        case ColourScheme::HighContrastLight:
            return Palette{.background = rgb(0xFFF8DC), .text = rgb(0x000000), .hint = rgb(0x2E2E2E),
                           .option = rgb(0xF2E6BD), .option_text = rgb(0x000000), .option_border = rgb(0x000000),
                           .selected = rgb(0x002B55), .selected_text = rgb(0xFFF8DC),
                           .primary = rgb(0x002B55), .primary_text = rgb(0xFFF8DC),
                           .secondary = rgb(0xFFF8DC), .secondary_text = rgb(0x000000),
                           .leave = rgb(0x7A0000), .leave_text = rgb(0xFFF8DC),
                           .header = rgb(0x000000), .header_text = rgb(0xFFF8DC),
                           .focus = rgb(0xFFD500), .focus_text = rgb(0x000000)};
        case ColourScheme::Standard:
            break;
    }
    return Palette{.background = rgb(0xFFFFFF), .text = rgb(0x0B0C0C), .hint = rgb(0x3D4245),
                   .option = rgb(0xF3F2F1), .option_text = rgb(0x0B0C0C), .option_border = rgb(0x505A5F),
                   .selected = rgb(0x1D3A70), .selected_text = rgb(0xFFFFFF),
                   .primary = rgb(0x00552E), .primary_text = rgb(0xFFFFFF),
                   .secondary = rgb(0xF3F2F1), .secondary_text = rgb(0x0B0C0C),
                   .leave = rgb(0x8E1F0B), .leave_text = rgb(0xFFFFFF),
                   .header = rgb(0x0B0C0C), .header_text = rgb(0xFFFFFF),
                   .focus = rgb(0xFFDD00), .focus_text = rgb(0x0B0C0C)};
}

std::vector<ColourPair> textPairs(ColourScheme scheme) {
    const Palette p = palette(scheme);
    const std::string prefix = std::string(schemeKey(scheme)) + ": ";
    return {
        {prefix + "text on background", p.text, p.background},
        {prefix + "hint on background", p.hint, p.background},
        {prefix + "option_text on option", p.option_text, p.option},
        {prefix + "selected_text on selected", p.selected_text, p.selected},
        {prefix + "primary_text on primary", p.primary_text, p.primary},
        {prefix + "secondary_text on secondary", p.secondary_text, p.secondary},
        {prefix + "leave_text on leave", p.leave_text, p.leave},
        {prefix + "header_text on header", p.header_text, p.header},
        {prefix + "focus_text on focus", p.focus_text, p.focus},
    };
}

std::vector<ImVec4> focusBands(const Palette& palette) { return {palette.focus, palette.focus_text}; }

std::vector<FocusCase> focusCases(ColourScheme scheme) {
    const Palette p = palette(scheme);
    const std::string prefix = std::string(schemeKey(scheme)) + ": ";
    std::vector<FocusCase> out;
    // On the page: buttons, choice rows (chosen or not), the text box and the on-screen keys.
    for (const auto& [name, fill] : {std::pair{"primary", p.primary}, {"secondary", p.secondary}, {"leave", p.leave},
                                     {"option", p.option}, {"selected", p.selected}, {"text box", p.background}})
        out.push_back({prefix + name + " on background", fill, p.background});
    // In the header bar: its buttons, read aloud when on, and "Leave this page".
    for (const auto& [name, fill] : {std::pair{"header", p.header}, {"primary", p.primary}, {"leave", p.leave}})
        out.push_back({prefix + name + " on header", fill, p.header});
    return out;
}

double relativeLuminance(const ImVec4& colour) {
    return 0.2126 * channel(colour.x) + 0.7152 * channel(colour.y) + 0.0722 * channel(colour.z);
}

double contrastRatio(const ImVec4& a, const ImVec4& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

FontFile fontFile(FontChoice font) {
    switch (font) {
        case FontChoice::OpenDyslexic:
            return {"/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf", "fonts-opendyslexic"};
        case FontChoice::DejaVuSans:
            return {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"};
        case FontChoice::Andika:
            break;
    }
    return {"/usr/share/fonts/truetype/andika/Andika-Regular.ttf", "fonts-sil-andika"};
}

MissingFont::MissingFont(const FontFile& file)
    : std::runtime_error("font file " + file.path.string() + " not found: install the Debian package " +
                         file.package + " (sudo apt install " + file.package + ")") {}

bool Theme::apply(const DisplaySettings& settings) {
    settings_ = settings;
    palette_ = palette(settings.scheme);
    return bodyPixels() != built_pixels_ || settings.font != built_font_ || body_ == nullptr;
}

float Theme::bodyPixels() const { return kBasePixels * static_cast<float>(percent(settings_.text_size)) / 100.0f; }

void Theme::buildFonts(ImFontAtlas& atlas) {
    const FontFile file = fontFile(settings_.font);
    if (!std::filesystem::exists(file.path)) throw MissingFont(file);
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    const std::string path = file.path.string();
    ImFontConfig config;
    config.OversampleH = 1;
    config.OversampleV = 1;
    body_ = atlas.AddFontFromFileTTF(path.c_str(), bodyPixels(), &config, kGlyphRanges);
    ImFontConfig bold = config;
    bold.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold;
    heading_ = atlas.AddFontFromFileTTF(path.c_str(), headingPixels(), &bold, kGlyphRanges);
    chrome_ = chromePixels() < bodyPixels()
                  ? atlas.AddFontFromFileTTF(path.c_str(), chromePixels(), &config, kGlyphRanges)
                  : body_;
    if (body_ == nullptr || heading_ == nullptr || chrome_ == nullptr) throw MissingFont(file);
    // The other fonts hold about 95 glyphs each, so the options page can show what each looks
    // like at little cost to the rebuild; a missing file only loses its sample.
    for (const FontChoice other : kFonts) {
        ImFont*& sample = samples_[static_cast<std::size_t>(other)];
        sample = body_;
        if (other == settings_.font) continue;
        const FontFile other_file = fontFile(other);
        sample = std::filesystem::exists(other_file.path)
                     ? atlas.AddFontFromFileTTF(other_file.path.string().c_str(), bodyPixels(), &config, kSampleRanges)
                     : nullptr;
    }
    const std::filesystem::path mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";  // fonts-dejavu-core
    code_ = std::filesystem::exists(mono) ? atlas.AddFontFromFileTTF(mono.c_str(), bodyPixels(), &config, kGlyphRanges)
                                          : nullptr;
    if (code_ == nullptr) code_ = body_;
    atlas.Build();
    built_pixels_ = bodyPixels();
    built_font_ = settings_.font;
}

void Theme::applyStyle(ImGuiStyle& style) const {
    const float px = bodyPixels();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(px, px * 0.5f);
    // Vertical gaps stop growing with the chrome, at 150%: at 250% they would cost the page a line.
    style.ItemSpacing = ImVec2(px * 0.5f, chromePixels() * 0.3f);
    style.FramePadding = ImVec2(px * 0.5f, px * 0.4f);
    style.ScrollbarSize = std::clamp(px * 1.6f, 48.0f, 64.0f);  // a touch target, not a wall
    style.GrabMinSize = style.ScrollbarSize;
    style.WindowBorderSize = 0.0f;
    style.FrameBorderSize = 2.0f;
    style.FrameRounding = 4.0f;
    style.ScrollbarRounding = 4.0f;
    const Palette& p = palette_;
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_WindowBg] = p.background;
    c[ImGuiCol_ChildBg] = p.background;
    c[ImGuiCol_PopupBg] = p.background;
    c[ImGuiCol_Border] = p.option_border;
    c[ImGuiCol_FrameBg] = p.background;
    c[ImGuiCol_FrameBgHovered] = p.background;
    c[ImGuiCol_FrameBgActive] = p.background;
    c[ImGuiCol_ScrollbarBg] = p.option;
    c[ImGuiCol_ScrollbarGrab] = p.option_border;
    c[ImGuiCol_ScrollbarGrabHovered] = p.text;
    c[ImGuiCol_ScrollbarGrabActive] = p.text;
    c[ImGuiCol_TextSelectedBg] = p.focus;
    c[ImGuiCol_NavHighlight] = p.focus;
}

float em(float count) { return ImGui::GetFontSize() * count; }
ImVec2 em(float x, float y) { return ImVec2(em(x), em(y)); }
ImU32 packed(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

}  // namespace kiosk
