// Writing CSV (RFC 4180): one home for how a field is quoted, for the tidy CSV report and for the
// canonical form paper returns are identified by.
#pragma once

#include <string>
#include <string_view>

namespace report::csv {

// The field as written: as it is, or quoted (quotes doubled) when it holds a comma, a quote or a
// line break. csv::parse reads either back as `value`.
std::string field(std::string_view value);

}  // namespace report::csv
