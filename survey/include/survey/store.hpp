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

// Paper questionnaires handed out, for response rates.
struct Distribution {
    std::string questionnaire_id;
    std::string site;
    int count = 0;
    std::string date;
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
    // is corrupt (quick_check in ReadWrite, the full integrity_check in ReadOnly), holds a row
    // whose checksum fails (named), or has a schema newer than this program knows.
    // ReadWrite takes the database's lock ("<file>.lock") for the store's whole life: a second
    // writer waits a second, then is refused. ReadOnly reads a snapshot copied into memory,
    // so it never holds the live file (nor blocks the kiosk) and leaves no file beside it.
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
    void recordDistributed(const Distribution& distribution);

    // Reading back (exporter, staff counts).
    std::optional<StoredResponse> response(ResponseId id) const;
    void forEachResponse(const ResponseFilter& filter,
                         const std::function<void(const StoredResponse&)>& visit) const;
    std::vector<Distribution> distributions() const;
    std::vector<StatusCounts> statusCounts() const;  // never individual answers

    // Small key/value settings for the kiosk (site, offered questionnaires, staff PIN hash).
    std::optional<std::string> setting(const std::string& key) const;
    void setSetting(const std::string& key, const std::string& value);

private:
    struct Impl;
    explicit ResponseStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace survey
