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
    bool force = false;    // record even over a live count for the same questionnaire, site and period
    std::filesystem::path questionnaires;
};

// The period as the report counts it (handed_out.hpp): a count with only a date is that day.
std::string periodText(const survey::Distribution& d) {
    const HandedOutEntry entry{d, HandedOutEntry::State::Live, {}};
    return entry.first() == entry.last() ? "on " + entry.first() : fmt::format("from {} to {}", entry.first(), entry.last());
}

// One entry as --list shows it (and as a refusal names it).
std::string describeEntry(const HandedOutEntry& e) {
    const std::string state = e.state == HandedOutEntry::State::Live       ? "counts"
                              : e.state == HandedOutEntry::State::Withdrawn ? "withdrawn"
                                                                            : "replaced by " + e.replaced_by;
    return fmt::format("{}  {}  {} handed out{} {}{}  [{}]", e.entry.uid, e.entry.questionnaire_id, e.entry.count,
                       e.entry.site.empty() ? "" : " at " + e.entry.site, periodText(e.entry),
                       e.entry.replaces.empty() ? "" : " (corrects " + e.entry.replaces + ")", state);
}

void listEntries(const survey::ResponseStore& store, Io& io) {
    const std::vector<HandedOutEntry> entries = resolveHandedOut(store.distributions());
    if (entries.empty()) {
        io.out << "No handed-out counts are recorded in " << store.path().string() << ".\n";
        return;
    }
    for (const HandedOutEntry& e : entries) io.out << describeEntry(e) << '\n';
}

const survey::Distribution& entryWithUid(const std::vector<survey::Distribution>& all, const std::string& uid) {
    for (const survey::Distribution& d : all) {
        if (d.uid == uid) return d;
    }
    throw CommandError("no handed-out count with id " + uid + " (distributed --list shows them)", kFailure);
}

// A second live count for the same questionnaire, site and days would be added to the first
// (the report sums them): refused unless --force, naming the count it overlaps and the fix.
void refuseOverlap(const survey::ResponseStore& store, const survey::Distribution& count,
                   const DistributedOptions& options) {
    const std::vector<HandedOutEntry> overlapping =
        overlappingLive(resolveHandedOut(store.distributions()), count, count.replaces);
    if (overlapping.empty()) return;
    const HandedOutEntry& existing = overlapping.front();
    std::string correct = fmt::format("perspective-export distributed --db {} --correct {} --count {}",
                                      options.db.string(), existing.entry.uid, count.count);
    if (!options.date.empty()) correct += " --date " + options.date;
    if (!options.period_from.empty()) correct += " --from " + options.period_from;
    if (!options.period_to.empty()) correct += " --to " + options.period_to;
    throw CommandError(
        fmt::format("{} {} questionnaire{} handed out{} {}: a count for the same questionnaire, site and days is "
                    "recorded already:\n  {}\n{}Nothing was recorded (the report would add the two). To replace that "
                    "count with this one: {}\nIf a second batch really was handed out in those days, run this "
                    "command again with --force.",
                    count.count, count.questionnaire_id, count.count == 1 ? "" : "s",
                    count.site.empty() ? "" : " at " + count.site, periodText(count), describeEntry(existing),
                    overlapping.size() > 1 ? fmt::format("  (and {} more; distributed --list shows them)\n",
                                                         overlapping.size() - 1)
                                           : "",
                    correct),
        kAlreadyImported);
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
        // A correction keeps what it does not change from the entry it replaces, its date too.
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
    if (!options.date.empty()) distribution.date = options.date;
    const bool dated_today = distribution.date.empty();
    if (dated_today) distribution.date = today();
    if (!options.force) refuseOverlap(store, distribution, options);
    const survey::Distribution stored = store.recordDistributed(distribution, options.force);
    // Never a silent "today": say which day a count without --date was recorded for.
    const bool today_counts = dated_today && (stored.period_from.empty() || stored.period_to.empty());
    io.out << fmt::format("Recorded {} {} questionnaire{} handed out{} {}{} in {} (id {}{}{}).\n", stored.count,
                          stored.questionnaire_id, stored.count == 1 ? "" : "s",
                          stored.site.empty() ? "" : " at " + stored.site, periodText(stored),
                          today_counts ? " (today's date; --date, or --from and --to, give another)" : "",
                          options.db.string(), stored.uid, stored.replaces.empty() ? "" : ", replacing " + stored.replaces,
                          options.force ? ", forced" : "");
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
    command->add_option("--date", options->date, "Date handed out (or recorded, with --from/--to), YYYY-MM-DD (default: today; a correction keeps its entry's)")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_option("--from", options->period_from, "First day of the period they were handed out over, YYYY-MM-DD")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_option("--to", options->period_to, "Last day of that period, YYYY-MM-DD")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_flag("--list", options->list, "List the recorded counts, with their ids and whether each counts");
    command->add_option("--correct", options->correct,
                        "Replace the count with this id by --count (and any of --site, --from, --to given)");
    command->add_option("--withdraw", options->withdraw, "Withdraw the count with this id: it no longer counts");
    command->add_flag("--force", options->force,
                      "Record the count even though a live count for the same questionnaire, site and days exists "
                      "(a second batch handed out); without it such a count is refused (exit code 4)");
    addQuestionnaireDirectoryOption(*command, options->questionnaires);
    command->callback([options, &io] { runDistributed(*options, io); });
}

}  // namespace report::cli
