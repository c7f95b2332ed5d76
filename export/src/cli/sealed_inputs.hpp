// The report's inputs when answers are sealed: handover files verified (signature, expected
// kiosks) and extracted, sealed kiosk databases allowed only with --allow-unsigned, and the
// inspectorate's secret keys (--key, passphrase from the terminal or stdin) as a keyring.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "survey/errors.hpp"
#include "survey/handover.hpp"
#include "survey/sealing.hpp"
#include "survey/store.hpp"

namespace report::cli {

struct SealedInputOptions {
    std::vector<std::filesystem::path> keys;   // --key NAME.key
    std::vector<std::string> kiosks;           // --kiosk FINGERPRINT: the only kiosks accepted
    bool allow_unsigned = false;               // sealed databases not in a signed handover file
};
void addSealedInputOptions(CLI::App& command, SealedInputOptions& options);

class SealedInputs {
public:
    // The files the store reads, in the order given (a handover file's extracted image).
    std::vector<std::filesystem::path> databases() const { return databases_; }
    // The same files, each opened once (with the keyring): every step of the report reads these.
    const std::vector<survey::ResponseStore>& stores() const { return stores_; }
    std::shared_ptr<const survey::sealing::Keyring> keyring() const { return keyring_; }
    // Sealed kiosk databases read under --allow-unsigned: the report must say so in its body.
    const std::vector<std::filesystem::path>& unsignedFiles() const { return unsigned_files_; }
    // Runs `read`, turning a StoreError about an extracted image into one naming the handover file.
    template <typename Read>
    auto naming(Read read) const -> decltype(read()) {
        try {
            return read();
        } catch (const survey::StoreError& error) {
            throw survey::StoreError(renamed(error.what()), error.code());
        }
    }

private:
    friend SealedInputs openSealedInputs(const std::vector<std::filesystem::path>&, const SealedInputOptions&, Io&);
    std::string renamed(std::string message) const;
    std::vector<survey::handover::Opened> bundles_;
    std::vector<std::filesystem::path> databases_;
    std::vector<survey::ResponseStore> stores_;  // one for each of databases_, in the same order
    std::vector<std::filesystem::path> unsigned_files_;
    std::shared_ptr<survey::sealing::Keyring> keyring_ = std::make_shared<survey::sealing::Keyring>();
};

// Verifies and opens every input; throws CommandError naming the file and the reason it is refused.
SealedInputs openSealedInputs(const std::vector<std::filesystem::path>& files, const SealedInputOptions& options,
                              Io& io);

}  // namespace report::cli
