#include "cli/cli.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <ostream>

#include <fmt/format.h>

#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"
#include "survey/session.hpp"

namespace report::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Io io{out, err};
    CLI::App app{"perspective-export: paper returns, distribution counts and reports from Perspective kiosk files",
                 "perspective-export"};
    app.require_subcommand(1);
    app.fallthrough(false);
    addImportCommand(app, io);
    addDistributedCommand(app, io);
    addReportCommand(app, io);

    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const std::string& arg : args) {
        argv.push_back(arg.c_str());
    }
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
        return kSuccess;
    } catch (const CLI::ParseError& error) {
        // --help is a "parse error" that exits 0; every real one is a usage error.
        return app.exit(error, out, err) == 0 ? kSuccess : kUsage;
    } catch (const CommandError& error) {
        err << "error: " << error.what() << '\n';
        return error.code();
    } catch (const survey::ValidationError& error) {
        for (const survey::Problem& problem : error.problems()) {
            err << problem.describe() << '\n';
        }
        if (!error.unreported().empty()) err << error.unreported() << '\n';
        return kFailure;
    } catch (const survey::StoreError& error) {
        err << "error: " << error.what() << '\n';
        if (error.ioFailure()) {
            err << "The disk may be full, or the file or its folder may not be writable. "
                   "Nothing already saved in the database was changed.\n";
        }
        return kFailure;
    } catch (const std::exception& error) {
        err << "error: " << error.what() << '\n';
        return kFailure;
    }
}

void addQuestionnaireDirectoryOption(CLI::App& command, std::filesystem::path& directory) {
    directory = survey::defaultQuestionnaireDirectory();
    command.add_option("--questionnaires", directory, "Directory of questionnaire files")
        ->check(CLI::ExistingDirectory)
        ->capture_default_str();
}

survey::Questionnaire findQuestionnaire(const std::filesystem::path& directory, const std::string& id) {
    std::vector<survey::Questionnaire> all = survey::loadQuestionnaires(directory);
    std::string known;
    for (survey::Questionnaire& questionnaire : all) {
        if (questionnaire.id == id) {
            return std::move(questionnaire);
        }
        known += (known.empty() ? "" : ", ") + questionnaire.id;
    }
    throw CommandError(fmt::format("--questionnaire: unknown questionnaire '{}'; expected one of: {}", id,
                                   known.empty() ? "(none found in " + directory.string() + ")" : known),
                       kUsage);
}

std::string checkDate(const std::string& value) {
    const std::string expected = "expected a date as YYYY-MM-DD, got '" + value + "'";
    if (value.size() != 10 || value[4] != '-' || value[7] != '-') {
        return expected;
    }
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (value[i] < '0' || value[i] > '9') {
            return expected;
        }
    }
    const std::chrono::year_month_day date{std::chrono::year{std::stoi(value.substr(0, 4))},
                                           std::chrono::month{static_cast<unsigned>(std::stoi(value.substr(5, 2)))},
                                           std::chrono::day{static_cast<unsigned>(std::stoi(value.substr(8, 2)))}};
    return date.ok() ? std::string{} : "no such date: " + value;
}

std::string checkCount(const std::string& value) {
    const std::string expected = "expected a whole number, 0 or more, got '" + value + "'";
    if (value.empty() || value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos) {
        return expected;
    }
    return {};
}

std::string today() { return survey::isoDate(std::chrono::system_clock::now()); }

}  // namespace report::cli
