// A finding said of one person (docs/house-style.md, "One person"): through the tally, with the
// shipped questionnaires, every finding whose words read only after many ("were satisfied ...")
// ends a sentence about one sentencer, victim or offender with its words for one, in English and
// Welsh: "Only one of the 22 sentencers was a magistrate", never "... were magistrates".
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "report/tally.hpp"
#include "survey/questionnaire_file.hpp"

namespace report {
namespace {

namespace fs = std::filesystem;

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";

survey::Questionnaire shipped(const std::string& id) {
    survey::LoadOptions welsh;
    welsh.required_locales = {"en", "cy"};
    return survey::loadQuestionnaire(kQuestionnaires / (id + ".yaml"), kQuestionnaires / "scales.yaml", welsh);
}

// The sentence of `question` when `count` of `base` respondents gave its first finding option and
// the rest an answer inside the base that is not a finding option.
std::string sentenceOf(const survey::Questionnaire& questionnaire, const survey::Question& question, int count,
                       int base, Language language) {
    std::string other;
    for (const survey::Option& option : question.options) {
        const bool finding = std::find(question.finding_options.begin(), question.finding_options.end(), option.id) !=
                             question.finding_options.end();
        if (!finding && !option.outside_base) {
            other = option.id;
            break;
        }
    }
    QuestionnaireTally tally(questionnaire, "");
    for (int n = 0; n < base; ++n) {
        survey::StoredResponse response;
        response.info.questionnaire_id = questionnaire.id;
        response.info.questionnaire_version = questionnaire.version;
        // Whatever the routing asks for, so that every respondent was asked this question.
        if (question.when) response.answers[question.when->question_id] = survey::Answer::single(question.when->option_id);
        response.answers[question.id] = survey::Answer::single(n < count ? question.finding_options.front() : other);
        tally.add(response);
    }
    for (const QuestionFigures& figures : tally.finish(language, std::nullopt).questions) {
        if (figures.id == question.id) return figures.sentence;
    }
    return {};
}

TEST(FindingForOne, TheRoleOfOneSentencer) {
    const survey::Questionnaire sentencer = shipped("sentencer");
    const survey::Question& role = *sentencer.question("role");
    EXPECT_EQ(sentenceOf(sentencer, role, 1, 22, Language::En), "Only one of the 22 sentencers was a magistrate.");
    EXPECT_EQ(sentenceOf(sentencer, role, 1, 22, Language::Cy), "Dim ond un o'r 22 o ddedfrydwyr oedd yn ynad.");
    EXPECT_EQ(sentenceOf(sentencer, role, 2, 22, Language::En), "Only two of the 22 sentencers were magistrates.");
}

class ShippedFindingForOne : public testing::TestWithParam<std::string> {};

TEST_P(ShippedFindingForOne, EndsEverySentenceAboutOnePerson) {
    const survey::Questionnaire questionnaire = shipped(GetParam());
    int checked = 0;
    for (const survey::Question& question : questionnaire.questions) {
        if (question.finding_one.empty() || question.type != survey::QuestionType::Single) continue;
        for (const Language language : {Language::En, Language::Cy}) {
            const std::string one = *question.finding_one.find(std::string(toString(language)));
            const std::string many = *question.finding.find(std::string(toString(language)));
            const std::string sentence = sentenceOf(questionnaire, question, 1, 22, language);
            EXPECT_TRUE(sentence.ends_with(" " + one + ".")) << question.id << ": " << sentence;
            if (one != many) {
                EXPECT_EQ(sentence.find(many), std::string::npos) << question.id << ": " << sentence;
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 0) << GetParam() << " has no finding that needs words for one";
}

INSTANTIATE_TEST_SUITE_P(Shipped, ShippedFindingForOne, testing::Values("offender", "victim", "sentencer"));

}  // namespace
}  // namespace report
