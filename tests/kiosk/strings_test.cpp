// The kiosk strings file: loads, falls back like the questionnaires, refuses bad files clearly.
#include <gtest/gtest.h>

#include <fstream>

#include "survey/errors.hpp"
#include "ui/strings.hpp"

namespace kiosk {
namespace {

const std::filesystem::path kShipped = std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "kiosk" / "strings.yaml";

std::filesystem::path writeFile(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path) << text;
    return path;
}

TEST(Strings, ShippedFileLoadsWithEnglishForEveryId) {
    const Strings strings = Strings::load(kShipped);
    EXPECT_EQ(strings.get("question.continue", "en", false), "Continue");
    EXPECT_EQ(strings.get("question.continue", "en", true), "Next");
}

TEST(Strings, MissingLocaleFallsBackToTheSameLanguageThenEnglish) {
    const Strings strings = Strings::load(writeFile("kiosk-strings-fallback.yaml", "a: {en: Weather, cy: Tywydd}\n"));
    EXPECT_EQ(strings.get("a", "cy", true), "Tywydd");
    EXPECT_EQ(strings.get("a", "en", true), "Weather");
}

TEST(Strings, UnknownIdShowsTheIdAndIsRemembered) {
    const Strings strings = Strings::load(kShipped);
    EXPECT_EQ(strings.get("no.such.id", "en", false), "no.such.id");
    EXPECT_EQ(strings.missing().count("no.such.id"), 1u);
}

TEST(Strings, AnIdWithoutEnglishIsRefusedNamingFileLineAndId) {
    const auto path = writeFile("kiosk-strings-no-en.yaml", "a: {en: A}\nb: {cy: B}\n");
    try {
        Strings::load(path);
        FAIL() << "expected ValidationError";
    } catch (const survey::ValidationError& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(error.problems()[0].line, 2);
        EXPECT_EQ(error.problems()[0].field, "b");
    }
}

TEST(Strings, MalformedYamlIsRefused) {
    const auto path = writeFile("kiosk-strings-bad.yaml", "a: {en: [unclosed\n");
    EXPECT_THROW(Strings::load(path), survey::ValidationError);
}

TEST(Strings, FillReplacesEveryPlaceholder) {
    EXPECT_EQ(fill("Question {n} of {total}", {{"n", "3"}, {"total", "14"}}), "Question 3 of 14");
    EXPECT_EQ(fill("{n}{n}", {{"n", "7"}}), "77");
    EXPECT_EQ(fill("no placeholders", {{"n", "7"}}), "no placeholders");
}

}  // namespace
}  // namespace kiosk
