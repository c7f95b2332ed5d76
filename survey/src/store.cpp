// ResponseStore: opening (with refusal of foreign, corrupt or newer files), writes that each
// commit at once, and streaming reads for the exporter.
#include "survey/store.hpp"

#include <sodium.h>

#include <array>
#include <chrono>
#include <fstream>
#include <utility>

#include <fmt/format.h>

#include "migrations.hpp"
#include "sqlite/connection.hpp"
#include "sqlite/statement.hpp"
#include "sqlite/transaction.hpp"
#include "survey/canonical.hpp"
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

// 128 random bits as hex: response uids and kiosk ids.
std::string randomHex() {
    if (sodium_init() < 0) {
        throw StoreError("libsodium could not be initialised");
    }
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, 33> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    return std::string(hex.data(), 32);
}

[[noreturn]] void refuse(const fs::path& file, std::string_view why) {
    throw StoreError(fmt::format("{}: {}; the file was left unchanged", file.string(), why));
}

bool startsWithSqliteHeader(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    constexpr std::string_view kMagic{"SQLite format 3\0", 16};
    return in.gcount() == 16 && std::string_view(header.data(), header.size()) == kMagic;
}

// What an existing file is, read through a read-only connection so a refused file is never
// written. Returns true when it is an empty SQLite database (safe to turn into a store).
bool inspectExisting(const fs::path& file) {
    if (!fs::is_regular_file(file)) {
        refuse(file, "is not a Perspective database (not a regular file)");
    }
    if (fs::file_size(file) == 0) {
        return true;
    }
    if (!startsWithSqliteHeader(file)) {
        refuse(file, "is not a Perspective database (not an SQLite file)");
    }
    try {
        sqlite::Connection probe(file, SQLITE_OPEN_READONLY);
        sqlite3_busy_timeout(probe.handle(), 5000);  // another import may be writing right now
        sqlite::Statement app(probe, "PRAGMA application_id");
        app.step();
        const auto application_id = app.int64(0);
        sqlite::Statement tables(probe, "SELECT count(*) FROM sqlite_schema");
        tables.step();
        const auto objects = tables.int64(0);
        const int version = schemaVersionOf(probe);

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
        sqlite::Statement check(probe, "PRAGMA quick_check");
        while (check.step()) {
            const std::string result = check.text(0);
            if (result != "ok") {
                refuse(file, "is corrupt (" + result + ")");
            }
        }
    } catch (const StoreError& error) {
        if (error.code() == 0) {
            throw;  // already our own message
        }
        const int primary = error.code() & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
            refuse(file, fmt::format("is corrupt ({})", sqlite3_errstr(error.code())));
        }
        throw;
    }
    return false;
}

// Groups the joined rows of kSelectResponses (ordered by response) into responses.
constexpr std::string_view kSelectResponses = R"sql(
SELECT r.id, r.uid, r.questionnaire_id, r.questionnaire_version, r.definition_hash, r.site,
       r.kiosk_id, r.channel, r.language, r.status, r.date, a.question_id, a.option_id, a.text
FROM response AS r LEFT JOIN answer AS a ON a.response_id = r.id
)sql";

void readResponses(sqlite::Statement& query, const std::function<void(const StoredResponse&)>& visit) {
    std::optional<StoredResponse> current;
    Answer* answer = nullptr;
    std::string last_question;
    while (query.step()) {
        const ResponseId id = query.int64(0);
        if (!current || current->id != id) {
            if (current) {
                visit(*current);
            }
            current.emplace();
            answer = nullptr;
            current->id = id;
            ResponseInfo& info = current->info;
            info.uid = query.text(1);
            info.questionnaire_id = query.text(2);
            info.questionnaire_version = query.integer(3);
            info.definition_hash = query.text(4);
            info.site = query.text(5);
            info.kiosk_id = query.text(6);
            info.channel = channelFrom(query.text(7)).value_or(Channel::Kiosk);
            info.language = query.text(8);
            info.status = statusFrom(query.text(9)).value_or(Status::InProgress);
            info.date = query.text(10);
        }
        if (query.isNull(11)) {
            continue;  // a response with no answers
        }
        // Rows of one question are adjacent: look the answer up once per question, not per option.
        std::string question_id = query.text(11);
        if (answer == nullptr || question_id != last_question) {
            answer = &current->answers[question_id];
            last_question = std::move(question_id);
        }
        std::string option = query.text(12);
        if (option.empty()) {
            answer->text = query.text(13);
        } else {
            answer->options.push_back(std::move(option));  // already sorted by the query
        }
    }
    if (current) {
        visit(*current);
    }
}

}  // namespace

struct ResponseStore::Impl {
    fs::path path;
    Mode mode;
    sqlite::Connection db;
    std::string kiosk_id;

    Impl(fs::path file, Mode open_mode)
        : path(std::move(file)),
          mode(open_mode),
          db(path, open_mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) {}

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

    // Paper returns (or copies), answers included, inside the caller's transaction; `import_id`
    // is the import log row that brought them.
    std::vector<ResponseId> insertResponses(const std::vector<StoredResponse>& responses,
                                            std::optional<std::int64_t> import_id) {
        std::vector<ResponseId> ids;
        ids.reserve(responses.size());
        sqlite::Statement insert_response(db, R"sql(
INSERT INTO response (uid, questionnaire_id, questionnaire_version, definition_hash, site, kiosk_id,
                      channel, language, status, date, import_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
        sqlite::Statement insert_answer(
            db, "INSERT INTO answer (response_id, question_id, option_id, text) VALUES (?1, ?2, ?3, ?4)");
        for (const StoredResponse& response : responses) {
            const ResponseId id = insertResponse(insert_response, response.info, import_id);
            for (const auto& [question_id, answer] : response.answers) {
                insertAnswer(insert_answer, id, question_id, answer);
            }
            ids.push_back(id);
        }
        return ids;
    }

    ResponseId insertResponse(sqlite::Statement& insert, const ResponseInfo& info,
                              std::optional<std::int64_t> import_id = std::nullopt) {
        insert.reset();
        if (import_id) insert.bind(11, *import_id);  // parameter 11 of insertResponses' statement
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
            .run();
        return db.lastInsertId();
    }

    // One UPDATE of a single response, committed at once; an unknown id is an error.
    void updateResponse(std::string_view sql, ResponseId id, std::string_view value) {
        sqlite::Statement update(db, sql);
        update.bind(1, id).bind(2, value).run();
        requireChanged(id);
    }

    void requireChanged(ResponseId id) const {
        if (db.changes() == 0) {
            throw StoreError(fmt::format("{}: there is no response {}", path.string(), id));
        }
    }
};

ResponseStore ResponseStore::open(const fs::path& file, Mode mode) {
    const bool exists = fs::exists(file);
    if (!exists && mode == Mode::ReadOnly) {
        throw StoreError(file.string() + ": no such database file");
    }
    const bool fresh = !exists || inspectExisting(file);
    if (fresh && mode == Mode::ReadOnly) {
        refuse(file, "is not a Perspective database (an empty file)");
    }

    auto impl = std::make_unique<Impl>(file, mode);
    sqlite::Connection& db = impl->db;
    db.exec("PRAGMA busy_timeout = 5000");
    if (mode == Mode::ReadWrite) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA secure_delete = ON");
        if (migrate(db) > 0) {
            // Put the new schema into the main file at once, so a copy taken without the -wal
            // file (a kiosk's file copied while it runs) is still recognised as a store.
            impl->ensureKioskId();
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    } else if (schemaVersionOf(db) != latestSchemaVersion()) {
        refuse(file, fmt::format("has schema {}; open it once read-write to upgrade it to {}",
                                 schemaVersionOf(db), latestSchemaVersion()));
    }

    impl->ensureKioskId();
    return ResponseStore(std::move(impl));
}

ResponseStore::ResponseStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ResponseStore::ResponseStore(ResponseStore&&) noexcept = default;
ResponseStore& ResponseStore::operator=(ResponseStore&&) noexcept = default;
ResponseStore::~ResponseStore() = default;

int ResponseStore::schemaVersion() { return latestSchemaVersion(); }

const fs::path& ResponseStore::path() const { return impl_->path; }

std::string ResponseStore::kioskId() const { return impl_->kiosk_id; }

int ResponseStore::closeInterrupted() {
    sqlite::Statement update(impl_->db, "UPDATE response SET status = 'abandoned' WHERE status = 'in_progress'");
    update.run();
    return static_cast<int>(impl_->db.changes());
}

ResponseId ResponseStore::begin(const ResponseInfo& info) {
    sqlite::Statement insert(impl_->db, R"sql(
INSERT INTO response (uid, questionnaire_id, questionnaire_version, definition_hash, site, kiosk_id,
                      channel, language, status, date)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql");
    return impl_->insertResponse(insert, info);
}

void ResponseStore::apply(ResponseId id, const AnswerChanges& changes) {
    sqlite::Transaction transaction(impl_->db);
    for (const AnswerChange& change : changes) {
        impl_->replaceAnswer(id, change.question_id,
                             change.kind == AnswerChange::Kind::Set ? &change.answer : nullptr);
    }
    transaction.commit();
}

void ResponseStore::setAnswer(ResponseId id, const std::string& question_id, const Answer& answer) {
    sqlite::Transaction transaction(impl_->db);
    impl_->replaceAnswer(id, question_id, &answer);
    transaction.commit();
}

void ResponseStore::clearAnswer(ResponseId id, const std::string& question_id) {
    impl_->replaceAnswer(id, question_id, nullptr);  // one statement: its own transaction
}

void ResponseStore::setLanguage(ResponseId id, const std::string& language) {
    impl_->updateResponse("UPDATE response SET language = ?2 WHERE id = ?1", id, language);
}

void ResponseStore::setChannel(ResponseId id, Channel channel) {
    impl_->updateResponse("UPDATE response SET channel = ?2 WHERE id = ?1", id, toString(channel));
}

void ResponseStore::submit(ResponseId id) {
    impl_->updateResponse("UPDATE response SET status = ?2 WHERE id = ?1", id, toString(Status::Submitted));
}

void ResponseStore::abandon(ResponseId id) {
    impl_->updateResponse("UPDATE response SET status = ?2 WHERE id = ?1", id, toString(Status::Abandoned));
}

void ResponseStore::discard(ResponseId id) {
    sqlite::Statement remove(impl_->db, "DELETE FROM response WHERE id = ?1");  // answers cascade
    remove.bind(1, id).run();
    impl_->requireChanged(id);
    // secure_delete zeroes the freed pages, but the WAL still holds the pages as they were
    // written: copy back and empty it, so the answers are gone from disk, not just unlinked.
    impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::vector<ResponseId> ResponseStore::insertCompleted(const std::vector<StoredResponse>& responses) {
    sqlite::Transaction transaction(impl_->db);
    std::vector<ResponseId> ids = impl_->insertResponses(responses, std::nullopt);
    transaction.commit();
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
// even when another process inserted it after our check (SQLITE_CONSTRAINT_UNIQUE).
std::int64_t insertImport(const sqlite::Connection& db, ImportRecord& record) {
    if (record.uid.empty()) record.uid = randomHex();
    if (record.date.empty()) record.date = isoDate(std::chrono::system_clock::now());
    if (!record.forced) {
        if (auto existing = liveImportWithHash(db, record.content_hash)) throw DuplicateImport(*existing);
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

// The checksum of a handed-out count over its canonical encoding (docs/store-schema.md).
void writeDistributionChecksum(const sqlite::Connection& db, std::int64_t row_id) {
    sqlite::Statement row(db, R"sql(
SELECT uid, questionnaire_id, site, count, date, coalesce(period_from, ''), coalesce(period_to, ''),
       coalesce(replaces, ''), withdrawn FROM distribution WHERE id = ?1)sql");
    row.bind(1, row_id);
    if (!row.step()) throw StoreError(fmt::format("no handed-out count with row id {}", row_id));
    const std::string uid = row.text(0), questionnaire_id = row.text(1), site = row.text(2), date = row.text(4),
                      from = row.text(5), to = row.text(6), replaces = row.text(7);
    const canonical::Checksum sum = canonical::checksum(canonical::encodeDistribution(
        {uid, questionnaire_id, site, row.int64(3), date, from, to, replaces, row.integer(8) != 0}));
    sqlite::Statement update(db, "UPDATE distribution SET checksum = ?2 WHERE id = ?1");
    update.bind(1, row_id).bind(2, std::string_view(reinterpret_cast<const char*>(sum.data()), sum.size())).run();
}

void requireOneChange(const sqlite::Connection& db, std::string_view what) {
    if (sqlite3_changes(db.handle()) == 0) throw StoreError(fmt::format("no {}", what));
}

}  // namespace

std::string_view toString(ImportRecord::Kind kind) {
    return kind == ImportRecord::Kind::Distributed ? "distributed" : "paper";
}

DuplicateImport::DuplicateImport(ImportRecord existing)
    : StoreError(fmt::format("this {} was imported already (import {}, {}, {} row{}, recorded {})",
                             existing.kind == ImportRecord::Kind::Paper ? "file" : "count", existing.uid,
                             existing.source.empty() ? "typed in" : existing.source, existing.rows,
                             existing.rows == 1 ? "" : "s", existing.date)),
      existing_(std::move(existing)) {}

ImportRecord ResponseStore::importPaper(ImportRecord import, const std::vector<StoredResponse>& responses) {
    sqlite::Transaction transaction(impl_->db);
    import.kind = ImportRecord::Kind::Paper;
    import.rows = static_cast<int>(responses.size());
    const std::int64_t import_id = insertImport(impl_->db, import);
    impl_->insertResponses(responses, import_id);
    transaction.commit();
    return import;
}

Distribution ResponseStore::recordDistributed(const Distribution& distribution) {
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
    log.date = stored.date;
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
    writeDistributionChecksum(impl_->db, impl_->db.lastInsertId());
    transaction.commit();
    return stored;
}

void ResponseStore::withdrawDistribution(const std::string& uid) {
    sqlite::Transaction transaction(impl_->db);
    sqlite::Statement find(impl_->db, "SELECT id, import_id FROM distribution WHERE uid = ?1");
    find.bind(1, uid);
    if (!find.step()) throw StoreError("no handed-out count with id " + uid);
    const std::int64_t row_id = find.int64(0);
    sqlite::Statement mark(impl_->db, "UPDATE distribution SET withdrawn = 1 WHERE id = ?1");
    mark.bind(1, row_id).run();
    writeDistributionChecksum(impl_->db, row_id);
    if (!find.isNull(1)) {
        sqlite::Statement log(impl_->db, "UPDATE import SET withdrawn = 1 WHERE id = ?1");
        log.bind(1, find.int64(1)).run();
    }
    transaction.commit();
}

ImportRecord ResponseStore::withdrawImport(const std::string& uid) {
    if (uid.size() < 6) throw StoreError("give at least 6 characters of the import's id, got '" + uid + "'");
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
        writeDistributionChecksum(impl_->db, row_id);
    }
    transaction.commit();
    return record;
}

std::vector<ImportRecord> ResponseStore::imports() const {
    sqlite::Statement query(impl_->db, std::string(kSelectImports) + "ORDER BY id");
    std::vector<ImportRecord> result;
    while (query.step()) result.push_back(importFrom(query));
    return result;
}

std::optional<StoredResponse> ResponseStore::response(ResponseId id) const {
    sqlite::Statement query(impl_->db,
                            std::string(kSelectResponses) + "WHERE r.id = ?1 ORDER BY a.question_id, a.option_id");
    query.bind(1, id);
    std::optional<StoredResponse> found;
    readResponses(query, [&](const StoredResponse& response) { found = response; });
    return found;
}

void ResponseStore::forEachResponse(const ResponseFilter& filter,
                                    const std::function<void(const StoredResponse&)>& visit) const {
    // One streaming query: the answer table's key (response_id, question_id, option_id) keeps
    // the join in response order with no sort and no query per response.
    sqlite::Statement query(impl_->db, std::string(kSelectResponses) + R"sql(
WHERE (?1 IS NULL OR r.questionnaire_id = ?1) AND (?2 IS NULL OR r.site = ?2)
  AND (?3 IS NULL OR r.date >= ?3) AND (?4 IS NULL OR r.date <= ?4) AND (?5 IS NULL OR r.status = ?5)
ORDER BY r.id, a.question_id, a.option_id)sql");
    query.bindOptional(1, filter.questionnaire_id)
        .bindOptional(2, filter.site)
        .bindOptional(3, filter.from_date)
        .bindOptional(4, filter.to_date);
    if (filter.status) {
        query.bind(5, toString(*filter.status));
    }
    readResponses(query, visit);
}

std::vector<Distribution> ResponseStore::distributions() const {
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
    sqlite::Statement query(impl_->db, R"sql(
SELECT questionnaire_id, sum(status = 'submitted'), sum(status = 'abandoned'), sum(status = 'in_progress')
FROM response GROUP BY questionnaire_id ORDER BY questionnaire_id)sql");
    std::vector<StatusCounts> result;
    while (query.step()) {
        result.push_back({query.text(0), query.integer(1), query.integer(2), query.integer(3)});
    }
    return result;
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
    sqlite::Statement upsert(impl_->db, R"sql(
INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value)sql");
    upsert.bind(1, key).bind(2, value).run();
}

}  // namespace survey
