// The kiosk's options and default paths.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
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

}  // namespace
}  // namespace kiosk
