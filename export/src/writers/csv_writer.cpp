// The tidy CSV report (RFC 4180), long form: one row per questionnaire × group × question ×
// option. Each questionnaire's summary comes first in the same columns, as question "summary":
// returned, handed_out, abandoned and in_progress in `count`, response_rate in `percent`, and
// its notes (warnings about the rate; "Nothing to report ..." for an empty selection) as the
// `label` of option "notes". Comments come last, one row each, as option "comment" of the text
// question they answer with the quote as `label`. So the file stays one rectangular table a
// spreadsheet or R reads as it is.
#include "report/writers.hpp"
#include "tidy_rows.hpp"

#include "csv/csv_field.hpp"

namespace report {

namespace {

using csv::field;

std::string number(const std::optional<int>& value) { return value ? std::to_string(*value) : ""; }

void row(std::string& out, const FigureRow& r) {
    out += field(r.questionnaire) + "," + field(r.group) + "," + field(r.question_id) + "," + field(r.question_text) + "," +
           field(r.option_id) + "," + field(r.label) + "," + std::to_string(r.count) + "," + number(r.percent) + "," +
           std::to_string(r.base) + "," + (r.in_base ? "yes" : "no") + "\r\n";
}

// Summary figures have no base: blank base and in_base, and blank where a figure is unknown.
void summaryLine(std::string& out, const SummaryRow& s, std::string_view id, std::string_view label,
                 std::optional<int> count, std::optional<int> percent) {
    out += field(s.questionnaire) + ",all,summary,Summary," + std::string(id) + "," + field(label) + "," +
           number(count) + "," + number(percent) + ",,\r\n";
}

void summary(std::string& out, const SummaryRow& s) {
    if (!s.notes.empty()) summaryLine(out, s, "notes", s.notes, std::nullopt, std::nullopt);
    if (s.questionnaire.empty()) return;  // an empty selection's row: its note says so, no zeros
    summaryLine(out, s, "returned", "Returned", s.returned, std::nullopt);
    summaryLine(out, s, "handed_out", "Handed out", s.handed_out, std::nullopt);
    summaryLine(out, s, "response_rate", "Response rate", std::nullopt, s.response_rate_percent);
    summaryLine(out, s, "abandoned", "Abandoned", s.abandoned, std::nullopt);
    summaryLine(out, s, "in_progress", "In progress", s.in_progress, std::nullopt);
}

}  // namespace

std::string writeCsv(const Report& report) {
    std::string out;
    for (std::size_t i = 0; i < kFigureHeaders.size(); ++i) out += (i ? "," : "") + kFigureHeaders[i];
    out += "\r\n";
    for (const SummaryRow& s : summaryRows(report)) summary(out, s);
    for (const FigureRow& r : figureRows(report)) row(out, r);
    for (const CommentRow& c : commentRows(report)) {
        out += field(c.questionnaire) + ",all," + field(c.question_id) + "," + field(c.question_text) + ",comment," +
               field(c.comment) + ",,,,\r\n";
    }
    return out;
}

}  // namespace report
