// `perspective-export verify FILE...`: checks handover files' signatures without any secret key
// and says what each holds (kiosk, sites, dates, counts). Exit 1 when any file is refused.
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "survey/handover.hpp"

namespace report::cli {
namespace {

void printSummary(const survey::handover::Summary& summary, Io& io) {
    io.out << fmt::format("  kiosk key {} (kiosk {})\n", summary.kiosk_fingerprint, summary.kiosk_id);
    io.out << fmt::format("  answers sealed to {}\n", summary.recipient.value_or("(no recipient: not sealed)"));
    io.out << fmt::format("  sites: {}\n", summary.sites.empty() ? "(none)" : fmt::format("{}", fmt::join(summary.sites, "; ")));
    if (summary.responses > 0) io.out << fmt::format("  dates: {} to {}\n", summary.first_date, summary.last_date);
    io.out << fmt::format("  {} response{}", summary.responses, summary.responses == 1 ? "" : "s");
    for (const auto& [id, counts] : summary.by_questionnaire) {
        io.out << fmt::format("; {} {} submitted, {} abandoned", id, counts.submitted, counts.abandoned);
    }
    io.out << fmt::format("\n  handed out (paper): {}\n", summary.handed_out);
}

void runVerify(const std::vector<std::filesystem::path>& files, Io& io) {
    int refused = 0;
    for (const auto& file : files) {
        try {
            const survey::handover::Opened bundle = survey::handover::open(file);
            io.out << file.string() << ": signature good\n";
            printSummary(survey::handover::summarise(bundle), io);
        } catch (const survey::handover::BundleError& error) {
            io.err << error.what() << '\n';
            ++refused;
        }
    }
    if (refused > 0) {
        throw CommandError(fmt::format("{} of {} file{} refused", refused, files.size(), files.size() == 1 ? "" : "s"),
                           kFailure);
    }
}

}  // namespace

void addVerifyCommand(CLI::App& app, Io& io) {
    auto files = std::make_shared<std::vector<std::filesystem::path>>();
    CLI::App* command = app.add_subcommand(
        "verify", "Check handover files (.pspx): every byte signed by its kiosk; prints kiosk, sites, dates and counts");
    command->add_option("FILE", *files, "Handover files")->required();
    command->callback([files, &io] { runVerify(*files, io); });
}

}  // namespace report::cli
