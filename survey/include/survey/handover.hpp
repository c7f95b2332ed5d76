// Handover files (.pspx): how a kiosk's sealed answers reach the inspectorate as one signed file.
//
// A handover file is   "PSPX-v1\n" (8 bytes) | kiosk Ed25519 public key (32) |
//                      image length (8, little-endian) | SQLite image | Ed25519ph signature (64)
// and the signature covers every byte before it, so any flipped byte, a cut or an appended byte is
// refused. The image is made with VACUUM INTO (consistent, no WAL needed) and holds only what the
// inspectorate needs: sealed answers, their sealed batch keys, handed-out counts and the kiosk id —
// never settings, the staff PIN hash, the kiosk's signing secret, or a response still in progress.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "survey/store.hpp"

namespace survey::handover {

// A handover file that cannot be trusted or written; what() names the file and the reason.
class BundleError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr std::string_view kExtension = ".pspx";

// The kiosk's own Ed25519 signing key: made once (at set-up, or at the first save), kept in the
// kiosk's database. Returns its fingerprint, as staff mode shows it and `verify` prints it.
std::string kioskFingerprint(ResponseStore& store);

// "perspective-SITE-KIOSK-DATE.pspx", with the site reduced to letters, digits and '-'.
std::string defaultFileName(const std::string& site, const std::string& kiosk_id, const std::string& date);
// That name in `folder`, or the first free one of NAME-2.pspx, NAME-3.pspx, ...: a second save on
// the same day (or a save again after a crash left a finished file unrecorded) never collides.
std::filesystem::path freeFileName(const std::filesystem::path& folder, const std::string& site,
                                   const std::string& kiosk_id, const std::string& date);

struct Saved {
    std::filesystem::path file;
    int responses = 0;
};

// Writes `file` from the store: image, signature, a temp name in the same folder, fsync, read
// back and verified, renamed, folder fsynced; then records the handover in the store. Refuses a
// file with no recipient (plain answers are never handed over) and an existing `file`. On any
// failure (a full drive) nothing is left under either name. Throws BundleError.
Saved save(ResponseStore& store, const std::filesystem::path& file);

// After a verified save: deletes the responses saved in a handover file (never unsaved ones, never
// one in progress), overwriting them. Returns how many were deleted.
int deleteSaved(ResponseStore& store);
// Submitted or abandoned responses not yet in a verified handover file.
int unsaved(ResponseStore& store);

bool looksLikeBundle(const std::filesystem::path& file);

// A verified handover file, its image extracted to a private temporary file (removed when this is
// destroyed) that ResponseStore::open(..., ReadOnly) reads.
class Opened {
public:
    Opened(Opened&&) noexcept;
    Opened& operator=(Opened&&) noexcept;
    Opened(const Opened&) = delete;
    Opened& operator=(const Opened&) = delete;
    ~Opened();

    const std::filesystem::path& source() const { return source_; }
    const std::filesystem::path& database() const { return database_; }
    const std::string& kioskFingerprint() const { return kiosk_fingerprint_; }

private:
    friend Opened open(const std::filesystem::path& file);
    Opened(std::filesystem::path source, std::filesystem::path directory, std::string fingerprint);
    std::filesystem::path source_;
    std::filesystem::path directory_;
    std::filesystem::path database_;
    std::string kiosk_fingerprint_;
};

// Checks the signature over the whole file and extracts the image. Throws BundleError naming the
// file and why it is refused (not a handover file, truncated, signature does not match).
Opened open(const std::filesystem::path& file);

// What `verify` prints: read from a verified image without any secret key.
struct Summary {
    std::string kiosk_fingerprint;
    std::string kiosk_id;
    std::optional<std::string> recipient;  // fingerprint the answers are sealed to
    std::vector<std::string> sites;
    std::string first_date;
    std::string last_date;
    std::map<std::string, StatusCounts> by_questionnaire;
    int responses = 0;
    int handed_out = 0;  // sum of handed-out counts
};
Summary summarise(const Opened& bundle);

}  // namespace survey::handover
