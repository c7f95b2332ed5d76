// The exporter's command line: one CLI11 App with a subcommand per job, each in its own file.
// run() is the whole program minus main(), so tests drive it in-process with string streams.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "survey/questionnaire.hpp"

namespace CLI {
class App;
}

namespace report::cli {

// Exit codes (README.md lists them): 3 when a report's selection holds nothing at all (no
// response of any status and no handed-out count), 4 when an import's returns were imported already
// or a handed-out count's days are covered by a live count already (both: add --force to go on).
enum ExitCode : int { kSuccess = 0, kFailure = 1, kUsage = 2, kNothingToReport = 3, kAlreadyImported = 4 };

// Where subcommands write (std::cout / std::cerr in the program, string streams in tests).
struct Io {
    std::ostream& out;
    std::ostream& err;
    std::istream* in = nullptr;  // passphrases (cli/passphrase.hpp): null reads the real terminal or stdin
};

// A command that cannot go on: run() prints "error: <what>" and returns `code`.
class CommandError : public std::runtime_error {
public:
    CommandError(const std::string& message, int code) : std::runtime_error(message), code_(code) {}
    int code() const noexcept { return code_; }

private:
    int code_;
};

// Parses `args` (args[0] is the program name), runs the chosen subcommand, and turns every
// exception into a message on io.err and an exit code.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// The same with passphrases read from `in` (tests), never from the terminal.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

// One function per subcommand; each adds itself to the app and runs from its callback.
void addImportCommand(CLI::App& app, Io& io);       // import_command.cpp
void addDistributedCommand(CLI::App& app, Io& io);  // distributed_command.cpp
void addReportCommand(CLI::App& app, Io& io);      // report_command.cpp
void addKeygenCommand(CLI::App& app, Io& io);       // keygen_command.cpp
void addSetRecipientCommand(CLI::App& app, Io& io); // set_recipient_command.cpp
void addBundleCommand(CLI::App& app, Io& io);       // bundle_command.cpp
void addVerifyCommand(CLI::App& app, Io& io);       // verify_command.cpp
void addLogCommand(CLI::App& app, Io& io);         // log_command.cpp

// Shared by the subcommands -------------------------------------------------------------

// Adds --questionnaires DIR (defaults to the shipped questionnaires) to a subcommand.
void addQuestionnaireDirectoryOption(CLI::App& command, std::filesystem::path& directory);
// The questionnaire with this id from the directory; an unknown id is a usage error that
// lists the known ones.
survey::Questionnaire findQuestionnaire(const std::filesystem::path& directory, const std::string& id);
// Checks a --date value is a real YYYY-MM-DD date (a CLI11 validator message, empty when fine).
std::string checkDate(const std::string& value);
// Checks a --count value is a whole number, 0 or more.
std::string checkCount(const std::string& value);
// Today's date (UTC), the default for distributed --date.
std::string today();

}  // namespace report::cli
