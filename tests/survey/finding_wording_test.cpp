// The report's own words kept in a questionnaire file, and how the loader checks them: each
// answer of a finding that can split (`finding.split`), and who a routed finding was asked of
// (`who:` on the answer a `when:` names). Every broken row is refused with the
// file, line and field of its problem; the shipped files give every wording in English and Welsh.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace survey {
namespace {

namespace fs = std::filesystem;

const fs::path kShipped = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kScales = kShipped / "scales.yaml";

// A questionnaire in English and Welsh whose questions come from the row; `setting_who` is the
// first question's `who:` block.
std::string questionnaireWith(const std::string& questions, const std::string& setting_who = "") {
    return "id: fixture\nversion: 1\n"
           "title: {en: A test, cy: Prawf}\naudience: {en: I am testing, cy: Rydw i'n profi}\n"
           "respondent: {en: offender, cy: troseddwr}\nrespondents: {en: offenders, cy: troseddwyr}\n"
           "respondent_gender: masculine\nsensitive: false\n"
           "questions:\n"
           "  - id: setting\n"
           "    options:\n"
           "      - id: community\n"
           "        label: {en: In the community, cy: Yn y gymuned}\n"
           "      - id: custody\n"
           "        label: {en: In prison, cy: Yn y carchar}\n"
           "    text: {en: \"Where are you?\", cy: \"Ble rydych chi?\"}\n" +
           setting_who + questions + "end: fixture\n";
}

// A three-point question whose finding counts fully and partly; `split` is its split block.
std::string rulesWith(const std::string& finding_options, const std::string& split) {
    return "  - id: rules\n"
           "    scale: fpn\n"
           "    text: {en: \"Were the rules explained?\", cy: \"A gafodd y rheolau eu hesbonio?\"}\n"
           "    finding:\n"
           "      options: " + finding_options + "\n"
           "      text: {en: said the rules were explained, cy: wedi dweud bod y rheolau wedi'u hesbonio}\n" +
           split;
}

// A question asked only in prison; with a finding unless `finding` is false.
std::string inPrison(bool finding = true) {
    return std::string("  - id: induction\n    scale: ynd\n    when: setting = custody\n"
                       "    text: {en: \"Did you have an induction?\", cy: \"Gawsoch chi gyfnod sefydlu?\"}\n") +
           (finding ? "    finding:\n      options: [yes]\n"
                      "      text: {en: said they had an induction, cy: wedi dweud eu bod wedi cael cyfnod sefydlu}\n"
                    : "");
}

const std::string kFully = "        fully: {en: said they had been fully explained, cy: wedi dweud yn llawn}\n";
const std::string kPartly = "        partly: {en: said they had been partly explained, cy: wedi dweud yn rhannol}\n";
const std::string kNo = "        no: {en: said they had not been explained, cy: wedi dweud na}\n";

fs::path written(const std::string& name, const std::string& text) {
    const fs::path file = fs::path(testing::TempDir()) / ("perspective_finding_wording_" + name + ".yaml");
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

LoadOptions welsh() {
    LoadOptions options;
    options.required_locales = {"en", "cy"};
    return options;
}

int lineOf(const std::string& text, const std::string& marker) {
    const std::size_t at = text.find(marker);
    return at == std::string::npos ? -1 : 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

struct BrokenRow {
    const char* name;
    std::string questions;
    const char* marker;  // the problem is on the first line holding this text (a map's line is its first key's)
    const char* field;
    const char* words;
    std::string setting_who = "";  // the first question's `who:` block
};

void PrintTo(const BrokenRow& row, std::ostream* out) { *out << row.name; }

class BrokenWording : public testing::TestWithParam<BrokenRow> {};

TEST_P(BrokenWording, IsRefusedWithFileLineAndField) {
    const BrokenRow& row = GetParam();
    const std::string text = questionnaireWith(row.questions, row.setting_who);
    const fs::path file = written(row.name, text);
    std::vector<Problem> problems;
    try {
        loadQuestionnaire(file, kScales, welsh());
        ADD_FAILURE() << row.name << " loaded, but it should have been refused";
    } catch (const ValidationError& error) {
        problems = error.problems();
    }
    const int line = lineOf(text, row.marker);
    ASSERT_GT(line, 0) << row.marker;
    std::string listed;
    for (const Problem& p : problems) listed += "\n  " + p.describe();
    const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.file == file.string() && p.line == line && p.field == row.field &&
               p.message.find(row.words) != std::string::npos;
    });
    EXPECT_TRUE(found) << row.name << ": expected line " << line << " " << row.field << ": ..." << row.words
                       << "...\nbut got:" << listed;
}

INSTANTIATE_TEST_SUITE_P(
    Split, BrokenWording,
    testing::Values(
        BrokenRow{"split_missing", rulesWith("[fully, partly]", ""), "      options: [fully, partly]", "questions[1].finding.split.fully",
                  "is missing"},
        BrokenRow{"split_one_missing", rulesWith("[fully, partly]", "      split:\n" + kFully + kPartly), "        fully:",
                  "questions[1].finding.split.no", "is missing"},
        BrokenRow{"split_no_welsh",
                  rulesWith("[fully, partly]", "      split:\n" + kFully + kPartly +
                                                   "        no: {en: said they had not been explained}\n"),
                  "        no: {en", "questions[1].finding.split.no", "no Welsh wording"},
        BrokenRow{"split_unknown_option",
                  rulesWith("[fully, partly]", "      split:\n" + kFully + kPartly + kNo +
                                                   "        maybe: {en: said maybe, cy: wedi dweud efallai}\n"),
                  "        maybe:", "questions[1].finding.split.maybe", "'maybe' is not an option of question 'rules'"},
        BrokenRow{"split_not_a_map", rulesWith("[fully, partly]", "      split: said so\n"), "      split:",
                  "questions[1].finding.split", "expected a map"},
        BrokenRow{"split_cannot_split", rulesWith("[fully]", "      split:\n" + kFully), "        fully:",
                  "questions[1].finding.split", "only a single question whose finding counts two options"},
        BrokenRow{"split_outside_base",
                  "  - id: heard\n    scale: ypnn\n    text: {en: \"Were you heard?\", cy: \"A gawsoch chi eich clywed?\"}\n"
                  "    finding:\n      options: [yes, partly]\n"
                  "      split:\n        yes: {en: said yes, cy: ie}\n        partly: {en: said partly, cy: rhannol}\n"
                  "        no: {en: said no, cy: na}\n        not_applicable: {en: said it did not apply, cy: dim}\n",
                  "        not_applicable:", "questions[1].finding.split.not_applicable", "outside the base"}),
    [](const testing::TestParamInfo<BrokenRow>& row) { return std::string(row.param.name); });

const std::string kWhoInPrison = "    who:\n      custody: {en: in prison, cy: yn y carchar}\n";

// A finding asked of some only names who they were, in the words of the question its rule names.
INSTANTIATE_TEST_SUITE_P(
    Who, BrokenWording,
    testing::Values(
        BrokenRow{"who_missing", inPrison(), "  - id: setting", "questions[0].who.custody",
                  "question 'induction' (line 17) is asked only when setting = custody"},
        BrokenRow{"who_other_option_only", inPrison(), "      community:", "questions[0].who.custody", "is missing",
                  "    who:\n      community: {en: in the community, cy: yn y gymuned}\n"},
        BrokenRow{"who_no_welsh", inPrison(), "      custody:", "questions[0].who.custody", "no Welsh wording",
                  "    who:\n      custody: {en: in prison}\n"},
        BrokenRow{"who_unknown_option", inPrison(), "      jail:", "questions[0].who.jail",
                  "'jail' is not an option of question 'setting'", kWhoInPrison + "      jail: {en: in jail, cy: yn y jêl}\n"},
        BrokenRow{"who_not_a_map", inPrison(), "    who:", "questions[0].who", "expected a map", "    who: in prison\n"}),
    [](const testing::TestParamInfo<BrokenRow>& row) { return std::string(row.param.name); });

// A yes/no question whose finding is `text` (English and Welsh), with `one` after it.
std::string clearWith(const std::string& text, const std::string& one = "") {
    return "  - id: clear\n    scale: yn\n    text: {en: \"Are you clear?\", cy: \"Ydych chi'n glir?\"}\n"
           "    finding:\n      options: [yes]\n      text: " + text + "\n" + one;
}

// A finding that reads only after many ("were clear": "Only one of the 22 sentencers were clear")
// gives its words for one person; a split wording must read after one and many itself.
INSTANTIATE_TEST_SUITE_P(
    One, BrokenWording,
    testing::Values(
        BrokenRow{"one_missing", clearWith("{en: were clear, cy: yn glir}"), "      options: [yes]",
                  "questions[1].finding.one", "\"were clear\" does not read after one person"},
        BrokenRow{"one_missing_are", clearWith("{en: are aware, cy: yn ymwybodol}"), "      options: [yes]",
                  "questions[1].finding.one", "\"are aware\" does not read after one person"},
        BrokenRow{"one_no_welsh", clearWith("{en: were clear, cy: yn glir}", "      one: {en: was clear}\n"),
                  "      one:", "questions[1].finding.one", "no Welsh wording"},
        BrokenRow{"one_without_text", "  - id: clear\n    scale: yn\n    text: {en: \"Clear?\", cy: \"Clir?\"}\n"
                                      "    finding:\n      options: [yes]\n      one: {en: was clear, cy: yn glir}\n",
                  "      options: [yes]", "questions[1].finding.one", "the finding has no text"},
        BrokenRow{"split_reads_only_after_many",
                  rulesWith("[fully, partly]", "      split:\n" + kFully +
                                                   "        partly: {en: were partly told, cy: wedi dweud yn rhannol}\n" +
                                                   kNo),
                  "        partly: {en: were", "questions[1].finding.split.partly.en",
                  "a split wording must read after one and after many"}),
    [](const testing::TestParamInfo<BrokenRow>& row) { return std::string(row.param.name); });

TEST(OneWording, IsReadWhereGivenAndNotNeededWhereTheFindingReadsAfterOne) {
    const Questionnaire with = loadQuestionnaire(
        written("one_whole", questionnaireWith(clearWith("{en: were clear, cy: yn glir}",
                                                         "      one: {en: was clear, cy: yn glir}\n"))),
        kScales, welsh());
    EXPECT_EQ(with.question("clear")->finding_one.get("en"), "was clear");
    const Questionnaire said = loadQuestionnaire(
        written("one_unneeded", questionnaireWith(clearWith("{en: said they were clear, cy: wedi dweud eu bod yn glir}"))),
        kScales, welsh());
    EXPECT_TRUE(said.question("clear")->finding_one.empty());
}

TEST(WhoWording, IsReadAndNeededOnlyWhereARoutedQuestionHasAFinding) {
    const Questionnaire with = loadQuestionnaire(written("who_whole", questionnaireWith(inPrison(), kWhoInPrison)), kScales, welsh());
    EXPECT_EQ(with.question("setting")->who.at("custody").get("cy"), "yn y carchar");
    // No finding on the routed question: no sentence names who was asked, so no wording is needed.
    const Questionnaire without = loadQuestionnaire(written("who_unneeded", questionnaireWith(inPrison(false))), kScales, welsh());
    EXPECT_TRUE(without.question("setting")->who.empty());
}

TEST(SplitWording, IsReadForEveryAnswerInsideTheBase) {
    const fs::path file = written("split_whole", questionnaireWith(rulesWith("[fully, partly]", "      split:\n" + kFully + kPartly + kNo)));
    const Questionnaire questionnaire = loadQuestionnaire(file, kScales, welsh());
    const Question& rules = *questionnaire.question("rules");
    ASSERT_EQ(rules.split_finding.size(), 3U);
    EXPECT_EQ(rules.split_finding.at("partly").get("en"), "said they had been partly explained");
    EXPECT_EQ(rules.split_finding.at("partly").get("cy"), "wedi dweud yn rhannol");
}

// The shipped files: every question whose finding can split names each answer in its own
// words, in English and in Welsh (the loader refuses them otherwise; this says which).
class ShippedWording : public testing::TestWithParam<std::string> {};

TEST_P(ShippedWording, EverySplitAnswerAndEveryRoutedFindingHasEnglishAndWelshWords) {
    const Questionnaire questionnaire = loadQuestionnaire(kShipped / (GetParam() + ".yaml"), kScales, welsh());
    int splittable = 0;
    for (const Question& question : questionnaire.questions) {
        if (question.when && !question.finding_options.empty()) {
            const Question& named = *questionnaire.question(question.when->question_id);
            ASSERT_TRUE(named.who.contains(question.when->option_id)) << question.id;
            EXPECT_NE(named.who.at(question.when->option_id).find("cy"), nullptr) << question.id;
        }
        for (const Option* option : question.splitNames()) {
            ++splittable;
            const auto found = question.split_finding.find(option->id);
            ASSERT_NE(found, question.split_finding.end()) << question.id << "." << option->id;
            EXPECT_NE(found->second.find("en"), nullptr) << question.id << "." << option->id;
            EXPECT_NE(found->second.find("cy"), nullptr) << question.id << "." << option->id;
        }
    }
    EXPECT_GT(splittable, 0);
}

INSTANTIATE_TEST_SUITE_P(Questionnaire, ShippedWording, testing::Values("offender", "victim", "sentencer"));

}  // namespace
}  // namespace survey
