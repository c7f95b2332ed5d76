#include "app/command_line.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <system_error>

#include <CLI/CLI.hpp>
#include <termios.h>
#include <unistd.h>

#include "staff/staff_pin.hpp"

namespace kiosk {

namespace {

std::string firstLine(std::istream& in) {
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string pinRule() {
    return "a staff PIN is " + std::to_string(kMinPinDigits) + " to " + std::to_string(kMaxPinDigits) + " digits";
}

// Terminal echo off for as long as it lives (the PIN must not show on screen).
class EchoOff {
public:
    EchoOff() : active_(tcgetattr(STDIN_FILENO, &saved_) == 0) {
        if (!active_) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff() {
        if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios saved_{};
    bool active_;
};

}  // namespace

std::string readNewPin(std::istream& in, std::ostream& prompt, bool from_terminal) {
    if (!from_terminal) {
        const std::string pin = firstLine(in);
        if (pin.empty()) throw std::runtime_error("--set-pin: no PIN on standard input; " + pinRule());
        if (!isValidPin(pin)) throw std::runtime_error("--set-pin: the first line of standard input is not a PIN; " + pinRule());
        return pin;
    }
    prompt << "New staff PIN (" << kMinPinDigits << " to " << kMaxPinDigits << " digits): " << std::flush;
    const std::string pin = firstLine(in);
    prompt << '\n';
    if (!isValidPin(pin)) throw std::runtime_error("--set-pin: " + pinRule() + "; nothing was changed");
    prompt << "The same PIN again: " << std::flush;
    const std::string again = firstLine(in);
    prompt << '\n';
    if (again != pin) throw std::runtime_error("--set-pin: the two PINs were not the same; nothing was changed");
    return pin;
}

std::string readNewPinFromStdin() {
    if (isatty(STDIN_FILENO) == 0) return readNewPin(std::cin, std::cerr, false);
    const EchoOff quiet;
    return readNewPin(std::cin, std::cerr, true);
}

std::optional<CommandLine> parseCommandLine(int argc, const char* const* argv, int& exit_code) {
    CommandLine line;
    CLI::App cli{"Perspective: the questionnaire kiosk", "perspective-kiosk"};
    cli.add_flag("--windowed", line.windowed, "Run in a window instead of fullscreen");
    cli.add_option("--db", line.database, "Response database (created on first run)");
    cli.add_option("--questionnaire", line.questionnaire, "Offer just this questionnaire (offender, victim, sentencer)");
    cli.add_option("--questionnaires", line.questionnaires, "Directory of questionnaire files")->check(CLI::ExistingDirectory);
    cli.add_option("--strings", line.strings, "The kiosk's strings file (assets/kiosk/strings.yaml)")->check(CLI::ExistingFile);
    cli.add_option("--screenshot-dir", line.screenshot_dir,
                   "Save a PNG of each screen as it is first shown (the directory is created if need be)");
    cli.add_flag("--set-pin", line.set_pin,
                 "Set the staff PIN (6 to 8 digits) in the database, then exit. The PIN is asked for on the "
                 "terminal, or read from the first line of standard input; never give it on the command line");
    cli.add_option("--site", line.site, "Record the site name (e.g. \"Chester probation office\") in the database");
    cli.add_flag("--allow-quit", line.allow_quit, "Let the window's close button quit (development)")->group("");
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        exit_code = cli.exit(error);
        return std::nullopt;
    }
    if (!line.screenshot_dir.empty()) {
        std::error_code error;
        std::filesystem::create_directories(line.screenshot_dir, error);
        if (error) {
            std::fprintf(stderr, "--screenshot-dir: cannot create %s: %s\n", line.screenshot_dir.c_str(),
                         error.message().c_str());
            exit_code = 2;
            return std::nullopt;
        }
    }
    exit_code = 0;
    return line;
}

Environment processEnvironment() {
    return [](const char* name) -> std::optional<std::string> {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') return std::nullopt;
        return std::string(value);
    };
}

std::filesystem::path defaultDatabasePath(const Environment& environment) {
    if (const auto data = environment("XDG_DATA_HOME")) return std::filesystem::path(*data) / "perspective" / "responses.db";
    if (const auto home = environment("HOME"))
        return std::filesystem::path(*home) / ".local" / "share" / "perspective" / "responses.db";
    throw std::runtime_error("neither XDG_DATA_HOME nor HOME is set: give the database with --db PATH");
}

std::filesystem::path defaultStringsPath(const std::filesystem::path& questionnaire_directory) {
    return questionnaire_directory.parent_path() / "kiosk" / "strings.yaml";
}

}  // namespace kiosk
