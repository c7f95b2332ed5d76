// `perspective-export distributed`: how many paper questionnaires were handed out (response rates):
// record a count, list the entries, correct one (a new entry replaces it) or withdraw one.
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "report/handed_out.hpp"
#include "survey/store.hpp"

namespace report::cli {
namespace {

struct DistributedOptions {
    std::filesystem::path db;
    std::string questionnaire;
    std::optional<int> count;
    std::string site;
    std::string date;
    std::string period_from;
    std::string period_to;
    std::string correct;   // uid of the entry to replace
    std::string withdraw;  // uid of the entry to withdraw
    bool list = false;
    std::filesystem::path questionnaires;
};

std::string periodText(const survey::Distribution& d) {
    if (d.period_from.empty() && d.period_to.empty()) return "on " + d.date;
    return fmt::format("from {} to {}", d.period_from.empty() ? "?" : d.period_from,
                       d.period_to.empty() ? "?" : d.period_to);
}

void listEntries(const survey::ResponseStore& store, Io& io) {
    const std::vector<HandedOutEntry> entries = resolveHandedOut(store.distributions());
    if (entries.empty()) {
        io.out << "No handed-out counts are recorded in " << store.path().string() << ".\n";
        return;
    }
    for (const HandedOutEntry& e : entries) {
        const std::string state = e.state == HandedOutEntry::State::Live       ? "counts"
                                  : e.state == HandedOutEntry::State::Withdrawn ? "withdrawn"
                                                                                : "replaced by " + e.replaced_by;
        io.out << fmt::format("{}  {}  {} handed out{} {}{}  [{}]\n", e.entry.uid, e.entry.questionnaire_id,
                              e.entry.count, e.entry.site.empty() ? "" : " at " + e.entry.site, periodText(e.entry),
                              e.entry.replaces.empty() ? "" : " (corrects " + e.entry.replaces + ")", state);
    }
}

const survey::Distribution& entryWithUid(const std::vector<survey::Distribution>& all, const std::string& uid) {
    for (const survey::Distribution& d : all) {
        if (d.uid == uid) return d;
    }
    throw CommandError("no handed-out count with id " + uid + " (distributed --list shows them)", kFailure);
}

void runDistributed(const DistributedOptions& options, Io& io) {
    const int modes = (options.list ? 1 : 0) + (options.withdraw.empty() ? 0 : 1) + (options.correct.empty() ? 0 : 1);
    if (modes > 1) throw CommandError("give only one of --list, --correct and --withdraw", kUsage);
    if ((options.list || !options.withdraw.empty()) && options.count) {
        throw CommandError("--count records or corrects a count; it does not go with --list or --withdraw", kUsage);
    }
    if (!options.period_from.empty() && !options.period_to.empty() && options.period_from > options.period_to) {
        throw CommandError(fmt::format("--from {} is after --to {}", options.period_from, options.period_to), kUsage);
    }
    if (options.list || !options.withdraw.empty()) {
        if (!std::filesystem::exists(options.db)) throw CommandError("--db: no such file: " + options.db.string(), kFailure);
    }
    if (options.list) {
        listEntries(survey::ResponseStore::open(options.db, survey::ResponseStore::Mode::ReadOnly), io);
        return;
    }
    if (!options.withdraw.empty()) {
        survey::ResponseStore store = survey::ResponseStore::open(options.db);
        const survey::Distribution old = entryWithUid(store.distributions(), options.withdraw);
        store.withdrawDistribution(old.uid);
        io.out << fmt::format("Withdrew {}: {} {} handed out {}; it no longer counts.\n", old.uid, old.count,
                              old.questionnaire_id, periodText(old));
        return;
    }
    if (!options.count) throw CommandError("--count is required to record or correct a count", kUsage);

    survey::Distribution distribution;
    survey::ResponseStore store = survey::ResponseStore::open(options.db);
    if (!options.correct.empty()) {
        // A correction keeps what it does not change from the entry it replaces.
        distribution = entryWithUid(store.distributions(), options.correct);
        distribution.replaces = distribution.uid;
        distribution.withdrawn = false;
    } else if (options.questionnaire.empty()) {
        throw CommandError("--questionnaire is required to record a count", kUsage);
    }
    if (!options.questionnaire.empty()) {
        distribution.questionnaire_id = findQuestionnaire(options.questionnaires, options.questionnaire).id;
    }
    distribution.count = *options.count;
    if (!options.site.empty()) distribution.site = options.site;
    if (!options.period_from.empty()) distribution.period_from = options.period_from;
    if (!options.period_to.empty()) distribution.period_to = options.period_to;
    distribution.date = options.date.empty() ? today() : options.date;
    const survey::Distribution stored = store.recordDistributed(distribution);
    io.out << fmt::format("Recorded {} {} questionnaire{} handed out{} {} in {} (id {}{}).\n", stored.count,
                          stored.questionnaire_id, stored.count == 1 ? "" : "s",
                          stored.site.empty() ? "" : " at " + stored.site, periodText(stored), options.db.string(),
                          stored.uid, stored.replaces.empty() ? "" : ", replacing " + stored.replaces);
}

}  // namespace

void addDistributedCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<DistributedOptions>();
    CLI::App* command = app.add_subcommand(
        "distributed",
        "Record how many paper questionnaires were handed out, for response rates; or list, correct or withdraw "
        "those counts");
    command->add_option("--db", options->db, "Perspective database to record in (created if absent)")->required();
    command->add_option("--questionnaire", options->questionnaire, "Questionnaire id (offender, victim, sentencer)");
    command->add_option("--count", options->count, "How many were handed out (a whole number, 0 or more)")
        ->check(CLI::Validator(checkCount, "N"));
    command->add_option("--site", options->site, "Site they were handed out at");
    command->add_option("--date", options->date, "Date handed out (or recorded, with --from/--to), YYYY-MM-DD (default: today)")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_option("--from", options->period_from, "First day of the period they were handed out over, YYYY-MM-DD")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_option("--to", options->period_to, "Last day of that period, YYYY-MM-DD")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_flag("--list", options->list, "List the recorded counts, with their ids and whether each counts");
    command->add_option("--correct", options->correct,
                        "Replace the count with this id by --count (and any of --site, --from, --to given)");
    command->add_option("--withdraw", options->withdraw, "Withdraw the count with this id: it no longer counts");
    addQuestionnaireDirectoryOption(*command, options->questionnaires);
    command->callback([options, &io] { runDistributed(*options, io); });
}

}  // namespace report::cli
