#include "iso_date.hpp"

#include <chrono>

namespace report {
namespace {

unsigned digits(std::string_view text) {
    unsigned value = 0;
    for (const char c : text) value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
}

}  // namespace

std::string isoDateProblem(std::string_view value) {
    const std::string expected = "expected a date as YYYY-MM-DD, got '" + std::string(value) + "'";
    if (value.size() != 10 || value[4] != '-' || value[7] != '-') return expected;
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (value[i] < '0' || value[i] > '9') return expected;
    }
    const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(digits(value.substr(0, 4)))},
                                           std::chrono::month{digits(value.substr(5, 2))},
                                           std::chrono::day{digits(value.substr(8, 2))}};
    return date.ok() ? std::string{} : "no such date: " + std::string(value);
}

}  // namespace report
