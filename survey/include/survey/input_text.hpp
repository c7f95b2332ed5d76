// Rules every text read from a file must meet before it is parsed or stored (questionnaire
// YAML, paper-return CSV): a bounded size, valid UTF-8, and no control characters, which could
// hide text, move a terminal's cursor (ANSI escapes) or cut a string short (NUL).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace survey {

// Where a text breaks the rules, and how, in plain English.
struct TextFault {
    std::size_t offset = 0;  // byte offset of the first offending byte
    std::string message;
};

// Whether line breaks (LF, CR) may appear: yes in a whole file or a free-text answer, no in
// one cell or one label. A tab is always allowed.
enum class LineBreaks { Allowed, Refused };

// The first fault in `text`: invalid UTF-8; a C0 control character other than tab (and LF/CR
// when allowed), DEL, a C1 control (U+0080-U+009F); or a bidirectional override (U+202A-U+202E,
// U+2066-U+2069), which can make text read differently from what is stored.
std::optional<TextFault> findTextFault(std::string_view text, LineBreaks line_breaks);

// 1-based line and column (in bytes) of a byte offset.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition positionOf(std::string_view text, std::size_t offset);

// The whole file, refused with a located ValidationError when it cannot be read or is larger
// than `max_bytes` (checked before reading, and again while reading, for pipes and growing
// files), so a huge file never reaches memory.
std::string readBoundedFile(const std::filesystem::path& file, std::size_t max_bytes);

// "16 MiB", "64 KiB", "300 bytes": for messages about limits.
std::string describeBytes(std::size_t bytes);

}  // namespace survey
