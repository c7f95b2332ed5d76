// Writing a finished report: json (the machine contract), md, html (standalone, accessible,
// printable on A4), csv (long-form rows and a summary) and xlsx (Summary, Figures, Sentences, Comments).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "report/report_model.hpp"

namespace report {

enum class Format { Json, Markdown, Html, Csv, Xlsx };
std::optional<Format> formatFrom(std::string_view name);  // "json", "md", "html", "csv", "xlsx"
// The format a file name's extension says, for -o without --format: ".md" (or ".markdown"),
// ".html" (or ".htm"), ".json", ".csv", ".xlsx", in any case. None for any other.
std::optional<Format> formatOfFileName(const std::filesystem::path& file);

std::string writeJson(const Report& report);
std::string writeMarkdown(const Report& report);
std::string writeHtml(const Report& report);
std::string writeCsv(const Report& report);
// xlsx is binary and written straight to a file; throws std::runtime_error naming the file.
void writeXlsx(const Report& report, const std::filesystem::path& file);

}  // namespace report
