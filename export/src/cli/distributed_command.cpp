// `perspective-export distributed`: how many paper questionnaires were handed out (response rates).
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "survey/store.hpp"

namespace report::cli {
namespace {

struct DistributedOptions {
    std::filesystem::path db;
    std::string questionnaire;
    int count = 0;
    std::string site;
    std::string date;
    std::filesystem::path questionnaires;
};

void runDistributed(const DistributedOptions& options, Io& io) {
    const survey::Questionnaire questionnaire = findQuestionnaire(options.questionnaires, options.questionnaire);
    const survey::Distribution distribution{questionnaire.id, options.site, options.count,
                                            options.date.empty() ? today() : options.date};
    survey::ResponseStore store = survey::ResponseStore::open(options.db);
    store.recordDistributed(distribution);
    io.out << fmt::format("Recorded {} {} questionnaire{} handed out{} on {} in {}.\n", distribution.count,
                          distribution.questionnaire_id, distribution.count == 1 ? "" : "s",
                          distribution.site.empty() ? "" : " at " + distribution.site, distribution.date,
                          options.db.string());
}

}  // namespace

void addDistributedCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<DistributedOptions>();
    CLI::App* command =
        app.add_subcommand("distributed", "Record how many paper questionnaires were handed out, for response rates");
    command->add_option("--db", options->db, "Perspective database to record in (created if absent)")->required();
    command->add_option("--questionnaire", options->questionnaire, "Questionnaire id (offender, victim, sentencer)")
        ->required();
    command->add_option("--count", options->count, "How many were handed out (a whole number, 0 or more)")
        ->required()
        ->check(CLI::Validator(checkCount, "N"));
    command->add_option("--site", options->site, "Site they were handed out at");
    command->add_option("--date", options->date, "Date handed out, YYYY-MM-DD (default: today)")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    addQuestionnaireDirectoryOption(*command, options->questionnaires);
    command->callback([options, &io] { runDistributed(*options, io); });
}

}  // namespace report::cli
