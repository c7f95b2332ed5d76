// Error types of the survey library: every problem names the file, line and field it is about.
#pragma once

#include <cstddef>
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

// At most this many problems are kept and printed for one refusal; the rest are only counted
// ("and 16,799,990 more"), so a hostile file cannot flood the terminal or the memory.
inline constexpr std::size_t kMaxReportedProblems = 20;

// A file that failed validation; holds the first kMaxReportedProblems problems found and the
// number of all of them.
class ValidationError : public std::runtime_error {
public:
    // `total` counts problems a collector found but did not keep; it is never less than
    // problems.size(). Problems beyond kMaxReportedProblems are dropped here and counted.
    explicit ValidationError(std::vector<Problem> problems, std::size_t total = 0);
    const std::vector<Problem>& problems() const noexcept { return problems_; }
    std::size_t total() const noexcept { return total_; }
    // "and 16,799,990 more problems" when some were not kept, else empty.
    std::string unreported() const;

private:
    std::size_t total_;  // declared first: initialised before problems_ is truncated
    std::vector<Problem> problems_;
};

// Collects problems for one refusal, keeping only the first kMaxReportedProblems in memory.
class ProblemList {
public:
    void add(Problem problem);
    bool empty() const noexcept { return total_ == 0; }
    std::size_t total() const noexcept { return total_; }
    // Whether the next problem added is kept (and printed), not only counted: a message costly
    // to word (a suggestion) is worded only then.
    bool keepsNext() const noexcept;
    std::vector<Problem>& kept() noexcept { return kept_; }
    [[noreturn]] void raise();  // throws ValidationError with everything collected

private:
    std::vector<Problem> kept_;
    std::size_t total_ = 0;
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
