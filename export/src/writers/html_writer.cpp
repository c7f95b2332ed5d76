// The HTML report: one standalone page (no scripts, no external files), accessible and printable,
// with a horizontal bar chart in inline SVG for every question and a text alternative for it.
#include <algorithm>

#include "labels.hpp"
#include "report/rate_notes.hpp"
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

// Dark blue bars on white and near-black text: contrast well above WCAG AA, and prints in grey.
constexpr std::string_view kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #111; background: #fff; max-width: 60em;
       margin: 1em auto; padding: 0 1em; line-height: 1.5; }
h1 { font-size: 1.8em; border-bottom: 3px solid #1d4f91; }
h2 { font-size: 1.4em; margin-top: 2em; border-bottom: 1px solid #888; }
h3 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #666; padding: 0.25em 0.6em; text-align: left; }
td.n { text-align: right; }
thead th { background: #e8eef7; }
svg { display: block; max-width: 100%; height: auto; }
blockquote { border-left: 4px solid #1d4f91; margin: 0.5em 0; padding: 0.2em 1em; }
.note { color: #333; }
@media print { h2 { page-break-before: auto; } section.question { page-break-inside: avoid; } }
)";

// Each option is a row: its label on one line, the bar and its figure below, so long labels
// need no cutting.
constexpr int kBarWidth = 480;
constexpr int kRowHeight = 46;
constexpr int kLabelChars = 80;

// `key` is already escaped (it goes into attributes as it is).
std::string chart(const QuestionFigures& q, const std::string& key) {
    const int max_count = std::max(1, std::max_element(q.options.begin(), q.options.end(), [](const auto& a, const auto& b) {
                                          return a.count < b.count;
                                      })->count);
    const int height = kRowHeight * static_cast<int>(q.options.size()) + 6;
    const int width = kBarWidth + 110;
    std::string desc;
    for (const OptionFigure& option : q.options) {
        if (!desc.empty()) desc += "; ";
        desc += option.label + ": " + std::to_string(option.count) +
                (option.percent ? " (" + std::to_string(*option.percent) + "%)" : "");
    }
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " +
                      std::to_string(width) + " " + std::to_string(height) + "\" width=\"" + std::to_string(width) +
                      "\" height=\"" + std::to_string(height) + "\" aria-labelledby=\"t-" + key + " d-" + key + "\">\n";
    svg += "<title id=\"t-" + key + "\">" + escape(q.text.empty() ? q.id : q.text) + "</title>\n";
    svg += "<desc id=\"d-" + key + "\">" + escape(desc) + "</desc>\n";
    int y = 2;
    for (const OptionFigure& option : q.options) {
        const int bar = option.count * kBarWidth / max_count;
        const std::string label =
            option.label.size() > kLabelChars ? option.label.substr(0, kLabelChars - 2) + "\u2026" : option.label;
        svg += "<text x=\"0\" y=\"" + std::to_string(y + 15) + "\" font-size=\"14\" fill=\"#111\">" + escape(label) +
               "</text>\n";
        svg += "<rect x=\"0\" y=\"" + std::to_string(y + 21) + "\" width=\"" + std::to_string(std::max(bar, 1)) +
               "\" height=\"18\" fill=\"" + (option.outside_base ? "#767676" : "#1d4f91") + "\"/>\n";
        svg += "<text x=\"" + std::to_string(bar + 6) + "\" y=\"" + std::to_string(y + 35) +
               "\" font-size=\"14\" fill=\"#111\">" + std::to_string(option.count) +
               (option.percent ? " (" + std::to_string(*option.percent) + "%)" : "") + "</text>\n";
        y += kRowHeight;
    }
    return svg + "</svg>\n";
}

void questionsHtml(std::string& out, const std::vector<QuestionFigures>& questions, const Labels& labels,
                   const std::string& heading, const std::string& key_prefix) {
    for (const QuestionFigures& q : questions) {
        if (q.type == survey::QuestionType::Text || q.options.empty() || q.answered == 0) continue;  // nothing to chart
        const std::string key = escape(key_prefix + q.id);  // used in attributes
        out += "<section class=\"question\">\n<" + heading + " id=\"q-" + key + "\">" + escape(q.text.empty() ? q.id : q.text) +
               "</" + heading + ">\n";
        if (!q.headline) out += "<p>" + escape(q.sentence) + "</p>\n";  // a headline is printed once, in the findings
        out += chart(q, key);
        out += "<table aria-describedby=\"q-" + key + "\">\n<thead><tr><th scope=\"col\">" + escape(labels.answer) +
               "</th><th scope=\"col\">" + escape(labels.number) + "</th><th scope=\"col\">" +
               escape(labels.percent) + "</th></tr></thead>\n<tbody>\n";
        for (const OptionFigure& option : q.options) {
            out += "<tr><th scope=\"row\">" + escape(option.label) +
                   (option.outside_base ? " <span class=\"note\">(" + escape(labels.outside_base) + ")</span>" : "") +
                   "</th><td class=\"n\">" + std::to_string(option.count) + "</td><td class=\"n\">" +
                   (option.percent ? std::to_string(*option.percent) + "%" : "\u2013") + "</td></tr>\n";
        }
        out += "<tr><th scope=\"row\">" + escape(labels.base) + "</th><td class=\"n\">" + std::to_string(q.base) +
               "</td><td></td></tr>\n";
        out += "<tr><th scope=\"row\">" + escape(labels.skipped) + "</th><td class=\"n\">" + std::to_string(q.skipped) +
               "</td><td></td></tr>\n</tbody>\n</table>\n</section>\n";
    }
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
    for (const QuestionnaireReport& r : report.questionnaires) {
        out += "<section>\n<h2>" + escape(r.title.empty() ? r.id : r.title) + "</h2>\n<p>" + escape(r.opening) + "</p>\n";
        if (!r.unfinished.empty()) out += "<p class=\"note\">" + escape(r.unfinished) + "</p>\n";
        for (const std::string& warning : r.warnings) out += "<p class=\"warning\"><strong>" + escape(warning) + "</strong></p>\n";
        if (std::any_of(r.questions.begin(), r.questions.end(), [](const QuestionFigures& q) { return q.headline; })) {
            out += "<h3>" + escape(labels.findings) + "</h3>\n<ul>\n";
            for (const QuestionFigures& q : r.questions) {
                if (q.headline) out += "<li>" + escape(q.sentence) + "</li>\n";
            }
            out += "</ul>\n";
        }
        questionsHtml(out, r.questions, labels, "h3", r.id + "-");
        for (const GroupFigures& g : r.groups) {
            out += "<h3>" + escape(g.label) + " (" + std::to_string(g.returned) + ")</h3>\n<p>" + escape(g.opening) + "</p>\n";
            questionsHtml(out, g.questions, labels, "h4", r.id + "-" + g.id + "-");
        }
        if (!r.comments.empty()) {
            out += "<h3>" + escape(labels.comments) + "</h3>\n";
            for (const std::string& comment : r.comments) out += "<blockquote><p>" + escape(comment) + "</p></blockquote>\n";
            if (!r.comments_note.empty()) out += "<p class=\"note\">" + escape(r.comments_note) + "</p>\n";
        }
        out += "</section>\n";
    }
    return out + "</main>\n</body>\n</html>\n";
}

}  // namespace report
