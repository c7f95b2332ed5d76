// `perspective-export bundle --db kiosk.db -o FILE`: the kiosk's sealed answers as one signed
// handover file, the same as staff mode's "Save answers for the inspectorate".
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "survey/handover.hpp"
#include "survey/store.hpp"

namespace report::cli {
namespace {

struct BundleOptions {
    std::filesystem::path db;
    std::filesystem::path output;
};

void runBundle(const BundleOptions& options, Io& io) {
    if (!std::filesystem::exists(options.db)) throw CommandError("--db: no such file: " + options.db.string(), kFailure);
    survey::ResponseStore store = survey::ResponseStore::open(options.db);
    std::filesystem::path output = options.output;
    if (std::filesystem::is_directory(output)) {
        output = survey::handover::freeFileName(output, store.setting("site").value_or(""), store.kioskId(), today());
    }
    try {
        const survey::handover::Saved saved = survey::handover::save(store, output);
        io.out << fmt::format("Saved {} response{} to {} (kiosk key {}).\n", saved.responses,
                              saved.responses == 1 ? "" : "s", saved.file.string(),
                              survey::handover::kioskFingerprint(store));
    } catch (const survey::handover::BundleError& error) {
        throw CommandError(std::string(error.what()) + "; nothing was saved", kFailure);
    }
}

}  // namespace

void addBundleCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<BundleOptions>();
    CLI::App* command = app.add_subcommand(
        "bundle",
        "Write a kiosk's sealed answers and handed-out counts as one handover file (.pspx) signed with the kiosk's "
        "own key; it is read back and verified before it is named");
    command->add_option("--db", options->db, "The kiosk's database")->required();
    command->add_option("-o,--output", options->output,
                        "The handover file, or a folder to write perspective-SITE-KIOSK-DATE.pspx in")
        ->required();
    command->callback([options, &io] { runBundle(*options, io); });
}

}  // namespace report::cli
