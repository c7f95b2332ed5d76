// `perspective-export keygen -o NAME`: the inspectorate's key pair, NAME.pub for the kiosks and
// NAME.key (the secret key under a passphrase, mode 0600) for whoever writes the reports.
#include <CLI/CLI.hpp>

#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "cli/passphrase.hpp"
#include "survey/sealing.hpp"

namespace report::cli {
namespace {

void runKeygen(const std::filesystem::path& name, Io& io) {
    const std::filesystem::path pub = name.string() + ".pub";
    const std::filesystem::path key = name.string() + ".key";
    for (const auto& file : {pub, key}) {
        if (std::filesystem::exists(file)) {
            throw CommandError(fmt::format("{} already exists; a key file is never replaced (losing a secret key "
                                           "loses every answer sealed to it)",
                                           file.string()),
                               kFailure);
        }
    }
    const std::string passphrase =
        readPassphrase(io, fmt::format("Passphrase for {} (at least {} characters)", key.string(),
                                       survey::sealing::kMinPassphraseLength),
                       true);
    const survey::sealing::KeyPair pair = survey::sealing::makeKeyPair();
    survey::sealing::writeSecretKeyFile(key, pair, passphrase);
    try {
        survey::sealing::writePublicKeyFile(pub, pair.public_key);
    } catch (...) {
        std::filesystem::remove(key);  // both files or neither
        throw;
    }
    io.out << fmt::format("Wrote {} (give it to each kiosk) and {} (keep it and its passphrase safe: it opens "
                          "the answers).\nFingerprint: {}\n",
                          pub.string(), key.string(), pair.fingerprint());
}

}  // namespace

void addKeygenCommand(CLI::App& app, Io& io) {
    auto name = std::make_shared<std::filesystem::path>();
    CLI::App* command = app.add_subcommand(
        "keygen",
        "Make the inspectorate's key pair: NAME.pub (the public key, for the kiosks) and NAME.key (the secret key, "
        "encrypted under a passphrase read from the terminal or the first line of standard input)");
    command->add_option("-o,--output", *name, "NAME: writes NAME.pub and NAME.key")->required();
    command->callback([name, &io] { runKeygen(*name, io); });
}

}  // namespace report::cli
