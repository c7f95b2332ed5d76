#include "csv/csv_reader.hpp"

namespace report::csv {
namespace {

// Walks the text one character at a time, tracking the line for messages.
class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {
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
        ++line_;
    }

    Record record() {
        Record result;
        result.line = line_;
        while (true) {
            result.fields.push_back(field(result.line, static_cast<int>(result.fields.size()) + 1));
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
                ++line_;
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
    std::size_t pos_ = 0;
    int line_ = 1;
};

}  // namespace

std::vector<Record> parse(std::string_view text) { return Parser(text).records(); }

}  // namespace report::csv
