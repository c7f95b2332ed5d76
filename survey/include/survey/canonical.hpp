// The canonical byte encodings of what the store keeps: one home for the bytes that are
// checksummed (integrity), sealed (the answers) and signed (handover files).
// docs/store-schema.md describes them; change them only with a new tag.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "survey/answers.hpp"

namespace survey::canonical {

// BLAKE2b-256 (libsodium crypto_generichash, unkeyed).
using Checksum = std::array<unsigned char, 32>;
Checksum checksum(std::string_view bytes);
std::string toHex(const Checksum& checksum);

// A respondent's answers, questions in id order, options sorted.
std::string encodeAnswers(const Answers& answers);
// The inverse; throws StoreError naming what is malformed (a blob that decrypted but does not
// decode is a program error or a forged blob, never silently an empty response).
Answers decodeAnswers(std::string_view bytes);

// Everything a response row says, for its checksum. Exactly one of `plain_answers` (a plain
// response) or `sealed` (batch id and sealed blob) is given.
struct ResponseFields {
    std::string_view uid;
    std::string_view questionnaire_id;
    int questionnaire_version = 0;
    std::string_view definition_hash;
    std::string_view site;
    std::string_view kiosk_id;
    std::string_view channel;   // "kiosk", "paper", "assisted"
    std::string_view language;
    std::string_view status;    // "in_progress", "submitted", "abandoned"
    std::string_view date;      // YYYY-MM-DD
    std::string_view import_uid;  // "" for a kiosk response
};
struct SealedPayload {
    std::int64_t batch_id = 0;
    std::string_view blob;
};
std::string encodeResponse(const ResponseFields& fields, const Answers* plain_answers,
                           const std::optional<SealedPayload>& sealed);
// The same into `out`, replacing what it held: a pass over many responses reuses one buffer.
void encodeResponse(std::string& out, const ResponseFields& fields, const Answers* plain_answers,
                    const std::optional<SealedPayload>& sealed);

// Everything a handed-out count says, for its checksum.
struct DistributionFields {
    std::string_view uid;
    std::string_view questionnaire_id;
    std::string_view site;
    std::int64_t count = 0;
    std::string_view date;
    std::string_view period_from;  // "" when not given
    std::string_view period_to;
    std::string_view replaces;     // "" when it corrects nothing
    bool withdrawn = false;
};
std::string encodeDistribution(const DistributionFields& fields);

}  // namespace survey::canonical
