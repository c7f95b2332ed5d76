// Canonical encodings: length-prefixed fields after a tag, so no two different contents share
// bytes and a response's bytes can never be read as a distribution's.
#include "survey/canonical.hpp"

#include <sodium.h>

#include <array>

#include <fmt/format.h>

#include "survey/errors.hpp"

namespace survey::canonical {
namespace {

constexpr std::string_view kAnswersTag = "perspective-answers-1";
constexpr std::string_view kResponseTag = "perspective-response-1";
constexpr std::string_view kDistributionTag = "perspective-distribution-1";

// A field's length as its 4-byte prefix: unsigned 32-bit, little-endian.
std::array<char, 4> lengthPrefix(std::size_t size) {
    const auto length = static_cast<std::uint32_t>(size);
    return {static_cast<char>(length & 0xffU), static_cast<char>((length >> 8) & 0xffU),
            static_cast<char>((length >> 16) & 0xffU), static_cast<char>(length >> 24)};
}

// Appends a field: its byte length, then its bytes.
void put(std::string& out, std::string_view field) {
    const std::array<char, 4> prefix = lengthPrefix(field.size());
    out.append(prefix.data(), prefix.size());
    out.append(field);
}

void put(std::string& out, std::int64_t number) { put(out, std::to_string(number)); }

// Reads fields back in order; any overrun or leftover is a malformed encoding.
class Reader {
public:
    explicit Reader(std::string_view bytes) : rest_(bytes) {}

    std::string_view field() {
        if (rest_.size() < 4) {
            fail("a field is cut short");
        }
        std::uint32_t length = 0;
        for (int i = 3; i >= 0; --i) {
            length = (length << 8) | static_cast<unsigned char>(rest_[static_cast<std::size_t>(i)]);
        }
        rest_.remove_prefix(4);
        if (rest_.size() < length) {
            fail("a field runs past the end");
        }
        const std::string_view value = rest_.substr(0, length);
        rest_.remove_prefix(length);
        return value;
    }

    std::size_t count() {
        const std::string_view text = field();
        std::size_t value = 0;
        if (text.empty() || text.size() > 9) {
            fail("a count is not a number");
        }
        for (char c : text) {
            if (c < '0' || c > '9') {
                fail("a count is not a number");
            }
            value = value * 10 + static_cast<std::size_t>(c - '0');
        }
        return value;
    }

    void expectEnd() const {
        if (!rest_.empty()) {
            fail("bytes follow the end");
        }
    }

    [[noreturn]] static void fail(std::string_view why) {
        throw StoreError(fmt::format("stored answers are malformed: {}", why));
    }

private:
    std::string_view rest_;
};

}  // namespace

Checksum checksum(std::string_view bytes) {
    Checksum digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size(), nullptr, 0);
    return digest;
}

std::string toHex(const Checksum& digest) {
    std::array<char, 2 * std::tuple_size_v<Checksum> + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), hex.size() - 1);
}

namespace {

// encodeAnswers(), appended to `out` (a response's encoding holds it as one field).
void appendAnswers(std::string& out, const Answers& answers) {
    put(out, kAnswersTag);
    put(out, static_cast<std::int64_t>(answers.size()));
    for (const auto& [question_id, answer] : answers) {  // a std::map: already in id order
        put(out, question_id);
        put(out, static_cast<std::int64_t>(answer.options.size()));
        for (const std::string& option : answer.options) {  // Answer keeps options sorted
            put(out, option);
        }
        put(out, answer.text);
    }
}

}  // namespace

std::string encodeAnswers(const Answers& answers) {
    std::string out;
    appendAnswers(out, answers);
    return out;
}

Answers decodeAnswers(std::string_view bytes) {
    Reader in(bytes);
    if (in.field() != kAnswersTag) {
        Reader::fail("not an answers encoding");
    }
    Answers answers;
    const std::size_t questions = in.count();
    for (std::size_t q = 0; q < questions; ++q) {
        Answer& answer = answers[std::string(in.field())];
        const std::size_t options = in.count();
        for (std::size_t o = 0; o < options; ++o) {
            answer.options.emplace_back(in.field());
        }
        answer.text = std::string(in.field());
    }
    in.expectEnd();
    return answers;
}

std::string encodeResponse(const ResponseFields& fields, const Answers* plain_answers,
                           const std::optional<SealedPayload>& sealed) {
    std::string out;
    encodeResponse(out, fields, plain_answers, sealed);
    return out;
}

void encodeResponse(std::string& out, const ResponseFields& fields, const Answers* plain_answers,
                    const std::optional<SealedPayload>& sealed) {
    out.clear();
    put(out, kResponseTag);
    for (std::string_view field : {fields.uid, fields.questionnaire_id}) {
        put(out, field);
    }
    put(out, std::int64_t{fields.questionnaire_version});
    for (std::string_view field : {fields.definition_hash, fields.site, fields.kiosk_id, fields.channel,
                                   fields.language, fields.status, fields.date, fields.import_uid}) {
        put(out, field);
    }
    if (sealed) {
        put(out, "sealed");
        put(out, sealed->batch_id);
        put(out, sealed->blob);
    } else {
        put(out, "plain");
        // The answers' encoding as one field, written in place: its length is filled in after.
        const std::size_t prefix_at = out.size();
        out.append(4, '\0');
        static const Answers kNoAnswers;
        // Both branches lvalues: with a temporary `Answers{}` on one side, the ?: would copy the
        // whole map on the other (one copy of every answer of every response read).
        appendAnswers(out, plain_answers != nullptr ? *plain_answers : kNoAnswers);
        const std::array<char, 4> prefix = lengthPrefix(out.size() - prefix_at - 4);
        std::copy(prefix.begin(), prefix.end(), out.begin() + static_cast<std::ptrdiff_t>(prefix_at));
    }
}

std::string encodeDistribution(const DistributionFields& fields) {
    std::string out;
    put(out, kDistributionTag);
    for (std::string_view field : {fields.uid, fields.questionnaire_id, fields.site}) {
        put(out, field);
    }
    put(out, fields.count);
    for (std::string_view field : {fields.date, fields.period_from, fields.period_to, fields.replaces}) {
        put(out, field);
    }
    put(out, fields.withdrawn ? "1" : "0");
    return out;
}

}  // namespace survey::canonical
