// `perspective-export set-recipient --db FILE NAME.pub`: seal an analyst's own file (or a kiosk's,
// the same as `perspective-kiosk --set-recipient`) to the inspectorate's public key.
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "survey/sealing.hpp"
#include "survey/store.hpp"

namespace report::cli {
namespace {

struct SetRecipientOptions {
    std::filesystem::path db;
    std::filesystem::path public_key;
};

void runSetRecipient(const SetRecipientOptions& options, Io& io) {
    const survey::sealing::PublicKey key = survey::sealing::readPublicKeyFile(options.public_key);
    survey::ResponseStore store = survey::ResponseStore::open(options.db);
    const int sealed = store.setRecipient(key);
    io.out << fmt::format("{}: answers are sealed to key {} from now on ({} response{} already there sealed).\n",
                          options.db.string(), survey::sealing::fingerprint(key), sealed, sealed == 1 ? "" : "s");
}

}  // namespace

void addSetRecipientCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<SetRecipientOptions>();
    CLI::App* command = app.add_subcommand(
        "set-recipient",
        "Seal a database's answers to the inspectorate's public key (NAME.pub): those already there at once, in "
        "one transaction, and every later one as it is written");
    command->add_option("--db", options->db, "Perspective database (created if absent)")->required();
    command->add_option("NAME.pub", options->public_key, "The inspectorate's public key file")
        ->required()
        ->check(CLI::ExistingFile);
    command->callback([options, &io] { runSetRecipient(*options, io); });
}

}  // namespace report::cli
