// The kiosk strings file: loads, falls back like the questionnaires, refuses bad files clearly.
#include <gtest/gtest.h>

#include <fstream>

#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"
#include "ui/strings.hpp"

namespace kiosk {
namespace {

const std::filesystem::path kShipped = std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "kiosk" / "strings.yaml";

// A strings file with `text` as its entries, closed as every strings file must be.
std::filesystem::path writeStringsFile(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path) << text << "end: strings\n";
    return path;
}

TEST(Strings, ShippedFileLoadsWithEnglishForEveryId) {
    const Strings strings = Strings::load(kShipped);
    EXPECT_EQ(strings.get("question.continue", "en", false), "Continue");
    EXPECT_EQ(strings.get("question.continue", "en", true), "Next");
}

TEST(Strings, MissingLocaleFallsBackToTheSameLanguageThenEnglish) {
    const Strings strings = Strings::load(writeStringsFile("kiosk-strings-fallback.yaml", "a: {en: Weather, cy: Tywydd}\n"));
    EXPECT_EQ(strings.get("a", "cy", true), "Tywydd");
    EXPECT_EQ(strings.get("a", "en", true), "Weather");
}

TEST(Strings, UnknownIdShowsTheIdAndIsRemembered) {
    const Strings strings = Strings::load(kShipped);
    EXPECT_EQ(strings.get("no.such.id", "en", false), "no.such.id");
    EXPECT_EQ(strings.missing().count("no.such.id"), 1u);
}

TEST(Strings, AnIdWithoutEnglishIsRefusedNamingFileLineAndId) {
    const auto path = writeStringsFile("kiosk-strings-no-en.yaml", "a: {en: A}\nb: {cy: B}\n");
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
    const auto path = writeStringsFile("kiosk-strings-bad.yaml", "a: {en: [unclosed\n");
    EXPECT_THROW(Strings::load(path), survey::ValidationError);
}

// The same limits as a questionnaire file, before anything is parsed (issue 12, item 5).
TEST(Strings, AFileCutShortIsRefusedNotLoadedWithTextsLost) {
    const auto path = std::filesystem::temp_directory_path() / "kiosk-strings-cut.yaml";
    std::ofstream(path) << "a: {en: A}\nb: {en: B}\n";  // no closing `end: strings`
    try {
        Strings::load(path);
        FAIL() << "a file without its end marker loaded";
    } catch (const survey::ValidationError& error) {
        ASSERT_FALSE(error.problems().empty());
        EXPECT_EQ(error.problems()[0].file, path.string());
        EXPECT_EQ(error.problems()[0].field, "end");
    }
}

TEST(Strings, ControlCharactersAndInvalidUtf8AreRefusedWithTheirLine) {
    // An escape sequence makes an ANSI escape that the raw bytes do not show.
    const auto escaped = writeStringsFile("kiosk-strings-escape.yaml", "a: {en: A}\nb: {en: \"red \\e[31m text\"}\n");
    try {
        Strings::load(escaped);
        FAIL() << "a wording with an escape character loaded";
    } catch (const survey::ValidationError& error) {
        ASSERT_FALSE(error.problems().empty());
        EXPECT_EQ(error.problems()[0].line, 2);
        EXPECT_EQ(error.problems()[0].field, "b.en");
        EXPECT_NE(error.problems()[0].message.find("escape character"), std::string::npos) << error.problems()[0].message;
    }
    const auto broken = writeStringsFile("kiosk-strings-utf8.yaml", "a: {en: \"caf\xC3\"}\n");
    EXPECT_THROW(Strings::load(broken), survey::ValidationError);
}

TEST(Strings, AFileOverTheSizeLimitIsRefusedBeforeParsing) {
    const auto path = writeStringsFile("kiosk-strings-huge.yaml",
                                       "a: {en: \"" + std::string(survey::kYamlLimits.file_bytes, 'x') + "\"}\n");
    EXPECT_THROW(Strings::load(path), survey::ValidationError);
}

TEST(Strings, FillReplacesEveryPlaceholder) {
    EXPECT_EQ(fill("Question {n} of {total}", {{"n", "3"}, {"total", "14"}}), "Question 3 of 14");
    EXPECT_EQ(fill("{n}{n}", {{"n", "7"}}), "77");
    EXPECT_EQ(fill("no placeholders", {{"n", "7"}}), "no placeholders");
}

}  // namespace
}  // namespace kiosk
