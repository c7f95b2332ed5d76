#include "report/rate_notes.hpp"

#include <fmt/format.h>

#include "report/welsh_mutation.hpp"

namespace report {
namespace {

// "un holiadur", "dau holiadur", "12 o holiaduron" (welsh_mutation.hpp).
std::string welshQuestionnaires(int n) { return countedNoun(n, welshQuestionnaireNoun()); }

std::string englishQuestionnaires(int n, bool sentence_start) {
    return houseNumber(n, sentence_start) + (n == 1 ? " questionnaire" : " questionnaires");
}

std::string dates(const std::optional<std::string>& from, const std::optional<std::string>& to, Language language) {
    const bool cy = language == Language::Cy;
    if (from && to) return *from + (cy ? " i " : " to ") + *to;
    if (from) return cy ? "o " + *from + " ymlaen" : "from " + *from;
    return (cy ? "hyd at " : "up to ") + to.value_or("");
}

}  // namespace

std::string unfinishedNote(int abandoned, int in_progress, Language language) {
    if (abandoned == 0 && in_progress == 0) return {};
    if (language == Language::Cy) {
        std::string note;
        if (abandoned > 0) {
            note = "Cafodd " + welshQuestionnaires(abandoned) +
                   (abandoned == 1 ? " ei ddechrau ond heb ei orffen" : " eu dechrau ond heb eu gorffen");
        }
        if (in_progress > 0) {
            note += (note.empty() ? "Mae " : ", ac mae ") + welshQuestionnaires(in_progress) + " ar y gweill o hyd";
        }
        return note + (abandoned + in_progress == 1 ? "; nid yw yn y ffigurau hyn." : "; nid ydynt yn y ffigurau hyn.");
    }
    std::string note;
    if (abandoned > 0) {
        note = englishQuestionnaires(abandoned, true) + (abandoned == 1 ? " was" : " were") + " started but not finished";
    }
    if (in_progress > 0) {
        note += note.empty() ? englishQuestionnaires(in_progress, true) + (in_progress == 1 ? " is" : " are")
                             : ", and " + houseNumber(in_progress, false) + (in_progress == 1 ? " is" : " are");
        note += " still in progress";
    }
    const int total = abandoned + in_progress;
    const bool both = abandoned > 0 && in_progress > 0;
    return note + "; " + (both ? "none of them is" : total == 1 ? "it is not" : "they are not") + " in these figures.";
}

std::string moreReturnedThanHandedOut(int returned, int handed_out, const Nouns& nouns, Language language) {
    if (language == Language::Cy) {
        return fmt::format("Dychwelwyd mwy o holiaduron ({}) nag a gofnodwyd fel rhai a roddwyd i {} ({}): efallai "
                           "fod cyfrif ar goll, neu ei fod yn cwmpasu dyddiadau neu safleoedd eraill. Ni roddir "
                           "cyfradd ymateb.",
                           returned, softMutation(nouns.plural), handed_out);
    }
    return fmt::format("More questionnaires were returned ({}) than were recorded as handed out to {} ({}): a "
                       "handed-out count may be missing, or cover other dates or sites. No response rate is given.",
                       returned, nouns.plural, handed_out);
}

std::string periodCut(const HandedOutEntry& entry, const std::optional<std::string>& from,
                      const std::optional<std::string>& to, Language language) {
    const survey::Distribution& d = entry.entry;
    if (language == Language::Cy) {
        return fmt::format("Mae\u2019r cyfrif o {} a roddwyd ({} i {}, id {}) yn mynd y tu hwnt i ddyddiadau\u2019r "
                           "adroddiad ({}); cyfrifir y {} i gyd, felly bras yn unig yw\u2019r gyfradd ymateb.",
                           d.count, entry.first(), entry.last(), d.uid, dates(from, to, language), d.count);
    }
    return fmt::format("The handed-out count of {} ({} to {}, id {}) runs past the report\u2019s dates ({}); all {} "
                       "are counted, so the response rate is only approximate.",
                       d.count, entry.first(), entry.last(), d.uid, dates(from, to, language), d.count);
}

std::string nothingToReport(Language language) {
    if (language == Language::Cy) {
        return "Dim i\u2019w adrodd: ni chafodd yr un holiadur ei ddychwelyd, ei ddechrau na\u2019i roi yn y "
               "detholiad hwn.";
    }
    return "Nothing to report: no questionnaire was returned, started or handed out in this selection.";
}

}  // namespace report
