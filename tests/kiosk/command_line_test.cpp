// The kiosk's options and default paths.
#include <gtest/gtest.h>

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

TEST(CommandLine, AnUnknownOptionIsRefused) {
    const char* argv[] = {"perspective-kiosk", "--fullscreen-please"};
    int code = 0;
    EXPECT_FALSE(parseCommandLine(2, argv, code));
    EXPECT_NE(code, 0);
}

}  // namespace
}  // namespace kiosk
