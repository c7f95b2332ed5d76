// Row checksums: made by reading the row back after a write, checked on every read.
#include "integrity.hpp"

#include <fmt/format.h>

#include "survey/canonical.hpp"
#include "survey/errors.hpp"

namespace survey::integrity {

const std::string_view kSelectResponseRows = R"sql(
SELECT r.id, r.uid, r.questionnaire_id, r.questionnaire_version, r.definition_hash, r.site, r.kiosk_id,
       r.channel, r.language, r.status, r.date, coalesce(i.uid, ''), r.batch_id, r.sealed_answers, r.checksum,
       a.question_id, a.option_id, a.text
FROM response AS r LEFT JOIN import AS i ON i.id = r.import_id LEFT JOIN answer AS a ON a.response_id = r.id
)sql";

namespace {

constexpr std::string_view kSelectResponses = R"sql(
SELECT r.id, r.uid, r.questionnaire_id, r.questionnaire_version, r.definition_hash, r.site, r.kiosk_id,
       r.channel, r.language, r.status, r.date, coalesce(i.uid, ''), r.batch_id, r.sealed_answers, r.checksum
FROM response AS r LEFT JOIN import AS i ON i.id = r.import_id
WHERE r.uid NOT IN (SELECT uid FROM discard_pending) ORDER BY r.id)sql";

// The answer table's own key order: no sort, and the options of a question already in order.
constexpr std::string_view kSelectAnswers =
    "SELECT response_id, question_id, option_id, text FROM answer ORDER BY response_id, question_id, option_id";

enum Column : int {
    kId, kUid, kQuestionnaire, kVersion, kDefinition, kSite, kKiosk, kChannel, kLanguage, kStatus, kDate,
    kImportUid, kBatch, kSealed, kChecksum, kQuestion, kOption, kText
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

void forEachResponseRow(sqlite::Statement& query, const std::function<void(const ResponseRow&)>& visit) {
    std::optional<ResponseRow> current;
    Answer* answer = nullptr;
    std::string last_question;
    while (query.step()) {
        const std::int64_t id = query.int64(kId);
        if (!current || current->id != id) {
            if (current) {
                visit(*current);
            }
            current.emplace();
            answer = nullptr;
            readFields(query, *current);
        }
        if (query.isNull(kQuestion)) {
            continue;  // a response with no answer rows
        }
        // Rows of one question are adjacent: look the answer up once per question, not per option.
        std::string question_id = query.text(kQuestion);
        if (answer == nullptr || question_id != last_question) {
            answer = &current->answers[question_id];
            last_question = std::move(question_id);
        }
        std::string option = query.text(kOption);
        if (option.empty()) {
            answer->text = query.text(kText);
        } else {
            answer->options.push_back(std::move(option));  // already sorted by the query
        }
    }
    if (current) {
        visit(*current);
    }
}

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

void forEachStoredResponse(const sqlite::Connection& db, const std::function<void(ResponseRow&)>& visit) {
    sqlite::Statement responses(db, kSelectResponses);
    sqlite::Statement answers(db, kSelectAnswers);
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
    sqlite::Statement query(db, std::string(kSelectResponseRows) +
                                    "WHERE r.id = ?1 ORDER BY r.id, a.question_id, a.option_id");
    query.bind(1, response_id);
    std::optional<canonical::Checksum> digest;
    forEachResponseRow(query, [&](const ResponseRow& row) { digest = checksumOf(row); });
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
