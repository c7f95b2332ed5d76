// The tidy CSV report: one row per questionnaire × group × question × option (RFC 4180).
#include "report/writers.hpp"

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

void rows(std::string& out, const std::string& questionnaire, const std::string& group,
          const std::vector<QuestionFigures>& questions) {
    for (const QuestionFigures& q : questions) {
        for (const OptionFigure& option : q.options) {
            out += field(questionnaire) + "," + field(group) + "," + field(q.id) + "," + field(option.id) + "," +
                   std::to_string(option.count) + "," + (option.percent ? std::to_string(*option.percent) : "") + "," +
                   std::to_string(q.base) + "\r\n";
        }
    }
}

}  // namespace

std::string writeCsv(const Report& report) {
    std::string out = "questionnaire,group,question,option,count,percent,base\r\n";
    for (const QuestionnaireReport& r : report.questionnaires) {
        rows(out, r.id, "all", r.questions);
        for (const GroupFigures& g : r.groups) rows(out, r.id, g.id, g.questions);
    }
    return out;
}

}  // namespace report
