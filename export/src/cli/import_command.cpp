// `perspective-export import`: paper returns from a CSV, all checked, then stored in one transaction.
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "report/paper_import.hpp"
#include "survey/store.hpp"

namespace report::cli {
namespace {

struct ImportOptions {
    std::filesystem::path db;
    std::string questionnaire;
    std::string site;
    std::string date;
    std::filesystem::path questionnaires;
    std::filesystem::path csv;
};

void runImport(const ImportOptions& options, Io& io) {
    const survey::Questionnaire questionnaire = findQuestionnaire(options.questionnaires, options.questionnaire);
    std::vector<survey::StoredResponse> responses;
    try {
        responses = readPaperReturns(options.csv, questionnaire,
                                     {options.site, options.date.empty() ? today() : options.date});
    } catch (const survey::ValidationError& error) {
        for (const survey::Problem& problem : error.problems()) {
            io.err << describeCellProblem(problem) << '\n';
        }
        if (!error.unreported().empty()) io.err << error.unreported() << '\n';
        throw CommandError(fmt::format("{}: {} problem{}; nothing was imported", options.csv.string(),
                                       error.total(), error.total() == 1 ? "" : "s"),
                           kFailure);
    }
    survey::ResponseStore store = survey::ResponseStore::open(options.db);
    store.insertCompleted(responses);
    io.out << fmt::format("Imported {} {} response{} from {} into {}.\n", responses.size(), questionnaire.id,
                          responses.size() == 1 ? "" : "s", options.csv.filename().string(), options.db.string());
}

}  // namespace

void addImportCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* command = app.add_subcommand(
        "import",
        "Import paper returns: a CSV with a header row of question ids, one row per respondent, a blank "
        "cell for no answer, and multi-choice option ids joined with ';'. Every cell is checked; if any "
        "is wrong, all problems are listed and nothing is imported.");
    command->add_option("--db", options->db, "Perspective database to import into (created if absent)")
        ->required();
    command->add_option("--questionnaire", options->questionnaire, "Questionnaire id (offender, victim, sentencer)")
        ->required();
    command->add_option("--site", options->site, "Site the questionnaires were returned at");
    command->add_option("--date", options->date, "Date recorded for every response, YYYY-MM-DD (default: today)")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    addQuestionnaireDirectoryOption(*command, options->questionnaires);
    command->add_option("FILE.csv", options->csv, "CSV of paper returns")->required()->check(CLI::ExistingFile);
    command->callback([options, &io] { runImport(*options, io); });
}

}  // namespace report::cli
