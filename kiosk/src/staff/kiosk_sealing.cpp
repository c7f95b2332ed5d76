#include "staff/kiosk_sealing.hpp"

#include <fmt/format.h>

#include "survey/handover.hpp"
#include "survey/sealing.hpp"

namespace kiosk {

std::string setRecipient(survey::ResponseStore& store, const std::filesystem::path& public_key_file) {
    const survey::sealing::PublicKey key = survey::sealing::readPublicKeyFile(public_key_file);
    const int sealed = store.setRecipient(key);
    return fmt::format("perspective-kiosk: answers in {} are sealed to the inspectorate key {} ({} already there "
                       "sealed).\nThis kiosk signs its handover files with key {}: give this fingerprint to the "
                       "inspectorate.\n",
                       store.path().string(), survey::sealing::fingerprint(key), sealed,
                       survey::handover::kioskFingerprint(store));
}

std::string noRecipientMessage(const std::filesystem::path& database) {
    return fmt::format("perspective-kiosk: {} has no inspectorate key, so this kiosk will not collect answers (they "
                       "would be stored readable by anyone with the disk).\nSet the key the inspectorate gave you, "
                       "then start the kiosk again:\n  perspective-kiosk --db {} --set-recipient NAME.pub\n",
                       database.string(), database.string());
}

}  // namespace kiosk
