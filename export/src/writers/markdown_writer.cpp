// The Markdown report, ready to paste into a report draft: the section, a heading per
// questionnaire, the sentences, then a table per question.
#include "labels.hpp"
#include "report/rate_notes.hpp"
#include "report/writers.hpp"

namespace report {

namespace {

std::string cell(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

void questionsMarkdown(std::string& out, const std::vector<QuestionFigures>& questions, const Labels& labels,
                       const std::string& level) {
    for (const QuestionFigures& q : questions) {
        if (q.type == survey::QuestionType::Text || q.answered == 0) continue;  // nothing to chart
        out += "\n" + level + " " + cell(q.text.empty() ? q.id : q.text) + "\n\n";
        if (!q.headline) out += q.sentence + "\n\n";  // a headline is printed once, in the findings
        out += "| " + labels.answer + " | " + labels.number + " | " + labels.percent + " |\n|---|--:|--:|\n";
        for (const OptionFigure& option : q.options) {
            out += "| " + cell(option.label) + (option.outside_base ? " (" + labels.outside_base + ")" : "") + " | " +
                   std::to_string(option.count) + " | " +
                   (option.percent ? std::to_string(*option.percent) + "%" : "\u2013") + " |\n";
        }
        out += "| " + labels.base + " | " + std::to_string(q.base) + " | |\n";
        out += "| " + labels.skipped + " | " + std::to_string(q.skipped) + " | |\n";
    }
}

}  // namespace

std::string writeMarkdown(const Report& report) {
    const Labels labels = labelsFor(report.language);
    std::string out = "## " + labels.section + "\n";
    if (report.empty()) out += "\n" + nothingToReport(report.language) + "\n";
    for (const QuestionnaireReport& r : report.questionnaires) {
        out += "\n### " + cell(r.title.empty() ? r.id : r.title) + "\n\n" + r.opening + "\n";
        if (!r.unfinished.empty()) out += "\n" + r.unfinished + "\n";
        for (const std::string& warning : r.warnings) out += "\n**" + warning + "**\n";
        out += "\n";
        for (const QuestionFigures& q : r.questions) {
            if (q.headline) out += "- " + q.sentence + "\n";
        }
        questionsMarkdown(out, r.questions, labels, "####");
        for (const GroupFigures& g : r.groups) {
            out += "\n#### " + cell(g.label) + " (" + std::to_string(g.returned) + ")\n\n" + g.opening + "\n";
            questionsMarkdown(out, g.questions, labels, "#####");
        }
        if (!r.comments.empty()) {
            out += "\n#### " + labels.comments + "\n\n";
            for (const std::string& comment : r.comments) out += "> " + cell(comment) + "\n\n";
            if (!r.comments_note.empty()) out += "*" + r.comments_note + "*\n";
        }
    }
    return out;
}

}  // namespace report
