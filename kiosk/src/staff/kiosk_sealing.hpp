// The kiosk's side of sealing at set-up: the inspectorate's public key (--set-recipient), the
// kiosk's own signing key for handover files. What staff see when no key is set: app/refusal.hpp.
#pragma once

#include <filesystem>
#include <string>

#include "survey/store.hpp"

namespace kiosk {

// Seals the database to NAME.pub (answers already there at once) and makes the kiosk's signing
// key. Returns what to print: both fingerprints, for the inspectorate's records.
std::string setRecipient(survey::ResponseStore& store, const std::filesystem::path& public_key_file);

}  // namespace kiosk
