// The finished report as plain values: what every writer (json, md, html, csv, xlsx) prints.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/number_words.hpp"
#include "report/phrasing.hpp"
#include "survey/questionnaire.hpp"

namespace report {

struct OptionFigure {
    std::string id;
    std::string label;
    bool outside_base = false;
    int count = 0;
    std::optional<int> percent;  // of the base; none outside the base, or when the base is too small to show it
};

struct QuestionFigures {
    std::string id;
    survey::QuestionType type = survey::QuestionType::Single;
    std::string text;  // the question as asked, in the report's language
    int asked = 0;     // respondents for whom its when-rule held
    int answered = 0;
    int skipped = 0;   // asked - answered
    int base = 0;      // answered, less those who chose only options outside the base
    std::vector<OptionFigure> options;
    // The options the sentence counts ("fully", "partly") and how many chose one of them.
    std::vector<std::string> finding_options;
    int finding_count = 0;
    std::optional<int> finding_percent;
    std::string sentence;
    // One of the report's headline findings (`finding.headline` in the questionnaire file),
    // answered or not: where someone gave a view, its sentence opens the section; the others are
    // printed once, in the appendix (writers/layout.hpp).
    bool headline = false;
    // Says who answered (`about_you` in the questionnaire file: setting, role): never in the body.
    bool about_you = false;
    bool percent_withheld = false;  // base above 0 but below Report::min_base: counts only (small_numbers.hpp)
    std::vector<std::string> comments;  // text questions: quotes, redacted (redaction.hpp)
};

// Every figure again for the respondents who gave one option of the --by question.
struct GroupFigures {
    std::string id;     // option id, or "not_answered"
    std::string label;
    int returned = 0;
    std::string opening;  // "Eight questionnaires were returned by offenders who answered ..."
    std::vector<QuestionFigures> questions;
    bool withheld = false;  // too few to show without pointing at someone: no questions (small_numbers.hpp)
};

struct QuestionnaireReport {
    std::string id;
    std::string title;
    std::string heading;  // the report's heading for this audience ("Offenders", "Courts"); audience_headings.hpp
    Nouns nouns;
    int returned = 0;   // submitted
    int abandoned = 0;    // reported apart, never in the figures
    int in_progress = 0;  // started and not yet finished or closed; never in the figures
    std::optional<int> distributed;            // handed out (live counts in the selection)
    std::optional<int> response_rate_percent;  // none when nothing handed out, or more returned than that
    bool rate_withheld = false;  // fewer handed out than Report::min_base: no rate (small_numbers.hpp)
    std::string opening;
    std::string unfinished;              // "Two questionnaires were started but not finished; ..." or ""
    std::vector<std::string> warnings;   // what may make the rate wrong, in words (also printed on stderr)
    std::vector<QuestionFigures> questions;
    std::string by_question;  // empty without --by
    // Someone chose more than one option of a multi-choice --by question: each person is in the
    // group of every option they chose, so the groups overlap and do not add up to the whole.
    bool groups_overlap = false;
    std::vector<GroupFigures> groups;
    // Said once about the groups as a whole, before them: that they overlap, or that none can be
    // shown (small_numbers.hpp). Empty when there is nothing to say.
    std::string groups_note;
    std::vector<std::string> comments;  // every free-text comment as a quote, redacted (redaction.hpp)
    std::string comments_note;          // "Names have been changed." when a name was, else ""
};

struct Report {
    Language language = Language::En;
    std::vector<QuestionnaireReport> questionnaires;
    int min_base = 0;   // percentages withheld below this base (0: none withheld); small_numbers.hpp
    int min_group = 0;  // --by groups smaller than this withheld (0: none)

    // Nothing at all in the selection: no response of any status and no handed-out count (a
    // questionnaire handed out with none returned is not empty).
    bool empty() const {
        for (const QuestionnaireReport& q : questionnaires) {
            if (q.returned > 0 || q.abandoned > 0 || q.in_progress > 0 || q.distributed) return false;
        }
        return true;
    }
};

}  // namespace report
