// The response store: one SQLite file per kiosk. Each answer is committed as it is given.
// sqlite3.h stays out of this header; see survey/src/sqlite for the RAII wrappers.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "survey/answers.hpp"
#include "survey/sealing.hpp"
#include "survey/errors.hpp"  // StoreError, for DuplicateImport
#include "survey/session.hpp"  // AnswerChanges, for apply()

namespace survey {

enum class Channel { Kiosk, Paper, Assisted };
enum class Status { InProgress, Submitted, Abandoned };
std::string_view toString(Channel);
std::string_view toString(Status);
std::optional<Channel> channelFrom(std::string_view);
std::optional<Status> statusFrom(std::string_view);

using ResponseId = std::int64_t;

// Everything a response records about itself. Nothing here may identify a person:
// the date only (never a clock time), and no name, IP, or device user.
struct ResponseInfo {
    std::string uid;                // random 128-bit hex; the same response in two files counts once
    std::string questionnaire_id;
    int questionnaire_version = 0;
    std::string definition_hash;
    std::string site;               // e.g. "Chester probation office"
    std::string kiosk_id;           // random id of the database that first stored it
    Channel channel = Channel::Kiosk;
    std::string language = "en";    // locale key the respondent finished in ("cy", "en-easy", ...)
    Status status = Status::InProgress;
    std::string date;               // YYYY-MM-DD
};

// A complete response read back, with its answers.
struct StoredResponse {
    ResponseId id = 0;
    ResponseInfo info;
    Answers answers;
};

// Filter for reading responses back.
struct ResponseFilter {
    std::optional<std::string> questionnaire_id;
    std::optional<std::string> site;
    std::optional<std::string> from_date;  // inclusive, YYYY-MM-DD
    std::optional<std::string> to_date;    // inclusive
    std::optional<Status> status;
};

// Paper questionnaires handed out, for response rates. An entry may correct (replace) an earlier
// one, or be withdrawn; the same entry (uid) in several files counts once.
struct Distribution {
    std::string questionnaire_id;
    std::string site;
    int count = 0;
    std::string date;         // YYYY-MM-DD it was recorded (or handed out, when no period is given)
    std::string period_from{};  // the period handed out over, YYYY-MM-DD; both "" when not given
    std::string period_to{};
    std::string uid{};          // random; filled in when recorded
    std::string replaces{};     // uid of the entry this one corrects; "" for none
    bool withdrawn = false;
    std::string import_uid{};   // the log entry (ImportRecord) that recorded it
};

// One paper import or handed-out count: listed by `perspective-export log`, withdrawn as a unit.
struct ImportRecord {
    enum class Kind { Paper, Distributed };
    std::string uid;  // random; filled in when recorded
    Kind kind = Kind::Paper;
    std::string questionnaire_id;
    std::string source;        // file name as given; "" for a typed count
    std::string content_hash;  // BLAKE2b-256 hex of what was imported (docs/store-schema.md)
    int rows = 0;              // responses, or questionnaires handed out
    std::string date;          // YYYY-MM-DD recorded
    bool forced = false;       // imported again on purpose (--force)
    bool withdrawn = false;
    // The days it is about, filled in by imports(): a paper import's first and last return dates
    // (empty once withdrawn, as its returns are gone); a count's day, or its period.
    std::string first_day{};
    std::string last_day{};
};
std::string_view toString(ImportRecord::Kind);

// The same content was imported already and that import is live: `existing` says which.
class DuplicateImport : public StoreError {
public:
    explicit DuplicateImport(ImportRecord existing);
    const ImportRecord& existing() const noexcept { return existing_; }

private:
    ImportRecord existing_;
};

struct StatusCounts {
    std::string questionnaire_id;
    int submitted = 0;
    int abandoned = 0;
    int in_progress = 0;
};

class ResponseStore {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating if absent, in ReadWrite) and migrates to the current schema.
    // Throws StoreError, leaving the file untouched, when it is not a Perspective database,
    // is corrupt, holds a row whose checksum fails (named), or has a schema newer than this
    // program knows.
    // ReadWrite runs quick_check and checks every row's checksum before it returns, and takes
    // the database's lock ("<file>.lock") for the store's whole life: a second writer waits a
    // second, then is refused.
    // ReadOnly (a report) reads a snapshot copied into memory, so it never holds the live file
    // (nor blocks the kiosk) and leaves no file beside it. Its checks come with its reads: the
    // full integrity_check runs on a thread of its own from the open, every read waits for it
    // before returning answers or counts, and forEachResponse checks every row's checksum
    // whatever its filter. So a damaged file is refused at the latest by the first read.
    static ResponseStore open(const std::filesystem::path& file, Mode mode = Mode::ReadWrite);

    ResponseStore(ResponseStore&&) noexcept;
    ResponseStore& operator=(ResponseStore&&) noexcept;
    ~ResponseStore();

    static int schemaVersion();  // the version this program writes
    const std::filesystem::path& path() const;
    std::string kioskId() const;  // random, made when the file was created

    // Responses left in_progress by a crash are closed as abandoned. Returns how many. Safe: a
    // ReadWrite store holds the database's lock, so no live respondent's response is touched.
    int closeInterrupted();

    // Kiosk journey: begin a response, then save each change as it happens.
    ResponseId begin(const ResponseInfo& info);  // info.uid and kiosk_id filled in when empty
    void apply(ResponseId id, const AnswerChanges& changes);  // one transaction
    void setAnswer(ResponseId id, const std::string& question_id, const Answer& answer);
    void clearAnswer(ResponseId id, const std::string& question_id);
    void setLanguage(ResponseId id, const std::string& language);
    void setChannel(ResponseId id, Channel channel);
    void submit(ResponseId id);
    void abandon(ResponseId id);
    // "Leave this page": from this call on the response is never counted or read back, and it is
    // removed with every copy of its answers on disk (secure_delete, VACUUM, an emptied -wal).
    // When the disk cannot take that yet (full, I/O error) it does not throw: the removal is
    // marked (discard_pending, or in memory when not even that can be written) and retried at
    // each later write and at the next open. Throws only for an unknown id.
    void discard(ResponseId id);
    // Whether a removal asked for by discard() is still waiting (tests, staff diagnostics).
    bool hasUnfinishedDiscards() const;
    // Tries the waiting removals again now (every write does too); true when none is left.
    bool retryDiscards();

    // Paper returns: every response in one transaction, all or nothing. Returns their ids.
    std::vector<ResponseId> insertCompleted(const std::vector<StoredResponse>& responses);
    // The same, logged as one import (uid and date filled in when empty). Throws DuplicateImport,
    // storing nothing, when a live import has the same content_hash and `import` is not forced;
    // the import table's unique index makes this hold for two imports running at once too.
    // `bytes_hash`, when given, is matched as well: the hash of the file's raw bytes, which
    // imports before content_hash named the returns as read stored in its place.
    ImportRecord importPaper(ImportRecord import, const std::vector<StoredResponse>& responses,
                             const std::string& bytes_hash = {});
    // A handed-out count, logged as its own import. Returns it as stored (uid filled in).
    // A `replaces` naming no entry of this file throws StoreError. `forced`: the log marks it as
    // recorded on purpose over a live count for the same days (the exporter's --force).
    Distribution recordDistributed(const Distribution& distribution, bool forced = false);
    // Marks a handed-out count (by uid) withdrawn, with its log entry. Throws when unknown.
    void withdrawDistribution(const std::string& uid);
    // Withdraws an import as one unit: a paper import's responses are deleted, a count is marked
    // withdrawn. `uid` may be a unique prefix of at least 6 characters. Returns the entry as it was.
    ImportRecord withdrawImport(const std::string& uid);
    std::vector<ImportRecord> imports() const;  // oldest first

    // Reading back (exporter, staff counts).
    std::optional<StoredResponse> response(ResponseId id) const;
    // Streams every selected response in id order. The response passed to `visit` is valid for
    // that call only (its memory is reused for the next): copy what must be kept.
    void forEachResponse(const ResponseFilter& filter,
                         const std::function<void(const StoredResponse&)>& visit) const;
    std::vector<Distribution> distributions() const;  // every entry, withdrawn and replaced ones too
    std::vector<StatusCounts> statusCounts() const;  // never individual answers

    // Sealing (docs/security.md). A file with a recipient never holds an answer in plain text:
    // every write seals the response's whole answer snapshot under today's batch key.
    std::optional<std::string> recipientFingerprint() const;  // nullopt: a plain file
    // Seals to `recipient` from now on, and seals every plain response in one transaction (the
    // plain rows overwritten, the WAL emptied). Returns how many responses were sealed.
    int setRecipient(const sealing::PublicKey& recipient);
    // The secret keys that open sealed answers when reading (report --key); without one, reading
    // a sealed response throws StoreError "sealed to key FINGERPRINT: pass --key".
    void setKeyring(std::shared_ptr<const sealing::Keyring> keyring);

    // Small key/value settings for the kiosk (site, offered questionnaires, staff PIN hash).
    std::optional<std::string> setting(const std::string& key) const;
    void setSetting(const std::string& key, const std::string& value);

private:
    struct Impl;
    // Paper returns inside the caller's transaction, each with its checksum; `import_id` is the
    // import log row that brought them (none for insertCompleted).
    std::vector<ResponseId> insertAll(const std::vector<StoredResponse>& responses,
                                      std::optional<std::int64_t> import_id);
    explicit ResponseStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace survey
