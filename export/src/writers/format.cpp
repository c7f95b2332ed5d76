// Report format names as the command line spells them.
#include "report/writers.hpp"

namespace report {

std::optional<Format> formatFrom(std::string_view name) {
    if (name == "json") return Format::Json;
    if (name == "md" || name == "markdown") return Format::Markdown;
    if (name == "html") return Format::Html;
    if (name == "csv") return Format::Csv;
    if (name == "xlsx") return Format::Xlsx;
    return std::nullopt;
}

}  // namespace report
