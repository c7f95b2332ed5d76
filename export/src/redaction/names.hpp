// People's names in a comment: from the name lists, titles ("Mr Smith") and cues ("my PO
// Sarah", "a man called Zbigniew"). The rules are in docs/redaction.md.
#pragma once

#include <string_view>
#include <vector>

#include "redaction/name_book.hpp"
#include "report/redaction.hpp"

namespace report::redaction {

// The name words of `text`, in order, leaving out any word inside `taken` (details already
// found by their shape, such as an email address).
std::vector<PersonalDetail> findNames(std::string_view text, const NameBook& book,
                                      const std::vector<PersonalDetail>& taken);

}  // namespace report::redaction
