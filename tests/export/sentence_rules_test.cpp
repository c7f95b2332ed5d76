// The sentence rules of docs/house-style.md, one row a rule, English and Welsh: each row is a
// defect from issue 11 ("Sentences that do not match the data") and what the reports say instead.
#include <gtest/gtest.h>

#include <cctype>

#include "report/phrasing.hpp"
#include "report/tally.hpp"

namespace report {
namespace {

const Nouns kOffenders{"offender", "offenders"};
const Nouns kVictims{"victim", "victims"};
const Nouns kWelshOffenders{"troseddwr", "troseddwyr"};

struct Row {
    const char* rule;
    FindingFigures figures;
    Language language;
    const char* finding;
    const char* expected;
};

class CountPhrase : public ::testing::TestWithParam<Row> {};

TEST_P(CountPhrase, FollowsTheHouseStyle) {
    const Row& row = GetParam();
    const Nouns& nouns = row.language == Language::Cy ? kWelshOffenders : kOffenders;
    EXPECT_EQ(findingSentence(row.figures, nouns, row.finding, row.language), row.expected) << row.rule;
}

INSTANTIATE_TEST_SUITE_P(
    HouseStyle, CountPhrase,
    ::testing::Values(
        // "All but three of the eight" for 5 of 8: all-but needs three in four.
        Row{"five of eight is not all but three", {5, 8}, Language::En, "said so", "Five out of eight offenders said so."},
        Row{"seven of eight is all but one", {7, 8}, Language::En, "said so", "All but one of the eight offenders said so."},
        // "None of the one offender were ...".
        Row{"none of one", {0, 1}, Language::En, "said so", "Of the one offender who answered, none said so."},
        // Percentages from a base of 60, as the reports print them.
        Row{"percent at 60", {52, 60}, Language::En, "said so", "The majority (87%) of the 60 offenders said so."},
        Row{"canran ar 60", {52, 60}, Language::Cy, "wedi dweud hynny",
            "Roedd y mwyafrif (87%) o'r 60 o droseddwyr wedi dweud hynny."},
        // Proportion words with their thresholds (docs/house-style.md), figures after them.
        Row{"nearly all", {57, 60}, Language::En, "said so", "All but three of the 60 offenders said so."},
        Row{"nearly all at 90%", {54, 60}, Language::En, "said so", "Nearly all (90%) of the 60 offenders said so."},
        Row{"bron pob un", {54, 60}, Language::Cy, "wedi dweud hynny",
            "Roedd bron pob un (90%) o'r 60 o droseddwyr wedi dweud hynny."},
        Row{"two-thirds exactly", {20, 30}, Language::En, "said so", "Two-thirds of the offenders (20 out of 30) said so."},
        Row{"almost two-thirds", {19, 30}, Language::En, "said so",
            "Almost two-thirds of the offenders (19 out of 30) said so."},
        Row{"bron i ddwy ran o dair", {19, 30}, Language::Cy, "wedi dweud hynny",
            "Roedd bron i ddwy ran o dair o'r troseddwyr (19 allan o 30) wedi dweud hynny."},
        Row{"over half", {16, 30}, Language::En, "said so", "Over half of the offenders (16 out of 30) said so."},
        Row{"half", {15, 30}, Language::En, "said so", "Half of the offenders (15 out of 30) said so."},
        Row{"hanner", {15, 30}, Language::Cy, "wedi dweud hynny", "Roedd hanner y troseddwyr (15 allan o 30) wedi dweud hynny."},
        Row{"a minority", {9, 30}, Language::En, "said so", "A minority of the offenders (nine out of 30) said so."},
        Row{"lleiafrif", {9, 30}, Language::Cy, "wedi dweud hynny",
            "Roedd lleiafrif o'r troseddwyr (naw allan o 30) wedi dweud hynny."},
        // Welsh numbers count the singular noun with its mutation ("dau o droseddwyr" was wrong).
        Row{"y ddau", {2, 2}, Language::Cy, "wedi dweud hynny", "Roedd y ddau droseddwr wedi dweud hynny."},
        Row{"tri throseddwr", {0, 3}, Language::Cy, "wedi dweud hynny", "Nid oedd yr un o'r tri throseddwr wedi dweud hynny."},
        Row{"yr unig un", {0, 1}, Language::Cy, "wedi dweud hynny", "Nid oedd yr unig droseddwr a atebodd wedi dweud hynny."},
        // "No offenders answered this question" while the table shows 5 answered (all "not sure").
        Row{"all not sure", {0, 0, true, false, 5}, Language::En, "said so", "None of the five offenders who answered gave a view."},
        Row{"neb a farn", {0, 0, true, false, 12}, Language::Cy, "wedi dweud hynny",
            "Ni fynegodd yr un o'r 12 o droseddwyr a atebodd farn."},
        // All five said "This does not apply to me": the Welsh said they gave no view.
        Row{"all not applicable", {0, 0, false, true, 5}, Language::En, "said so",
            "None of the five offenders who answered said it applied to them."},
        Row{"neb yn berthnasol", {0, 0, false, true, 5}, Language::Cy, "wedi dweud hynny",
            "Ni ddywedodd yr un o'r pum troseddwr a atebodd fod hyn yn berthnasol iddynt."},
        // "All 16 victims who expressed a view" where the others ticked "This does not apply to me".
        Row{"not applicable", {16, 16, false, true, 18}, Language::En, "said so", "All 16 offenders to whom it applied said so."},
        Row{"no view", {16, 16, true, false, 18}, Language::En, "said so", "All 16 offenders who expressed a view said so."},
        Row{"nid perthnasol", {16, 16, false, true, 18}, Language::Cy, "wedi dweud hynny",
            "Roedd pob un o'r 16 o droseddwyr yr oedd yn berthnasol iddynt wedi dweud hynny."},
        // Never a figure at the start of a sentence.
        Row{"thousands", {1793, 1793}, Language::En, "said so", "All 1,793 offenders said so."}),
    [](const ::testing::TestParamInfo<Row>& row) { return "Row" + std::to_string(row.index); });

// Every count of every base up to 130, and some in the thousands: no sentence opens with a
// figure, and one respondent is never counted with a plural noun ("None of the one offender
// were", "1 offenders").
TEST(EverySentence, NeverOpensWithAFigureAndCountsOneInTheSingular) {
    std::vector<int> bases;
    for (int b = 0; b <= 130; ++b) bases.push_back(b);
    for (int b : {999, 1000, 1793, 250000}) bases.push_back(b);
    for (const int base : bases) {
        for (int count = 0; count <= base; count += base > 130 ? base / 7 + 1 : 1) {
            for (const Language language : {Language::En, Language::Cy}) {
                const Nouns& nouns = language == Language::Cy ? kWelshOffenders : kOffenders;
                const std::string sentence = findingSentence({count, base, false, false, base}, nouns, "said so", language);
                ASSERT_FALSE(sentence.empty());
                EXPECT_FALSE(std::isdigit(static_cast<unsigned char>(sentence.front()))) << sentence;
                EXPECT_EQ(sentence.find("one offenders"), std::string::npos) << sentence;
                EXPECT_EQ(sentence.find("None of the one"), std::string::npos) << sentence;
                EXPECT_EQ(sentence.find(" 1 "), std::string::npos) << sentence;
                EXPECT_EQ(sentence.find("o'r un troseddwyr"), std::string::npos) << sentence;
            }
        }
    }
}

TEST(MostCommon, NamesTheTopAnswerWithoutOnly) {
    EXPECT_EQ(mostCommonSentence({"Housing"}, 5, 12, kOffenders, Language::En),
              "The most common answer was \u201CHousing\u201D, chosen by five of the 12 offenders.");
}

TEST(MostCommon, NamesATieInsteadOfBreakingIt) {
    EXPECT_EQ(mostCommonSentence({"Housing", "Education, training or employment"}, 3, 12, kOffenders, Language::En),
              "The most common answers were \u201CHousing\u201D and \u201CEducation, training or employment\u201D, each "
              "chosen by three of the 12 offenders.");
    EXPECT_EQ(mostCommonSentence({"Tai", "Addysg"}, 3, 12, kWelshOffenders, Language::Cy),
              "Yr atebion mwyaf cyffredin oedd \u201CTai\u201D ac \u201CAddysg\u201D, pob un wedi\u2019i ddewis gan "
              "dri o\u2019r 12 o droseddwyr.");
}

// Through the tally: the questionnaire's options decide the sentence, not hand-made figures.
survey::Question scaleQuestion() {
    survey::Question question;
    question.id = "om_support";
    question.type = survey::QuestionType::Single;
    question.text.set("en", "Did your offender manager support you?");
    question.finding.set("en", "said their offender manager had fully or partly supported them");
    question.finding_options = {"fully", "partly"};
    for (const char* id : {"fully", "partly", "not_at_all"}) {
        survey::Option option;
        option.id = id;
        option.label.set("en", id == std::string("fully") ? "Fully" : id == std::string("partly") ? "Partly" : "Not at all");
        question.options.push_back(option);
    }
    return question;
}

std::string sentenceFor(const survey::Question& question, const std::vector<std::vector<std::string>>& answers) {
    survey::Questionnaire questionnaire;
    questionnaire.id = "offender";
    questionnaire.respondent.set("en", "offender");
    questionnaire.respondents.set("en", "offenders");
    questionnaire.questions = {question};
    QuestionnaireTally tally(questionnaire, "");
    for (const auto& options : answers) {
        survey::StoredResponse response;
        response.info.questionnaire_id = "offender";
        response.answers[question.id] = options.size() == 1 ? survey::Answer::single(options[0]) : survey::Answer::multi(options);
        tally.add(response);
    }
    return tally.finish(Language::En, std::nullopt).questions.at(0).sentence;
}

// The split itself, in the file's words: split_finding_test.cpp.
TEST(StrongAndPartial, MergedWhenTheStrongAnswerIsTheClearMajority) {
    std::vector<std::vector<std::string>> answers(6, {"fully"});
    answers.insert(answers.end(), 1, {"partly"});
    answers.push_back({"not_at_all"});
    EXPECT_EQ(sentenceFor(scaleQuestion(), answers),
              "All but one of the eight offenders said their offender manager had fully or partly supported them.");
}

TEST(MultiChoice, ATieIsNamedAndTheTopAnswerNeverTakesOnly) {
    survey::Question question;
    question.id = "help_areas";
    question.type = survey::QuestionType::Multi;
    question.text.set("en", "What did you need help with?");
    for (const char* id : {"housing", "ete", "money"}) {
        survey::Option option;
        option.id = id;
        option.label.set("en", id == std::string("housing") ? "Housing" : id == std::string("ete") ? "Work" : "Money");
        question.options.push_back(option);
    }
    std::vector<std::vector<std::string>> answers{{"housing", "ete"}, {"housing", "money"}, {"ete", "money"}};
    answers.insert(answers.end(), 9, {"money", "ete"});
    answers.push_back({"housing", "ete"});
    // ete 12, money 11, housing 3 of 13
    EXPECT_EQ(sentenceFor(question, answers),
              "The most common answer was \u201CWork\u201D, chosen by 12 of the 13 offenders. A similar number (11) chose "
              "\u201CMoney\u201D.");
    std::vector<std::vector<std::string>> tied{{"housing", "ete"}, {"housing", "ete"}, {"money"}};
    EXPECT_EQ(sentenceFor(question, tied),
              "The most common answers were \u201CHousing\u201D and \u201CWork\u201D, each chosen by two of the three "
              "offenders.");
}

}  // namespace
}  // namespace report
