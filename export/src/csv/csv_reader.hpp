// An RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 BOM.
// Each record keeps the file line it starts on, so problems can be reported by row and column.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace report::csv {

struct Record {
    int line = 0;                     // 1-based line of the file where the record starts
    std::vector<std::string> fields;  // unquoted
};

// Malformed CSV (a quote in an unquoted field, text after a closing quote, an unclosed quote).
class SyntaxError : public std::runtime_error {
public:
    SyntaxError(int line, int column, const std::string& message)
        : std::runtime_error(message), line_(line), column_(column) {}
    int line() const noexcept { return line_; }
    int column() const noexcept { return column_; }  // 1-based field number

private:
    int line_;
    int column_;
};

// Parses a whole document. Blank lines are skipped; a final line break is optional.
std::vector<Record> parse(std::string_view text);

}  // namespace report::csv
