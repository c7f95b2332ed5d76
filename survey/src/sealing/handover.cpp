// Handover files: written, signed, read back and verified before they are called saved; opened
// and verified on the inspectorate's side. The layout is in survey/handover.hpp.
#include "survey/handover.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>

#include <fmt/format.h>

#include "sqlite/connection.hpp"
#include "sqlite/statement.hpp"
#include "sqlite/transaction.hpp"
#include "survey/errors.hpp"
#include "survey/new_file.hpp"
#include "survey/sealing.hpp"
#include "survey/session.hpp"

namespace survey::handover {
namespace {

namespace fs = std::filesystem;

constexpr std::array<unsigned char, 8> kMagic{'P', 'S', 'P', 'X', '-', 'v', '1', '\n'};
constexpr std::size_t kHeader = kMagic.size() + crypto_sign_PUBLICKEYBYTES + 8;
constexpr std::size_t kChunk = 1 << 16;

std::string randomHex() {
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return sealing::toHex({reinterpret_cast<const char*>(bytes.data()), bytes.size()});
}

std::optional<std::string> meta(const sqlite::Connection& db, std::string_view key) {
    sqlite::Statement query(db, "SELECT value FROM meta WHERE key = ?1");
    query.bind(1, key);
    if (query.step()) return query.text(0);
    return std::nullopt;
}

std::string hexToBytes(const std::string& hex) {
    std::string bytes(hex.size() / 2, '\0');
    std::size_t length = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), hex.data(), hex.size(), nullptr,
                       &length, nullptr) != 0) {
        return {};
    }
    bytes.resize(length);
    return bytes;
}

sqlite::Connection openKioskFile(const ResponseStore& store) {
    sqlite::Connection db(store.path(), SQLITE_OPEN_READWRITE);
    db.exec("PRAGMA busy_timeout = 5000");
    db.exec("PRAGMA secure_delete = ON");
    return db;
}

// The kiosk's signing key pair from its database, made the first time it is asked for.
struct SigningKey {
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> public_key{};
    sealing::SecretBytes secret_key{crypto_sign_SECRETKEYBYTES};
};

SigningKey signingKey(sqlite::Connection& db) {
    SigningKey key;
    const auto pub = meta(db, "signing_public_key");
    const auto sec = meta(db, "signing_secret_key");
    if (pub && sec) {
        const std::string pub_bytes = hexToBytes(*pub);
        const std::string sec_bytes = hexToBytes(*sec);
        if (pub_bytes.size() != key.public_key.size() || sec_bytes.size() != key.secret_key.size()) {
            throw BundleError(db.file() + ": the kiosk's signing key is damaged (meta signing_*_key)");
        }
        std::memcpy(key.public_key.data(), pub_bytes.data(), pub_bytes.size());
        std::memcpy(key.secret_key.data(), sec_bytes.data(), sec_bytes.size());
        return key;
    }
    crypto_sign_keypair(key.public_key.data(), key.secret_key.data());
    sqlite::Statement insert(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    insert.bind(1, "signing_public_key")
        .bind(2, sealing::toHex({reinterpret_cast<const char*>(key.public_key.data()), key.public_key.size()}))
        .run();
    insert.reset();
    insert.bind(1, "signing_secret_key")
        .bind(2, sealing::toHex({reinterpret_cast<const char*>(key.secret_key.data()), key.secret_key.size()}))
        .run();
    return key;
}

std::string fingerprintOf(const std::array<unsigned char, crypto_sign_PUBLICKEYBYTES>& key) {
    return sealing::fingerprintOf({reinterpret_cast<const char*>(key.data()), key.size()});
}

// Paths removed on the way out unless released: nothing half-written survives a failure.
class Cleanup {
public:
    void add(fs::path path) { paths_.push_back(std::move(path)); }
    void release(const fs::path& path) { std::erase(paths_, path); }
    ~Cleanup() {
        for (const auto& path : paths_) {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    }

private:
    std::vector<fs::path> paths_;
};

// A file written with checked writes and fsynced; failure names the file and the reason.
class Output {
public:
    explicit Output(const fs::path& file) : file_(file) {
        fd_ = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd_ < 0) fail("cannot be created");
    }
    ~Output() {
        if (fd_ >= 0) ::close(fd_);
    }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    void write(const unsigned char* data, std::size_t size) {
        while (size > 0) {
            const ssize_t n = ::write(fd_, data, size);
            if (n <= 0) fail("cannot be written");
            data += n;
            size -= static_cast<std::size_t>(n);
        }
    }
    // `durable`: fsync first (a handover file); a temporary extraction needs no fsync.
    void finish(bool durable = true) {
        if (durable && ::fsync(fd_) != 0) fail("cannot be flushed to the drive");
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) fail("cannot be closed");
    }

private:
    [[noreturn]] void fail(std::string_view what) const {
        const int error = errno;
        throw BundleError(fmt::format("{}: {} ({}){}", file_.string(), what, std::strerror(error),
                                      error == ENOSPC ? ": the drive is full" : ""));
    }
    fs::path file_;
    int fd_ = -1;
};

std::array<unsigned char, 8> littleEndian(std::uint64_t value) {
    std::array<unsigned char, 8> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<unsigned char>(value >> (8 * i));
    return out;
}

// The image handed over: a VACUUM INTO copy with everything the inspectorate must not get removed.
// Returns the uids of the responses it holds.
std::vector<std::string> makeImage(sqlite::Connection& kiosk, const fs::path& image) {
    {
        sqlite::Statement vacuum(kiosk, "VACUUM INTO ?1");
        vacuum.bind(1, image.string()).run();
    }
    sqlite::Connection copy(image, SQLITE_OPEN_READWRITE);
    copy.exec(R"sql(
DELETE FROM setting;
DELETE FROM meta WHERE key NOT IN ('kiosk_id', 'recipient_public_key', 'recipient_fingerprint', 'signing_public_key');
DELETE FROM response WHERE status = 'in_progress' OR uid IN (SELECT uid FROM discard_pending);
DELETE FROM discard_pending;
UPDATE response SET handover_id = NULL;
DELETE FROM handover;
DELETE FROM batch WHERE id NOT IN (SELECT batch_id FROM response WHERE batch_id IS NOT NULL);
VACUUM;
)sql");
    std::vector<std::string> uids;
    sqlite::Statement query(copy, "SELECT uid FROM response");
    while (query.step()) uids.push_back(query.text(0));
    return uids;
}

void writeSigned(const fs::path& image, const fs::path& out_file, const SigningKey& key) {
    std::ifstream in(image, std::ios::binary);
    const auto size = fs::file_size(image);
    Output out(out_file);
    crypto_sign_state state;
    crypto_sign_init(&state);
    auto put = [&](const unsigned char* data, std::size_t length) {
        crypto_sign_update(&state, data, length);
        out.write(data, length);
    };
    put(kMagic.data(), kMagic.size());
    put(key.public_key.data(), key.public_key.size());
    put(littleEndian(size).data(), 8);
    std::vector<unsigned char> buffer(kChunk);
    for (std::uintmax_t left = size; left > 0;) {
        const auto want = static_cast<std::streamsize>(std::min<std::uintmax_t>(left, kChunk));
        if (!in.read(reinterpret_cast<char*>(buffer.data()), want)) {
            throw BundleError(image.string() + ": the copy could not be read back");
        }
        put(buffer.data(), static_cast<std::size_t>(want));
        left -= static_cast<std::uintmax_t>(want);
    }
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    crypto_sign_final_create(&state, signature.data(), nullptr, key.secret_key.data());
    out.write(signature.data(), signature.size());
    out.finish();
}

}  // namespace

namespace {

// Removes the files in `folder` named PREFIX...SUFFIX (what an interrupted save leaves).
void removeLeftovers(const fs::path& folder, std::string_view prefix, std::string_view suffix) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder.empty() ? fs::path(".") : folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix) && name.ends_with(suffix)) {
            std::error_code ignored;
            fs::remove(entry.path(), ignored);
        }
    }
}

}  // namespace

std::string kioskFingerprint(ResponseStore& store) {
    sqlite::Connection db = openKioskFile(store);
    return fingerprintOf(signingKey(db).public_key);
}

std::string defaultFileName(const std::string& site, const std::string& kiosk_id, const std::string& date) {
    std::string clean;
    for (const char c : site) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (keep) clean += c;
        else if (!clean.empty() && clean.back() != '-') clean += '-';
    }
    while (!clean.empty() && clean.back() == '-') clean.pop_back();
    return fmt::format("perspective-{}-{}-{}{}", clean.empty() ? "site" : clean, kiosk_id.substr(0, 8), date,
                       kExtension);
}

fs::path freeFileName(const fs::path& folder, const std::string& site, const std::string& kiosk_id,
                      const std::string& date) {
    const std::string name = defaultFileName(site, kiosk_id, date);
    const std::string stem = name.substr(0, name.size() - kExtension.size());
    fs::path file = folder / name;
    for (int n = 2; fs::exists(file); ++n) file = folder / fmt::format("{}-{}{}", stem, n, kExtension);
    return file;
}

Saved save(ResponseStore& store, const fs::path& file) {
    if (sodium_init() < 0) throw BundleError("libsodium could not be initialised");
    sqlite::Connection kiosk = openKioskFile(store);
    if (!meta(kiosk, "recipient_public_key")) {
        throw BundleError(fmt::format("{}: has no inspectorate key (recipient), so its answers are not sealed; set "
                                      "one first (perspective-kiosk --set-recipient NAME.pub)",
                                      store.path().string()));
    }
    {
        sqlite::Statement plain(kiosk, "SELECT count(*) FROM response WHERE batch_id IS NULL");
        plain.step();
        if (plain.int64(0) > 0) throw BundleError(store.path().string() + ": holds plain answers; none are handed over");
    }
    const auto alreadyExists = [&] { return BundleError(file.string() + ": already exists; choose another name"); };
    if (fs::exists(file)) throw alreadyExists();  // before any work; the naming below closes the race
    const SigningKey key = signingKey(kiosk);

    // What a save killed half-way left behind (a copy of the sealed file, a partial handover file)
    // goes first: this store's lock is held, so no other save of it is running, and a leftover
    // partial file would otherwise block every later save under the same name.
    removeLeftovers(store.path().parent_path(), ".handover-", ".db");
    const fs::path partial = file.parent_path() / ("." + file.filename().string() + ".partial");
    std::error_code ignored;
    fs::remove(partial, ignored);

    Cleanup cleanup;
    const fs::path image = store.path().parent_path() / (".handover-" + randomHex() + ".db");
    cleanup.add(image);
    const std::vector<std::string> uids = makeImage(kiosk, image);

    // A dot name that never looks like a finished handover file, in the same folder (rename is atomic).
    cleanup.add(partial);
    writeSigned(image, partial, key);
    {
        const Opened check = open(partial);  // read back from the drive: the signature must hold
        if (check.kioskFingerprint() != fingerprintOf(key.public_key) ||
            summarise(check).responses != static_cast<int>(uids.size())) {
            throw BundleError(partial.string() + ": read back differs from what was written");
        }
    }
    // Named only if the name is still free: a file that appeared since the check above (another
    // kiosk saving to the same stick) is never replaced.
    try {
        if (publishWithoutReplacing(partial, file)) cleanup.release(partial);
    } catch (const FileExists&) {
        throw alreadyExists();
    } catch (const std::system_error& error) {
        throw BundleError(fmt::format("{}: {}", file.string(), error.what()));
    }
    syncFolderOf(file);

    sqlite::Transaction transaction(kiosk);
    sqlite::Statement handover(kiosk, "INSERT INTO handover (uid, file_name, responses, date) VALUES (?1, ?2, ?3, ?4)");
    handover.bind(1, randomHex())
        .bind(2, file.filename().string())
        .bind(3, static_cast<std::int64_t>(uids.size()))
        .bind(4, isoDate(std::chrono::system_clock::now()))
        .run();
    const std::int64_t handover_id = kiosk.lastInsertId();
    sqlite::Statement mark(kiosk, "UPDATE response SET handover_id = ?1 WHERE uid = ?2");
    for (const std::string& uid : uids) {
        mark.reset();
        mark.bind(1, handover_id).bind(2, uid).run();
    }
    transaction.commit();
    return {file, static_cast<int>(uids.size())};
}

int deleteSaved(ResponseStore& store) {
    sqlite::Connection kiosk = openKioskFile(store);
    sqlite::Statement remove(kiosk, "DELETE FROM response WHERE handover_id IS NOT NULL AND status <> 'in_progress'");
    remove.run();
    const auto deleted = static_cast<int>(kiosk.changes());
    kiosk.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return deleted;
}

int unsaved(ResponseStore& store) {
    sqlite::Connection kiosk = openKioskFile(store);
    sqlite::Statement count(kiosk, "SELECT count(*) FROM response WHERE handover_id IS NULL AND status <> 'in_progress'");
    count.step();
    return count.integer(0);
}

bool looksLikeBundle(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::array<char, kMagic.size()> head{};
    in.read(head.data(), head.size());
    return in.gcount() == static_cast<std::streamsize>(head.size()) &&
           std::memcmp(head.data(), kMagic.data(), head.size()) == 0;
}

Opened::Opened(fs::path source, fs::path directory, std::string fingerprint)
    : source_(std::move(source)),
      directory_(std::move(directory)),
      database_(directory_ / "handover.db"),
      kiosk_fingerprint_(std::move(fingerprint)) {}
Opened::Opened(Opened&&) noexcept = default;
Opened& Opened::operator=(Opened&&) noexcept = default;
Opened::~Opened() {
    if (!directory_.empty()) {
        std::error_code ignored;
        fs::remove_all(directory_, ignored);
    }
}

Opened open(const fs::path& file) {
    if (sodium_init() < 0) throw BundleError("libsodium could not be initialised");
    auto refuse = [&](std::string_view why) -> BundleError {
        return BundleError(fmt::format("{}: refused: {}", file.string(), why));
    };
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error) throw refuse("cannot be read (" + error.message() + ")");
    std::ifstream in(file, std::ios::binary);
    std::array<unsigned char, kHeader> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() < static_cast<std::streamsize>(kMagic.size()) ||
        std::memcmp(header.data(), kMagic.data(), kMagic.size()) != 0) {
        throw refuse("not a Perspective handover file (no PSPX-v1 header)");
    }
    if (size < kHeader + crypto_sign_BYTES) throw refuse(fmt::format("truncated ({} bytes)", size));
    std::uint64_t length = 0;
    for (std::size_t i = 0; i < 8; ++i) length |= std::uint64_t{header[kMagic.size() + 32 + i]} << (8 * i);
    if (length > size || kHeader + length + crypto_sign_BYTES > size) {
        throw refuse(fmt::format("truncated or damaged ({} bytes; the header promises {})", size,
                                 kHeader + length + crypto_sign_BYTES));
    }
    if (kHeader + length + crypto_sign_BYTES < size) throw refuse("has bytes after its signature");
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> kiosk_key{};
    std::memcpy(kiosk_key.data(), header.data() + kMagic.size(), kiosk_key.size());

    // The image goes to a private folder while the signature is checked over every byte.
    std::string pattern = (fs::temp_directory_path() / "perspective-handover-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw refuse("no temporary folder to check it in");
    Opened opened(file, pattern, fingerprintOf(kiosk_key));
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, header.data(), header.size());
    {
        Output image(opened.database());
        std::vector<unsigned char> buffer(kChunk);
        for (std::uint64_t left = length; left > 0;) {
            const auto want = static_cast<std::streamsize>(std::min<std::uint64_t>(left, kChunk));
            if (!in.read(reinterpret_cast<char*>(buffer.data()), want)) throw refuse("truncated while reading");
            crypto_sign_update(&state, buffer.data(), static_cast<std::size_t>(want));
            image.write(buffer.data(), static_cast<std::size_t>(want));
            left -= static_cast<std::uint64_t>(want);
        }
        image.finish(false);
    }
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    in.read(reinterpret_cast<char*>(signature.data()), signature.size());
    if (in.gcount() != static_cast<std::streamsize>(signature.size())) throw refuse("truncated signature");
    if (crypto_sign_final_verify(&state, signature.data(), kiosk_key.data()) != 0) {
        throw refuse("its signature does not match: it was changed after the kiosk signed it, or is damaged");
    }
    // The key in the header must be the one the image names as its kiosk's own.
    try {
        sqlite::Connection db(opened.database(), SQLITE_OPEN_READONLY);
        const auto named = meta(db, "signing_public_key");
        if (!named || hexToBytes(*named) != std::string(reinterpret_cast<const char*>(kiosk_key.data()), 32)) {
            throw refuse("signed with a key that is not the one its kiosk recorded");
        }
    } catch (const StoreError& bad) {
        throw refuse(std::string("its database cannot be read: ") + bad.what());
    }
    return opened;
}

Summary summarise(const Opened& bundle) {
    sqlite::Connection db(bundle.database(), SQLITE_OPEN_READONLY);
    Summary summary;
    summary.kiosk_fingerprint = bundle.kioskFingerprint();
    summary.kiosk_id = meta(db, "kiosk_id").value_or("");
    summary.recipient = meta(db, "recipient_fingerprint");
    sqlite::Statement sites(db, "SELECT DISTINCT site FROM response ORDER BY site");
    while (sites.step()) summary.sites.push_back(sites.text(0));
    sqlite::Statement dates(db, "SELECT coalesce(min(date), ''), coalesce(max(date), ''), count(*) FROM response");
    dates.step();
    summary.first_date = dates.text(0);
    summary.last_date = dates.text(1);
    summary.responses = dates.integer(2);
    sqlite::Statement counts(db, R"sql(
SELECT questionnaire_id, sum(status = 'submitted'), sum(status = 'abandoned'), sum(status = 'in_progress')
FROM response GROUP BY questionnaire_id ORDER BY questionnaire_id)sql");
    while (counts.step()) {
        summary.by_questionnaire[counts.text(0)] = {counts.text(0), counts.integer(1), counts.integer(2),
                                                    counts.integer(3)};
    }
    sqlite::Statement handed(db, "SELECT coalesce(sum(count), 0) FROM distribution WHERE withdrawn = 0");
    handed.step();
    summary.handed_out = handed.integer(0);
    return summary;
}

}  // namespace survey::handover
