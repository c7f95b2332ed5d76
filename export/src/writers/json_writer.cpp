// The JSON report: the machine-readable contract (keys listed in issue 4) other tools rely on.
#include <nlohmann/json.hpp>

#include "report/writers.hpp"

namespace report {

namespace {

nlohmann::ordered_json questionJson(const QuestionFigures& q) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    nlohmann::ordered_json percent = nlohmann::ordered_json::object();
    nlohmann::ordered_json outside = nlohmann::ordered_json::array();
    for (const OptionFigure& option : q.options) {
        counts[option.id] = option.count;
        if (option.percent) percent[option.id] = *option.percent;
        if (option.outside_base) outside.push_back(option.id);
    }
    nlohmann::ordered_json json = {
        {"id", q.id},
        {"type", std::string(survey::toString(q.type))},
        {"text", q.text},
        {"asked", q.asked},
        {"answered", q.answered},
        {"skipped", q.skipped},
        {"base", q.base},
        {"counts", counts},
        {"percent", percent},
        {"percent_withheld", q.percent_withheld},
        {"outside_base", outside},
    };
    if (q.type != survey::QuestionType::Text) {
        json["finding"] = {{"options", q.finding_options},
                           {"count", q.finding_count},
                           {"percent", q.finding_percent ? nlohmann::ordered_json(*q.finding_percent) : nullptr}};
    }
    json["sentence"] = q.sentence;
    json["headline"] = q.headline;
    if (q.type == survey::QuestionType::Text) json["comments"] = q.comments;
    return json;
}

nlohmann::ordered_json questionsJson(const std::vector<QuestionFigures>& questions) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const QuestionFigures& q : questions) list.push_back(questionJson(q));
    return list;
}

}  // namespace

std::string writeJson(const Report& report) {
    nlohmann::ordered_json questionnaires = nlohmann::ordered_json::array();
    for (const QuestionnaireReport& r : report.questionnaires) {
        nlohmann::ordered_json groups = nlohmann::ordered_json::object();
        for (const GroupFigures& g : r.groups) {
            groups[g.id] = {{"label", g.label}, {"returned", g.returned}, {"opening", g.opening}, {"withheld", g.withheld}, {"questions", questionsJson(g.questions)}};
        }
        questionnaires.push_back({
            {"id", r.id},
            {"title", r.title},
            {"heading", r.heading},
            {"returned", r.returned},
            {"abandoned", r.abandoned},
            {"in_progress", r.in_progress},
            {"distributed", r.distributed ? nlohmann::ordered_json(*r.distributed) : nullptr},
            {"response_rate_percent",
             r.response_rate_percent ? nlohmann::ordered_json(*r.response_rate_percent) : nullptr},
            {"response_rate_withheld", r.rate_withheld},
            {"opening", r.opening},
            {"unfinished", r.unfinished},
            {"warnings", r.warnings},
            {"questions", questionsJson(r.questions)},
            {"by", r.by_question.empty() ? nullptr : nlohmann::ordered_json(r.by_question)},
            {"groups", groups},
            {"groups_overlap", r.groups_overlap},
            {"groups_note", r.groups_note},
            {"comments", r.comments},
            {"comments_note", r.comments_note},
        });
    }
    const nlohmann::ordered_json json = {{"language", std::string(toString(report.language))},
                                         {"nothing_to_report", report.empty()},
                                         {"min_base", report.min_base},
                                         {"min_group", report.min_group},
                                         {"questionnaires", questionnaires}};
    // Text from a damaged database may not be UTF-8: a raw json type_error must never end the
    // report, so bytes that are not UTF-8 become U+FFFD (the store's checksums are what catch
    // the damage itself).
    return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace report
