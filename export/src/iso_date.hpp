// Dates as the store keeps them (YYYY-MM-DD): one check for the command line and the CSV reader.
#pragma once

#include <string>
#include <string_view>

namespace report {

// Empty when `value` is a real date written YYYY-MM-DD; otherwise what is wrong, in words.
std::string isoDateProblem(std::string_view value);

}  // namespace report
