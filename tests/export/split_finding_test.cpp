// A strong answer reported apart from the partial one, in the reports' voice (docs/house-style.md,
// "Strong and partial answers"): each answer in the questionnaire file's own words, never its
// label or the whole question; English and Welsh, through the tally.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "report/tally.hpp"

namespace report {
namespace {

struct Answer {
    const char* id;
    const char* en_label;
    const char* en;  // finding.split wording
    const char* cy;
};

const std::vector<Answer> kSupport = {
    {"fully", "Yes, fully", "said they had been fully supported by their probation worker",
     "wedi dweud eu bod wedi cael eu cefnogi'n llawn gan eu swyddog prawf"},
    {"partly", "Yes, partly", "said they had been partly supported", "wedi dweud eu bod wedi cael eu cefnogi'n rhannol"},
    {"not_at_all", "Not at all", "said they had received no support",
     "wedi dweud nad oedden nhw wedi cael dim cefnogaeth"},
};

const std::vector<Answer> kSatisfaction = {
    {"completely", "Completely", "said they were completely satisfied", "wedi dweud eu bod yn gwbl fodlon"},
    {"largely", "Largely", "said they were largely satisfied", "wedi dweud eu bod yn fodlon ar y cyfan"},
    {"partly", "Partly", "said they were partly satisfied", "wedi dweud eu bod yn rhannol fodlon"},
    {"not_at_all", "Not at all", "said they were not satisfied at all", "wedi dweud nad oedden nhw'n fodlon o gwbl"},
};

survey::Question questionOf(const std::vector<Answer>& answers) {
    survey::Question question;
    question.id = "support";
    question.type = survey::QuestionType::Single;
    question.text.set("en", "Has your probation worker helped you?");
    question.finding.set("en", "said they had been fully or partly supported");
    question.finding.set("cy", "wedi dweud eu bod wedi cael eu cefnogi'n llawn neu'n rhannol");
    question.finding_options = {answers[0].id, answers[1].id};
    for (const Answer& answer : answers) {
        survey::Option option;
        option.id = answer.id;
        option.label.set("en", answer.en_label);
        question.options.push_back(option);
        question.split_finding[answer.id].set("en", answer.en);
        question.split_finding[answer.id].set("cy", answer.cy);
    }
    return question;
}

std::string sentenceFor(const std::vector<Answer>& answers, const std::vector<int>& counts, Language language) {
    survey::Questionnaire questionnaire;
    questionnaire.id = "offender";
    questionnaire.respondent.set("en", "offender");
    questionnaire.respondents.set("en", "offenders");
    questionnaire.respondent.set("cy", "troseddwr");
    questionnaire.respondents.set("cy", "troseddwyr");
    questionnaire.questions = {questionOf(answers)};
    QuestionnaireTally tally(questionnaire, "");
    for (std::size_t i = 0; i < counts.size(); ++i) {
        for (int n = 0; n < counts[i]; ++n) {
            survey::StoredResponse response;
            response.info.questionnaire_id = "offender";
            response.answers["support"] = survey::Answer::single(answers[i].id);
            tally.add(response);
        }
    }
    return tally.finish(language, std::nullopt).questions.at(0).sentence;
}

struct Row {
    const char* rule;
    const std::vector<Answer>* answers;
    std::vector<int> counts;  // per answer, in the question's order
    Language language;
    const char* expected;
};

void PrintTo(const Row& row, std::ostream* out) { *out << row.rule; }

class SplitFinding : public testing::TestWithParam<Row> {};

TEST_P(SplitFinding, SaysEachAnswerInTheFilesWords) {
    const Row& row = GetParam();
    EXPECT_EQ(sentenceFor(*row.answers, row.counts, row.language), row.expected) << row.rule;
}

INSTANTIATE_TEST_SUITE_P(
    HouseStyle, SplitFinding,
    testing::Values(
        // The Cheshire report: "Only two offenders said they had been fully supported ...; a
        // further five reported being partially supported, and one said they had received no support".
        Row{"strong not the clear majority", &kSupport, {2, 5, 1}, Language::En,
            "Only two of the eight offenders said they had been fully supported by their probation worker; a further "
            "five said they had been partly supported, and one said they had received no support."},
        Row{"rhannu", &kSupport, {2, 5, 1}, Language::Cy,
            "Dim ond dau o'r wyth troseddwr oedd wedi dweud eu bod wedi cael eu cefnogi'n llawn gan eu swyddog prawf; "
            "roedd pump arall wedi dweud eu bod wedi cael eu cefnogi'n rhannol, ac roedd un wedi dweud nad oedden nhw "
            "wedi cael dim cefnogaeth."},
        Row{"nobody left over", &kSupport, {2, 5, 0}, Language::En,
            "Only two of the seven offenders said they had been fully supported by their probation worker; the "
            "remaining five said they had been partly supported."},
        Row{"the same number, then three", &kSupport, {3, 3, 3}, Language::En,
            "Only three of the nine offenders said they had been fully supported by their probation worker; the same "
            "number (three) said they had been partly supported, and the remaining three said they had received no support."},
        Row{"nifer debyg, yna tri", &kSupport, {3, 4, 3}, Language::Cy,
            "Dim ond tri o'r 10 o droseddwyr oedd wedi dweud eu bod wedi cael eu cefnogi'n llawn gan eu swyddog prawf; "
            "roedd nifer debyg (pedwar) wedi dweud eu bod wedi cael eu cefnogi'n rhannol, ac roedd y tri arall wedi dweud nad "
            "oedden nhw wedi cael dim cefnogaeth."},
        Row{"the rest spread over two answers", &kSatisfaction, {2, 4, 1, 1}, Language::En,
            "Only two of the eight offenders said they were completely satisfied; a further four said they were largely "
            "satisfied, one said they were partly satisfied, and one said they were not satisfied at all."},
        Row{"y gweddill dros ddau ateb", &kSatisfaction, {2, 4, 1, 1}, Language::Cy,
            "Dim ond dau o'r wyth troseddwr oedd wedi dweud eu bod yn gwbl fodlon; roedd pedwar arall wedi dweud eu "
            "bod yn fodlon ar y cyfan, roedd un wedi dweud eu bod yn rhannol fodlon, ac roedd un wedi dweud nad oedden "
            "nhw'n fodlon o gwbl."},
        // Nobody gave the strong answer: the partial one is counted plainly, not "a further".
        // The last clause that accounts for everyone left is "the remaining three" (the reports' "the remainder").
        Row{"none strong", &kSupport, {0, 5, 3}, Language::En,
            "None of the eight offenders said they had been fully supported by their probation worker; five said they "
            "had been partly supported, and the remaining three said they had received no support."},
        Row{"dim un cryf", &kSupport, {0, 5, 3}, Language::Cy,
            "Nid oedd yr un o'r wyth troseddwr wedi dweud eu bod wedi cael eu cefnogi'n llawn gan eu swyddog prawf; "
            "roedd pump wedi dweud eu bod wedi cael eu cefnogi'n rhannol, ac roedd y tri arall wedi dweud nad oedden "
            "nhw wedi cael dim cefnogaeth."},
        Row{"y ddau arall", &kSupport, {2, 2, 2}, Language::Cy,
            "Dim ond dau o'r chwe throseddwr oedd wedi dweud eu bod wedi cael eu cefnogi'n llawn gan eu swyddog prawf; "
            "roedd dau arall wedi dweud eu bod wedi cael eu cefnogi'n rhannol, ac roedd y ddau arall wedi dweud nad "
            "oedden nhw wedi cael dim cefnogaeth."},
        // One person is never split: the strong answer in its own words, any other as the finding
        // (the partial and other wordings lean on the words before them).
        Row{"one person, fully", &kSupport, {1, 0, 0}, Language::En,
            "The one offender said they had been fully supported by their probation worker."},
        Row{"one person, partly", &kSupport, {0, 1, 0}, Language::En,
            "The one offender said they had been fully or partly supported."},
        Row{"one person, not at all", &kSupport, {0, 0, 1}, Language::En,
            "Of the one offender who answered, none said they had been fully or partly supported."},
        Row{"un person, yn llawn", &kSupport, {1, 0, 0}, Language::Cy,
            "Roedd yr unig droseddwr wedi dweud eu bod wedi cael eu cefnogi'n llawn gan eu swyddog prawf."},
        Row{"un person, ar y cyfan", &kSatisfaction, {0, 1, 0, 0}, Language::Cy,
            "Roedd yr unig droseddwr wedi dweud eu bod wedi cael eu cefnogi'n llawn neu'n rhannol."},
        // Two people: "the other", "both" (Welsh "y llall", "y ddau").
        Row{"two people, one each", &kSupport, {1, 1, 0}, Language::En,
            "One of the two offenders said they had been fully supported by their probation worker; the other said they "
            "had been partly supported."},
        Row{"dau berson, un yr un", &kSupport, {1, 1, 0}, Language::Cy,
            "Roedd un o'r ddau droseddwr wedi dweud eu bod wedi cael eu cefnogi'n llawn gan eu swyddog prawf; roedd y "
            "llall wedi dweud eu bod wedi cael eu cefnogi'n rhannol."},
        Row{"two people, neither strong", &kSupport, {0, 2, 0}, Language::En,
            "Neither of the two offenders said they had been fully supported by their probation worker; both said they "
            "had been partly supported."},
        Row{"two people, neither strong, then the other", &kSupport, {0, 1, 1}, Language::En,
            "Neither of the two offenders said they had been fully supported by their probation worker; one said they "
            "had been partly supported, and the other said they had received no support."},
        // The strong answer is the clear majority (two-thirds) of the finding: one merged sentence.
        Row{"clear majority stays merged", &kSupport, {6, 1, 1}, Language::En,
            "All but one of the eight offenders said they had been fully or partly supported."},
        Row{"mwyafrif clir", &kSupport, {6, 1, 1}, Language::Cy,
            "Roedd pob un ond un o'r wyth troseddwr wedi dweud eu bod wedi cael eu cefnogi'n llawn neu'n rhannol."}),
    [](const testing::TestParamInfo<Row>& row) { return "row" + std::to_string(row.index); });

}  // namespace
}  // namespace report
