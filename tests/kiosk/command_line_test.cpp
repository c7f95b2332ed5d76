// The kiosk's options and default paths.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>

#include "app/command_line.hpp"

namespace kiosk {
namespace {

Environment fakeEnvironment(std::map<std::string, std::string> values) {
    return [values](const char* name) -> std::optional<std::string> {
        const auto found = values.find(name);
        if (found == values.end()) return std::nullopt;
        return found->second;
    };
}

TEST(CommandLine, DatabaseDefaultsToXdgDataHome) {
    EXPECT_EQ(defaultDatabasePath(fakeEnvironment({{"XDG_DATA_HOME", "/data"}, {"HOME", "/home/k"}})),
              "/data/perspective/responses.db");
}

TEST(CommandLine, DatabaseFallsBackToHomeLocalShare) {
    EXPECT_EQ(defaultDatabasePath(fakeEnvironment({{"HOME", "/home/k"}})), "/home/k/.local/share/perspective/responses.db");
}

TEST(CommandLine, NoHomeAtAllIsAClearError) {
    EXPECT_THROW(defaultDatabasePath(fakeEnvironment({})), std::runtime_error);
}

TEST(CommandLine, ParsesTheOptions) {
    const char* argv[] = {"perspective-kiosk", "--windowed", "--db", "/tmp/x.db", "--questionnaire", "victim", "--allow-quit"};
    int code = -1;
    const auto line = parseCommandLine(7, argv, code);
    ASSERT_TRUE(line);
    EXPECT_TRUE(line->windowed);
    EXPECT_TRUE(line->allow_quit);
    EXPECT_EQ(line->database, "/tmp/x.db");
    EXPECT_EQ(line->questionnaire, "victim");
}

TEST(CommandLine, TheScreenshotDirectoryIsCreated) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                      ("perspective-shots-" + std::to_string(::getpid())) / "nested";
    std::filesystem::remove_all(dir.parent_path());
    const std::string dir_text = dir.string();
    const char* argv[] = {"perspective-kiosk", "--screenshot-dir", dir_text.c_str()};
    int code = -1;
    const auto line = parseCommandLine(3, argv, code);
    ASSERT_TRUE(line);
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(std::filesystem::is_directory(dir));
    std::filesystem::remove_all(dir.parent_path());
}

TEST(CommandLine, AnUncreatableScreenshotDirectoryIsRefused) {
    const char* argv[] = {"perspective-kiosk", "--screenshot-dir", "/proc/perspective-cannot-be-here"};
    int code = 0;
    EXPECT_FALSE(parseCommandLine(3, argv, code));
    EXPECT_EQ(code, 2);
}

TEST(CommandLine, AnUnknownOptionIsRefused) {
    const char* argv[] = {"perspective-kiosk", "--fullscreen-please"};
    int code = 0;
    EXPECT_FALSE(parseCommandLine(2, argv, code));
    EXPECT_NE(code, 0);
}

TEST(CommandLine, SetPinTakesNoValueSoThePinNeverShowsInTheProcessList) {
    const char* flag[] = {"perspective-kiosk", "--set-pin"};
    int code = -1;
    const auto line = parseCommandLine(2, flag, code);
    ASSERT_TRUE(line);
    EXPECT_TRUE(line->set_pin);
    const char* with_pin[] = {"perspective-kiosk", "--set-pin", "86420135"};
    EXPECT_FALSE(parseCommandLine(3, with_pin, code));
    EXPECT_NE(code, 0);
}

TEST(CommandLine, APinPipedInIsTheFirstLineOfStandardInput) {
    std::istringstream in("864201\r\nignored\n");
    std::ostringstream prompt;
    EXPECT_EQ(readNewPin(in, prompt, false), "864201");
    EXPECT_EQ(prompt.str(), "");  // no prompt in a script
}

TEST(CommandLine, APipedPinBreakingTheRulesIsRefused) {
    std::ostringstream prompt;
    for (const char* text : {"", "\n", "2468\n", "12345678901\n", "12a456\n"}) {
        std::istringstream in(text);
        EXPECT_THROW(readNewPin(in, prompt, false), std::runtime_error) << text;
    }
}

TEST(CommandLine, AtATerminalThePinIsAskedTwice) {
    std::ostringstream prompt;
    std::istringstream same("864201\n864201\n");
    EXPECT_EQ(readNewPin(same, prompt, true), "864201");
    EXPECT_NE(prompt.str().find("6 to 8 digits"), std::string::npos) << prompt.str();
    std::istringstream different("864201\n864202\n");
    EXPECT_THROW(readNewPin(different, prompt, true), std::runtime_error);
    std::istringstream short_pin("2468\n2468\n");
    EXPECT_THROW(readNewPin(short_pin, prompt, true), std::runtime_error);
}

}  // namespace
}  // namespace kiosk
