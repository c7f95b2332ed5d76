// Routing (`when` rules), pruning of answers that no longer apply, and checking one answer.
#include "survey/answers.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "survey/questionnaire_file.hpp"

namespace survey {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(PERSPECTIVE_TEST_FIXTURES) / "survey";
const fs::path kShipped = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";

Questionnaire routingFixture() {
    return loadQuestionnaire(kFixtures / "routing.yaml", kShipped / "scales.yaml");
}

std::vector<std::string> idsOf(const std::vector<const Question*>& questions) {
    std::vector<std::string> ids;
    for (const Question* question : questions) ids.push_back(question->id);
    return ids;
}

using Ids = std::vector<std::string>;

TEST(Answers, FactoriesShapeTheAnswer) {
    EXPECT_EQ(Answer::single("yes").options, (Ids{"yes"}));
    EXPECT_EQ(Answer::multi({"money", "housing", "money"}).options, (Ids{"housing", "money"}));
    EXPECT_EQ(Answer::freeText("Thanks").text, "Thanks");
    EXPECT_TRUE(Answer::multi({"money", "housing"}).includes("housing"));
    EXPECT_FALSE(Answer::single("no").includes("yes"));
    EXPECT_EQ(Answer::multi({"b", "a"}), Answer::multi({"a", "b"}));
}

TEST(Answers, QuestionWithoutRuleIsAlwaysAsked) {
    const Questionnaire q = routingFixture();
    EXPECT_TRUE(isAsked(*q.question("setting"), {}));
    EXPECT_TRUE(isAsked(*q.question("comments"), {}));
}

TEST(Answers, RuleHoldsOnlyWhenTheEarlierAnswerIncludesTheOption) {
    const Questionnaire q = routingFixture();
    const Question& induction = *q.question("induction");
    EXPECT_FALSE(isAsked(induction, {}));
    EXPECT_FALSE(isAsked(induction, {{"setting", Answer::single("community")}}));
    EXPECT_TRUE(isAsked(induction, {{"setting", Answer::single("custody")}}));
}

TEST(Answers, NothingAnsweredAsksOnlyTheUnconditionalQuestions) {
    EXPECT_EQ(idsOf(applicableQuestions(routingFixture(), {})), (Ids{"setting", "help", "comments"}));
}

TEST(Answers, ChainOpensStepByStep) {
    const Questionnaire q = routingFixture();
    Answers answers{{"setting", Answer::single("custody")}};
    EXPECT_EQ(idsOf(applicableQuestions(q, answers)), (Ids{"setting", "induction", "help", "comments"}));
    answers["induction"] = Answer::single("yes");
    EXPECT_EQ(idsOf(applicableQuestions(q, answers)), (Ids{"setting", "induction", "basic_skills", "help", "comments"}));
    answers["induction"] = Answer::single("dont_know");
    EXPECT_EQ(idsOf(applicableQuestions(q, answers)), (Ids{"setting", "induction", "help", "comments"}));
}

TEST(Answers, LeftoverAnswerDoesNotOpenAQuestionWhoseParentIsNotAsked) {
    const Questionnaire q = routingFixture();
    // induction = yes still saved, but setting is now community: basic_skills must not apply.
    const Answers answers{{"setting", Answer::single("community")}, {"induction", Answer::single("yes")}};
    EXPECT_EQ(idsOf(applicableQuestions(q, answers)), (Ids{"setting", "missed", "help", "comments"}));
}

TEST(Answers, PruneRemovesAWholeChainInOrder) {
    const Questionnaire q = routingFixture();
    Answers answers{{"setting", Answer::single("community")},
                    {"induction", Answer::single("yes")},
                    {"basic_skills", Answer::single("no")},
                    {"help", Answer::multi({"money"})}};
    EXPECT_EQ(pruneInapplicable(q, answers), (Ids{"induction", "basic_skills"}));
    EXPECT_EQ(answers.size(), 2U);
    EXPECT_TRUE(answers.contains("setting"));
    EXPECT_TRUE(answers.contains("help"));
    EXPECT_TRUE(pruneInapplicable(q, answers).empty());
}

TEST(Answers, SingleNeedsExactlyOneKnownOption) {
    const Questionnaire q = routingFixture();
    const Question& setting = *q.question("setting");
    EXPECT_EQ(checkAnswer(setting, Answer::single("custody")), "");
    EXPECT_NE(checkAnswer(setting, Answer::single("prison")), "");
    EXPECT_NE(checkAnswer(setting, Answer::multi({"community", "custody"})), "");
    EXPECT_NE(checkAnswer(setting, Answer{}), "");
    EXPECT_NE(checkAnswer(setting, Answer::freeText("custody")), "");
}

TEST(Answers, MultiNeedsKnownOptionsWithoutRepeats) {
    const Questionnaire q = routingFixture();
    const Question& help = *q.question("help");
    EXPECT_EQ(checkAnswer(help, Answer::multi({"housing", "money"})), "");
    EXPECT_EQ(checkAnswer(help, Answer::single("none")), "");
    EXPECT_NE(checkAnswer(help, Answer::multi({})), "");
    EXPECT_NE(checkAnswer(help, Answer::multi({"housing", "jobs"})), "");
    Answer repeated;
    repeated.options = {"money", "money"};
    EXPECT_NE(checkAnswer(help, repeated), "");
    EXPECT_NE(checkAnswer(help, Answer::freeText("money")), "");
}

TEST(Answers, AnExclusiveOptionStandsAloneInAMultiAnswer) {
    const Questionnaire q = routingFixture();
    const Question& help = *q.question("help");
    EXPECT_EQ(checkAnswer(help, Answer::multi({"none"})), "");
    EXPECT_EQ(checkAnswer(help, Answer::multi({"housing", "money"})), "");
    EXPECT_EQ(checkAnswer(help, Answer::multi({"housing", "none"})),
              "'none' cannot be chosen together with other options of question 'help'");
}

TEST(Answers, ChoosingAnExclusiveOptionClearsTheOthersAndTheReverse) {
    const Questionnaire q = routingFixture();
    const Question& help = *q.question("help");
    Ids chosen = toggleChoice(help, {}, "housing");
    chosen = toggleChoice(help, chosen, "money");
    EXPECT_EQ(chosen, (Ids{"housing", "money"}));
    chosen = toggleChoice(help, chosen, "none");
    EXPECT_EQ(chosen, (Ids{"none"}));
    chosen = toggleChoice(help, chosen, "money");
    EXPECT_EQ(chosen, (Ids{"money"}));
    EXPECT_EQ(toggleChoice(help, chosen, "money"), Ids{});  // a second touch takes it away
    EXPECT_EQ(toggleChoice(help, {"none"}, "none"), Ids{});
    // A single question keeps only the latest touch, whatever was chosen before.
    EXPECT_EQ(toggleChoice(*q.question("setting"), {"community"}, "custody"), (Ids{"custody"}));
}

TEST(Answers, ShippedNoneOfTheseIsExclusive) {
    const Questionnaire offender = loadQuestionnaire(kShipped / "offender.yaml", kShipped / "scales.yaml");
    EXPECT_TRUE(offender.question("help_areas")->option("none")->exclusive);
    EXPECT_FALSE(offender.question("help_areas")->option("housing")->exclusive);
}

TEST(Answers, TextIsNonEmptyAndAtMost2000Characters) {
    const Questionnaire q = routingFixture();
    const Question& comments = *q.question("comments");
    EXPECT_EQ(checkAnswer(comments, Answer::freeText("Thank you")), "");
    EXPECT_NE(checkAnswer(comments, Answer::freeText("")), "");
    EXPECT_NE(checkAnswer(comments, Answer::single("yes")), "");
    // Characters, not bytes: 2,000 Welsh letters with a circumflex (2 bytes each) fit.
    std::string welsh;
    for (int i = 0; i < 2000; ++i) welsh += "\xC5\xB5";  // ŵ
    EXPECT_EQ(checkAnswer(comments, Answer::freeText(welsh)), "");
    EXPECT_NE(checkAnswer(comments, Answer::freeText(welsh + "w")), "");
    EXPECT_NE(checkAnswer(comments, Answer::freeText("bad \xC5")), "");
}

// ---- every `when` rule of the shipped questionnaires -------------------------------------

// An answer that makes `condition` hold.
Answer satisfying(const Question& parent, const std::string& option_id) {
    return parent.type == QuestionType::Multi ? Answer::multi({option_id}) : Answer::single(option_id);
}

// Answers that make `question` asked: its rule, its parent's rule, and so on up the chain.
void openPath(const Questionnaire& q, const Question& question, Answers& answers) {
    if (!question.when) return;
    const Question& parent = *q.question(question.when->question_id);
    openPath(q, parent, answers);
    answers[parent.id] = satisfying(parent, question.when->option_id);
}

class ShippedRouting : public testing::TestWithParam<std::string> {};

TEST_P(ShippedRouting, EveryRuleOpensAndClosesItsQuestion) {
    const fs::path file = kShipped / (GetParam() + ".yaml");
    if (!fs::exists(file)) GTEST_SKIP() << file << " is not written yet";
    const Questionnaire q = loadQuestionnaire(file, kShipped / "scales.yaml");
    for (const Question& question : q.questions) {
        SCOPED_TRACE(question.id);
        Answers answers;
        openPath(q, question, answers);
        const auto applicable = idsOf(applicableQuestions(q, answers));
        EXPECT_NE(std::find(applicable.begin(), applicable.end(), question.id), applicable.end());
        if (!question.when) continue;
        const Question& parent = *q.question(question.when->question_id);
        // Every other option of the parent closes the question, and pruning drops its answer.
        for (const Option& other : parent.options) {
            if (other.id == question.when->option_id) continue;
            Answers changed = answers;
            changed[parent.id] = satisfying(parent, other.id);
            changed[question.id] = question.options.empty() ? Answer::freeText("x") : Answer::single(question.options.front().id);
            EXPECT_FALSE(isAsked(question, changed)) << "with " << parent.id << " = " << other.id;
            const auto removed = pruneInapplicable(q, changed);
            EXPECT_NE(std::find(removed.begin(), removed.end(), question.id), removed.end());
        }
        // No answer to the parent (skipped) closes it too.
        Answers skipped = answers;
        skipped.erase(parent.id);
        const auto closed = idsOf(applicableQuestions(q, skipped));
        EXPECT_EQ(std::find(closed.begin(), closed.end(), question.id), closed.end());
    }
}

INSTANTIATE_TEST_SUITE_P(Answers, ShippedRouting, testing::Values("offender", "victim", "sentencer"));

Questionnaire offenderOrSkip() {
    const fs::path file = kShipped / "offender.yaml";
    if (!fs::exists(file)) return {};
    return loadQuestionnaire(file, kShipped / "scales.yaml");
}

TEST(Answers, OffenderCustodyChainFallsAwayWithSetting) {
    const Questionnaire q = offenderOrSkip();
    if (q.questions.empty()) GTEST_SKIP() << "offender.yaml is not written yet";
    Answers answers{{"setting", Answer::single("custody")},
                    {"custody_induction", Answer::single("yes")},
                    {"custody_basic_skills", Answer::single("yes")},
                    {"custody_induction_complete", Answer::single("partly")}};
    const auto custody = idsOf(applicableQuestions(q, answers));
    EXPECT_NE(std::find(custody.begin(), custody.end(), "custody_basic_skills"), custody.end());
    EXPECT_EQ(std::find(custody.begin(), custody.end(), "rules_explained"), custody.end());

    answers["custody_induction"] = Answer::single("no");
    const auto no_induction = idsOf(applicableQuestions(q, answers));
    EXPECT_EQ(std::find(no_induction.begin(), no_induction.end(), "custody_basic_skills"), no_induction.end());
    EXPECT_EQ(std::find(no_induction.begin(), no_induction.end(), "custody_induction_complete"), no_induction.end());

    answers["custody_induction"] = Answer::single("yes");
    answers["setting"] = Answer::single("community");
    EXPECT_EQ(pruneInapplicable(q, answers), (Ids{"custody_induction", "custody_basic_skills", "custody_induction_complete"}));
    const auto community = idsOf(applicableQuestions(q, answers));
    EXPECT_NE(std::find(community.begin(), community.end(), "rules_explained"), community.end());
    EXPECT_EQ(std::find(community.begin(), community.end(), "custody_has_om"), community.end());
}

TEST(Answers, OffenderMissedWarningOnlyAfterAMissedAppointment) {
    const Questionnaire q = offenderOrSkip();
    if (q.questions.empty()) GTEST_SKIP() << "offender.yaml is not written yet";
    const Question& warning = *q.question("missed_warning");
    Answers answers{{"setting", Answer::single("community")}, {"missed_appointments", Answer::single("no")}};
    EXPECT_FALSE(isAsked(warning, answers));
    answers["missed_appointments"] = Answer::single("yes");
    EXPECT_TRUE(isAsked(warning, answers));
    const auto applicable = idsOf(applicableQuestions(q, answers));
    EXPECT_NE(std::find(applicable.begin(), applicable.end(), "missed_warning"), applicable.end());
    // In custody the community questions, and so missed_warning, are not asked at all.
    answers["setting"] = Answer::single("custody");
    const auto custody = idsOf(applicableQuestions(q, answers));
    EXPECT_EQ(std::find(custody.begin(), custody.end(), "missed_warning"), custody.end());
}

}  // namespace

TEST(Utf8, CodePointCountCountsCharactersNotBytes) {
    EXPECT_EQ(survey::codePointCount("abc"), 3u);
    EXPECT_EQ(survey::codePointCount("ŵŷ—"), 3u);
}

TEST(Utf8, ValidityRejectsBrokenSequences) {
    EXPECT_TRUE(survey::isValidUtf8("Diolch — ŵŷ"));
    EXPECT_FALSE(survey::isValidUtf8("\xC3"));        // truncated
    EXPECT_FALSE(survey::isValidUtf8("\xC0\x80"));    // overlong
    EXPECT_FALSE(survey::isValidUtf8("a\xFF" "b"));
    EXPECT_FALSE(survey::isValidUtf8("\xED\xA0\x80"));  // a UTF-16 surrogate
}

TEST(Utf8, ATextAnswerWithControlCharactersIsRefused) {
    survey::Question comments;
    comments.id = "comments";
    comments.type = survey::QuestionType::Text;
    EXPECT_EQ(survey::checkAnswer(comments, survey::Answer::freeText("two\nlines\tand a tab")), "");
    for (const std::string& bad : {std::string("a\0b", 3), std::string("\x1b[31mred"), std::string("x\x7f")}) {
        EXPECT_NE(survey::checkAnswer(comments, survey::Answer::freeText(bad)), "") << bad;
    }
}

}  // namespace survey
