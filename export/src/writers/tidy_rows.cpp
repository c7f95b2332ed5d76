// Flattening the report into the rows of the csv and xlsx files.
#include "tidy_rows.hpp"

#include "report/rate_notes.hpp"
#include "report/small_numbers.hpp"

namespace report {

namespace {

void addRows(std::vector<FigureRow>& rows, const std::string& questionnaire, const std::string& group,
             const std::vector<QuestionFigures>& questions) {
    for (const QuestionFigures& q : questions) {
        for (const OptionFigure& option : q.options) {
            // A percentage of nobody is not 0%: blank.
            const std::optional<int> percent = q.base > 0 ? option.percent : std::nullopt;
            rows.push_back({questionnaire, group, q.id, q.text, option.id, option.label, option.count, percent, q.base,
                            !option.outside_base});
        }
    }
}

std::string notesOf(const QuestionnaireReport& r, const Report& report) {
    std::string notes;
    const auto add = [&notes](const std::string& note) {
        if (note.empty()) return;
        notes += (notes.empty() ? "" : " ") + note;
    };
    if (r.rate_withheld) add(rateWithheldNote(report.min_base, report.language));
    add(r.unfinished);
    for (const std::string& warning : r.warnings) add(warning);
    add(r.groups_note);
    add(r.comments_note);
    return notes;
}

}  // namespace

std::vector<FigureRow> figureRows(const Report& report) {
    std::vector<FigureRow> rows;
    for (const QuestionnaireReport& r : report.questionnaires) {
        addRows(rows, r.id, "all", r.questions);
        for (const GroupFigures& g : r.groups) addRows(rows, r.id, g.id, g.questions);
    }
    return rows;
}

std::vector<SummaryRow> summaryRows(const Report& report) {
    std::vector<SummaryRow> rows;
    for (const QuestionnaireReport& r : report.questionnaires) {
        rows.push_back(
            {r.id, r.title, r.returned, r.distributed, r.response_rate_percent, r.abandoned, r.in_progress, notesOf(r, report)});
    }
    if (report.empty()) {
        const std::string nothing = nothingToReport(report.language);
        if (rows.empty()) rows.push_back({});
        for (SummaryRow& row : rows) row.notes = row.notes.empty() ? nothing : nothing + " " + row.notes;
    }
    return rows;
}

std::vector<CommentRow> commentRows(const Report& report) {
    std::vector<CommentRow> rows;
    for (const QuestionnaireReport& r : report.questionnaires) {
        for (const QuestionFigures& q : r.questions) {
            for (const std::string& comment : q.comments) rows.push_back({r.id, q.id, q.text, comment});
        }
    }
    return rows;
}

}  // namespace report
