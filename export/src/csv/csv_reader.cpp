#include "csv/csv_reader.hpp"

#include <string>

namespace report::csv {
namespace {

// Walks the text one character at a time, tracking the line for messages.
class Parser {
public:
    Parser(std::string_view text, const Limits& limits) : text_(text), limits_(limits) {
        constexpr std::string_view kBom = "\xEF\xBB\xBF";
        if (text_.substr(0, kBom.size()) == kBom) {
            pos_ = kBom.size();
        }
    }

    std::vector<Record> records() {
        std::vector<Record> result;
        while (pos_ < text_.size()) {
            if (atLineEnd()) {
                skipLineEnd();  // a blank line is no record
                continue;
            }
            if (result.size() == limits_.records) {
                throw SyntaxError(line_, 1, "more than " + std::to_string(limits_.records) +
                                                " rows; split the file (at most that many rows in one import)");
            }
            result.push_back(record());
        }
        return result;
    }

private:
    bool atLineEnd() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }

    void skipLineEnd() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            ++pos_;
        }
        ++pos_;
        newLine();
    }

    void newLine() {
        ++line_;
        line_start_ = pos_;
    }

    // Called at each field boundary and inside long fields: the physical line so far.
    void checkLineLength(int column) const {
        if (pos_ - line_start_ > limits_.line_bytes) {
            throw SyntaxError(line_, column, "the line is longer than " + std::to_string(limits_.line_bytes / 1024) +
                                                 " KiB; no answer needs that much");
        }
    }

    Record record() {
        Record result;
        result.line = line_;
        while (true) {
            const int column = static_cast<int>(result.fields.size()) + 1;
            if (result.fields.size() == limits_.columns) {
                throw SyntaxError(line_, column, "more than " + std::to_string(limits_.columns) +
                                                     " columns; a questionnaire has far fewer questions");
            }
            if (++cells_ > limits_.cells) {
                throw SyntaxError(line_, column, "more than " + std::to_string(limits_.cells) +
                                                     " cells in the file; split it into smaller imports");
            }
            result.fields.push_back(field(result.line, column));
            checkLineLength(column);
            if (pos_ >= text_.size()) {
                break;
            }
            if (text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            skipLineEnd();
            break;
        }
        return result;
    }

    std::string field(int record_line, int column) {
        if (pos_ < text_.size() && text_[pos_] == '"') {
            return quoted(record_line, column);
        }
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != ',' && !atLineEnd()) {
            checkLineLength(column);
            if (text_[pos_] == '"') {
                throw SyntaxError(line_, column, "a quote inside an unquoted field; quote the whole field and "
                                                 "double the quote (\"\")");
            }
            ++pos_;
        }
        return std::string(text_.substr(start, pos_ - start));
    }

    std::string quoted(int record_line, int column) {
        const int opening_line = line_;
        ++pos_;  // opening quote
        std::string value;
        while (true) {
            if (pos_ >= text_.size()) {
                throw SyntaxError(opening_line, column, "a quoted field is never closed");
            }
            checkLineLength(column);
            const char c = text_[pos_++];
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    value.push_back('"');
                    ++pos_;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                newLine();
            }
            value.push_back(c);
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && !atLineEnd()) {
            throw SyntaxError(record_line == line_ ? record_line : line_, column,
                              "text after a closing quote; expected a comma or the end of the line");
        }
        return value;
    }

    std::string_view text_;
    Limits limits_;
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;  // where the current physical line begins
    std::size_t cells_ = 0;
    int line_ = 1;
};

}  // namespace

std::vector<Record> parse(std::string_view text, const Limits& limits) { return Parser(text, limits).records(); }

}  // namespace report::csv
