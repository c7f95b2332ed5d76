// The tidy CSV report (RFC 4180), long form: one row per questionnaire × group × question ×
// option. Each questionnaire's summary comes first in the same columns, as question "summary":
// returned, handed_out, abandoned and in_progress in `count`, response_rate in `percent`, so the
// file stays one rectangular table a spreadsheet or R reads as it is.
#include "report/writers.hpp"
#include "tidy_rows.hpp"

namespace report {

namespace {

std::string field(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

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
    summaryLine(out, s, "returned", "Returned", s.returned, std::nullopt);
    summaryLine(out, s, "handed_out", "Handed out", s.handed_out, std::nullopt);
    summaryLine(out, s, "response_rate", "Response rate", std::nullopt, s.response_rate_percent);
    summaryLine(out, s, "abandoned", "Abandoned", s.abandoned, std::nullopt);
    summaryLine(out, s, "in_progress", "In progress", s.in_progress, std::nullopt);
    // What the group rows cannot say themselves: that they overlap, or why there are none.
    if (!s.groups_note.empty()) summaryLine(out, s, "groups_note", s.groups_note, std::nullopt, std::nullopt);
}

}  // namespace

std::string writeCsv(const Report& report) {
    std::string out;
    for (std::size_t i = 0; i < kFigureHeaders.size(); ++i) out += (i ? "," : "") + kFigureHeaders[i];
    out += "\r\n";
    for (const SummaryRow& s : summaryRows(report)) summary(out, s);
    for (const FigureRow& r : figureRows(report)) row(out, r);
    return out;
}

}  // namespace report
