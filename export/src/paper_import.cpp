#include "report/paper_import.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "csv/csv_field.hpp"
#include "csv/csv_reader.hpp"
#include "import_suggestions.hpp"
#include "iso_date.hpp"
#include "survey/answers.hpp"
#include "survey/canonical.hpp"
#include "survey/input_text.hpp"

namespace report {
namespace {

// The header of the column that dates each return (when the questionnaire has no such question).
constexpr std::string_view kDateColumn = "date";

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// " (did you mean 'yes'?)" when `suggestion` is one, else "".
std::string didYouMean(const std::string& suggestion) {
    return suggestion.empty() ? "" : fmt::format(" (did you mean '{}'?)", suggestion);
}

std::string optionList(const survey::Question& question) {
    std::string list;
    for (const survey::Option& option : question.options) {
        list += (list.empty() ? "" : ", ") + option.id;
    }
    return list;
}

// Collects problems for one file, so every one is reported before anything is imported.
class Checker {
public:
    Checker(std::string file, const survey::Questionnaire& questionnaire)
        : file_(std::move(file)), questionnaire_(questionnaire) {}

    survey::ProblemList problems;  // keeps the first few, counts the rest
    std::optional<std::size_t> date_column;  // the 'date' column, when the header has one

    void add(int line, int column, std::string field, std::string message) {
        problems.add({file_, line, column, std::move(field), std::move(message)});
    }

    // " (did you mean 'yes'?)" for an unknown option of `question`, worded only for a problem
    // that will be printed.
    std::string optionHint(const survey::Question& question, std::string_view value) const {
        return didYouMean(problems.keepsNext() ? suggestOption(question, value) : "");
    }

    std::string unknownColumn(const std::string& id) const {
        const std::string suggestion = problems.keepsNext() ? suggestQuestion(questionnaire_, id) : "";
        return fmt::format("unknown column; '{}' is not a question of the {} questionnaire ({}the header row holds "
                           "question ids)",
                           id, questionnaire_.id,
                           suggestion.empty() ? "" : fmt::format("did you mean '{}'? ", suggestion));
    }

    // The question of each header column; nullptr for a column that is wrong.
    std::vector<const survey::Question*> header(const csv::Record& record) {
        std::vector<const survey::Question*> columns;
        std::map<std::string, int, std::less<>> seen;
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            const int column = static_cast<int>(i) + 1;
            const std::string id(trim(record.fields[i]));
            const survey::Question* question = questionnaire_.question(id);
            if (id == kDateColumn && question == nullptr && !date_column) {
                date_column = i;
            } else if (id.empty()) {
                add(record.line, column, "", "empty column name; expected a question id");
                question = nullptr;
            } else if (question == nullptr) {
                add(record.line, column, id,
                    unknownColumn(id));
            } else if (auto [it, inserted] = seen.emplace(id, column); !inserted) {
                add(record.line, column, id, fmt::format("duplicate column; '{}' is already column {}", id, it->second));
                question = nullptr;
            }
            columns.push_back(question);
        }
        return columns;
    }

    // The answer a cell gives, or nullopt when it is blank or wrong (wrong cells are reported).
    std::optional<survey::Answer> cell(const survey::Question& question, std::string_view raw, int line, int column) {
        const std::string_view value = trim(raw);
        if (value.empty()) {
            return std::nullopt;
        }
        const auto problem = [&](std::string message) { add(line, column, question.id, std::move(message)); };
        survey::Answer answer;
        switch (question.type) {
            case survey::QuestionType::Text:
                if (survey::codePointCount(raw) > survey::kMaxTextLength) {
                    problem(fmt::format("text is {} characters long; at most {} are allowed", survey::codePointCount(raw),
                                        survey::kMaxTextLength));
                    return std::nullopt;
                }
                answer = survey::Answer::freeText(std::string(raw));
                break;
            case survey::QuestionType::Single:
                if (value.find(';') != std::string_view::npos) {
                    problem(fmt::format("several options '{}' in a single-choice cell; expected one of: {}", value,
                                        optionList(question)));
                    return std::nullopt;
                }
                if (!question.hasOption(value)) {
                    problem(fmt::format("unknown option '{}'{}; expected one of: {}", value,
                                        optionHint(question, value), optionList(question)));
                    return std::nullopt;
                }
                answer = survey::Answer::single(std::string(value));
                break;
            case survey::QuestionType::Multi: {
                std::vector<std::string> ids;
                bool ok = true;
                std::size_t start = 0;
                while (start <= value.size()) {
                    const auto end = std::min(value.find(';', start), value.size());
                    const std::string id(trim(value.substr(start, end - start)));
                    start = end + 1;
                    if (id.empty()) {
                        problem(fmt::format("empty item in '{}'; join option ids with a single ';'", value));
                        ok = false;
                    } else if (!question.hasOption(id)) {
                        problem(fmt::format("unknown option '{}'{}; expected some of: {}", id,
                                            optionHint(question, id), optionList(question)));
                        ok = false;
                    } else if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
                        problem(fmt::format("option '{}' is given twice", id));
                        ok = false;
                    }
                    ids.push_back(id);
                }
                if (!ok) {
                    return std::nullopt;
                }
                answer = survey::Answer::multi(std::move(ids));
                break;
            }
        }
        if (std::string message = survey::checkAnswer(question, answer); !message.empty()) {
            problem(std::move(message));  // any rule of the model not covered above
            return std::nullopt;
        }
        return answer;
    }

private:
    std::string file_;
    const survey::Questionnaire& questionnaire_;
};

}  // namespace

std::vector<survey::StoredResponse> parsePaperReturns(std::string_view csv_text, const std::string& file_label,
                                                      const survey::Questionnaire& questionnaire,
                                                      const PaperReturnDetails& details) {
    Checker checker(file_label, questionnaire);
    // Checked before parsing: size, then text (a NUL or an ANSI escape in a comment is refused
    // here, for every cell at once).
    if (csv_text.size() > kMaxPaperReturnsBytes) {
        checker.add(0, 0, "", "the file is larger than " + survey::describeBytes(kMaxPaperReturnsBytes) +
                                  "; split it into smaller imports");
        checker.problems.raise();
    }
    if (const std::optional<survey::TextFault> fault = survey::findTextFault(csv_text, survey::LineBreaks::Allowed)) {
        const survey::TextPosition at = survey::positionOf(csv_text, fault->offset);
        checker.add(at.line, 0, "", "the file " + fault->message + " (at byte " + std::to_string(at.column) +
                                        " of the line)");
        checker.problems.raise();
    }
    std::vector<csv::Record> records;
    try {
        records = csv::parse(csv_text);
    } catch (const csv::SyntaxError& error) {
        checker.add(error.line(), error.column(), "", error.what());
        checker.problems.raise();
    }
    if (records.empty()) {
        checker.add(1, 1, "", "the file is empty; expected a header row of question ids");
        checker.problems.raise();
    }

    const std::vector<const survey::Question*> columns = checker.header(records.front());
    if (details.date.empty() && !checker.date_column) {
        // Never a silent "today": paper returns are often entered long after they came back.
        checker.add(records.front().line, 1, "",
                    "no date for these returns: give --date YYYY-MM-DD, or a 'date' column in the file");
    }
    std::vector<survey::StoredResponse> responses;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const csv::Record& record = records[r];
        const bool blank = std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const std::string& cell) { return trim(cell).empty(); });
        if (blank) {
            checker.add(record.line, 1, "", "every cell of the row is blank; remove the row (a questionnaire "
                                            "returned with nothing answered is not a response)");
            continue;
        }
        if (record.fields.size() != columns.size()) {
            const auto column = static_cast<int>(std::min(record.fields.size(), columns.size())) + 1;
            checker.add(record.line, column, "",
                        fmt::format("the row has {} cells; the header has {}", record.fields.size(), columns.size()));
        }
        survey::StoredResponse response;
        response.info.date = details.date;
        if (checker.date_column && *checker.date_column < record.fields.size()) {
            const std::string date(trim(record.fields[*checker.date_column]));
            const int column = static_cast<int>(*checker.date_column) + 1;
            if (date.empty() && details.date.empty()) {
                checker.add(record.line, column, std::string(kDateColumn), "no date for this return; expected YYYY-MM-DD");
            } else if (!date.empty()) {
                if (std::string problem = isoDateProblem(date); !problem.empty()) {
                    checker.add(record.line, column, std::string(kDateColumn), problem);
                }
                response.info.date = date;
            }
        }
        std::map<std::string, int, std::less<>> column_of;
        const std::size_t cells = std::min(record.fields.size(), columns.size());
        for (std::size_t i = 0; i < cells; ++i) {
            if (columns[i] == nullptr) {
                continue;
            }
            const int column = static_cast<int>(i) + 1;
            if (auto answer = checker.cell(*columns[i], record.fields[i], record.line, column)) {
                response.answers.emplace(columns[i]->id, std::move(*answer));
                column_of.emplace(columns[i]->id, column);
            }
        }
        // Routing: an answer to a question that this respondent would not have been asked.
        for (const auto& [question_id, column] : column_of) {
            const survey::Question& question = *questionnaire.question(question_id);
            if (!survey::isAsked(question, response.answers)) {
                checker.add(record.line, column, question_id,
                            fmt::format("answered, but the question is asked only when {} = {}",
                                        question.when->question_id, question.when->option_id));
            }
        }
        response.info.questionnaire_id = questionnaire.id;
        response.info.questionnaire_version = questionnaire.version;
        response.info.definition_hash = questionnaire.definition_hash;
        response.info.site = details.site;
        response.info.channel = survey::Channel::Paper;
        response.info.language = "en";
        response.info.status = survey::Status::Submitted;
        responses.push_back(std::move(response));
    }
    if (!checker.problems.empty()) {
        // In file order: cells are checked before routing and row length, which may come first.
        std::vector<survey::Problem>& kept = checker.problems.kept();
        std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
        checker.problems.raise();
    }
    return responses;
}

std::vector<survey::StoredResponse> readPaperReturns(const std::filesystem::path& file,
                                                     const survey::Questionnaire& questionnaire,
                                                     const PaperReturnDetails& details) {
    const std::string text = survey::readBoundedFile(file, kMaxPaperReturnsBytes);
    return parsePaperReturns(text, file.string(), questionnaire, details);
}

std::string paperReturnsContentHash(std::string_view csv_text) {
    std::string canonical;
    canonical.reserve(csv_text.size());
    for (const csv::Record& record : csv::parse(csv_text)) {
        if (record.fields.size() == 1 && record.fields.front().empty()) {
            canonical += "\"\"\n";  // a lone empty field, which unquoted would read as a blank line
            continue;
        }
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            std::string cell;
            const std::string& raw = record.fields[i];
            for (std::size_t c = 0; c < raw.size(); ++c) {
                if (raw[c] != '\r') cell += raw[c];
                else if (c + 1 == raw.size() || raw[c + 1] != '\n') cell += '\n';  // a lone CR is a line break too
            }
            canonical += (i == 0 ? "" : ",") + csv::field(cell);
        }
        canonical += '\n';
    }
    return survey::canonical::toHex(survey::canonical::checksum(canonical));
}

std::string describeCellProblem(const survey::Problem& problem) {
    if (problem.column == 0) {
        return problem.describe();  // about the whole file or a whole line
    }
    if (problem.field.empty()) {
        return fmt::format("{}:{}:{}: {}", problem.file, problem.line, problem.column, problem.message);
    }
    return fmt::format("{}:{}:{} ({}): {}", problem.file, problem.line, problem.column, problem.field,
                       problem.message);
}

}  // namespace report
