// An RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 BOM.
// Each record keeps the file line it starts on, so problems can be reported by row and column.
#pragma once

#include <cstddef>
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

// Bounds checked while reading, before anything beyond them is kept: a hostile file (16 MiB of
// commas, a million columns) is refused at the first record that breaks one, with its line.
struct Limits {
    std::size_t line_bytes = 64 * 1024;  // one physical line
    std::size_t columns = 256;           // fields in one record
    std::size_t records = 10'000;
    std::size_t cells = 1'000'000;       // fields in the whole document
};

// Parses a whole document. Blank lines are skipped; a final line break is optional.
// Throws SyntaxError on malformed CSV or when a limit is passed.
std::vector<Record> parse(std::string_view text, const Limits& limits = {});

}  // namespace report::csv
