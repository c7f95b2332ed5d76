// `perspective-export log`: every paper import and handed-out count recorded in a database, and
// withdrawing one as a unit (a paper import's responses go; a count stops counting).
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "survey/store.hpp"

namespace report::cli {
namespace {

struct LogOptions {
    std::filesystem::path db;
    std::string withdraw;
};

// The days an entry is about, beside the day it was recorded, which an inspector could otherwise
// take for the returns' date: ", dated 2011-02-10 to 2011-03-01" / " on 2011-02-10".
std::string days(const survey::ImportRecord& entry) {
    if (entry.first_day.empty()) return "";
    const bool paper = entry.kind == survey::ImportRecord::Kind::Paper;
    if (entry.first_day == entry.last_day) return (paper ? ", dated " : " on ") + entry.first_day;
    return fmt::format("{}{} to {}", paper ? ", dated " : " over ", entry.first_day, entry.last_day);
}

std::string describe(const survey::ImportRecord& entry) {
    const bool paper = entry.kind == survey::ImportRecord::Kind::Paper;
    return fmt::format("{}  recorded {}  {}  {} {}{}{}{}{}", entry.uid, entry.date, entry.questionnaire_id, entry.rows,
                       paper ? (entry.rows == 1 ? "response" : "responses") : "handed out",
                       paper ? " from " + entry.source : "", days(entry), entry.forced ? "  [forced]" : "",
                       entry.withdrawn ? "  [withdrawn]" : "");
}

void runLog(const LogOptions& options, Io& io) {
    if (!std::filesystem::exists(options.db)) throw CommandError("--db: no such file: " + options.db.string(), kFailure);
    if (!options.withdraw.empty()) {
        survey::ResponseStore store = survey::ResponseStore::open(options.db);
        const survey::ImportRecord entry = store.withdrawImport(options.withdraw);
        io.out << "Withdrew " << describe(entry) << '\n';
        return;
    }
    const auto store = survey::ResponseStore::open(options.db, survey::ResponseStore::Mode::ReadOnly);
    const std::vector<survey::ImportRecord> entries = store.imports();
    if (entries.empty()) {
        io.out << "Nothing has been imported into " << options.db.string() << " and no handed-out count is recorded.\n";
        return;
    }
    int live_responses = 0;
    int live_counts = 0;
    for (const survey::ImportRecord& entry : entries) {
        io.out << describe(entry) << '\n';
        if (entry.withdrawn) continue;
        (entry.kind == survey::ImportRecord::Kind::Paper ? live_responses : live_counts) += 1;
    }
    io.out << fmt::format("{} entr{}: {} paper import{} and {} handed-out count{} in use.\n", entries.size(),
                          entries.size() == 1 ? "y" : "ies", live_responses, live_responses == 1 ? "" : "s",
                          live_counts, live_counts == 1 ? "" : "s");
}

}  // namespace

void addLogCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<LogOptions>();
    CLI::App* command =
        app.add_subcommand("log", "List every paper import and handed-out count in a database; withdraw one");
    command->add_option("--db", options->db, "Perspective database")->required();
    command->add_option("--withdraw", options->withdraw,
                        "Withdraw the entry with this id (or its first 6 or more characters) as one unit");
    command->callback([options, &io] { runLog(*options, io); });
}

}  // namespace report::cli
