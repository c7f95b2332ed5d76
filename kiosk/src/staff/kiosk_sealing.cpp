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

}  // namespace kiosk
