// The fixed words the md, html and xlsx reports print around the figures, in English and Welsh.
#pragma once

#include <string>

#include "report/number_words.hpp"

namespace report {

struct Labels {
    std::string section;        // "Service users' perspective"
    std::string answer;         // table header
    std::string number;
    std::string percent;
    std::string base;
    std::string skipped;
    std::string outside_base;   // note on options not in the base
    std::string comments;
    std::string document_title;
    std::string appendix;       // "Appendix: the figures for each question"
    std::string table;          // "Table" (numbered captions)
    std::string percent_withheld;  // note under a table whose base is too small for percentages
};

Labels labelsFor(Language language);

}  // namespace report
