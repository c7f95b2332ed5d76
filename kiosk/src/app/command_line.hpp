// The kiosk's command line (CLI11) and the default places it reads and writes.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace kiosk {

struct CommandLine {
    bool windowed = false;
    std::filesystem::path database;        // empty: defaultDatabasePath()
    std::string questionnaire;             // empty: offer every questionnaire loaded
    std::filesystem::path questionnaires;  // empty: survey::defaultQuestionnaireDirectory()
    std::filesystem::path strings;         // empty: assets/kiosk/strings.yaml beside the questionnaires
    std::filesystem::path screenshot_dir;
    bool set_pin = false;                  // read a new staff PIN (readNewPin), set it, then exit
    std::string site;                      // record the site name in the database
    bool allow_quit = false;               // hidden, for development
};

// Parses argv. Returns nullopt after printing help or an error; `exit_code` is then set.
std::optional<CommandLine> parseCommandLine(int argc, const char* const* argv, int& exit_code);

// The new PIN for --set-pin, never taken from the command line (any local user can read
// /proc/PID/cmdline). From a terminal: asked twice with echo off (`prompt` shows the questions).
// Otherwise the first line of `in` (scripts: `echo 246813 | perspective-kiosk --set-pin`).
// Throws std::runtime_error with a message for staff when no valid PIN is given.
std::string readNewPin(std::istream& in, std::ostream& prompt, bool from_terminal);
// readNewPin on the process's stdin/stderr, turning terminal echo off while typing.
std::string readNewPinFromStdin();

using Environment = std::function<std::optional<std::string>(const char*)>;
Environment processEnvironment();

// $XDG_DATA_HOME/perspective/responses.db, else ~/.local/share/perspective/responses.db.
// Throws std::runtime_error when neither XDG_DATA_HOME nor HOME is set.
std::filesystem::path defaultDatabasePath(const Environment& environment);

// The kiosk strings shipped beside a questionnaire directory: <assets>/kiosk/strings.yaml.
std::filesystem::path defaultStringsPath(const std::filesystem::path& questionnaire_directory);

}  // namespace kiosk
