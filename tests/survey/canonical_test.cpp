#include "survey/canonical.hpp"

#include <gtest/gtest.h>

#include "survey/errors.hpp"

namespace survey {
namespace {

Answers sample() {
    Answers answers;
    answers["help_areas"] = Answer::multi({"housing", "drugs"});
    answers["rules_explained"] = Answer::single("fully");
    answers["comments"] = Answer::freeText("Thanks for the help");
    return answers;
}

TEST(CanonicalAnswers, RoundTripsEveryKindOfAnswer) {
    EXPECT_EQ(canonical::decodeAnswers(canonical::encodeAnswers(sample())), sample());
    EXPECT_EQ(canonical::decodeAnswers(canonical::encodeAnswers({})), Answers{});
}

TEST(CanonicalAnswers, RefusesCutOrPaddedBytes) {
    const std::string bytes = canonical::encodeAnswers(sample());
    EXPECT_THROW(canonical::decodeAnswers(bytes.substr(0, bytes.size() - 1)), StoreError);
    EXPECT_THROW(canonical::decodeAnswers(bytes + "x"), StoreError);
    EXPECT_THROW(canonical::decodeAnswers(""), StoreError);
}

TEST(CanonicalResponse, AnyChangedFieldChangesTheChecksum) {
    const Answers answers = sample();
    canonical::ResponseFields fields{"uid1", "offender", 1, "hash", "Chester", "kiosk", "kiosk", "en",
                                     "submitted", "2011-03-01", ""};
    const auto base = canonical::checksum(canonical::encodeResponse(fields, &answers, std::nullopt));
    auto changed = fields;
    changed.status = "abandoned";
    EXPECT_NE(canonical::checksum(canonical::encodeResponse(changed, &answers, std::nullopt)), base);
    Answers other = answers;
    other["rules_explained"] = Answer::single("partly");
    EXPECT_NE(canonical::checksum(canonical::encodeResponse(fields, &other, std::nullopt)), base);
    // Field boundaries are part of the bytes: moving a character between fields is a change.
    auto shifted = fields;
    shifted.uid = "uid";
    shifted.questionnaire_id = "1offender";
    EXPECT_NE(canonical::checksum(canonical::encodeResponse(shifted, &answers, std::nullopt)), base);
    const std::string blob = "sealed-bytes";
    EXPECT_NE(canonical::checksum(canonical::encodeResponse(fields, nullptr, canonical::SealedPayload{7, blob})),
              base);
}

TEST(CanonicalDistribution, WithdrawalChangesTheChecksum) {
    canonical::DistributionFields fields{"u", "victim", "Chester", 40, "2011-02-01", "", "", "", false};
    auto withdrawn = fields;
    withdrawn.withdrawn = true;
    EXPECT_NE(canonical::checksum(canonical::encodeDistribution(fields)),
              canonical::checksum(canonical::encodeDistribution(withdrawn)));
    EXPECT_EQ(canonical::toHex(canonical::checksum("")).size(), 64U);
}

}  // namespace
}  // namespace survey
