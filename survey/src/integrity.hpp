// Row checksums (docs/store-schema.md): one home for making a response's or a handed-out count's
// checksum and for checking it, so a bit flipped on disk is refused by name, never counted.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "sqlite/connection.hpp"
#include "sqlite/statement.hpp"
#include "survey/answers.hpp"

namespace survey::integrity {

// A response row exactly as stored (raw text, not parsed into enums), with its plain answers.
struct ResponseRow {
    std::int64_t id = 0;
    std::string uid;
    std::string questionnaire_id;
    std::int64_t questionnaire_version = 0;
    std::string definition_hash;
    std::string site;
    std::string kiosk_id;
    std::string channel;
    std::string language;
    std::string status;
    std::string date;
    std::string import_uid;                // "" for a kiosk response
    std::optional<std::int64_t> batch_id;  // set: the answers are sealed_answers, not `answer` rows
    std::string sealed_answers;
    Answers answers;                       // plain answers (empty for a sealed response)
    std::optional<std::string> checksum;   // as stored; nullopt when NULL
};

// Every response (or only the one with row id `only`), in id order, with its answers: the
// response table and the answer table are read as two streams in the same order and put together
// here, so each stored byte is read once. Every read of responses goes through this. The row is
// the same object for every response (its memory is reused): the visitor may swap from it.
void forEachStoredResponse(const sqlite::Connection& db, const std::function<void(ResponseRow&)>& visit,
                           std::optional<std::int64_t> only = std::nullopt);

// The ONE function that makes a response's checksum: reads the row back as it now is (fields,
// import uid, batch id and sealed blob, or the plain answers) and stores BLAKE2b of its canonical
// encoding. Call it after every write to a response, inside the same transaction.
void updateResponseChecksum(sqlite::Connection& db, std::int64_t response_id);
// The same for a handed-out count (distribution row).
void updateDistributionChecksum(sqlite::Connection& db, std::int64_t distribution_id);
// Schema step 2 for files from before it: gives every row without a checksum its checksum.
void fillMissingChecksums(sqlite::Connection& db);

// Throws StoreError naming the file and the row when the stored checksum does not match.
void verify(const ResponseRow& row, const std::string& file);
// Checks every distribution row's checksum (there are few); throws like verify().
void verifyDistributions(const sqlite::Connection& db, const std::string& file);
// Checks every response and distribution row: at a kiosk's start, so a damaged row is found
// before any use (a report checks each row in its one pass instead).
void verifyAll(const sqlite::Connection& db, const std::string& file);

}  // namespace survey::integrity
