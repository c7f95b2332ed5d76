// The Markdown report, ready to paste into a report draft: the section, then under each audience's
// heading the sentences as paragraphs (each once) and the comments, then an appendix with a
// captioned table per question (layout.hpp).
#include <algorithm>

#include "labels.hpp"
#include "layout.hpp"
#include "report/rate_notes.hpp"
#include "report/small_numbers.hpp"
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

void paragraphs(std::string& out, const std::vector<QuestionFigures>& questions, Language language) {
    for (const Paragraph& paragraph : bodyParagraphs(questions)) out += "\n" + cell(paragraphText(paragraph, language)) + "\n";
}

void tables(std::string& out, int& number, const std::vector<QuestionFigures>& questions, const std::string& group_label,
            const Labels& labels) {
    for (const QuestionFigures& q : questions) {
        if (!hasTable(q)) continue;
        out += "\n**" + cell(caption(labels, ++number, q, group_label)) + "**\n\n";
        if (!inBody(q, questions)) out += cell(q.sentence) + "\n\n";
        if (q.percent_withheld) out += "*" + labels.percent_withheld + "*\n\n";
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

bool anyTable(const Report& report) {
    return std::any_of(report.questionnaires.begin(), report.questionnaires.end(), hasTables);
}

}  // namespace

std::string writeMarkdown(const Report& report) {
    const Labels labels = labelsFor(report.language);
    std::string out = "## " + labels.section + "\n";
    if (report.empty()) out += "\n" + nothingToReport(report.language) + "\n";
    for (const QuestionnaireReport& r : report.questionnaires) {
        out += "\n### " + cell(headingOf(r)) + "\n\n" + r.opening + "\n";
        if (!r.unfinished.empty()) out += "\n" + r.unfinished + "\n";
        for (const std::string& warning : r.warnings) out += "\n**" + cell(warning) + "**\n";
        paragraphs(out, r.questions, report.language);
        if (!r.groups_note.empty()) out += "\n" + cell(r.groups_note) + "\n";
        for (const GroupFigures& g : groupsInBody(r)) {
            out += "\n#### " + cell(g.label) + " (" + std::to_string(g.returned) + ")\n\n" + cell(g.opening) + "\n";
            paragraphs(out, g.questions, report.language);
        }
        if (!r.comments.empty()) {
            out += "\n#### " + labels.comments + "\n";
            for (const std::string& comment : r.comments) out += "\n> " + cell(comment) + "\n";
            if (!r.comments_note.empty()) out += "\n*" + r.comments_note + "*\n";
        }
    }
    if (!anyTable(report)) return out;
    out += "\n### " + labels.appendix + "\n";
    if (const std::string note = smallBaseNote(report); !note.empty()) out += "\n" + note + "\n";
    int number = 0;
    for (const QuestionnaireReport& r : report.questionnaires) {
        if (!hasTables(r)) continue;
        out += "\n#### " + cell(headingOf(r)) + "\n";
        tables(out, number, r.questions, "", labels);
        for (const GroupFigures& g : r.groups) tables(out, number, g.questions, g.label, labels);
    }
    return out;
}

}  // namespace report
