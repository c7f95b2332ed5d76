// Row checksums: made by reading the row back after a write, checked on every read.
#include "integrity.hpp"

#include <fmt/format.h>

#include "survey/canonical.hpp"
#include "survey/errors.hpp"

namespace survey::integrity {

namespace {

// A response's columns, in the order of Column below; " WHERE r.id = ?1" and " ORDER BY r.id"
// are added by forEachStoredResponse.
constexpr std::string_view kSelectResponses = R"sql(
SELECT r.id, r.uid, r.questionnaire_id, r.questionnaire_version, r.definition_hash, r.site, r.kiosk_id,
       r.channel, r.language, r.status, r.date, coalesce(i.uid, ''), r.batch_id, r.sealed_answers, r.checksum
FROM response AS r LEFT JOIN import AS i ON i.id = r.import_id)sql";

// Read in the answer table's own key order (" ORDER BY response_id, question_id, option_id"): no
// sort, and the options of a question already in order.
constexpr std::string_view kSelectAnswers = "SELECT response_id, question_id, option_id, text FROM answer";

enum Column : int {
    kId, kUid, kQuestionnaire, kVersion, kDefinition, kSite, kKiosk, kChannel, kLanguage, kStatus, kDate,
    kImportUid, kBatch, kSealed, kChecksum
};

// Fills `row` from the query's current row; assigning into its strings reuses their memory.
void readFields(const sqlite::Statement& query, ResponseRow& row) {
    row.id = query.int64(kId);
    row.uid.assign(query.textView(kUid));
    row.questionnaire_id.assign(query.textView(kQuestionnaire));
    row.questionnaire_version = query.int64(kVersion);
    row.definition_hash.assign(query.textView(kDefinition));
    row.site.assign(query.textView(kSite));
    row.kiosk_id.assign(query.textView(kKiosk));
    row.channel.assign(query.textView(kChannel));
    row.language.assign(query.textView(kLanguage));
    row.status.assign(query.textView(kStatus));
    row.date.assign(query.textView(kDate));
    row.import_uid.assign(query.textView(kImportUid));
    row.batch_id = query.isNull(kBatch) ? std::nullopt : std::optional(query.int64(kBatch));
    row.sealed_answers.assign(query.blobView(kSealed));
    if (query.isNull(kChecksum)) {
        row.checksum.reset();
    } else {
        if (!row.checksum) row.checksum.emplace();
        row.checksum->assign(query.blobView(kChecksum));
    }
}

canonical::Checksum checksumOf(const ResponseRow& row) {
    const canonical::ResponseFields fields{row.uid,      row.questionnaire_id,
                                           static_cast<int>(row.questionnaire_version),
                                           row.definition_hash, row.site, row.kiosk_id, row.channel,
                                           row.language, row.status, row.date, row.import_uid};
    std::optional<canonical::SealedPayload> sealed;
    if (row.batch_id) {
        sealed = canonical::SealedPayload{*row.batch_id, row.sealed_answers};
    }
    thread_local std::string encoding;  // reused: one per response read
    canonical::encodeResponse(encoding, fields, &row.answers, sealed);
    return canonical::checksum(encoding);
}

bool matches(const std::optional<std::string>& stored, const canonical::Checksum& computed) {
    return stored && stored->size() == computed.size() &&
           std::equal(computed.begin(), computed.end(), stored->begin(),
                      [](unsigned char a, char b) { return a == static_cast<unsigned char>(b); });
}

std::string_view asBytes(const canonical::Checksum& digest) {
    return {reinterpret_cast<const char*>(digest.data()), digest.size()};
}

[[noreturn]] void refuseRow(const std::string& file, std::string_view row) {
    throw StoreError(fmt::format(
        "{}: {} does not match its checksum: it was damaged (or changed outside Perspective) after it "
        "was saved, so Perspective will not use this file. Keep a copy of it for the inspectorate "
        "and use a new database file",
        file, row));
}

constexpr std::string_view kSelectDistributions = R"sql(
SELECT id, coalesce(uid, ''), questionnaire_id, site, count, date, coalesce(period_from, ''),
       coalesce(period_to, ''), coalesce(replaces, ''), withdrawn, checksum
FROM distribution)sql";

canonical::Checksum distributionChecksum(const sqlite::Statement& query) {
    const std::string uid = query.text(1), questionnaire = query.text(2), site = query.text(3),
                      date = query.text(5), from = query.text(6), to = query.text(7), replaces = query.text(8);
    return canonical::checksum(canonical::encodeDistribution(
        {uid, questionnaire, site, query.int64(4), date, from, to, replaces, query.int64(9) != 0}));
}

}  // namespace

namespace {

// The answer entries of earlier responses, kept for the next: a report reads millions of answer
// rows, and reusing an entry (its question id's and options' memory included) spares an
// allocation for each.
class SpareAnswers {
public:
    // Takes every entry of `answers` (leaving it empty) for reuse.
    void takeFrom(Answers& answers) {
        while (!answers.empty()) spare_.push_back(answers.extract(answers.begin()));
    }

    // The empty answer to `question_id`, added at the end of `answers` (rows come in id order).
    Answer& addTo(Answers& answers, std::string_view question_id) {
        if (spare_.empty()) return answers.emplace_hint(answers.end(), question_id, Answer{})->second;
        Answers::node_type entry = std::move(spare_.back());
        spare_.pop_back();
        entry.key().assign(question_id);
        entry.mapped().options.clear();
        entry.mapped().text.clear();
        return answers.insert(answers.end(), std::move(entry))->second;
    }

private:
    std::vector<Answers::node_type> spare_;
};

}  // namespace

void forEachStoredResponse(const sqlite::Connection& db, const std::function<void(ResponseRow&)>& visit,
                           std::optional<std::int64_t> only) {
    // Two statements, not one with "?1 IS NULL OR": a read of one response must look it up by
    // its key, not scan the table.
    sqlite::Statement responses(
        db, fmt::format("{}{} ORDER BY r.id", kSelectResponses, only ? " WHERE r.id = ?1" : ""));
    sqlite::Statement answers(db, fmt::format("{}{} ORDER BY response_id, question_id, option_id", kSelectAnswers,
                                              only ? " WHERE response_id = ?1" : ""));
    if (only) {
        responses.bind(1, *only);
        answers.bind(1, *only);
    }
    bool more = answers.step();
    ResponseRow row;  // one for all responses: its memory is reused, the visitor may swap from it
    SpareAnswers spare;
    while (responses.step()) {
        readFields(responses, row);
        spare.takeFrom(row.answers);
        // Answer rows of no response (none in a sound file: the foreign key) are passed over.
        while (more && answers.int64(0) < row.id) {
            more = answers.step();
        }
        Answer* answer = nullptr;
        std::string_view last_question;  // the key of `answer`'s entry, which outlives the step
        for (; more && answers.int64(0) == row.id; more = answers.step()) {
            const std::string_view question_id = answers.textView(1);
            if (answer == nullptr || question_id != last_question) {
                answer = &spare.addTo(row.answers, question_id);
                last_question = std::prev(row.answers.end())->first;
            }
            const std::string_view option = answers.textView(2);
            if (option.empty()) {
                answer->text = answers.textView(3);
            } else {
                answer->options.emplace_back(option);
            }
        }
        visit(row);
    }
}

void updateResponseChecksum(sqlite::Connection& db, std::int64_t response_id) {
    std::optional<canonical::Checksum> digest;
    forEachStoredResponse(db, [&](const ResponseRow& row) { digest = checksumOf(row); }, response_id);
    if (!digest) {
        throw StoreError(fmt::format("{}: there is no response {}", db.file(), response_id));
    }
    sqlite::Statement update(db, "UPDATE response SET checksum = ?2 WHERE id = ?1");
    update.bind(1, response_id).bindBlob(2, asBytes(*digest)).run();
}

void updateDistributionChecksum(sqlite::Connection& db, std::int64_t distribution_id) {
    sqlite::Statement query(db, std::string(kSelectDistributions) + " WHERE id = ?1");
    query.bind(1, distribution_id);
    if (!query.step()) {
        throw StoreError(fmt::format("{}: there is no handed-out count {}", db.file(), distribution_id));
    }
    const canonical::Checksum digest = distributionChecksum(query);
    sqlite::Statement update(db, "UPDATE distribution SET checksum = ?2 WHERE id = ?1");
    update.bind(1, distribution_id).bindBlob(2, asBytes(digest)).run();
}

void fillMissingChecksums(sqlite::Connection& db) {
    std::vector<std::int64_t> responses;
    std::vector<std::int64_t> distributions;
    {
        sqlite::Statement query(db, "SELECT id FROM response WHERE checksum IS NULL");
        while (query.step()) {
            responses.push_back(query.int64(0));
        }
        sqlite::Statement counts(db, "SELECT id FROM distribution WHERE checksum IS NULL");
        while (counts.step()) {
            distributions.push_back(counts.int64(0));
        }
    }
    for (const std::int64_t id : responses) {
        updateResponseChecksum(db, id);
    }
    for (const std::int64_t id : distributions) {
        updateDistributionChecksum(db, id);
    }
}

void verify(const ResponseRow& row, const std::string& file) {
    if (!matches(row.checksum, checksumOf(row))) {
        refuseRow(file, fmt::format("response {} (row id {})", row.uid, row.id));
    }
}

void verifyDistributions(const sqlite::Connection& db, const std::string& file) {
    sqlite::Statement query(db, kSelectDistributions);
    while (query.step()) {
        if (!matches(query.isNull(10) ? std::nullopt : std::optional(query.blob(10)), distributionChecksum(query))) {
            refuseRow(file, fmt::format("handed-out count {} (row id {})", query.text(1), query.int64(0)));
        }
    }
}

void verifyAll(const sqlite::Connection& db, const std::string& file) {
    forEachStoredResponse(db, [&](const ResponseRow& row) { verify(row, file); });
    verifyDistributions(db, file);
}

}  // namespace survey::integrity
