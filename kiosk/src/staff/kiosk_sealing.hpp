// The kiosk's side of sealing at set-up: the inspectorate's public key (--set-recipient), the
// kiosk's own signing key for handover files, and what staff are told when no key is set yet.
#pragma once

#include <filesystem>
#include <string>

#include "survey/store.hpp"

namespace kiosk {

// Seals the database to NAME.pub (answers already there at once) and makes the kiosk's signing
// key. Returns what to print: both fingerprints, for the inspectorate's records.
std::string setRecipient(survey::ResponseStore& store, const std::filesystem::path& public_key_file);

// Why the kiosk will not collect answers yet, and the command that fixes it.
std::string noRecipientMessage(const std::filesystem::path& database);

}  // namespace kiosk
