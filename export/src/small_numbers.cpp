// Withholding percentages on small bases and --by groups too small to show apart, or that would
// show such a group by subtraction.
#include "report/small_numbers.hpp"

#include <algorithm>

#include "report/number_words.hpp"
#include "report/phrasing.hpp"
#include "report/welsh_mutation.hpp"

namespace report {

namespace {

void withholdPercentages(QuestionFigures& q, int min_base) {
    if (q.base <= 0 || q.base >= min_base) return;
    for (OptionFigure& option : q.options) option.percent.reset();
    q.finding_percent.reset();
    q.percent_withheld = true;
}

// A response rate is a percentage of those handed out: "75%" of four reads as more than it is.
void withholdRate(QuestionnaireReport& r, int min_base, Language language) {
    if (!r.response_rate_percent || !r.distributed || *r.distributed >= min_base) return;
    r.response_rate_percent.reset();
    r.rate_withheld = true;
    r.opening = openingLine(r.returned, r.distributed, r.nouns, language, RateShown::No);
}

void withhold(GroupFigures& g, std::string opening) {
    g.withheld = true;
    g.questions.clear();
    g.opening = std::move(opening);
}

// From one to min_group - 1 people: few enough to point at someone.
bool tooFew(int people, int min_group) { return people > 0 && people < min_group; }

// Disjoint groups (a single-choice question, "Did not answer" among them): the whole less the
// shown groups is everyone withheld. While that is one to four people, the smallest shown group
// is withheld too (of equal ones, the later).
void withholdSoNoneAreLeftBySubtraction(QuestionnaireReport& r, int min_group, Language language) {
    for (;;) {
        int shown = 0;
        GroupFigures* smallest = nullptr;
        for (GroupFigures& g : r.groups) {
            if (g.withheld) continue;
            shown += g.returned;
            if (smallest == nullptr || g.returned <= smallest->returned) smallest = &g;
        }
        if (smallest == nullptr || !tooFew(r.returned - shown, min_group)) return;
        withhold(*smallest, subtractionNote(smallest->label, min_group, r.nouns, language));
    }
}

// Overlapping groups (a multi-choice question): the whole less one group is everyone who did not
// choose its option, so a group is withheld when they are one to four people.
void withholdWhereTheRestAreFew(QuestionnaireReport& r, int min_group, Language language) {
    for (GroupFigures& g : r.groups) {
        if (!g.withheld && tooFew(r.returned - g.returned, min_group)) {
            withhold(g, subtractionNote(g.label, min_group, r.nouns, language));
        }
    }
}

}  // namespace

void withholdSmallNumbers(Report& report, int min_base, int min_group) {
    report.min_base = min_base;
    report.min_group = min_group;
    for (QuestionnaireReport& r : report.questionnaires) {
        withholdRate(r, min_base, report.language);
        for (QuestionFigures& q : r.questions) withholdPercentages(q, min_base);
        if (r.groups.empty()) continue;
        for (GroupFigures& g : r.groups) {
            if (g.returned < min_group) withhold(g, withheldGroupNote(g.label, min_group, r.nouns, report.language));
        }
        if (r.groups_overlap) {
            withholdWhereTheRestAreFew(r, min_group, report.language);
        } else {
            withholdSoNoneAreLeftBySubtraction(r, min_group, report.language);
        }
        const bool none_shown = std::all_of(r.groups.begin(), r.groups.end(), [](const GroupFigures& g) { return g.withheld; });
        if (none_shown) {
            r.groups_note = groupsWithheldNote(report.language);
            continue;
        }
        for (GroupFigures& g : r.groups) {
            for (QuestionFigures& q : g.questions) withholdPercentages(q, min_base);
        }
    }
}

std::string rateWithheldNote(int min_base, Language language) {
    const std::string base = std::to_string(min_base);
    if (language == Language::Cy) return "Ni ddangosir y gyfradd ymateb: rhoddwyd llai na " + base + " holiadur.";
    return "No response rate is shown: fewer than " + base + " questionnaires were handed out.";
}

std::string smallBaseNote(const Report& report) {
    if (report.min_base <= 1) return "";
    const std::string base = std::to_string(report.min_base);
    const bool rate_withheld = std::any_of(report.questionnaires.begin(), report.questionnaires.end(),
                                           [](const QuestionnaireReport& r) { return r.rate_withheld; });
    if (report.language == Language::Cy) {
        // "na" before "chyfraddau": the aspirate mutation.
        return "Nid yw canrannau\u2019n cael eu dangos lle mae\u2019r sylfaen yn llai na " + base +
               (rate_withheld ? ", na chyfraddau ymateb lle rhoddwyd llai na " + base + " holiadur." : ".");
    }
    return "Percentages are not shown where fewer than " + base + " answered a question" +
           (rate_withheld ? ", nor response rates where fewer than " + base + " questionnaires were handed out." : ".");
}

namespace {

// "fewer than five offenders" / "llai na phump o droseddwyr": "na" takes the aspirate mutation,
// "o" the soft one.
std::string fewerThan(int min_group, const Nouns& nouns, Language language) {
    if (language == Language::Cy) {
        return "llai na " + aspirateMutation(numberWords(min_group, language, nouns.gender)) + " o " + softMutation(nouns.plural);
    }
    return "fewer than " + numberWords(min_group) + " " + nouns.plural;
}

}  // namespace

std::string withheldGroupNote(const std::string& group_label, int min_group, const Nouns& nouns, Language language) {
    if (language == Language::Cy) {
        return "Atebodd " + fewerThan(min_group, nouns, language) + " \u201C" + group_label +
               "\u201D: nid yw eu hatebion yn cael eu dangos ar wah\u00E2n, fel na ellir adnabod neb.";
    }
    std::string fewer = fewerThan(min_group, nouns, language);
    fewer[0] = 'F';
    return fewer + " answered \u201C" + group_label + "\u201D: their answers are not shown apart, so that no one can be identified.";
}

std::string subtractionNote(const std::string& group_label, int min_group, const Nouns& nouns, Language language) {
    if (language == Language::Cy) {
        return "Nid yw atebion " + welshArticle(nouns.plural) + nouns.plural + " a atebodd \u201C" + group_label +
               "\u201D yn cael eu dangos ar wah\u00E2n, gan y byddai eu tynnu o\u2019r ffigurau ar gyfer pob " +
               nouns.singular + " yn dangos atebion " + fewerThan(min_group, nouns, language) + ".";
    }
    return "The answers of " + nouns.plural + " who answered \u201C" + group_label +
           "\u201D are not shown apart, since taking them from the figures for all " + nouns.plural +
           " would show the answers of " + fewerThan(min_group, nouns, language) + ".";
}

std::string groupsWithheldNote(Language language) {
    if (language == Language::Cy) {
        return "Nid yw\u2019r ffigurau fesul gr\u0175p yn cael eu dangos: mae\u2019r grwpiau\u2019n rhy fach i\u2019w dangos "
               "heb adnabod pobl.";
    }
    return "The figures are not shown group by group: the groups are too small to show without identifying people.";
}

std::string overlappingGroupsNote(Language language) {
    if (language == Language::Cy) {
        return "Gallai pobl ddewis mwy nag un ateb, felly mae rhai wedi\u2019u cyfrif mewn mwy nag un gr\u0175p.";
    }
    return "People could choose more than one answer, so some are counted in more than one group.";
}

}  // namespace report
