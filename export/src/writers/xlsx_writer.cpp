// The xlsx report (libxlsxwriter): four sheets, each one table with its header on row 1, frozen
// below the header and filtered: Summary (a row per questionnaire: returned, handed out, rate,
// abandoned, in progress, notes), Figures (the long-form rows of the CSV), Sentences and Comments
// (a row per comment, with the question it answers).
// Numbers are typed as numbers; a figure that does not exist is a blank cell, never 0.
#include <xlsxwriter.h>

#include <memory>
#include <optional>
#include <stdexcept>

#include "report/writers.hpp"
#include "tidy_rows.hpp"

namespace report {

namespace {

struct WorkbookCloser {
    void operator()(lxw_workbook* workbook) const {
        if (workbook != nullptr) workbook_close(workbook);
    }
};

// A sheet being filled row by row; `finish` freezes the header and filters the whole table.
class Sheet {
public:
    Sheet(lxw_workbook* workbook, const char* name, const std::vector<std::string>& headers, lxw_format* bold)
        : sheet_(workbook_add_worksheet(workbook, name)), columns_(static_cast<lxw_col_t>(headers.size())) {
        if (sheet_ == nullptr) throw std::runtime_error(std::string("cannot add the sheet ") + name);
        for (lxw_col_t col = 0; col < columns_; ++col) worksheet_write_string(sheet_, 0, col, headers[col].c_str(), bold);
    }
    void text(lxw_col_t col, const std::string& value) { worksheet_write_string(sheet_, row_, col, value.c_str(), nullptr); }
    void number(lxw_col_t col, std::optional<int> value) {
        if (value) worksheet_write_number(sheet_, row_, col, *value, nullptr);
    }
    void next() { ++row_; }
    void finish() {
        worksheet_freeze_panes(sheet_, 1, 0);
        worksheet_autofilter(sheet_, 0, 0, row_ > 1 ? row_ - 1 : 0, static_cast<lxw_col_t>(columns_ - 1));
    }

private:
    lxw_worksheet* sheet_;
    lxw_col_t columns_;
    lxw_row_t row_ = 1;
};

void summarySheet(Sheet& sheet, const Report& report) {
    for (const SummaryRow& s : summaryRows(report)) {
        if (!s.questionnaire.empty()) {  // an empty selection's row has its note only, no zeros
            sheet.text(0, s.questionnaire);
            sheet.text(1, s.title);
            sheet.number(2, s.returned);
            sheet.number(3, s.handed_out);
            sheet.number(4, s.response_rate_percent);
            sheet.number(5, s.abandoned);
            sheet.number(6, s.in_progress);
        }
        sheet.text(7, s.notes);
        sheet.next();
    }
}

void figuresSheet(Sheet& sheet, const Report& report) {
    for (const FigureRow& r : figureRows(report)) {
        sheet.text(0, r.questionnaire);
        sheet.text(1, r.group);
        sheet.text(2, r.question_id);
        sheet.text(3, r.question_text);
        sheet.text(4, r.option_id);
        sheet.text(5, r.label);
        sheet.number(6, r.count);
        sheet.number(7, r.percent);
        sheet.number(8, r.base);
        sheet.text(9, r.in_base ? "yes" : "no");
        sheet.next();
    }
}

void sentenceRows(Sheet& sheet, const std::string& questionnaire, const std::string& group,
                  const std::vector<QuestionFigures>& questions) {
    for (const QuestionFigures& q : questions) {
        if (q.sentence.empty()) continue;
        sheet.text(0, questionnaire);
        sheet.text(1, group);
        sheet.text(2, q.id);
        sheet.text(3, q.sentence);
        sheet.next();
    }
}

void sentencesSheet(Sheet& sheet, const Report& report) {
    for (const QuestionnaireReport& r : report.questionnaires) {
        sentenceRows(sheet, r.id, "all", r.questions);
        for (const GroupFigures& g : r.groups) sentenceRows(sheet, r.id, g.id, g.questions);
    }
}

void commentsSheet(Sheet& sheet, const Report& report) {
    for (const CommentRow& c : commentRows(report)) {
        sheet.text(0, c.questionnaire);
        sheet.text(1, c.question_id);
        sheet.text(2, c.question_text);
        sheet.text(3, c.comment);
        sheet.next();
    }
}

}  // namespace

void writeXlsx(const Report& report, const std::filesystem::path& file) {
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(file.string().c_str()));
    if (!workbook) throw std::runtime_error(file.string() + ": cannot create the xlsx file");
    lxw_format* bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    try {
        Sheet summary(workbook.get(), "Summary", kSummaryHeaders, bold);
        summarySheet(summary, report);
        summary.finish();
        Sheet figures(workbook.get(), "Figures", kFigureHeaders, bold);
        figuresSheet(figures, report);
        figures.finish();
        Sheet sentences(workbook.get(), "Sentences", {"questionnaire", "group", "question_id", "sentence"}, bold);
        sentencesSheet(sentences, report);
        sentences.finish();
        Sheet comments(workbook.get(), "Comments", kCommentHeaders, bold);
        commentsSheet(comments, report);
        comments.finish();
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(file.string() + ": " + error.what());
    }
    const lxw_error result = workbook_close(workbook.release());
    if (result != LXW_NO_ERROR) {
        throw std::runtime_error(file.string() + ": could not write the xlsx file (" + lxw_strerror(result) + ")");
    }
}

}  // namespace report
