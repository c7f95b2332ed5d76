// `perspective-export import`: paper returns from a CSV, all checked, then stored in one transaction.
#include <CLI/CLI.hpp>

#include <fstream>
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "report/paper_import.hpp"
#include "survey/canonical.hpp"
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
    bool force = false;
};

std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw CommandError(file.string() + ": cannot read the file", kFailure);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A paper return's uid comes from the returns' content hash and its row, so the same file imported into
// two databases counts once in a report over both (as a kiosk response held twice does). A forced
// import is a deliberate second copy: its rows get random uids (left empty for the store).
void identifyRows(std::vector<survey::StoredResponse>& responses, const std::string& content_hash, bool forced) {
    if (forced) return;
    for (std::size_t row = 0; row < responses.size(); ++row) {
        const std::string hex =
            survey::canonical::toHex(survey::canonical::checksum(content_hash + "/row/" + std::to_string(row)));
        responses[row].info.uid = hex.substr(0, 32);
    }
}

void runImport(const ImportOptions& options, Io& io) {
    const survey::Questionnaire questionnaire = findQuestionnaire(options.questionnaires, options.questionnaire);
    const std::string bytes = fileBytes(options.csv);
    std::vector<survey::StoredResponse> responses;
    try {
        responses = parsePaperReturns(bytes, options.csv.string(), questionnaire, {options.site, options.date});
    } catch (const survey::ValidationError& error) {
        for (const survey::Problem& problem : error.problems()) {
            io.err << describeCellProblem(problem) << '\n';
        }
        if (!error.unreported().empty()) io.err << error.unreported() << '\n';
        throw CommandError(fmt::format("{}: {} problem{}; nothing was imported", options.csv.string(),
                                       error.total(), error.total() == 1 ? "" : "s"),
                           kFailure);
    }
    survey::ImportRecord log;
    log.questionnaire_id = questionnaire.id;
    log.source = options.csv.filename().string();
    // Known by the returns as read (line ends, a BOM, blank lines do not matter), and by the raw
    // bytes too, which imports before that rule logged: an old import of this file still refuses it.
    log.content_hash = paperReturnsContentHash(bytes);
    log.forced = options.force;
    identifyRows(responses, log.content_hash, options.force);
    survey::ResponseStore store = survey::ResponseStore::open(options.db);
    try {
        log = store.importPaper(log, responses, survey::canonical::toHex(survey::canonical::checksum(bytes)));
    } catch (const survey::DuplicateImport& duplicate) {
        throw CommandError(fmt::format("{}: {}; nothing was imported. To import it again on purpose, add --force; to "
                                       "replace it, withdraw that import first (perspective-export log --db {} "
                                       "--withdraw {})",
                                       options.csv.string(), duplicate.what(), options.db.string(),
                                       duplicate.existing().uid),
                           kAlreadyImported);
    }
    io.out << fmt::format("Imported {} {} response{} from {} into {} (import {}{}).\n", responses.size(),
                          questionnaire.id, responses.size() == 1 ? "" : "s", options.csv.filename().string(),
                          options.db.string(), log.uid, log.forced ? ", forced" : "");
    if (const auto recipient = store.recipientFingerprint()) {
        io.out << fmt::format("The answers were sealed to key {}.\n", *recipient);
    } else {
        io.out << fmt::format("{} has no inspectorate key, so these answers are stored in plain text "
                              "(perspective-export set-recipient seals them).\n",
                              options.db.string());
    }
}

}  // namespace

void addImportCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* command = app.add_subcommand(
        "import",
        "Import paper returns: a CSV with a header row of question ids, one row per respondent, a blank "
        "cell for no answer, and multi-choice option ids joined with ';'. Every cell is checked; if any "
        "is wrong, all problems are listed and nothing is imported. Returns already imported (the same "
        "header and rows, whatever the line ends or a BOM) are refused (exit code 4) unless --force.");
    command->add_option("--db", options->db, "Perspective database to import into (created if absent)")
        ->required();
    command->add_option("--questionnaire", options->questionnaire, "Questionnaire id (offender, victim, sentencer)")
        ->required();
    command->add_option("--site", options->site, "Site the questionnaires were returned at");
    command->add_option("--date", options->date,
                        "Date the questionnaires were returned, YYYY-MM-DD; required unless the file has a 'date' "
                        "column (which wins where a row gives one)")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_flag("--force", options->force,
                      "Import even though the same returns were imported already (a deliberate second copy)");
    addQuestionnaireDirectoryOption(*command, options->questionnaires);
    command->add_option("FILE.csv", options->csv, "CSV of paper returns")->required()->check(CLI::ExistingFile);
    command->callback([options, &io] { runImport(*options, io); });
}

}  // namespace report::cli
