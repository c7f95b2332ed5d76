// Personal details with a shape: UK phone numbers, email addresses, UK postcodes, National
// Insurance numbers, dates and street addresses. Scanned by hand (no std::regex: it is slow and
// these shapes need checks a pattern cannot say, such as "10 or 11 digits").
#pragma once

#include <string_view>
#include <vector>

#include "report/redaction.hpp"

namespace report::redaction {

// Every detail with a shape in `text`, in order, none overlapping.
std::vector<PersonalDetail> findShapedDetails(std::string_view text);

}  // namespace report::redaction
