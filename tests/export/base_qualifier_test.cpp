// A base smaller than the questionnaire's is explained (docs/house-style.md, "Who the base is"):
// who a routed question was asked of, in the questionnaire file's words ("the eight offenders in
// prison"), and that some skipped it ("who answered"), beside the not-applicable and
// no-view rules. English and Welsh, one row a rule; then through the tally from a file.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "report/phrasing.hpp"
#include "report/tally.hpp"
#include "survey/questionnaire_file.hpp"

namespace report {
namespace {

const Nouns kOffenders{"offender", "offenders"};
const Nouns kVictims{"victim", "victims"};
const Nouns kWelshOffenders{"troseddwr", "troseddwyr"};
const Nouns kWelshVictims{"dioddefwr", "dioddefwyr"};

FindingFigures figures(int count, int base, std::string who, bool skipped, bool not_applicable = false,
                       bool expressed_view = false) {
    FindingFigures f;
    f.count = count;
    f.base = base;
    f.answered = base;
    f.who = std::move(who);
    f.skipped = skipped;
    f.not_applicable = not_applicable;
    f.expressed_view = expressed_view;
    return f;
}

struct Row {
    const char* rule;
    FindingFigures figures;
    const Nouns* nouns;
    Language language;
    const char* expected;
};

void PrintTo(const Row& row, std::ostream* out) { *out << row.rule; }

class BaseQualifier : public testing::TestWithParam<Row> {};

TEST_P(BaseQualifier, SaysWhoTheBaseIs) {
    const Row& row = GetParam();
    const char* finding = row.language == Language::Cy ? "wedi dweud hynny" : "said so";
    EXPECT_EQ(findingSentence(row.figures, *row.nouns, finding, row.language), row.expected) << row.rule;
}

INSTANTIATE_TEST_SUITE_P(
    HouseStyle, BaseQualifier,
    testing::Values(
        Row{"routed: in prison", figures(2, 8, "in prison", false), &kOffenders, Language::En,
            "Only two of the eight offenders in prison said so."},
        Row{"wedi'i gyfeirio: yn y carchar", figures(2, 8, "yn y carchar", false), &kWelshOffenders, Language::Cy,
            "Dim ond dau o'r wyth troseddwr yn y carchar oedd wedi dweud hynny."},
        Row{"routed: a relative clause", figures(18, 18, "whose contact went ahead", false), &kVictims, Language::En,
            "All 18 victims whose contact went ahead said so."},
        // Not applicable keeps its words, joined to a relative clause by "and".
        Row{"routed and not applicable", figures(16, 16, "whose contact went ahead", false, true), &kVictims,
            Language::En, "All 16 victims whose contact went ahead and to whom it applied said so."},
        Row{"wedi'i gyfeirio ac amherthnasol", figures(16, 16, "yr aeth eu cysylltiad yn ei flaen", false, true),
            &kWelshVictims, Language::Cy,
            "Roedd pob un o'r 16 o ddioddefwyr yr aeth eu cysylltiad yn ei flaen ac yr oedd yn berthnasol iddynt wedi "
            "dweud hynny."},
        Row{"skipped", figures(20, 20, "", true), &kVictims, Language::En,
            "All 20 victims who answered said so."},
        Row{"wedi'i hepgor", figures(20, 20, "", true), &kWelshVictims, Language::Cy,
            "Roedd pob un o'r 20 o ddioddefwyr a atebodd wedi dweud hynny."},
        Row{"routed, then skipped", figures(2, 8, "in prison", true), &kOffenders, Language::En,
            "Only two of the eight offenders in prison who answered said so."},
        Row{"routed by a clause, then skipped", figures(18, 18, "whose contact went ahead", true), &kVictims,
            Language::En, "All 18 victims whose contact went ahead and who answered said so."},
        Row{"a phrase holding a clause, then skipped", figures(7, 7, "in prison who had an offender manager", true),
            &kOffenders, Language::En,
            "All seven offenders in prison who had an offender manager and who answered said so."},
        Row{"ymadrodd â chymal, yna wedi'i hepgor", figures(7, 7, "yn y carchar a oedd â rheolwr troseddwyr", true),
            &kWelshOffenders, Language::Cy,
            "Roedd pob un o'r saith troseddwr yn y carchar a oedd â rheolwr troseddwyr ac a atebodd wedi "
            "dweud hynny."},
        // "Who expressed a view" and "to whom it applied" already say they answered: not repeated.
        Row{"skipped and no view", figures(9, 9, "", true, false, true), &kOffenders, Language::En,
            "All nine offenders who expressed a view said so."},
        Row{"skipped and not applicable", figures(16, 16, "", true, true), &kVictims, Language::En,
            "All 16 victims to whom it applied said so."},
        Row{"proportion words", figures(19, 30, "in the community", true), &kOffenders, Language::En,
            "Almost two-thirds of the offenders in the community who answered (19 out of 30) said so."},
        Row{"geiriau cyfran", figures(19, 30, "yn y gymuned", false), &kWelshOffenders, Language::Cy,
            "Roedd bron i ddwy ran o dair o'r troseddwyr yn y gymuned (19 allan o 30) wedi dweud hynny."},
        Row{"none of one, routed and skipped", figures(0, 1, "in prison", true), &kOffenders, Language::En,
            "Of the one offender in prison who answered, none said so."},
        Row{"everyone asked answered: nothing added", figures(7, 8, "", false), &kOffenders, Language::En,
            "All but one of the eight offenders said so."}),
    [](const testing::TestParamInfo<Row>& row) { return "row" + std::to_string(row.index); });

TEST(BaseQualifier, TheMostCommonAnswerSaysWhoWasAskedToo) {
    EXPECT_EQ(mostCommonSentence({"Letter"}, 9, 18, kVictims, Language::En,
                                 baseQualifier(figures(9, 18, "whose contact went ahead", true), Language::En)),
              "The most common answer was \u201CLetter\u201D, chosen by nine of the 18 victims whose contact went ahead "
              "and who answered.");
    EXPECT_EQ(mostCommonSentence({"Llythyr"}, 9, 18, kWelshVictims, Language::Cy,
                                 baseQualifier(figures(9, 18, "yr aeth eu cysylltiad yn ei flaen", false), Language::Cy)),
              "Yr ateb mwyaf cyffredin oedd \u201CLlythyr\u201D, wedi\u2019i ddewis gan naw o\u2019r 18 o ddioddefwyr yr "
              "aeth eu cysylltiad yn ei flaen.");
}

// From a questionnaire file: `who:` on the answer the routing rule names, and skips counted.
const std::string kDir = std::string(PERSPECTIVE_TEST_FIXTURES) + "/export/report/";

survey::StoredResponse response(survey::Answers answers) {
    survey::StoredResponse r;
    r.info.questionnaire_id = "mini";
    r.info.questionnaire_version = 2;
    r.info.status = survey::Status::Submitted;
    r.answers = std::move(answers);
    return r;
}

TEST(BaseQualifier, ComesFromTheFilesRoutingAndTheSkips) {
    QuestionnaireTally tally(survey::loadQuestionnaire(kDir + "mini.yaml", kDir + "scales.yaml"), "");
    using survey::Answer;
    for (int i = 0; i < 3; ++i) {
        tally.add(response({{"setting", Answer::single("custody")}, {"custody_induction", Answer::single("yes")}}));
    }
    tally.add(response({{"setting", Answer::single("custody")}}));  // asked, skipped it
    tally.add(response({{"setting", Answer::single("community")}}));  // not asked
    const auto sentenceOf = [&](Language language) {
        for (const QuestionFigures& q : tally.finish(language, std::nullopt).questions) {
            if (q.id == "custody_induction") return q.sentence;
        }
        return std::string();
    };
    EXPECT_EQ(sentenceOf(Language::En), "All three offenders in prison who answered said they had an induction.");
    EXPECT_EQ(sentenceOf(Language::Cy),
              "Roedd pob un o'r tri throseddwr yn y carchar a atebodd wedi dweud eu bod wedi cael cyfnod "
              "sefydlu.");
}

}  // namespace
}  // namespace report
