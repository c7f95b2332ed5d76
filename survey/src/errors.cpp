// Located problems and the validation error that carries all of them.
#include "survey/errors.hpp"

#include <utility>

namespace survey {

namespace {

// what() lists every problem, one per line, so a log or terminal shows the whole picture.
std::string summarise(const std::vector<Problem>& problems) {
    std::string text = problems.size() == 1 ? std::string("1 problem")
                                            : std::to_string(problems.size()) + " problems";
    text += " found:";
    for (const Problem& problem : problems) {
        text += "\n  ";
        text += problem.describe();
    }
    return text;
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

ValidationError::ValidationError(std::vector<Problem> problems)
    : std::runtime_error(summarise(problems)), problems_(std::move(problems)) {}

}  // namespace survey
