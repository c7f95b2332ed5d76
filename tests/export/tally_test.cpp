#include "report/tally.hpp"

#include <gtest/gtest.h>

#include "survey/questionnaire_file.hpp"

namespace report {
namespace {

const std::string kDir = std::string(PERSPECTIVE_TEST_FIXTURES) + "/export/report/";

survey::Questionnaire mini() { return survey::loadQuestionnaire(kDir + "mini.yaml", kDir + "scales.yaml"); }

survey::StoredResponse response(survey::Answers answers, int version = 2) {
    survey::StoredResponse r;
    r.info.questionnaire_id = "mini";
    r.info.questionnaire_version = version;
    r.info.status = survey::Status::Submitted;
    r.answers = std::move(answers);
    return r;
}

const QuestionFigures& question(const std::vector<QuestionFigures>& questions, const std::string& id) {
    for (const auto& q : questions) {
        if (q.id == id) return q;
    }
    throw std::runtime_error("no question " + id);
}

int countOf(const QuestionFigures& q, const std::string& option) {
    for (const auto& o : q.options) {
        if (o.id == option) return o.count;
    }
    return -1;
}

using survey::Answer;

TEST(Tally, AskedCountsOnlyThoseWhoseWhenRuleHeld) {
    QuestionnaireTally tally(mini(), "");
    tally.add(response({{"setting", Answer::single("custody")}, {"custody_induction", Answer::single("yes")}}));
    tally.add(response({{"setting", Answer::single("custody")}}));
    tally.add(response({{"setting", Answer::single("community")}}));
    const auto report = tally.finish(Language::En, std::nullopt);
    const auto& q = question(report.questions, "custody_induction");
    EXPECT_EQ(q.asked, 2);
    EXPECT_EQ(q.answered, 1);
    EXPECT_EQ(q.skipped, 1);
    EXPECT_EQ(q.base, 1);
    EXPECT_EQ(report.returned, 3);
}

TEST(Tally, OptionsOutsideTheBaseLeaveTheBaseAndSayWhoExpressedAView) {
    QuestionnaireTally tally(mini(), "");
    for (int i = 0; i < 9; ++i) {
        tally.add(response({{"setting", Answer::single("custody")}, {"custody_induction", Answer::single("yes")}}));
    }
    tally.add(response({{"setting", Answer::single("custody")}, {"custody_induction", Answer::single("dont_know")}}));
    const auto report = tally.finish(Language::En, std::nullopt);
    const auto& q = question(report.questions, "custody_induction");
    EXPECT_EQ(q.answered, 10);
    EXPECT_EQ(q.base, 9);
    EXPECT_EQ(countOf(q, "dont_know"), 1);
    EXPECT_EQ(q.sentence, "All nine offenders in prison who expressed a view said they had an induction.");
    ASSERT_EQ(q.options.size(), 3U);
    EXPECT_EQ(q.options[0].percent, 100);
    EXPECT_FALSE(q.options[2].percent.has_value());
}

TEST(Tally, ThreePointScaleCountsFullyOrPartly) {
    QuestionnaireTally tally(mini(), "");
    for (const char* option : {"fully", "fully", "partly", "partly", "partly", "no"}) {
        tally.add(response({{"rules_explained", Answer::single(option)}}));
    }
    const auto report = tally.finish(Language::En, std::nullopt);
    const auto& q = question(report.questions, "rules_explained");
    EXPECT_EQ(q.finding_count, 5);
    EXPECT_EQ(q.finding_percent, 83);
    EXPECT_EQ(q.base, 6);
    // Fully (2) is not the clear majority of fully-or-partly (5): split, as the reports do.
    EXPECT_EQ(q.sentence, "Only two of the six offenders said they had been fully explained; a further three said "
                          "they had been partly explained, and one said they had not been explained.");
}

TEST(Tally, MultiChoiceBaseLeavesOutThoseWhoChoseOnlyOutsideTheBase) {
    QuestionnaireTally tally(mini(), "");
    tally.add(response({{"help_areas", Answer::multi({"housing", "drugs"})}}));
    tally.add(response({{"help_areas", Answer::multi({"housing"})}}));
    tally.add(response({{"help_areas", Answer::multi({"none"})}}));
    tally.add(response({}));
    const auto report = tally.finish(Language::En, std::nullopt);
    const auto& q = question(report.questions, "help_areas");
    EXPECT_EQ(q.asked, 4);
    EXPECT_EQ(q.answered, 3);
    EXPECT_EQ(q.skipped, 1);
    EXPECT_EQ(q.base, 2);
    EXPECT_EQ(countOf(q, "housing"), 2);
    EXPECT_EQ(countOf(q, "drugs"), 1);
    EXPECT_EQ(countOf(q, "none"), 1);
    // No finding: the sentence reports the most chosen option.
    EXPECT_EQ(q.sentence, "Both offenders who expressed a view chose \u201CHousing\u201D in answer to "
                          "\u201CWhat have you had help with?\u201D.");
}

TEST(Tally, GroupsByAProfileQuestionWithNotAnsweredApart) {
    QuestionnaireTally tally(mini(), "setting");
    tally.add(response({{"setting", Answer::single("custody")}, {"rules_explained", Answer::single("no")}}));
    tally.add(response({{"setting", Answer::single("community")}, {"rules_explained", Answer::single("fully")}}));
    tally.add(response({{"rules_explained", Answer::single("fully")}}));
    const auto report = tally.finish(Language::En, std::nullopt);
    ASSERT_EQ(report.groups.size(), 3U);
    EXPECT_EQ(report.groups[0].id, "community");
    EXPECT_EQ(report.groups[1].id, "custody");
    EXPECT_EQ(report.groups[2].id, "not_answered");
    EXPECT_EQ(countOf(question(report.groups[1].questions, "rules_explained"), "no"), 1);
    EXPECT_EQ(countOf(question(report.groups[2].questions, "rules_explained"), "fully"), 1);
    EXPECT_EQ(countOf(question(report.questions, "rules_explained"), "fully"), 2);
}

TEST(Tally, AbandonedAreCountedApartAndNeverInTheFigures) {
    QuestionnaireTally tally(mini(), "");
    tally.add(response({{"setting", Answer::single("custody")}}));
    tally.addAbandoned();
    const auto report = tally.finish(Language::En, std::nullopt);
    EXPECT_EQ(report.returned, 1);
    EXPECT_EQ(report.abandoned, 1);
    EXPECT_EQ(question(report.questions, "setting").asked, 1);
}

TEST(Tally, ResponseRateFromDistributed) {
    QuestionnaireTally tally(mini(), "");
    for (int i = 0; i < 13; ++i) tally.add(response({}));
    const auto report = tally.finish(Language::En, 150);
    EXPECT_EQ(report.distributed, 150);
    EXPECT_EQ(report.response_rate_percent, 9);
    EXPECT_EQ(report.opening, "Out of 150 questionnaires handed out, 13 were completed and returned (a response rate of 9%).");
}

TEST(Tally, NoDistributionMeansNoRate) {
    QuestionnaireTally tally(mini(), "");
    tally.add(response({}));
    const auto report = tally.finish(Language::En, std::nullopt);
    EXPECT_FALSE(report.distributed.has_value());
    EXPECT_FALSE(report.response_rate_percent.has_value());
}

TEST(Tally, CommentsBecomeQuotesWithNamesChanged) {
    QuestionnaireTally tally(mini(), "");
    tally.add(response({{"comments", Answer::freeText("My worker Dave was kind, ring him on 07700 900123.")}}));
    tally.add(response({{"comments", Answer::freeText("dave sorted my housing.")}}));
    const auto report = tally.finish(Language::En, std::nullopt);
    ASSERT_EQ(report.comments.size(), 2U);
    // In the order of the redacted text, so nothing of the real name shows.
    EXPECT_EQ(report.comments[0], "One offender told us: \u201CAlan sorted my housing.\u201D");
    EXPECT_EQ(report.comments[1], "One offender told us: \u201CMy worker Alan was kind, ring him on [phone number].\u201D");
    EXPECT_EQ(report.comments_note, "Names have been changed.");
    EXPECT_EQ(question(report.questions, "comments").sentence, "Two offenders left comments.");
}

TEST(Tally, NoNoteWhenNoNameWasChanged) {
    QuestionnaireTally tally(mini(), "");
    tally.add(response({{"comments", Answer::freeText("Ring me on 07700 900123.")}}));
    const auto report = tally.finish(Language::En, std::nullopt);
    EXPECT_EQ(report.comments.at(0), "One offender told us: \u201CRing me on [phone number].\u201D");
    EXPECT_EQ(report.comments_note, "");
}

TEST(Tally, WelshUsesWelshFindingAndNouns) {
    QuestionnaireTally tally(mini(), "");
    for (int i = 0; i < 3; ++i) {
        tally.add(response({{"setting", Answer::single("custody")}, {"custody_induction", Answer::single("yes")}}));
    }
    const auto report = tally.finish(Language::Cy, std::nullopt);
    EXPECT_EQ(question(report.questions, "custody_induction").sentence,
              "Roedd pob un o'r tri throseddwr yn y carchar wedi dweud eu bod wedi cael cyfnod sefydlu.");
    EXPECT_EQ(report.opening, "Cwblhaodd tri throseddwr holiadur.");
}

// Issue 11: the tally counts the file's finding options and guesses none from option ids; a
// single-choice question without a finding (setting here) gets the most common answer, not its
// first option.
// The Welsh noun's gender comes from the questionnaire file: a feminine noun is counted "dwy
// ferch", "tair merch", never "dau ferch".
TEST(Tally, WelshNumbersFollowTheNounsGenderFromTheFile) {
    survey::Questionnaire questionnaire = mini();
    questionnaire.respondent.set("cy", "merch");
    questionnaire.respondents.set("cy", "merched");
    questionnaire.respondent_gender = survey::NounGender::Feminine;
    QuestionnaireTally tally(questionnaire, "");
    for (int i = 0; i < 2; ++i) tally.add(response({{"setting", Answer::single("custody")}}));
    EXPECT_EQ(tally.finish(Language::Cy, std::nullopt).opening, "Cwblhaodd dwy ferch holiadur.");
    tally.add(response({{"setting", Answer::single("custody")}}));
    const auto report = tally.finish(Language::Cy, std::nullopt);
    EXPECT_EQ(report.opening, "Cwblhaodd tair merch holiadur.");
    const std::string& sentence = question(report.questions, "setting").sentence;
    EXPECT_EQ(sentence.rfind("Roedd pob un o'r tair merch ", 0), 0U) << sentence;
}

TEST(FindingOptions, ComeFromTheFileAndAreNeverGuessed) {
    QuestionnaireTally tally(mini(), "");
    for (const char* option : {"community", "custody", "custody"}) tally.add(response({{"setting", Answer::single(option)}}));
    const auto report = tally.finish(Language::En, std::nullopt);
    EXPECT_EQ(question(report.questions, "rules_explained").finding_options, (std::vector<std::string>{"fully", "partly"}));
    EXPECT_EQ(question(report.questions, "custody_induction").finding_options, (std::vector<std::string>{"yes"}));
    const auto& setting = question(report.questions, "setting");
    EXPECT_TRUE(setting.finding_options.empty());
    EXPECT_EQ(setting.sentence, "The most common answer was \u201CIn prison\u201D, chosen by two of the three offenders.");
}

}  // namespace
}  // namespace report
