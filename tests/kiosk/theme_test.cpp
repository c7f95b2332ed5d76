// The colour schemes and fonts: every text/background pair at least 7:1 (WCAG AAA), fonts found.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "ui/theme.hpp"

namespace kiosk {
namespace {

TEST(ThemeContrast, EveryTextPairOfEverySchemeIsAtLeastSevenToOne) {
    for (const ColourScheme scheme : kSchemes) {
        for (const ColourPair& pair : textPairs(scheme))
            EXPECT_GE(contrastRatio(pair.foreground, pair.background), 7.0) << pair.name;
    }
}

// The ring is drawn as focusBands, one inside the other from the item's edge: on every element
// of every scheme, one band stands out 3:1 from the element and one from what is around it
// (WCAG 2.4.13 / 1.4.11). Yellow alone fails: 1.35:1 on white, 1.00:1 on the dark scheme's
// yellow Continue.
double bestAgainst(const std::vector<ImVec4>& bands, const ImVec4& colour) {
    double best = 0.0;
    for (const ImVec4& band : bands) best = std::max(best, contrastRatio(band, colour));
    return best;
}

TEST(ThemeContrast, FocusRingStandsOutFromEveryElementAndItsBackgroundInEveryScheme) {
    for (const ColourScheme scheme : kSchemes) {
        const std::vector<ImVec4> bands = focusBands(palette(scheme));
        ASSERT_FALSE(bands.empty());
        const std::vector<FocusCase> cases = focusCases(scheme);
        EXPECT_GE(cases.size(), 9u);
        for (const FocusCase& focus : cases) {
            EXPECT_GE(bestAgainst(bands, focus.element), 3.0) << focus.name << ": against the element";
            EXPECT_GE(bestAgainst(bands, focus.background), 3.0) << focus.name << ": against its background";
        }
    }
}

TEST(ThemeContrast, RatioMatchesWcagReferenceValues) {
    EXPECT_NEAR(contrastRatio(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)), 1.0, 1e-9);
    // #767676 on white is the well-known 4.54:1.
    const float grey = 118.0f / 255.0f;
    EXPECT_NEAR(contrastRatio(ImVec4(grey, grey, grey, 1), ImVec4(1, 1, 1, 1)), 4.54, 0.01);
}

TEST(ThemeFonts, EveryFontFileIsInstalled) {
    for (const FontChoice font : kFonts) EXPECT_TRUE(std::filesystem::exists(fontFile(font).path)) << fontName(font);
}

TEST(ThemeFonts, AMissingFontNamesTheDebianPackage) {
    const MissingFont error(FontFile{"/nowhere/Andika-Regular.ttf", "fonts-sil-andika"});
    EXPECT_NE(std::string(error.what()).find("fonts-sil-andika"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("/nowhere/Andika-Regular.ttf"), std::string::npos);
}

TEST(ThemeFonts, AtlasIsRebuiltOnlyWhenSizeOrFontChange) {
    Theme theme;
    EXPECT_TRUE(theme.apply(DisplaySettings{}));
    ImFontAtlas atlas;
    theme.buildFonts(atlas);
    DisplaySettings colours;
    colours.scheme = ColourScheme::HighContrastLight;
    EXPECT_FALSE(theme.apply(colours));
    DisplaySettings larger = colours;
    larger.text_size = TextSize::Larger;
    EXPECT_TRUE(theme.apply(larger));
    theme.buildFonts(atlas);
    EXPECT_FLOAT_EQ(theme.body()->FontSize, Theme::kBasePixels * 2.0f);
    EXPECT_FLOAT_EQ(theme.heading()->FontSize, Theme::kBasePixels * 2.0f + Theme::kHeadingExtra);
}

TEST(ThemeFonts, HeaderAndFooterTextStopsGrowingAt150Percent) {
    Theme theme;
    DisplaySettings settings;
    for (const TextSize size : kTextSizes) {
        settings.text_size = size;
        theme.apply(settings);
        EXPECT_FLOAT_EQ(theme.chromePixels(), std::min(theme.bodyPixels(), Theme::kBasePixels * 1.5f)) << percent(size);
    }
    ImFontAtlas atlas;
    theme.buildFonts(atlas);  // 250%
    EXPECT_FLOAT_EQ(theme.chrome()->FontSize, Theme::kBasePixels * 1.5f);
}

TEST(ThemeFonts, EachFontCanWriteItsOwnNameAtBodySize) {
    Theme theme;
    DisplaySettings settings;
    settings.text_size = TextSize::Largest;
    settings.font = FontChoice::OpenDyslexic;
    theme.apply(settings);
    ImFontAtlas atlas;
    theme.buildFonts(atlas);
    EXPECT_EQ(theme.sample(FontChoice::OpenDyslexic), theme.body());
    for (const FontChoice font : kFonts) {
        const ImFont* sample = theme.sample(font);
        ASSERT_NE(sample, nullptr) << fontName(font);
        EXPECT_FLOAT_EQ(sample->FontSize, theme.bodyPixels()) << fontName(font);
        for (const char c : fontName(font))
            EXPECT_NE(sample->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << fontName(font) << " '" << c << "'";
    }
    EXPECT_NE(theme.sample(FontChoice::Andika), theme.sample(FontChoice::DejaVuSans));
}

// Commands staff must type (the "cannot take answers" page) are drawn in a fixed-width font: in
// Andika "--db" reads as an en dash and "db". Every character takes the same width there.
TEST(ThemeFonts, CommandsHaveAFixedWidthFontAtBodySize) {
    for (const FontChoice font : kFonts) {
        Theme theme;
        DisplaySettings settings;
        settings.font = font;
        theme.apply(settings);
        ImFontAtlas atlas;
        theme.buildFonts(atlas);
        const ImFont* code = theme.code();
        ASSERT_NE(code, nullptr);
        EXPECT_NE(code, theme.body()) << fontName(font);
        EXPECT_FLOAT_EQ(code->FontSize, theme.bodyPixels());
        const ImFontGlyph* hyphen = code->FindGlyphNoFallback('-');
        const ImFontGlyph* wide = code->FindGlyphNoFallback('W');
        ASSERT_NE(hyphen, nullptr);
        ASSERT_NE(wide, nullptr);
        EXPECT_FLOAT_EQ(hyphen->AdvanceX, wide->AdvanceX) << fontName(font);
    }
}

}  // namespace
}  // namespace kiosk
