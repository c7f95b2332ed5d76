// Withholding percentages on small bases and --by groups too small to show apart.
#include "report/small_numbers.hpp"

#include "report/number_words.hpp"
#include "report/welsh_mutation.hpp"

namespace report {

namespace {

void withholdPercentages(QuestionFigures& q, int min_base) {
    if (q.base <= 0 || q.base >= min_base) return;
    for (OptionFigure& option : q.options) option.percent.reset();
    q.finding_percent.reset();
    q.percent_withheld = true;
}

}  // namespace

void withholdSmallNumbers(Report& report, int min_base, int min_group) {
    report.min_base = min_base;
    report.min_group = min_group;
    for (QuestionnaireReport& r : report.questionnaires) {
        for (QuestionFigures& q : r.questions) withholdPercentages(q, min_base);
        for (GroupFigures& g : r.groups) {
            if (g.returned < min_group) {
                g.withheld = true;
                g.questions.clear();
                g.opening = withheldGroupNote(g.label, min_group, r.nouns, report.language);
                continue;
            }
            for (QuestionFigures& q : g.questions) withholdPercentages(q, min_base);
        }
    }
}

std::string smallBaseNote(int min_base, Language language) {
    if (min_base <= 1) return "";
    if (language == Language::Cy) {
        return "Nid yw canrannau\u2019n cael eu dangos lle mae\u2019r sylfaen yn llai na " + std::to_string(min_base) + ".";
    }
    return "Percentages are not shown where fewer than " + std::to_string(min_base) + " answered a question.";
}

std::string withheldGroupNote(const std::string& group_label, int min_group, const Nouns& nouns, Language language) {
    if (language == Language::Cy) {
        // "llai na phump o droseddwyr": "na" takes the aspirate mutation, "o" the soft one.
        return "Atebodd llai na " + aspirateMutation(numberWords(min_group, language, nouns.gender)) + " o " +
               softMutation(nouns.plural) + " \u201C" + group_label +
               "\u201D: nid yw eu hatebion yn cael eu dangos ar wah\u00E2n, fel na ellir adnabod neb.";
    }
    return "Fewer than " + numberWords(min_group) + " " + nouns.plural + " answered \u201C" + group_label +
           "\u201D: their answers are not shown apart, so that no one can be identified.";
}

std::string overlappingGroupsNote(Language language) {
    if (language == Language::Cy) {
        return "Gallai pobl ddewis mwy nag un ateb, felly mae rhai wedi\u2019u cyfrif mewn mwy nag un gr\u0175p.";
    }
    return "People could choose more than one answer, so some are counted in more than one group.";
}

}  // namespace report
