// The sentence of one question in the report (docs/house-style.md), from its figures and the
// questionnaire file's finding; and the wording pieces it needs.
#pragma once

#include <string>
#include <vector>

#include "report/phrasing.hpp"
#include "report/report_model.hpp"
#include "survey/questionnaire.hpp"

namespace report {

// Text in the report's language; English when that language has none.
std::string wording(const survey::LocalText& text, Language language);

// The sentence for `question` with the figures `q` (counts, base, finding options from the
// file): the finding's count phrase; a strong answer apart from the partial one when it is not
// the clear majority (two-thirds) of the finding, then the other answers, each in the file's
// `finding.split` words; the most common answer (and a similar runner-up) when the file gives no
// finding. `figures` carries who was asked (`who`) and whether some skipped. Sets
// q.finding_count for the last.
std::string questionSentence(const survey::Question& question, QuestionFigures& q, FindingFigures figures,
                             const Nouns& nouns, Language language);

// The end of a question's sentence in `language`; derived from the question when it has none.
std::string findingText(const survey::Question& question, const std::vector<std::string>& options,
                        Language language);

Nouns nounsOf(const survey::Questionnaire& questionnaire, Language language);

}  // namespace report
