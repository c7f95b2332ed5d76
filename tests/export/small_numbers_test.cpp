#include "report/small_numbers.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/writers.hpp"

namespace report {
namespace {

QuestionFigures question(int base) {
    QuestionFigures q;
    q.id = "supported";
    q.text = "Did your offender manager support you?";
    q.asked = q.answered = base;
    q.base = base;
    q.options = {{"yes", "Yes", false, base, 100}, {"no", "No", false, 0, 0}};
    q.finding_options = {"yes"};
    q.finding_count = base;
    q.finding_percent = 100;
    q.sentence = "All of them said so.";
    return q;
}

Report reportWith(std::vector<int> bases, std::vector<int> group_sizes = {}) {
    QuestionnaireReport r;
    r.id = "sentencer";
    r.nouns = {"sentencer", "sentencers", Gender::Masculine};
    r.returned = 30;
    for (const int base : bases) r.questions.push_back(question(base));
    r.by_question = "role";
    for (const int size : group_sizes) {
        r.groups.push_back({"g" + std::to_string(size), "Group of " + std::to_string(size), size, "opening",
                            {question(size)}});
    }
    Report report;
    report.questionnaires = {r};
    return report;
}

TEST(SmallNumbers, PercentagesWithheldBelowTheMinimumBaseAndKeptFromIt) {
    for (const int min_base : {3, 10, 60}) {
        Report report = reportWith({0, 1, min_base - 1, min_base, min_base + 20});
        withholdSmallNumbers(report, min_base);
        EXPECT_EQ(report.min_base, min_base);
        for (const QuestionFigures& q : report.questionnaires[0].questions) {
            const bool withheld = q.base > 0 && q.base < min_base;
            EXPECT_EQ(q.percent_withheld, withheld) << q.base;
            EXPECT_EQ(q.finding_percent.has_value(), !withheld) << q.base;
            for (const OptionFigure& option : q.options) EXPECT_EQ(option.percent.has_value(), !withheld) << q.base;
            EXPECT_EQ(q.options[0].count, q.base);  // counts always stay
        }
    }
}

TEST(SmallNumbers, GroupsUnderFiveAreWithheldWithANoteAndTheRestKept) {
    Report report = reportWith({30}, {1, 4, 5, 20});
    withholdSmallNumbers(report, kDefaultMinBase);
    const auto& groups = report.questionnaires[0].groups;
    for (const GroupFigures& g : groups) {
        EXPECT_EQ(g.withheld, g.returned < kMinGroup) << g.label;
        EXPECT_EQ(g.questions.empty(), g.withheld) << g.label;
        if (g.withheld) {
            EXPECT_EQ(g.opening, "Fewer than five sentencers answered \u201C" + g.label +
                                     "\u201D: their answers are not shown apart, so that no one can be identified.");
        }
    }
    EXPECT_TRUE(groups[2].questions[0].percent_withheld);  // a group of 5 is shown, but with counts only
    EXPECT_FALSE(groups[3].questions[0].percent_withheld);
}

TEST(SmallNumbers, EveryFormatPrintsNoPercentageOnASmallBase) {
    // The 2 withheld, then the 5 (else 30 less the 23 and the 5 would be the two's answers).
    Report report = reportWith({3, 30}, {2, 5, 23});
    withholdSmallNumbers(report, kDefaultMinBase);
    const std::string md = writeMarkdown(report);
    EXPECT_NE(md.find("Percentages are not shown where fewer than 10 answered a question."), std::string::npos);
    EXPECT_NE(md.find("| Yes | 3 | \u2013 |"), std::string::npos);
    EXPECT_EQ(md.find("| Yes | 3 | 100% |"), std::string::npos);
    EXPECT_NE(md.find("| Yes | 30 | 100% |"), std::string::npos);
    EXPECT_NE(md.find("Fewer than five sentencers answered \u201CGroup of 2\u201D"), std::string::npos);
    EXPECT_EQ(md.find("\u2013 Group of 2**"), std::string::npos);  // no table for the withheld group
    const std::string html = writeHtml(report);
    EXPECT_NE(html.find("Percentages are not shown where fewer than 10"), std::string::npos);
    EXPECT_NE(html.find("<td class=\"n\">3</td><td class=\"n\">\u2013</td>"), std::string::npos);
    const auto json = nlohmann::json::parse(writeJson(report));
    const auto& small = json.at("questionnaires").at(0).at("questions").at(0);
    EXPECT_TRUE(small.at("percent").empty());
    EXPECT_TRUE(small.at("percent_withheld").get<bool>());
    EXPECT_TRUE(small.at("finding").at("percent").is_null());
    EXPECT_TRUE(json.at("questionnaires").at(0).at("groups").at("g2").at("withheld").get<bool>());
    EXPECT_EQ(json.at("min_base"), 10);
    const std::string csv = writeCsv(report);
    EXPECT_EQ(csv.find(",3,100,"), std::string::npos);
}

std::string subtraction(const std::string& label) {
    return "The answers of sentencers who answered \u201C" + label +
           "\u201D are not shown apart, since taking them from the figures for all sentencers would show the answers "
           "of fewer than five sentencers.";
}

// Whole less shown groups = those withheld: while they are one to four, the smallest shown group
// goes too (a tie: the later one), until none or five or more are left out.
TEST(SmallNumbers, TheSmallestShownGroupIsWithheldUntilThoseLeftOutAreNoneOrFive) {
    struct Case {
        std::vector<int> sizes;
        std::vector<bool> withheld;
    };
    for (const Case& c : std::vector<Case>{{{3, 6, 20}, {true, true, false}},
                                           {{1, 2, 6, 6, 20}, {true, true, false, true, false}},
                                           {{1, 4, 20}, {true, true, false}},  // five left out: enough
                                           {{6, 20}, {false, false}},
                                           {{5, 1}, {true, true}},  // none left: the note says so once
                                           {{5, 1, 5}, {false, true, true}}}) {
        Report report = reportWith({30}, c.sizes);
        report.questionnaires[0].returned = 0;
        for (const int size : c.sizes) report.questionnaires[0].returned += size;
        withholdSmallNumbers(report, kDefaultMinBase);
        const QuestionnaireReport& r = report.questionnaires[0];
        bool all = true;
        for (std::size_t i = 0; i < c.sizes.size(); ++i) {
            const GroupFigures& g = r.groups[i];
            EXPECT_EQ(g.withheld, c.withheld[i]) << g.label << " of " << c.sizes.size();
            EXPECT_EQ(g.questions.empty(), g.withheld);
            if (g.withheld && g.returned >= kMinGroup) {
                EXPECT_EQ(g.opening, subtraction(g.label));
            }
            all = all && g.withheld;
        }
        EXPECT_EQ(r.groups_note, all ? groupsWithheldNote(Language::En) : "") << c.sizes.size();
    }
}

// Overlapping groups (a multi-choice --by question): the whole less one group is everyone who did
// not choose it, so a group chosen by all but one to four is withheld.
TEST(SmallNumbers, AnOverlappingGroupChosenByAllButAFewIsWithheld) {
    Report report = reportWith({12}, {6, 9, 12, 2});
    QuestionnaireReport& r = report.questionnaires[0];
    r.returned = 12;
    r.groups_overlap = true;
    r.groups_note = overlappingGroupsNote(Language::En);
    withholdSmallNumbers(report, kDefaultMinBase);
    EXPECT_FALSE(r.groups[0].withheld);  // six did not choose it
    EXPECT_TRUE(r.groups[1].withheld);   // three did not: 12 less these nine would show them
    EXPECT_EQ(r.groups[1].opening, subtraction("Group of 9"));
    EXPECT_FALSE(r.groups[2].withheld);  // everyone chose it: nobody is left to show
    EXPECT_TRUE(r.groups[3].withheld);   // two chose it
    EXPECT_EQ(r.groups_note, "People could choose more than one answer, so some are counted in more than one group.");
}

TEST(SmallNumbers, TheGroupNotesInWelsh) {
    const Nouns sentencers{"dedfrydwr", "dedfrydwyr"};
    EXPECT_EQ(subtractionNote("Rwy\u2019n ynad", 5, sentencers, Language::Cy),
              "Nid yw atebion y dedfrydwyr a atebodd \u201CRwy\u2019n ynad\u201D yn cael eu dangos ar wah\u00E2n, gan y "
              "byddai eu tynnu o\u2019r ffigurau ar gyfer pob dedfrydwr yn dangos atebion llai na phump o ddedfrydwyr.");
    EXPECT_EQ(groupsWithheldNote(Language::Cy),
              "Nid yw\u2019r ffigurau fesul gr\u0175p yn cael eu dangos: mae\u2019r grwpiau\u2019n rhy fach i\u2019w "
              "dangos heb adnabod pobl.");
    EXPECT_EQ(overlappingGroupsNote(Language::Cy),
              "Gallai pobl ddewis mwy nag un ateb, felly mae rhai wedi\u2019u cyfrif mewn mwy nag un gr\u0175p.");
}

TEST(SmallNumbers, NoNoteWhenNothingIsWithheldByRule) {
    Report report = reportWith({30});
    for (const int min_base : {0, 1}) {
        report.min_base = min_base;
        report.language = Language::Cy;
        EXPECT_EQ(smallBaseNote(report), "") << min_base;
    }
    report.min_base = 10;
    EXPECT_NE(smallBaseNote(report).find("10"), std::string::npos);
}

// "75%" of four handed out: a rate is a percentage of those handed out, withheld below the same
// --min-base as any other, and the opening line and the note say so in words.
Report reportHandedOut(int distributed, int returned, Language language = Language::En) {
    Report report = reportWith({returned});
    report.language = language;
    QuestionnaireReport& r = report.questionnaires[0];
    r.returned = returned;
    r.distributed = distributed;
    r.response_rate_percent = returned * 100 / distributed;
    r.opening = "opening with the rate";
    return report;
}

TEST(SmallNumbers, AResponseRateIsWithheldWhereFewerThanTheMinimumWereHandedOut) {
    Report report = reportHandedOut(4, 3);
    withholdSmallNumbers(report, kDefaultMinBase);
    const QuestionnaireReport& r = report.questionnaires[0];
    EXPECT_TRUE(r.rate_withheld);
    EXPECT_FALSE(r.response_rate_percent.has_value());
    EXPECT_EQ(r.distributed, 4);  // the counts stay
    EXPECT_EQ(r.opening, "Out of four questionnaires handed out, three were completed and returned.");
    EXPECT_EQ(smallBaseNote(report),
              "Percentages are not shown where fewer than 10 answered a question, nor response rates where fewer "
              "than 10 questionnaires were handed out.");
    EXPECT_EQ(rateWithheldNote(report.min_base, report.language),
              "No response rate is shown: fewer than 10 questionnaires were handed out.");
}

TEST(SmallNumbers, AResponseRateIsKeptFromTheMinimumBase) {
    for (const int handed_out : {10, 40}) {
        Report report = reportHandedOut(handed_out, 3);
        withholdSmallNumbers(report, kDefaultMinBase);
        const QuestionnaireReport& r = report.questionnaires[0];
        EXPECT_FALSE(r.rate_withheld) << handed_out;
        EXPECT_EQ(r.response_rate_percent, 300 / handed_out) << handed_out;
        EXPECT_EQ(r.opening, "opening with the rate") << handed_out;
        EXPECT_EQ(smallBaseNote(report), "Percentages are not shown where fewer than 10 answered a question.");
    }
}

TEST(SmallNumbers, AWithheldResponseRateInWelsh) {
    Report report = reportHandedOut(4, 3, Language::Cy);
    report.questionnaires[0].nouns = {"dedfrydwr", "dedfrydwyr", Gender::Masculine};
    withholdSmallNumbers(report, kDefaultMinBase);
    EXPECT_EQ(report.questionnaires[0].opening, "Allan o bedwar holiadur a roddwyd, cafodd tri eu cwblhau a'u dychwelyd.");
    EXPECT_EQ(smallBaseNote(report),
              "Nid yw canrannau\u2019n cael eu dangos lle mae\u2019r sylfaen yn llai na 10, na chyfraddau ymateb lle "
              "rhoddwyd llai na 10 holiadur.");
}

TEST(SmallNumbers, AWithheldGroupIsNamedInWelshWithItsMutations) {
    const Nouns offenders{"troseddwr", "troseddwyr"};
    EXPECT_EQ(withheldGroupNote("Yn y carchar", 5, offenders, Language::Cy),
              "Atebodd llai na phump o droseddwyr \u201CYn y carchar\u201D: nid yw eu hatebion yn cael eu dangos ar "
              "wah\u00E2n, fel na ellir adnabod neb.");
    EXPECT_EQ(withheldGroupNote("Yn y carchar", 3, offenders, Language::Cy).substr(0, 37),
              "Atebodd llai na thri o droseddwyr \u201C");
}

}  // namespace
}  // namespace report
