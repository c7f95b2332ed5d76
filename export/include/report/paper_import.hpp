// Paper returns: a CSV of one row per respondent (header row of question ids; blank = not
// answered; multi-choice option ids joined with ';'; an optional 'date' column, YYYY-MM-DD, dates
// each return), checked cell by cell against a questionnaire.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "survey/errors.hpp"
#include "survey/questionnaire.hpp"
#include "survey/store.hpp"

namespace report {

// What every imported response records besides its answers.
struct PaperReturnDetails {
    std::string site;
    std::string date;  // YYYY-MM-DD; may be "" when the file has a 'date' column (that column wins)
};

// Largest paper-returns file accepted: far above a season of returns (10,000 rows of 30 short
// cells is about 1 MiB), far below what would strain the laptop. Row, column, line and cell
// limits are csv::Limits' defaults (export/src/csv/csv_reader.hpp); free text is bounded by
// survey::kMaxTextLength.
inline constexpr std::size_t kMaxPaperReturnsBytes = 8 * 1024 * 1024;

// Checks every cell; returns one submitted, channel-paper, English response per row.
// Throws survey::ValidationError listing every problem (Problem: file, line = line of the row in
// the file, column = 1-based, field = question id) when any cell is wrong: nothing is returned.
// The text must be UTF-8 with no control characters but tab and line breaks (checked before
// parsing); a row with every cell blank is refused, not counted as a questionnaire.
std::vector<survey::StoredResponse> parsePaperReturns(std::string_view csv_text, const std::string& file_label,
                                                      const survey::Questionnaire& questionnaire,
                                                      const PaperReturnDetails& details);

// Reads the file, then as parsePaperReturns (the label in messages is the path as given).
std::vector<survey::StoredResponse> readPaperReturns(const std::filesystem::path& file,
                                                     const survey::Questionnaire& questionnaire,
                                                     const PaperReturnDetails& details);

// What identifies a file of paper returns as imported (import.content_hash): BLAKE2b-256 hex of its
// records as read, re-written in one canonical CSV form: no BOM, "\n" after every record and for
// every line break inside a cell, no blank lines, a field quoted only when csv::field must. So the
// same returns saved again with CRLF line ends, a BOM or blank lines are the same import; a change
// of a cell, of the columns or of the row order is not. A file already in the canonical form
// (LF, no BOM, minimal quoting, a final line break) hashes as its bytes did before this rule, so
// its rows keep the uids earlier imports gave them. `csv_text` must parse (call after
// parsePaperReturns).
std::string paperReturnsContentHash(std::string_view csv_text);

// "FILE:ROW:COLUMN (question_id): message", the form import problems are printed in.
std::string describeCellProblem(const survey::Problem& problem);

}  // namespace report
