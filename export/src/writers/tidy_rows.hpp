// The rows the csv and xlsx files share: one per questionnaire × group × question × option (long
// form, a row a count), and the summary of each questionnaire. Blanks, never 0%, where a figure
// does not exist (a base of 0, an option outside the base, a withheld percentage).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace report {

struct FigureRow {
    std::string questionnaire;
    std::string group;  // "all", or the --by option id
    std::string question_id;
    std::string question_text;
    std::string option_id;
    std::string label;
    int count = 0;
    std::optional<int> percent;
    int base = 0;
    bool in_base = true;
};

inline const std::vector<std::string> kFigureHeaders = {"questionnaire", "group", "question_id", "question_text", "option_id",
                                                        "label", "count", "percent", "base", "in_base"};

std::vector<FigureRow> figureRows(const Report& report);

// One questionnaire's summary: what makes its response rate, and in `notes` the words that go
// with it (what was not finished, what may make the rate wrong, that the --by groups overlap or
// are not shown, that names in comments were changed). An empty selection still has a row:
// "Nothing to report ..." in `notes`, with a blank questionnaire when there is none at all.
struct SummaryRow {
    std::string questionnaire;
    std::string title;
    int returned = 0;
    std::optional<int> handed_out;
    std::optional<int> response_rate_percent;
    int abandoned = 0;
    int in_progress = 0;
    std::string notes;
};

inline const std::vector<std::string> kSummaryHeaders = {"questionnaire", "title", "returned", "handed_out",
                                                         "response_rate_percent", "abandoned", "in_progress", "notes"};

std::vector<SummaryRow> summaryRows(const Report& report);

// One free-text answer, quoted and redacted as the report prints it, with the question it answers.
struct CommentRow {
    std::string questionnaire;
    std::string question_id;
    std::string question_text;
    std::string comment;
};

inline const std::vector<std::string> kCommentHeaders = {"questionnaire", "question_id", "question_text", "comment"};

std::vector<CommentRow> commentRows(const Report& report);

}  // namespace report
