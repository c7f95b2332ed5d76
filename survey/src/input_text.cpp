// Checks on raw input text: UTF-8, control characters, bounded file reads.
#include "survey/input_text.hpp"

#include <fstream>
#include <system_error>
#include <vector>

#include "survey/errors.hpp"

namespace survey {

namespace {

// Length of the UTF-8 sequence starting at `at`, or 0 when it is not valid UTF-8 (overlong
// forms, surrogates and values above U+10FFFF included).
std::size_t sequenceLength(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;  // allowed range of the second byte
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // overlong
        if (lead == 0xED) high = 0x9F;  // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // overlong
        if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) return 0;
    }
    return length;
}

char32_t codePointAt(std::string_view text, std::size_t at, std::size_t length) {
    const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[at + i])); };
    if (length == 1) return byte(0);
    char32_t value = byte(0) & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
    for (std::size_t i = 1; i < length; ++i) value = (value << 6) | (byte(i) & 0x3Fu);
    return value;
}

std::string hex(char32_t value) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text;
    for (int shift = value > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) text += kDigits[(value >> shift) & 0xF];
    return "U+" + text;
}

std::string controlName(char32_t value) {
    if (value == 0) return "a NUL byte (" + hex(value) + ")";
    if (value == 0x1B) return "an escape character (" + hex(value) + ", as in ANSI terminal codes)";
    if ((value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069)) {
        return "a bidirectional text override (" + hex(value) + ")";
    }
    return "a control character (" + hex(value) + ")";
}

bool refused(char32_t value, LineBreaks line_breaks) {
    if (value == '\t') return false;
    if (value == '\n' || value == '\r') return line_breaks == LineBreaks::Refused;
    if (value < 0x20 || (value >= 0x7F && value <= 0x9F)) return true;
    return (value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069);
}

}  // namespace

std::optional<TextFault> findTextFault(std::string_view text, LineBreaks line_breaks) {
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t length = sequenceLength(text, at);
        if (length == 0) return TextFault{at, "is not valid UTF-8 text; save the file as UTF-8"};
        const char32_t value = codePointAt(text, at, length);
        if (refused(value, line_breaks)) return TextFault{at, "contains " + controlName(value) + "; remove it"};
        at += length;
    }
    return std::nullopt;
}

TextPosition positionOf(std::string_view text, std::size_t offset) {
    TextPosition position;
    std::size_t line_start = 0;
    for (std::size_t at = 0; at < offset && at < text.size(); ++at) {
        if (text[at] == '\n') {
            ++position.line;
            line_start = at + 1;
        }
    }
    position.column = static_cast<int>(offset - line_start) + 1;
    return position;
}

std::string describeBytes(std::size_t bytes) {
    if (bytes >= (std::size_t{1} << 20) && bytes % (std::size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

std::string readBoundedFile(const std::filesystem::path& file, std::size_t max_bytes) {
    const auto refuse = [&](const std::string& message) {
        throw ValidationError({Problem{file.string(), 0, 0, "", message}});
    };
    const std::string too_large = "is larger than " + describeBytes(max_bytes) + ", the most this file may hold";
    std::error_code error;
    if (const auto size = std::filesystem::file_size(file, error); !error && size > max_bytes) refuse(too_large);
    std::ifstream in(file, std::ios::binary);
    if (!in) refuse("cannot be opened for reading");
    std::string bytes;
    std::vector<char> chunk(64 * 1024);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) refuse(too_large);
    }
    if (in.bad()) refuse("could not be read to the end");
    return bytes;
}

}  // namespace survey
