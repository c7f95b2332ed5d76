// Deterministic mutants of a file's bytes for the "3,000-mutant experiment" of issue 12, run as
// regressions: truncations, single-bit flips and duplicated spans, from a fixed seed so a failure
// names a mutant that can be rebuilt (kind and number are in every message).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace perspective_test {

struct Mutant {
    std::string bytes;
    std::string how;  // "truncated at 1234", "bit 3 of byte 99 flipped", "bytes 10..40 duplicated"
};

// The n-th mutant of `original` (same n, same mutant, on every platform: mt19937 is specified).
inline Mutant mutate(const std::string& original, std::uint32_t n) {
    std::mt19937 random(0x5EED0000u + n);
    const auto below = [&](std::size_t limit) {
        return static_cast<std::size_t>(std::uniform_int_distribution<std::uint64_t>(0, limit - 1)(random));
    };
    Mutant mutant{original, ""};
    switch (n % 3) {
        case 0: {  // cut short anywhere, as a bad copy or a full disk does
            const std::size_t at = below(original.size());
            mutant.bytes.resize(at);
            mutant.how = "truncated at byte " + std::to_string(at);
            break;
        }
        case 1: {  // one bit flipped, as bad media does
            const std::size_t at = below(original.size());
            const int bit = static_cast<int>(below(8));
            mutant.bytes[at] = static_cast<char>(static_cast<unsigned char>(mutant.bytes[at]) ^ (1u << bit));
            mutant.how = "bit " + std::to_string(bit) + " of byte " + std::to_string(at) + " flipped";
            break;
        }
        default: {  // a span repeated, as a bad merge or an editor slip does
            const std::size_t from = below(original.size());
            const std::size_t length = 1 + below(std::min<std::size_t>(400, original.size() - from));
            mutant.bytes.insert(from + length, original, from, length);
            mutant.how = "bytes " + std::to_string(from) + ".." + std::to_string(from + length) + " duplicated";
            break;
        }
    }
    return mutant;
}

inline constexpr std::uint32_t kMutants = 3000;

inline std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace perspective_test
