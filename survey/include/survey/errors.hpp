// Error types of the survey library: every problem names the file, line and field it is about.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace survey {

// One located problem in an input file (questionnaire, CSV, ...).
struct Problem {
    std::string file;     // path as given by the caller
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based; 0 when not meaningful (CSV uses it for the column number)
    std::string field;    // e.g. "questions[3].when" or "rules_explained"
    std::string message;  // plain English: what is wrong and what was expected

    // "offender.yaml:12: questions[3].when: names question 'x', which comes later"
    std::string describe() const;
};

// A file that failed validation; holds every problem found, not just the first.
class ValidationError : public std::runtime_error {
public:
    explicit ValidationError(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const noexcept { return problems_; }

private:
    std::vector<Problem> problems_;
};

// A store failure: the database could not be opened, read or written.
// `code` is SQLite's extended result code (0 when the failure is not SQLite's).
class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& message, int code = 0) : std::runtime_error(message), code_(code) {}
    int code() const noexcept { return code_; }
    bool diskFull() const noexcept;  // SQLITE_FULL or an I/O error writing
    bool ioFailure() const noexcept;  // any failure to read or write the file (full disk included)

private:
    int code_;
};

}  // namespace survey
