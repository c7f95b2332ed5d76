// Located problems and the validation error that carries all of them.
#include "survey/errors.hpp"

#include <algorithm>
#include <utility>

namespace survey {

namespace {

// what() lists every problem, one per line, so a log or terminal shows the whole picture.
std::string summarise(const std::vector<Problem>& problems, std::size_t total, const std::string& unreported) {
    std::string text = total == 1 ? std::string("1 problem") : std::to_string(total) + " problems";
    text += " found:";
    for (const Problem& problem : problems) {
        text += "\n  ";
        text += problem.describe();
    }
    if (!unreported.empty()) text += "\n  " + unreported;
    return text;
}

// 16799990 -> "16,799,990"
std::string withThousands(std::size_t number) {
    std::string digits = std::to_string(number);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
    return digits;
}

std::vector<Problem> firstReported(std::vector<Problem> problems) {
    if (problems.size() > kMaxReportedProblems) problems.resize(kMaxReportedProblems);
    return problems;
}

std::string unreportedLine(std::size_t kept, std::size_t total) {
    if (total <= kept) return {};
    const std::size_t more = total - kept;
    return "and " + withThousands(more) + " more problem" + (more == 1 ? "" : "s");
}

}  // namespace

std::string Problem::describe() const {
    std::string text = file.empty() ? std::string("(input)") : file;
    if (line > 0) {
        text += ':' + std::to_string(line);
        if (column > 0) text += ':' + std::to_string(column);
    }
    text += ": ";
    if (!field.empty()) text += field + ": ";
    text += message;
    return text;
}

ValidationError::ValidationError(std::vector<Problem> problems, std::size_t total)
    : std::runtime_error(summarise(firstReported(problems), std::max(total, problems.size()),
                                   unreportedLine(std::min(problems.size(), kMaxReportedProblems),
                                                  std::max(total, problems.size())))),
      total_(std::max(total, problems.size())),
      problems_(firstReported(std::move(problems))) {}

std::string ValidationError::unreported() const { return unreportedLine(problems_.size(), total_); }

void ProblemList::add(Problem problem) {
    ++total_;
    if (kept_.size() < kMaxReportedProblems) kept_.push_back(std::move(problem));
}

bool ProblemList::keepsNext() const noexcept { return kept_.size() < kMaxReportedProblems; }

void ProblemList::raise() { throw ValidationError(std::move(kept_), total_); }

}  // namespace survey
