// How the md and html reports are laid out, like the inspection reports: under each audience's
// heading the sentences read as paragraphs, each once; the per-question tables go to an appendix,
// where a question's sentence is repeated only if the body left it out.
#pragma once

#include <string>
#include <vector>

#include "labels.hpp"
#include "report/report_model.hpp"

namespace report {

using Paragraph = std::vector<const QuestionFigures*>;

// The questions whose sentences make the body, in questionnaire order, cut into paragraphs: a
// new paragraph where the questions turn to another set of respondents (their `asked` changes,
// e.g. from those in prison to those in the community) or after kMaxSentences sentences.
// When the questionnaire marks any headline finding, only headline findings that someone
// answered make the body; a question about who answered (about_you) never does.
std::vector<Paragraph> bodyParagraphs(const std::vector<QuestionFigures>& questions);

// A paragraph's text: its sentences in order, findings that share a figure joined into one
// (report/same_figure_sentences.hpp).
std::string paragraphText(const Paragraph& paragraph, Language language);

// Whether the body printed this question's sentence (so the appendix leaves it out).
bool inBody(const QuestionFigures& question, const std::vector<QuestionFigures>& questions);

// Whether the question has a table in the appendix: answered, and with options to count.
bool hasTable(const QuestionFigures& question);

// The --by groups the body goes through, withheld ones with their notes; none when every one is
// withheld, as the questionnaire's groups_note then says once for all.
const std::vector<GroupFigures>& groupsInBody(const QuestionnaireReport& questionnaire);

// Whether any question of the questionnaire, or of its --by groups, has a table.
bool hasTables(const QuestionnaireReport& questionnaire);

// A table's caption: "Table 3. Question text", with " – Group" for a --by group's table.
std::string caption(const Labels& labels, int number, const QuestionFigures& question, const std::string& group_label);

// The heading a questionnaire's part goes under: its audience heading, else its title, else its id.
std::string headingOf(const QuestionnaireReport& questionnaire);

}  // namespace report
