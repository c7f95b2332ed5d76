#include "cli/sealed_inputs.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "cli/passphrase.hpp"
#include "survey/errors.hpp"
#include "survey/store.hpp"

namespace report::cli {

void addSealedInputOptions(CLI::App& command, SealedInputOptions& options) {
    command.add_option("--key", options.keys,
                       "The inspectorate's secret key (NAME.key) for sealed answers; its passphrase is read from the "
                       "terminal, or the first line of standard input");
    command.add_option("--kiosk", options.kiosks,
                       "Accept handover files only from this kiosk key fingerprint (repeat for each expected kiosk)");
    command.add_flag("--allow-unsigned", options.allow_unsigned,
                     "Also read sealed kiosk databases that are not in a signed handover file");
}

std::string SealedInputs::renamed(std::string message) const {
    for (const auto& bundle : bundles_) {
        const std::string temp = bundle.database().string();
        for (auto at = message.find(temp); at != std::string::npos; at = message.find(temp)) {
            message.replace(at, temp.size(), bundle.source().string());
        }
    }
    return message;
}

SealedInputs openSealedInputs(const std::vector<std::filesystem::path>& files, const SealedInputOptions& options,
                              Io& io) {
    SealedInputs inputs;
    for (const auto& key : options.keys) {
        if (!std::filesystem::exists(key)) throw CommandError("--key: no such file: " + key.string(), kUsage);
        try {
            inputs.keyring_->add(survey::sealing::readSecretKeyFile(key, readPassphrase(io, "Passphrase for " + key.string())));
        } catch (const survey::sealing::KeyFileError& error) {
            throw CommandError(error.what(), kFailure);
        }
    }
    for (const auto& file : files) {
        if (!survey::handover::looksLikeBundle(file)) {
            auto store = survey::ResponseStore::open(file, survey::ResponseStore::Mode::ReadOnly);
            if (const auto recipient = store.recipientFingerprint()) {
                if (!options.allow_unsigned) {
                    throw CommandError(fmt::format("{}: refused: a sealed kiosk database, not a signed handover file, "
                                                   "so nothing shows it is unchanged since its kiosk wrote it; save "
                                                   "it with 'perspective-export bundle' or pass --allow-unsigned",
                                                   file.string()),
                                       kFailure);
                }
                inputs.unsigned_files_.push_back(file);  // said in the report and on stderr
            }
            inputs.databases_.push_back(file);
            inputs.stores_.push_back(std::move(store));
            continue;
        }
        try {
            survey::handover::Opened bundle = survey::handover::open(file);
            const std::string& kiosk = bundle.kioskFingerprint();
            if (!options.kiosks.empty() &&
                std::find(options.kiosks.begin(), options.kiosks.end(), kiosk) == options.kiosks.end()) {
                throw CommandError(fmt::format("{}: refused: signed by kiosk {}, which is not one of the expected "
                                               "kiosks (--kiosk {})",
                                               file.string(), kiosk, fmt::join(options.kiosks, ", --kiosk ")),
                                   kFailure);
            }
            inputs.databases_.push_back(bundle.database());
            inputs.bundles_.push_back(std::move(bundle));
            inputs.stores_.push_back(inputs.naming([&] {
                return survey::ResponseStore::open(inputs.databases_.back(), survey::ResponseStore::Mode::ReadOnly);
            }));
        } catch (const survey::handover::BundleError& error) {
            throw CommandError(error.what(), kFailure);
        }
    }
    // A sealed file and no key: say which key, before any figure is worked out.
    for (std::size_t i = 0; i < inputs.stores_.size(); ++i) {
        const auto recipient = inputs.stores_[i].recipientFingerprint();
        if (recipient && inputs.keyring_->empty()) {
            throw CommandError(inputs.renamed(fmt::format("{}: sealed to key {}: pass --key",
                                                          inputs.databases_[i].string(), *recipient)),
                               kUsage);
        }
    }
    for (auto& store : inputs.stores_) store.setKeyring(inputs.keyring_);
    return inputs;
}

}  // namespace report::cli
