// The xlsx report: one sheet per questionnaire (libxlsxwriter), the tidy rows of the CSV with
// the opening line and the sentences above them.
#include <xlsxwriter.h>

#include <memory>
#include <stdexcept>

#include "labels.hpp"
#include "report/writers.hpp"

namespace report {

namespace {

struct WorkbookCloser {
    void operator()(lxw_workbook* workbook) const {
        if (workbook != nullptr) workbook_close(workbook);
    }
};

// Sheet names: at most 31 characters, none of []:*?/\.
std::string sheetName(const std::string& id) {
    std::string name;
    for (const char c : id) {
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) name += c;
    }
    return name.substr(0, 31);
}

void writeRows(lxw_worksheet* sheet, lxw_row_t& row, const std::string& group, const std::vector<QuestionFigures>& questions) {
    for (const QuestionFigures& q : questions) {
        for (const OptionFigure& option : q.options) {
            worksheet_write_string(sheet, row, 0, group.c_str(), nullptr);
            worksheet_write_string(sheet, row, 1, q.id.c_str(), nullptr);
            worksheet_write_string(sheet, row, 2, option.id.c_str(), nullptr);
            worksheet_write_number(sheet, row, 3, option.count, nullptr);
            if (option.percent) worksheet_write_number(sheet, row, 4, *option.percent, nullptr);
            worksheet_write_number(sheet, row, 5, q.base, nullptr);
            ++row;
        }
    }
}

}  // namespace

void writeXlsx(const Report& report, const std::filesystem::path& file) {
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(file.string().c_str()));
    if (!workbook) throw std::runtime_error(file.string() + ": cannot create the xlsx file");
    lxw_format* bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    for (const QuestionnaireReport& r : report.questionnaires) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), sheetName(r.id).c_str());
        if (sheet == nullptr) throw std::runtime_error(file.string() + ": cannot add a sheet for '" + r.id + "'");
        lxw_row_t row = 0;
        worksheet_write_string(sheet, row++, 0, r.opening.c_str(), bold);
        for (const QuestionFigures& q : r.questions) worksheet_write_string(sheet, row++, 0, q.sentence.c_str(), nullptr);
        ++row;
        const char* headers[] = {"group", "question", "option", "count", "percent", "base"};
        for (lxw_col_t col = 0; col < 6; ++col) worksheet_write_string(sheet, row, col, headers[col], bold);
        ++row;
        writeRows(sheet, row, "all", r.questions);
        for (const GroupFigures& g : r.groups) writeRows(sheet, row, g.id, g.questions);
    }
    const lxw_error result = workbook_close(workbook.release());
    if (result != LXW_NO_ERROR) {
        throw std::runtime_error(file.string() + ": could not write the xlsx file (" + lxw_strerror(result) + ")");
    }
}

}  // namespace report
