// The HTML report: one standalone page (no scripts, no external files), accessible, and printed on
// A4 like the reports: paragraphs under each audience's heading, then an appendix of captioned
// tables, one per question, each with a small bar beside every figure (layout.hpp).
#include <algorithm>

#include "labels.hpp"
#include "layout.hpp"
#include "report/rate_notes.hpp"
#include "report/small_numbers.hpp"
#include "report/writers.hpp"

namespace report {

namespace {

// Every string taken from a database or a questionnaire goes through here, ids included: ids
// end up in attributes (id="q-..."), and a crafted id must stay inert text, not markup.
std::string escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

// Printed on A4 as the reports are: body text at 10.5pt, tables at 9pt in two columns in the
// appendix, a table never split across columns or pages. Dark blue bars on white and near-black
// text: contrast well above WCAG AA; the bars keep their colour in print (print-color-adjust).
constexpr std::string_view kStyle = R"(
@page { size: A4; margin: 16mm 15mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #111; background: #fff; max-width: 60em;
       margin: 1em auto; padding: 0 1em; line-height: 1.4; font-size: 10.5pt; }
h1 { font-size: 1.6em; border-bottom: 3px solid #1d4f91; margin: 0 0 0.4em; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.3em; border-bottom: 1px solid #888; }
h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
p { margin: 0.4em 0; }
blockquote { border-left: 4px solid #1d4f91; margin: 0.3em 0; padding: 0 0.8em; }
.note { color: #333; }
.appendix .tables { columns: 2; column-gap: 1.5em; }
table { border-collapse: collapse; margin: 0 0 0.8em; width: 100%; font-size: 9pt; line-height: 1.25;
        break-inside: avoid; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.2em; }
caption .sentence, caption .note { display: block; font-weight: normal; }
th, td { border: 1px solid #999; padding: 0.1em 0.35em; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
td.bar { width: 22%; }
td.bar span { display: block; height: 0.8em; margin-top: 0.15em; background: #1d4f91;
              -webkit-print-color-adjust: exact; print-color-adjust: exact; }
thead th { background: #e8eef7; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
tr.total th, tr.total td { color: #333; }
@media print { body { max-width: none; margin: 0; padding: 0; } h2, h3 { break-after: avoid; } }
)";

// `key` is already escaped (it goes into attributes as it is).
void table(std::string& out, const QuestionFigures& q, const std::string& text_caption, bool with_sentence,
           const Labels& labels, const std::string& key) {
    out += "<table id=\"q-" + key + "\">\n<caption>" + escape(text_caption);
    if (with_sentence) out += "<span class=\"sentence\">" + escape(q.sentence) + "</span>";
    if (q.percent_withheld) out += "<span class=\"note\">" + escape(labels.percent_withheld) + "</span>";
    out += "</caption>\n<thead><tr><th scope=\"col\">" + escape(labels.answer) + "</th><th scope=\"col\">" +
           escape(labels.number) + "</th><th scope=\"col\">" + escape(labels.percent) +
           "</th><td aria-hidden=\"true\"></td></tr></thead>\n<tbody>\n";
    int max_count = 1;
    for (const OptionFigure& option : q.options) max_count = std::max(max_count, option.count);
    for (const OptionFigure& option : q.options) {
        // The bar repeats the number beside it, so screen readers skip it.
        const int width = option.outside_base ? 0 : option.count * 100 / max_count;
        out += "<tr><th scope=\"row\">" + escape(option.label) +
               (option.outside_base ? " <span class=\"note\">(" + escape(labels.outside_base) + ")</span>" : "") +
               "</th><td class=\"n\">" + std::to_string(option.count) + "</td><td class=\"n\">" +
               (option.percent ? std::to_string(*option.percent) + "%" : "\u2013") +
               "</td><td class=\"bar\" aria-hidden=\"true\">" +
               (width > 0 ? "<span style=\"width:" + std::to_string(width) + "%\"></span>" : "") + "</td></tr>\n";
    }
    out += "<tr class=\"total\"><th scope=\"row\">" + escape(labels.base) + "</th><td class=\"n\">" + std::to_string(q.base) +
           "</td><td></td><td aria-hidden=\"true\"></td></tr>\n";
    out += "<tr class=\"total\"><th scope=\"row\">" + escape(labels.skipped) + "</th><td class=\"n\">" +
           std::to_string(q.skipped) + "</td><td></td><td aria-hidden=\"true\"></td></tr>\n</tbody>\n</table>\n";
}

void tables(std::string& out, int& number, const std::vector<QuestionFigures>& questions, const std::string& group_label,
            const Labels& labels, const std::string& key_prefix) {
    for (const QuestionFigures& q : questions) {
        if (!hasTable(q)) continue;
        table(out, q, caption(labels, ++number, q, group_label), !inBody(q, questions), labels, escape(key_prefix + q.id));
    }
}

void paragraphs(std::string& out, const std::vector<QuestionFigures>& questions, Language language) {
    for (const Paragraph& paragraph : bodyParagraphs(questions)) out += "<p>" + escape(paragraphText(paragraph, language)) + "</p>\n";
}

void body(std::string& out, const QuestionnaireReport& r, const Labels& labels, Language language) {
    out += "<section>\n<h2>" + escape(headingOf(r)) + "</h2>\n<p>" + escape(r.opening) + "</p>\n";
    if (!r.unfinished.empty()) out += "<p class=\"note\">" + escape(r.unfinished) + "</p>\n";
    for (const std::string& warning : r.warnings) out += "<p class=\"warning\"><strong>" + escape(warning) + "</strong></p>\n";
    paragraphs(out, r.questions, language);
    if (!r.groups_note.empty()) out += "<p class=\"note\">" + escape(r.groups_note) + "</p>\n";
    for (const GroupFigures& g : groupsInBody(r)) {
        out += "<h3>" + escape(g.label) + " (" + std::to_string(g.returned) + ")</h3>\n<p>" + escape(g.opening) + "</p>\n";
        paragraphs(out, g.questions, language);
    }
    if (!r.comments.empty()) {
        out += "<h3>" + escape(labels.comments) + "</h3>\n";
        for (const std::string& comment : r.comments) out += "<blockquote><p>" + escape(comment) + "</p></blockquote>\n";
        if (!r.comments_note.empty()) out += "<p class=\"note\">" + escape(r.comments_note) + "</p>\n";
    }
    out += "</section>\n";
}

void appendix(std::string& out, const Report& report, const Labels& labels) {
    if (std::none_of(report.questionnaires.begin(), report.questionnaires.end(), hasTables)) return;
    out += "<section class=\"appendix\">\n<h2>" + escape(labels.appendix) + "</h2>\n";
    if (const std::string note = smallBaseNote(report); !note.empty()) {
        out += "<p class=\"note\">" + escape(note) + "</p>\n";
    }
    int number = 0;
    for (const QuestionnaireReport& r : report.questionnaires) {
        if (!hasTables(r)) continue;
        out += "<h3>" + escape(headingOf(r)) + "</h3>\n<div class=\"tables\">\n";
        tables(out, number, r.questions, "", labels, r.id + "-");
        for (const GroupFigures& g : r.groups) tables(out, number, g.questions, g.label, labels, r.id + "-" + g.id + "-");
        out += "</div>\n";
    }
    out += "</section>\n";
}

}  // namespace

std::string writeHtml(const Report& report) {
    const Labels labels = labelsFor(report.language);
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(toString(report.language)) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
                      "initial-scale=1\">\n<title>" +
                      escape(labels.document_title) + "</title>\n<style>" + std::string(kStyle) +
                      "</style>\n</head>\n<body>\n<main>\n<h1>" + escape(labels.section) + "</h1>\n";
    if (report.empty()) out += "<p>" + escape(nothingToReport(report.language)) + "</p>\n";
    for (const QuestionnaireReport& r : report.questionnaires) body(out, r, labels, report.language);
    appendix(out, report, labels);
    return out + "</main>\n</body>\n</html>\n";
}

}  // namespace report
