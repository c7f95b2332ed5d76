// Report format names as the command line spells them.
#include "report/writers.hpp"

#include <cctype>

namespace report {

std::optional<Format> formatFrom(std::string_view name) {
    if (name == "json") return Format::Json;
    if (name == "md" || name == "markdown") return Format::Markdown;
    if (name == "html") return Format::Html;
    if (name == "csv") return Format::Csv;
    if (name == "xlsx") return Format::Xlsx;
    return std::nullopt;
}

std::optional<Format> formatOfFileName(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    if (extension.size() < 2) return std::nullopt;
    extension.erase(0, 1);
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == "htm") return Format::Html;
    return formatFrom(extension);
}

}  // namespace report
