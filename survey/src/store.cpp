// ResponseStore: opening (with refusal of foreign, corrupt or newer files), writes that each
// commit at once, and streaming reads for the exporter.
#include "survey/store.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <array>
#include <chrono>
#include <fstream>
#include <future>
#include <map>
#include <set>
#include <thread>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "integrity.hpp"
#include "migrations.hpp"
#include "sealing/sealed_store.hpp"
#include "sqlite/connection.hpp"
#include "sqlite/snapshot.hpp"
#include "sqlite/statement.hpp"
#include "sqlite/transaction.hpp"
#include "survey/canonical.hpp"
#include "store_lock.hpp"
#include "survey/errors.hpp"
#include "survey/session.hpp"

namespace survey {

std::string_view toString(Channel channel) {
    switch (channel) {
        case Channel::Kiosk: return "kiosk";
        case Channel::Paper: return "paper";
        case Channel::Assisted: return "assisted";
    }
    return "kiosk";
}

std::string_view toString(Status status) {
    switch (status) {
        case Status::InProgress: return "in_progress";
        case Status::Submitted: return "submitted";
        case Status::Abandoned: return "abandoned";
    }
    return "in_progress";
}

std::optional<Channel> channelFrom(std::string_view text) {
    for (Channel channel : {Channel::Kiosk, Channel::Paper, Channel::Assisted}) {
        if (toString(channel) == text) {
            return channel;
        }
    }
    return std::nullopt;
}

std::optional<Status> statusFrom(std::string_view text) {
    for (Status status : {Status::InProgress, Status::Submitted, Status::Abandoned}) {
        if (toString(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

namespace {

namespace fs = std::filesystem;

void initSodium() {
    if (sodium_init() < 0) {
        throw StoreError("libsodium could not be initialised");
    }
}

// 128 random bits as hex: response uids and kiosk ids.
std::string randomHex() {
    initSodium();
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, 33> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    return std::string(hex.data(), 32);
}

// A random positive 63-bit row id for a new response. Ids given in order (1, 2, 3...) would tell
// anyone holding the file who answered before whom, and so, with a visit log, who gave which
// answers; random ids say nothing, and need no shuffling of rows afterwards.
ResponseId randomResponseId() {
    initSodium();
    ResponseId id = 0;
    while (id == 0) {
        std::uint64_t bits = 0;
        randombytes_buf(&bits, sizeof bits);
        id = static_cast<ResponseId>(bits >> 1);
    }
    return id;
}

[[noreturn]] void refuse(const fs::path& file, std::string_view why) {
    throw StoreError(fmt::format("{}: {}; the file was left unchanged", file.string(), why));
}

fs::path sideFile(const fs::path& file, std::string_view suffix) { return file.string() + std::string(suffix); }

// Files and folders the store creates are its user's only (issue 12: answers hold addresses).
class PrivateFiles {
public:
    PrivateFiles() : previous_(::umask(077)) {}
    PrivateFiles(const PrivateFiles&) = delete;
    PrivateFiles& operator=(const PrivateFiles&) = delete;
    ~PrivateFiles() { ::umask(previous_); }

private:
    mode_t previous_;
};

// The header checks that need no SQLite (so a foreign file gets no side files and no lock file).
// Returns true when there is nothing in it yet (a new store may be made in it).
bool checkHeader(const fs::path& file) {
    if (!fs::is_regular_file(file)) {
        refuse(file, "is not a Perspective database (not a regular file)");
    }
    std::ifstream in(file, std::ios::binary);
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = in.gcount();
    if (got == 0) {
        // Empty: new, or a first start that crashed with everything still in the -wal file.
        return true;
    }
    constexpr std::string_view kMagic{"SQLite format 3\0", 16};
    if (got < 100 || std::string_view(reinterpret_cast<const char*>(header.data()), 16) != kMagic) {
        refuse(file, "is not a Perspective database (not an SQLite file)");
    }
    const auto application_id = static_cast<std::int32_t>((std::uint32_t{header[68]} << 24) | (std::uint32_t{header[69]} << 16) |
                                                          (std::uint32_t{header[70]} << 8) | std::uint32_t{header[71]});
    if (application_id != 0 && application_id != kApplicationId) {
        refuse(file, "is not a Perspective database (an SQLite file of another program)");
    }
    return false;
}

// SQLite's codes for "this is not a sound database file".
bool isCorruption(const StoreError& error) {
    const int primary = error.code() & 0xff;
    return error.code() != 0 && (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB);
}

[[noreturn]] void refuseCorrupt(const fs::path& file, std::string_view problem) {
    refuse(file, fmt::format("is corrupt ({}). Keep a copy of it for the inspectorate and use a new database file",
                             problem));
}

// Runs `what` on a file's connection, turning SQLite's "this is not a sound database" codes into
// the refusal staff see; other errors pass through.
template <typename What>
auto refusingCorruption(const fs::path& file, What what) -> decltype(what()) {
    try {
        return what();
    } catch (const StoreError& error) {
        if (isCorruption(error)) {
            refuseCorrupt(file, sqlite3_errstr(error.code()));
        }
        throw;
    }
}

// What an opened file is: refused unless it is a store (or an empty SQLite file) with a schema
// this program knows. Returns true when it is empty and may become a store. Runs on the
// connection the store will use, so a hot journal or -wal left by a crash has already been
// recovered by SQLite when these checks read it.
bool identify(const fs::path& file, sqlite::Connection& db) {
    return refusingCorruption(file, [&] {
        sqlite::Statement app(db, "PRAGMA application_id");
        app.step();
        const auto application_id = app.int64(0);
        sqlite::Statement tables(db, "SELECT count(*) FROM sqlite_schema");
        tables.step();
        const auto objects = tables.int64(0);
        const int version = schemaVersionOf(db);

        if (application_id != kApplicationId) {
            if (application_id == 0 && objects == 0 && version == 0) {
                return true;
            }
            refuse(file, "is not a Perspective database (an SQLite file of another program)");
        }
        if (version > latestSchemaVersion()) {
            refuse(file, fmt::format("was written by a newer version of Perspective (schema {}; this program "
                                     "knows up to {}); update the program to open it",
                                     version, latestSchemaVersion()));
        }
        if (version == 0) {
            refuse(file, "is damaged: it is marked as a Perspective database but its schema version reads 0");
        }
        return false;
    });
}

// SQLite's own check of the file's structure: "quick_check" (every page and record sound) or
// "integrity_check" (that, and every index entry against its table row). Returns SQLite's first
// complaint, or nothing when the file is sound.
std::optional<std::string> structuralProblem(sqlite::Connection& db, std::string_view check) {
    try {
        sqlite::Statement checking(db, fmt::format("PRAGMA {}", check));
        while (checking.step()) {
            std::string result = checking.text(0);
            if (result != "ok") {
                return result;
            }
        }
    } catch (const StoreError& error) {
        if (isCorruption(error)) {
            return std::string(sqlite3_errstr(error.code()));
        }
        throw;
    }
    return std::nullopt;
}

// identify(), then quick_check: a kiosk's start.
bool inspect(const fs::path& file, sqlite::Connection& db) {
    if (identify(file, db)) {
        return true;
    }
    if (const auto problem = structuralProblem(db, "quick_check")) {
        refuseCorrupt(file, *problem);
    }
    return false;
}

// A failure to open turned into words staff can act on, keeping SQLite's code for callers.
[[noreturn]] void rethrowCalmly(const fs::path& file, const StoreError& error) {
    if (error.code() == 0) {
        throw error;
    }
    const int primary = error.code() & 0xff;
    if (error.diskFull()) {
        throw StoreError(fmt::format("{}: cannot be opened for writing: the disk is full (or failing); nothing was "
                                     "changed. Free some space, or use another disk, and start again",
                                     file.string()),
                         error.code());
    }
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN) {
        throw StoreError(fmt::format("{}: cannot be opened for writing: the file or its folder is read-only "
                                     "(or missing); nothing was changed. Use a writable disk",
                                     file.string()),
                         error.code());
    }
    if (primary == SQLITE_IOERR) {
        throw StoreError(fmt::format("{}: cannot be read or written (an I/O error: {}); nothing was changed. "
                                     "Check the disk, and keep a copy of the file for the inspectorate",
                                     file.string(), sqlite3_errstr(error.code())),
                         error.code());
    }
    throw error;
}

// The snapshot a report reads: the whole file copied into memory (sqlite/snapshot.hpp), after
// any recovery a crash left waiting.
std::shared_ptr<const sqlite::Snapshot> snapshotOf(const fs::path& file) {
    auto openSource = [&](bool immutable) {
        // With no -wal there is no writer: immutable reads the file as it is, creating no -wal or
        // -shm beside it (and works on read-only media). With a -wal, SQLite must read it too.
        const std::string uri = "file:" + file.string() + (immutable ? "?immutable=1" : "");
        return sqlite::Connection(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    };
    auto recover = [&] {
        // A hot journal (or a -wal) left by a crash that a read-only reader cannot recover: on a
        // writable disk SQLite recovers it with one read-write open, as any later writer would.
        if (::access(file.c_str(), W_OK) != 0 || ::access(file.parent_path().empty() ? "." : file.parent_path().c_str(), W_OK) != 0) {
            refuse(file, "needs recovery after a crash, which needs a writable disk: copy the file, with the files "
                         "beside it whose names start the same, to a writable disk and try again");
        }
        sqlite::Connection recovery(file, SQLITE_OPEN_READWRITE);
        recovery.exec("PRAGMA busy_timeout = 5000");
        recovery.exec("SELECT count(*) FROM sqlite_schema");
    };
    return refusingCorruption(file, [&] {
        if (fs::exists(sideFile(file, "-journal"))) {
            recover();  // never read past a rollback journal: the file may hold half a write
        }
        try {
            sqlite::Connection source = openSource(!fs::exists(sideFile(file, "-wal")));
            return sqlite::Snapshot::copy(source, file);
        } catch (const StoreError& error) {
            const int primary = error.code() & 0xff;
            if (primary != SQLITE_READONLY && primary != SQLITE_CANTOPEN) {
                throw;
            }
        }
        recover();
        sqlite::Connection again = openSource(!fs::exists(sideFile(file, "-wal")));
        return sqlite::Snapshot::copy(again, file);
    });
}

// The full integrity_check of a snapshot, on a thread and a connection of its own, so it runs
// while the report reads the answers (two cores: the check costs about as much as the reading).
std::shared_future<std::optional<std::string>> checkInBackground(std::shared_ptr<const sqlite::Snapshot> snapshot) {
    return std::async(std::launch::async, [snapshot = std::move(snapshot)]() mutable {
        // Moved out of the capture, so the copy is let go when the check ends, not when the last
        // holder of its result does (a report of an older file reads another, upgraded copy).
        const std::shared_ptr<const sqlite::Snapshot> checked = std::move(snapshot);
        sqlite::Connection reader = checked->reader();
        return structuralProblem(reader, "integrity_check");
    }).share();
}

}  // namespace

struct ResponseStore::Impl {
    fs::path path;
    Mode mode;
    std::optional<StoreLock> lock;  // ReadWrite: held for the store's whole life
    std::shared_ptr<const sqlite::Snapshot> copy;  // ReadOnly: the snapshot `db` reads (outlives it)
    sqlite::Connection db;
    // ReadOnly: SQLite's full integrity_check of the snapshot, running beside the first read;
    // no answer or count leaves the store before it has passed (wholeFileChecked()).
    std::shared_future<std::optional<std::string>> integrity;
    std::string kiosk_id;
    std::optional<ino_t> wal_inode;     // the -wal file this writer writes to
    std::string broken;                 // why writes must stop (the -wal vanished); empty when fine
    std::set<std::string> discards;     // uids to remove that not even discard_pending could take
    bool marked_discards = false;       // discard_pending still has rows (a removal to finish)
    std::chrono::steady_clock::time_point last_retry{};
    std::unique_ptr<SealedStore> sealed;  // made once the schema is current

    Impl(fs::path file, Mode open_mode, std::optional<StoreLock> held, sqlite::Connection connection)
        : path(std::move(file)), mode(open_mode), lock(std::move(held)), db(std::move(connection)) {}

    // The uids no read returns or counts: discarded responses whose removal has not finished,
    // marked in discard_pending or, when not even that could be written, only in memory.
    std::set<std::string> hiddenUids() const {
        std::set<std::string> uids = discards;
        sqlite::Statement marked(db, "SELECT uid FROM discard_pending");
        while (marked.step()) uids.insert(marked.text(0));
        return uids;
    }

    // Waits for the snapshot's integrity_check (ReadOnly) and refuses the file if it failed.
    void wholeFileChecked() const {
        if (!integrity.valid()) {
            return;  // ReadWrite: checked (quick_check and every row) when it was opened
        }
        if (const std::optional<std::string>& problem = integrity.get()) {
            refuseCorrupt(path, *problem);
        }
    }

    // Runs a read; SQLite finding a damaged page on the way is reported as the file's corruption,
    // in the words of the whole-file check when that found it too.
    template <typename Read>
    auto reading(Read read) const -> decltype(read()) {
        try {
            return read();
        } catch (const StoreError& error) {
            if (isCorruption(error)) {
                wholeFileChecked();
                refuseCorrupt(path, sqlite3_errstr(error.code()));
            }
            throw;
        }
    }

    // Reads the file's kiosk id, making one when a writable file has none yet.
    void ensureKioskId() {
        sqlite::Statement kiosk(db, "SELECT value FROM meta WHERE key = 'kiosk_id'");
        if (kiosk.step()) {
            kiosk_id = kiosk.text(0);
        } else if (mode == Mode::ReadWrite) {
            kiosk_id = randomHex();
            sqlite::Statement insert(db, "INSERT INTO meta (key, value) VALUES ('kiosk_id', ?1)");
            insert.bind(1, kiosk_id).run();
        }
    }

    std::optional<ino_t> walInode() const {
        struct stat info{};
        if (::stat(sideFile(path, "-wal").c_str(), &info) != 0) {
            return std::nullopt;
        }
        return info.st_ino;
    }

    // Before every write: the -wal this connection writes to must still be the file on disk. If
    // it was deleted or replaced, what is written now would be lost at the next crash, so every
    // write from now on is refused (the kiosk shows its staff message) instead of losing answers.
    void checkWritable() {
        if (mode == Mode::ReadOnly) {
            throw StoreError(fmt::format("{}: was opened to read only (a snapshot); nothing can be written",
                                         path.string()), SQLITE_READONLY);
        }
        if (broken.empty() && wal_inode && walInode() != wal_inode) {
            broken = fmt::format("{}: its -wal file was deleted or replaced while the kiosk was running, so "
                                 "answers could no longer be saved safely. Nothing more will be written; "
                                 "restart the kiosk",
                                 path.string());
        }
        if (!broken.empty()) {
            throw StoreError(broken, SQLITE_IOERR);
        }
        // A removal still waiting (a reader held the -wal, the disk was full) is tried again
        // before the write, at most every two seconds so a long reader does not slow each answer.
        const auto now = std::chrono::steady_clock::now();
        if ((!discards.empty() || marked_discards) && now - last_retry > std::chrono::seconds(2)) {
            finishDiscards();
        }
    }

    void insertAnswer(sqlite::Statement& insert, ResponseId id, const std::string& question_id,
                      const Answer& answer) {
        if (answer.options.empty()) {
            insert.reset();
            insert.bind(1, id).bind(2, question_id).bind(3, std::string_view{}).bind(4, answer.text).run();
        }
        for (const std::string& option : answer.options) {
            insert.reset();
            insert.bind(1, id).bind(2, question_id).bind(3, option).bind(4, answer.text).run();
        }
    }

    void replaceAnswer(ResponseId id, const std::string& question_id, const Answer* answer) {
        sqlite::Statement remove(db, "DELETE FROM answer WHERE response_id = ?1 AND question_id = ?2");
        remove.bind(1, id).bind(2, question_id).run();
        if (answer != nullptr) {
            sqlite::Statement insert(
                db, "INSERT INTO answer (response_id, question_id, option_id, text) VALUES (?1, ?2, ?3, ?4)");
            insertAnswer(insert, id, question_id, *answer);
        }
    }

    // `import_id`: the import log row of a paper return (parameter 12 of kInsertResponse).
    ResponseId insertResponse(sqlite::Statement& insert, const ResponseInfo& info,
                              std::optional<std::int64_t> import_id = std::nullopt) {
        for (int attempt = 0;; ++attempt) {
            const ResponseId id = randomResponseId();
            insert.reset();
            insert.bind(1, info.uid.empty() ? randomHex() : info.uid)
                .bind(2, info.questionnaire_id)
                .bind(3, info.questionnaire_version)
                .bind(4, info.definition_hash)
                .bind(5, info.site)
                .bind(6, info.kiosk_id.empty() ? kiosk_id : info.kiosk_id)
                .bind(7, toString(info.channel))
                .bind(8, info.language)
                .bind(9, toString(info.status))
                .bind(10, info.date.empty() ? isoDate(std::chrono::system_clock::now()) : info.date)
                .bind(11, id);
            if (import_id) insert.bind(12, *import_id);
            try {
                insert.run();
            } catch (const StoreError& error) {
                // Two equal random 63-bit ids: try another (a uid clash is a real error).
                if (error.code() == SQLITE_CONSTRAINT_PRIMARYKEY && attempt < 3) {
                    continue;
                }
                throw;
            }
            integrity::updateResponseChecksum(db, id);
            return id;
        }
    }

    // One UPDATE of a single response, committed at once with its new checksum; an unknown id is
    // an error.
    void updateResponse(std::string_view sql, ResponseId id, std::string_view value) {
        checkWritable();
        sqlite::Transaction transaction(db);
        sqlite::Statement update(db, sql);
        update.bind(1, id).bind(2, value).run();
        requireChanged(id);
        integrity::updateResponseChecksum(db, id);
        transaction.commit();
    }

    // Sealed files: the whole answer snapshot, changed in memory and re-sealed as one blob.
    template <typename Change>
    void changeSealed(ResponseId id, Change change) {
        checkWritable();
        Answers* snapshot = sealed->snapshot(id);
        if (snapshot == nullptr) {
            throw StoreError(fmt::format("{}: response {} was not begun by this program run; its sealed answers "
                                         "cannot be changed",
                                         path.string(), id));
        }
        Answers next = *snapshot;
        change(next);
        sqlite::Transaction transaction(db);
        sealed->write(id, uidOf(id), next);
        transaction.commit();
        *snapshot = std::move(next);
    }

    std::string uidOf(ResponseId id) const {
        sqlite::Statement query(db, "SELECT uid FROM response WHERE id = ?1");
        query.bind(1, id);
        if (!query.step()) throw StoreError(fmt::format("{}: there is no response {}", path.string(), id));
        return query.text(0);
    }

    void requireChanged(ResponseId id) const {
        if (db.changes() == 0) {
            throw StoreError(fmt::format("{}: there is no response {}", path.string(), id));
        }
    }

    // Deletes the response and marks it in discard_pending (one transaction); false when the
    // disk cannot take even that yet.
    bool remove(const std::string& uid);
    // "Leave this page", finished: deletes what is waiting (in memory or marked), then removes
    // every copy of the answers on disk (scrub), and only then clears the markers.
    void finishDiscards();
    // VACUUM (no free page keeps old text) and an emptied -wal, checked; false while not done.
    enum class Scrub { Done, Busy, NoSpace };
    Scrub scrub();
    // wal_checkpoint(TRUNCATE), tried `attempts` times, with a check that the -wal really is empty.
    bool checkpointed(int attempts);
};

bool ResponseStore::Impl::checkpointed(int attempts) {
    for (int attempt = 0; attempt < attempts; ++attempt) {
        int frames = -1;
        int copied = -1;
        const int rc = sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &frames, &copied);
        std::error_code ignored;
        // Proof it finished: SQLite said so and the -wal is empty on disk.
        if (rc == SQLITE_OK && fs::file_size(sideFile(path, "-wal"), ignored) == 0) {
            return true;
        }
    }
    return false;
}

ResponseStore::Impl::Scrub ResponseStore::Impl::scrub() {
    // A reader may hold the -wal open; wait for it only briefly (the report reads a snapshot, so
    // only a foreign reader holds it long) and finish at a later write or the next start.
    sqlite3_busy_timeout(db.handle(), 200);
    Scrub result = Scrub::Busy;
    try {
        // The first checkpoint needs no new space (it copies into pages the file already has) and
        // empties the -wal, which gives VACUUM room on a nearly full disk.
        (void)checkpointed(1);
        db.exec("VACUUM");
        result = checkpointed(2) ? Scrub::Done : Scrub::Busy;
    } catch (const StoreError& error) {
        result = error.ioFailure() ? Scrub::NoSpace : Scrub::Busy;
    }
    sqlite3_busy_timeout(db.handle(), 5000);
    return result;
}

bool ResponseStore::Impl::remove(const std::string& uid) {
    auto attempt = [&] {
        sqlite::Transaction transaction(db);
        sqlite::Statement mark(db, "INSERT OR IGNORE INTO discard_pending (uid) VALUES (?1)");
        mark.bind(1, uid).run();
        sqlite::Statement erase(db, "DELETE FROM response WHERE uid = ?1");  // answers cascade
        erase.bind(1, uid).run();
        transaction.commit();
    };
    try {
        attempt();
        return true;
    } catch (const StoreError& error) {
        if (!error.ioFailure() || !lock || !lock->releaseReserve()) {
            return false;
        }
    }
    try {
        attempt();  // the disk was full: the lock file's reserve gives the removal room to write
        return true;
    } catch (const StoreError&) {
        return false;
    }
}

void ResponseStore::Impl::finishDiscards() {
    last_retry = std::chrono::steady_clock::now();
    for (auto uid = discards.begin(); uid != discards.end();) {
        // Once deleted (and marked in discard_pending) the uid need not be kept in memory.
        uid = remove(*uid) ? discards.erase(uid) : std::next(uid);
    }
    std::vector<std::string> marked;
    {
        sqlite::Statement query(db, "SELECT uid FROM discard_pending");
        while (query.step()) {
            marked.push_back(query.text(0));
        }
    }
    for (const std::string& uid : marked) {
        (void)remove(uid);  // a crash may have come between marking and deleting
    }
    marked_discards = !marked.empty();
    if (!marked_discards) {
        return;
    }
    Scrub scrubbed = scrub();
    if (scrubbed == Scrub::NoSpace && lock && lock->releaseReserve()) {
        scrubbed = scrub();
    }
    if (scrubbed != Scrub::Done) {
        return;  // the markers stay: retried at a later write and at the next start
    }
    try {
        db.exec("DELETE FROM discard_pending");  // only uids (no answers) were left in it
        marked_discards = false;
    } catch (const StoreError&) {
        // Removed at the next chance; the answers themselves are already gone.
    }
    if (lock) {
        lock->restoreReserve();
    }
}

ResponseStore ResponseStore::open(const fs::path& file, Mode mode) {
    const bool exists = fs::exists(file);
    if (mode == Mode::ReadOnly) {
        if (!exists) {
            throw StoreError(file.string() + ": no such database file");
        }
        if (checkHeader(file) && !fs::exists(sideFile(file, "-wal"))) {
            refuse(file, "is not a Perspective database (an empty file)");
        }
        // What a report reads: a copy, checked whole (integrity_check, on its own thread) while
        // the first read checks every row's checksum (forEachResponse reads every row).
        std::shared_ptr<const sqlite::Snapshot> snapshot = snapshotOf(file);
        sqlite::Connection reader = snapshot->reader();
        if (identify(file, reader)) {
            refuse(file, "is not a Perspective database (an empty file)");
        }
        auto impl = std::make_unique<Impl>(file, mode, std::nullopt, std::move(reader));
        impl->copy = snapshot;
        impl->integrity = checkInBackground(std::move(snapshot));
        impl->reading([&] {
            if (schemaVersionOf(impl->db) < latestSchemaVersion()) {
                // An older kiosk's file (identify() refused newer ones): its copy is brought up to
                // date in memory, the way a kiosk upgrades its own file, and the file is never
                // written. The full check of the file as it came must pass first.
                impl->wholeFileChecked();
                std::shared_ptr<const sqlite::Snapshot> upgraded =
                    impl->copy->changedCopy([](sqlite::Connection& copy) { migrate(copy); });
                impl->db = upgraded->reader();  // the old reader is closed before its copy may go
                impl->copy = std::move(upgraded);
            }
            verifySchema(impl->db, file.string());
            impl->ensureKioskId();
            impl->sealed = std::make_unique<SealedStore>(impl->db, file.string());
        });
        return ResponseStore(std::move(impl));
    }

    const PrivateFiles private_files;
    if (exists) {
        (void)checkHeader(file);
    } else if (file.has_parent_path() && !fs::exists(file.parent_path())) {
        fs::create_directories(file.parent_path());
        fs::permissions(file.parent_path(), fs::perms::owner_all, fs::perm_options::replace);
    }
    const bool had_wal = fs::exists(sideFile(file, "-wal"));
    const bool had_shm = fs::exists(sideFile(file, "-shm"));
    const bool had_lock = fs::exists(StoreLock::pathFor(file));
    StoreLock lock(file, 1000);
    std::unique_ptr<Impl> impl;
    try {
        // Read-write from the first statement: a hot journal or -wal left by a crash during the
        // very first start is recovered here, which a read-only probe cannot do.
        impl = std::make_unique<Impl>(file, mode, std::nullopt,
                                      sqlite::Connection(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
        sqlite::Connection& db = impl->db;
        db.exec("PRAGMA busy_timeout = 5000");
        inspect(file, db);
        if (exists) {
            std::error_code ignored;  // a file of another user stays as it is
            fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ignored);
        }
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA secure_delete = ON");
        db.exec("PRAGMA temp_store = MEMORY");  // VACUUM's copy of every answer stays out of /tmp
        if (migrate(db) > 0) {
            // Put the new schema into the main file at once, so a copy taken without the -wal
            // file (a kiosk's file copied while it runs) is still recognised as a store.
            impl->ensureKioskId();
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        verifySchema(db, file.string());
        integrity::verifyAll(db, file.string());
        impl->ensureKioskId();
        impl->sealed = std::make_unique<SealedStore>(impl->db, file.string());
        impl->lock = std::move(lock);
        impl->finishDiscards();  // removals a crash or a full disk left unfinished
        impl->wal_inode = impl->walInode();
        impl->sealed = std::make_unique<SealedStore>(impl->db, file.string());
        return ResponseStore(std::move(impl));
    } catch (const StoreError& error) {
        impl.reset();  // closed first: SQLite removes its own side files when it can
        // Nothing half-made is left: a file this open created goes (nothing was saved in it),
        // and so does every side file it made that holds nothing. We still hold the lock.
        std::error_code ignored;
        const fs::path wal = sideFile(file, "-wal");
        if (!exists || (!had_wal && fs::exists(wal) && fs::file_size(wal, ignored) == 0)) {
            fs::remove(wal, ignored);
        }
        if (!exists || (!had_shm && !fs::exists(wal))) {
            fs::remove(sideFile(file, "-shm"), ignored);
        }
        if (!exists) {
            fs::remove(file, ignored);
        }
        if (!had_lock) {
            lock.removeFile();  // a no-op once the store took it
        }
        rethrowCalmly(file, error);
    }
}

ResponseStore::ResponseStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ResponseStore::ResponseStore(ResponseStore&&) noexcept = default;
ResponseStore& ResponseStore::operator=(ResponseStore&&) noexcept = default;
ResponseStore::~ResponseStore() = default;

int ResponseStore::schemaVersion() { return latestSchemaVersion(); }

const fs::path& ResponseStore::path() const { return impl_->path; }

std::string ResponseStore::kioskId() const { return impl_->kiosk_id; }

int ResponseStore::closeInterrupted() {
    impl_->checkWritable();
    sqlite::Transaction transaction(impl_->db);
    std::vector<ResponseId> interrupted;
    {
        sqlite::Statement query(impl_->db, "SELECT id FROM response WHERE status = 'in_progress'");
        while (query.step()) {
            interrupted.push_back(query.int64(0));
        }
    }
    sqlite::Statement update(impl_->db, "UPDATE response SET status = 'abandoned' WHERE id = ?1");
    for (const ResponseId id : interrupted) {
        update.reset();
        update.bind(1, id).run();
        integrity::updateResponseChecksum(impl_->db, id);
    }
    transaction.commit();
    return static_cast<int>(interrupted.size());
}

namespace {

constexpr std::string_view kInsertResponse = R"sql(
INSERT INTO response (uid, questionnaire_id, questionnaire_version, definition_hash, site, kiosk_id,
                      channel, language, status, date, id, import_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql";

constexpr std::string_view kInsertAnswer =
    "INSERT INTO answer (response_id, question_id, option_id, text) VALUES (?1, ?2, ?3, ?4)";

}  // namespace

ResponseId ResponseStore::begin(const ResponseInfo& info) {
    impl_->checkWritable();
    sqlite::Transaction transaction(impl_->db);
    sqlite::Statement insert(impl_->db, kInsertResponse);
    const ResponseId id = impl_->insertResponse(insert, info);
    const bool sealing = impl_->sealed->sealing();
    if (sealing) {
        impl_->sealed->write(id, impl_->uidOf(id), {});
    }
    transaction.commit();
    if (sealing) {
        impl_->sealed->remember(id, {});
    }
    return id;
}

void ResponseStore::apply(ResponseId id, const AnswerChanges& changes) {
    impl_->checkWritable();
    if (impl_->sealed->sealing()) {
        return impl_->changeSealed(id, [&](Answers& answers) {
            for (const AnswerChange& change : changes) {
                if (change.kind == AnswerChange::Kind::Set) answers[change.question_id] = change.answer;
                else answers.erase(change.question_id);
            }
        });
    }
    sqlite::Transaction transaction(impl_->db);
    for (const AnswerChange& change : changes) {
        impl_->replaceAnswer(id, change.question_id,
                             change.kind == AnswerChange::Kind::Set ? &change.answer : nullptr);
    }
    integrity::updateResponseChecksum(impl_->db, id);
    transaction.commit();
}

void ResponseStore::setAnswer(ResponseId id, const std::string& question_id, const Answer& answer) {
    impl_->checkWritable();
    if (impl_->sealed->sealing()) {
        return impl_->changeSealed(id, [&](Answers& answers) { answers[question_id] = answer; });
    }
    sqlite::Transaction transaction(impl_->db);
    impl_->replaceAnswer(id, question_id, &answer);
    integrity::updateResponseChecksum(impl_->db, id);
    transaction.commit();
}

void ResponseStore::clearAnswer(ResponseId id, const std::string& question_id) {
    impl_->checkWritable();
    if (impl_->sealed->sealing()) {
        return impl_->changeSealed(id, [&](Answers& answers) { answers.erase(question_id); });
    }
    sqlite::Transaction transaction(impl_->db);
    impl_->replaceAnswer(id, question_id, nullptr);
    integrity::updateResponseChecksum(impl_->db, id);
    transaction.commit();
}

void ResponseStore::setLanguage(ResponseId id, const std::string& language) {
    impl_->updateResponse("UPDATE response SET language = ?2 WHERE id = ?1", id, language);
}

void ResponseStore::setChannel(ResponseId id, Channel channel) {
    impl_->updateResponse("UPDATE response SET channel = ?2 WHERE id = ?1", id, toString(channel));
}

void ResponseStore::submit(ResponseId id) {
    impl_->sealed->forget(id);
    impl_->updateResponse("UPDATE response SET status = ?2 WHERE id = ?1", id, toString(Status::Submitted));
}

void ResponseStore::abandon(ResponseId id) {
    impl_->sealed->forget(id);
    impl_->updateResponse("UPDATE response SET status = ?2 WHERE id = ?1", id, toString(Status::Abandoned));
}

void ResponseStore::discard(ResponseId id) {
    if (impl_->mode == Mode::ReadOnly || !impl_->broken.empty()) {
        impl_->checkWritable();  // throws the reason
    }
    impl_->sealed->forget(id);
    std::string uid;
    {
        sqlite::Statement find(impl_->db, "SELECT uid FROM response WHERE id = ?1");
        find.bind(1, id);
        if (!find.step()) {
            throw StoreError(fmt::format("{}: there is no response {}", impl_->path.string(), id));
        }
        uid = find.text(0);
    }
    // From here on the response is never counted or shown, whatever the disk does next. The
    // removal (and the scrubbing of every copy of the answers on disk) is retried until it is
    // done: at each later write, and at the next start from discard_pending.
    impl_->discards.insert(uid);
    impl_->finishDiscards();
}

bool ResponseStore::hasUnfinishedDiscards() const {
    if (!impl_->discards.empty()) {
        return true;
    }
    sqlite::Statement marked(impl_->db, "SELECT count(*) FROM discard_pending");
    marked.step();
    return marked.int64(0) > 0;
}

bool ResponseStore::retryDiscards() {
    impl_->checkWritable();  // retries when anything waits in memory
    impl_->finishDiscards();
    return !hasUnfinishedDiscards();
}

std::vector<ResponseId> ResponseStore::insertCompleted(const std::vector<StoredResponse>& responses) {
    impl_->checkWritable();
    sqlite::Transaction transaction(impl_->db);
    std::vector<ResponseId> ids = insertAll(responses, std::nullopt);
    transaction.commit();
    return ids;
}

std::vector<ResponseId> ResponseStore::insertAll(const std::vector<StoredResponse>& responses,
                                                 std::optional<std::int64_t> import_id) {
    std::vector<ResponseId> ids;
    ids.reserve(responses.size());
    sqlite::Statement insert_response(impl_->db, kInsertResponse);
    sqlite::Statement insert_answer(impl_->db, kInsertAnswer);
    for (const StoredResponse& response : responses) {
        const ResponseId id = impl_->insertResponse(insert_response, response.info, import_id);
        if (impl_->sealed->sealing()) {
            impl_->sealed->write(id, impl_->uidOf(id), response.answers);  // never a plain row
            ids.push_back(id);
            continue;
        }
        for (const auto& [question_id, answer] : response.answers) {
            impl_->insertAnswer(insert_answer, id, question_id, answer);
        }
        integrity::updateResponseChecksum(impl_->db, id);
        ids.push_back(id);
    }
    return ids;
}

// The import log (issue 11): every paper import and handed-out count is one row of `import`.
namespace {

constexpr std::string_view kSelectImports =
    "SELECT uid, kind, questionnaire_id, source, content_hash, rows, date, forced, withdrawn FROM import ";

ImportRecord importFrom(const sqlite::Statement& row) {
    ImportRecord record;
    record.uid = row.text(0);
    record.kind = row.text(1) == "distributed" ? ImportRecord::Kind::Distributed : ImportRecord::Kind::Paper;
    record.questionnaire_id = row.text(2);
    record.source = row.text(3);
    record.content_hash = row.text(4);
    record.rows = row.integer(5);
    record.date = row.text(6);
    record.forced = row.integer(7) != 0;
    record.withdrawn = row.integer(8) != 0;
    return record;
}

std::optional<ImportRecord> liveImportWithHash(const sqlite::Connection& db, const std::string& content_hash) {
    sqlite::Statement query(db, std::string(kSelectImports) + "WHERE content_hash = ?1 AND withdrawn = 0 AND forced = 0");
    query.bind(1, content_hash);
    if (query.step()) return importFrom(query);
    return std::nullopt;
}

// Adds the log row; the unique index refuses a second live, unforced import of the same content
// even when another process inserted it after our check (SQLITE_CONSTRAINT_UNIQUE). `older_hash`
// (may be empty) is another name the same content was logged under before (importPaper).
std::int64_t insertImport(const sqlite::Connection& db, ImportRecord& record, const std::string& older_hash = {}) {
    if (record.uid.empty()) record.uid = randomHex();
    if (record.date.empty()) record.date = isoDate(std::chrono::system_clock::now());
    if (!record.forced) {
        for (const std::string& hash : {record.content_hash, older_hash}) {
            if (hash.empty()) continue;
            if (auto existing = liveImportWithHash(db, hash)) throw DuplicateImport(*existing);
        }
    }
    sqlite::Statement insert(db, R"sql(
INSERT INTO import (uid, kind, questionnaire_id, source, content_hash, rows, date, forced)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    insert.bind(1, record.uid)
        .bind(2, toString(record.kind))
        .bind(3, record.questionnaire_id)
        .bind(4, record.source)
        .bind(5, record.content_hash)
        .bind(6, record.rows)
        .bind(7, record.date)
        .bind(8, record.forced ? 1 : 0);
    try {
        insert.run();
    } catch (const StoreError& error) {
        if (error.code() != SQLITE_CONSTRAINT_UNIQUE) throw;
        if (auto existing = liveImportWithHash(db, record.content_hash)) throw DuplicateImport(*existing);
        throw;
    }
    return db.lastInsertId();
}

void requireOneChange(const sqlite::Connection& db, std::string_view what) {
    if (sqlite3_changes(db.handle()) == 0) throw StoreError(fmt::format("no {}", what));
}

}  // namespace

std::string_view toString(ImportRecord::Kind kind) {
    return kind == ImportRecord::Kind::Distributed ? "distributed" : "paper";
}

DuplicateImport::DuplicateImport(ImportRecord existing)
    : StoreError(fmt::format("{} imported already (import {}, {}, {} row{}, recorded {})",
                             existing.kind == ImportRecord::Kind::Paper ? "the same returns were" : "this count was",
                             existing.uid,
                             existing.source.empty() ? "typed in" : existing.source, existing.rows,
                             existing.rows == 1 ? "" : "s", existing.date)),
      existing_(std::move(existing)) {}

ImportRecord ResponseStore::importPaper(ImportRecord import, const std::vector<StoredResponse>& responses,
                                        const std::string& bytes_hash) {
    impl_->checkWritable();
    sqlite::Transaction transaction(impl_->db);
    import.kind = ImportRecord::Kind::Paper;
    import.rows = static_cast<int>(responses.size());
    const std::int64_t import_id = insertImport(impl_->db, import, bytes_hash);
    insertAll(responses, import_id);
    transaction.commit();
    return import;
}

Distribution ResponseStore::recordDistributed(const Distribution& distribution, bool forced) {
    impl_->checkWritable();
    Distribution stored = distribution;
    stored.uid = randomHex();
    if (stored.date.empty()) stored.date = isoDate(std::chrono::system_clock::now());
    sqlite::Transaction transaction(impl_->db);
    if (!stored.replaces.empty()) {
        sqlite::Statement known(impl_->db, "SELECT 1 FROM distribution WHERE uid = ?1");
        known.bind(1, stored.replaces);
        if (!known.step()) throw StoreError("no handed-out count with id " + stored.replaces + " to correct");
    }
    ImportRecord log;
    log.uid = stored.uid;  // one id for the count and its log entry: either command can withdraw it
    log.kind = ImportRecord::Kind::Distributed;
    log.questionnaire_id = stored.questionnaire_id;
    log.rows = stored.count;
    // log.date stays empty: the log gives the day it was recorded (today), the count its own day.
    log.forced = forced;
    log.content_hash = canonical::toHex(canonical::checksum(stored.uid));  // a typed count is never a duplicate
    const std::int64_t import_id = insertImport(impl_->db, log);
    stored.import_uid = log.uid;
    sqlite::Statement insert(impl_->db, R"sql(
INSERT INTO distribution (uid, questionnaire_id, site, count, date, period_from, period_to, replaces, import_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
    insert.bind(1, stored.uid)
        .bind(2, stored.questionnaire_id)
        .bind(3, stored.site)
        .bind(4, stored.count)
        .bind(5, stored.date)
        .bindOptional(6, stored.period_from.empty() ? std::nullopt : std::optional(stored.period_from))
        .bindOptional(7, stored.period_to.empty() ? std::nullopt : std::optional(stored.period_to))
        .bindOptional(8, stored.replaces.empty() ? std::nullopt : std::optional(stored.replaces))
        .bind(9, import_id)
        .run();
    integrity::updateDistributionChecksum(impl_->db, impl_->db.lastInsertId());
    transaction.commit();
    return stored;
}

void ResponseStore::withdrawDistribution(const std::string& uid) {
    impl_->checkWritable();
    sqlite::Transaction transaction(impl_->db);
    sqlite::Statement find(impl_->db, "SELECT id, import_id FROM distribution WHERE uid = ?1");
    find.bind(1, uid);
    if (!find.step()) throw StoreError("no handed-out count with id " + uid);
    const std::int64_t row_id = find.int64(0);
    sqlite::Statement mark(impl_->db, "UPDATE distribution SET withdrawn = 1 WHERE id = ?1");
    mark.bind(1, row_id).run();
    integrity::updateDistributionChecksum(impl_->db, row_id);
    if (!find.isNull(1)) {
        sqlite::Statement log(impl_->db, "UPDATE import SET withdrawn = 1 WHERE id = ?1");
        log.bind(1, find.int64(1)).run();
    }
    transaction.commit();
}

ImportRecord ResponseStore::withdrawImport(const std::string& uid) {
    if (uid.size() < 6) throw StoreError("give at least 6 characters of the import's id, got '" + uid + "'");
    impl_->checkWritable();
    sqlite::Transaction transaction(impl_->db);
    sqlite::Statement find(impl_->db, std::string(kSelectImports) + "WHERE substr(uid, 1, length(?1)) = ?1");
    find.bind(1, uid);
    if (!find.step()) throw StoreError("no import with id " + uid + " (perspective-export log lists them)");
    ImportRecord record = importFrom(find);
    if (find.step()) throw StoreError("more than one import has an id starting " + uid + "; give more of it");
    if (record.withdrawn) throw StoreError("import " + record.uid + " was withdrawn already");
    sqlite::Statement mark(impl_->db, "UPDATE import SET withdrawn = 1 WHERE uid = ?1");
    mark.bind(1, record.uid).run();
    requireOneChange(impl_->db, "import to withdraw");
    // A paper import's responses go (the paper is the record); a count stays, marked withdrawn.
    sqlite::Statement responses(impl_->db,
                                "DELETE FROM response WHERE import_id = (SELECT id FROM import WHERE uid = ?1)");
    responses.bind(1, record.uid).run();
    sqlite::Statement counts(impl_->db, R"sql(
SELECT id FROM distribution WHERE import_id = (SELECT id FROM import WHERE uid = ?1) AND withdrawn = 0)sql");
    counts.bind(1, record.uid);
    std::vector<std::int64_t> rows;
    while (counts.step()) rows.push_back(counts.int64(0));
    for (const std::int64_t row_id : rows) {
        sqlite::Statement each(impl_->db, "UPDATE distribution SET withdrawn = 1 WHERE id = ?1");
        each.bind(1, row_id).run();
        integrity::updateDistributionChecksum(impl_->db, row_id);
    }
    transaction.commit();
    return record;
}

std::vector<ImportRecord> ResponseStore::imports() const {
    impl_->wholeFileChecked();
    sqlite::Statement query(impl_->db, std::string(kSelectImports) + "ORDER BY id");
    std::vector<ImportRecord> result;
    while (query.step()) result.push_back(importFrom(query));
    // The days each covers: one pass over each table, not a query per import.
    std::map<std::string, std::pair<std::string, std::string>, std::less<>> days;
    sqlite::Statement returns(impl_->db, R"sql(
SELECT i.uid, min(r.date), max(r.date) FROM response AS r JOIN import AS i ON i.id = r.import_id GROUP BY i.uid)sql");
    while (returns.step()) days[returns.text(0)] = {returns.text(1), returns.text(2)};
    sqlite::Statement counts(impl_->db, R"sql(
SELECT i.uid, coalesce(nullif(d.period_from, ''), d.date), coalesce(nullif(d.period_to, ''), d.date)
FROM distribution AS d JOIN import AS i ON i.id = d.import_id)sql");
    while (counts.step()) days[counts.text(0)] = {counts.text(1), counts.text(2)};
    for (ImportRecord& record : result) {
        if (const auto found = days.find(record.uid); found != days.end()) {
            std::tie(record.first_day, record.last_day) = found->second;
        }
    }
    return result;
}

namespace {

// Turns a checked row into what callers see, by swapping its fields into `response`: what
// `response` held goes back to the row, whose memory the next row read reuses. `sealed` opens
// sealed answers (null: a plain file).
void lend(integrity::ResponseRow& row, StoredResponse& response, const SealedStore* sealed) {
    response.id = row.id;
    ResponseInfo& info = response.info;
    info.uid.swap(row.uid);
    info.questionnaire_id.swap(row.questionnaire_id);
    info.questionnaire_version = static_cast<int>(row.questionnaire_version);
    info.definition_hash.swap(row.definition_hash);
    info.site.swap(row.site);
    info.kiosk_id.swap(row.kiosk_id);
    info.channel = channelFrom(row.channel).value_or(Channel::Kiosk);
    info.language.swap(row.language);
    info.status = statusFrom(row.status).value_or(Status::InProgress);
    info.date.swap(row.date);
    if (row.batch_id && sealed != nullptr) {
        response.answers = sealed->open(info.uid, *row.batch_id, row.sealed_answers);
    } else {
        response.answers.swap(row.answers);
    }
}

// Whether a stored row is in the selection. Compared here, after the row's checksum, not in the
// SQL: a flipped bit in a row's site or date must be found, not quietly leave the row out.
bool selected(const integrity::ResponseRow& row, const ResponseFilter& filter) {
    return (!filter.questionnaire_id || row.questionnaire_id == *filter.questionnaire_id) &&
           (!filter.site || row.site == *filter.site) && (!filter.from_date || row.date >= *filter.from_date) &&
           (!filter.to_date || row.date <= *filter.to_date) && (!filter.status || row.status == toString(*filter.status));
}

}  // namespace

std::optional<StoredResponse> ResponseStore::response(ResponseId id) const {
    return impl_->reading([&] {
        const std::set<std::string> hidden = impl_->hiddenUids();
        std::optional<StoredResponse> found;
        integrity::forEachStoredResponse(
            impl_->db,
            [&](integrity::ResponseRow& row) {
                if (hidden.count(row.uid) > 0) return;
                integrity::verify(row, impl_->path.string());
                lend(row, found.emplace(), impl_->sealed.get());
            },
            id);
        impl_->wholeFileChecked();
        return found;
    });
}

void ResponseStore::forEachResponse(const ResponseFilter& filter,
                                    const std::function<void(const StoredResponse&)>& visit) const {
    // Every row is read and its checksum checked, whatever the filter (see selected()).
    impl_->reading([&] {
        const std::set<std::string> hidden = impl_->hiddenUids();
        StoredResponse response;  // one for all rows (lend()): valid for the visit only
        integrity::forEachStoredResponse(impl_->db, [&](integrity::ResponseRow& row) {
            if (hidden.count(row.uid) > 0) return;
            integrity::verify(row, impl_->path.string());
            if (selected(row, filter)) {
                lend(row, response, impl_->sealed.get());
                visit(response);
            }
        });
        impl_->wholeFileChecked();
    });
}

std::vector<Distribution> ResponseStore::distributions() const {
    impl_->wholeFileChecked();
    integrity::verifyDistributions(impl_->db, impl_->path.string());
    sqlite::Statement query(impl_->db, R"sql(
SELECT d.questionnaire_id, d.site, d.count, d.date, coalesce(d.period_from, ''), coalesce(d.period_to, ''), d.uid,
       coalesce(d.replaces, ''), d.withdrawn, coalesce(i.uid, '')
FROM distribution AS d LEFT JOIN import AS i ON i.id = d.import_id ORDER BY d.id)sql");
    std::vector<Distribution> result;
    while (query.step()) {
        result.push_back({query.text(0), query.text(1), query.integer(2), query.text(3), query.text(4), query.text(5),
                          query.text(6), query.text(7), query.integer(8) != 0, query.text(9)});
    }
    return result;
}

std::vector<StatusCounts> ResponseStore::statusCounts() const {
    // Counts only. A kiosk's rows were checked when it opened the file (integrity::verifyAll); a
    // snapshot's are checked by reading them all once. A discarded response still waiting for its
    // removal is not counted.
    if (impl_->mode == Mode::ReadOnly) {
        forEachResponse({}, [](const StoredResponse&) {});
    }
    sqlite::Statement query(impl_->db, R"sql(
SELECT questionnaire_id, sum(status = 'submitted'), sum(status = 'abandoned'), sum(status = 'in_progress')
FROM response GROUP BY questionnaire_id ORDER BY questionnaire_id)sql");
    std::vector<StatusCounts> result;
    while (query.step()) {
        result.push_back({query.text(0), query.integer(1), query.integer(2), query.integer(3)});
    }
    {
        // Discarded responses not yet removed (usually none) are taken off here.
        sqlite::Statement each(impl_->db, "SELECT questionnaire_id, status FROM response WHERE uid = ?1");
        for (const std::string& uid : impl_->hiddenUids()) {
            each.reset();
            each.bind(1, uid);
            if (!each.step()) continue;
            for (StatusCounts& counts : result) {
                if (counts.questionnaire_id != each.text(0)) continue;
                const auto status = statusFrom(each.text(1)).value_or(Status::InProgress);
                (status == Status::Submitted ? counts.submitted
                 : status == Status::Abandoned ? counts.abandoned : counts.in_progress) -= 1;
            }
        }
    }
    return result;
}

std::optional<std::string> ResponseStore::recipientFingerprint() const { return impl_->sealed->recipientFingerprint(); }

int ResponseStore::setRecipient(const sealing::PublicKey& recipient) {
    impl_->checkWritable();
    int sealed = 0;
    {
        sqlite::Transaction transaction(impl_->db);
        sealed = impl_->sealed->setRecipient(recipient);
        transaction.commit();
    }
    // The plain rows are deleted; VACUUM and an emptied -wal leave no copy of them on disk.
    if (impl_->scrub() != Impl::Scrub::Done) {
        throw StoreError(fmt::format("{}: the answers are sealed, but old plain copies could not be wiped yet "
                                     "(another program is reading the file, or the disk is full); close it and "
                                     "set the recipient again",
                                     impl_->path.string()));
    }
    return sealed;
}

void ResponseStore::setKeyring(std::shared_ptr<const sealing::Keyring> keyring) {
    impl_->sealed->setKeyring(std::move(keyring));
}

std::optional<std::string> ResponseStore::setting(const std::string& key) const {
    sqlite::Statement query(impl_->db, "SELECT value FROM setting WHERE key = ?1");
    query.bind(1, key);
    if (query.step()) {
        return query.text(0);
    }
    return std::nullopt;
}

void ResponseStore::setSetting(const std::string& key, const std::string& value) {
    impl_->checkWritable();
    sqlite::Statement upsert(impl_->db, R"sql(
INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value)sql");
    upsert.bind(1, key).bind(2, value).run();
}

}  // namespace survey
