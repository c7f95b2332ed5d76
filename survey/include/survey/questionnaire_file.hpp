// Loading and validating questionnaire definition files (YAML; format in assets/questionnaires/README.md).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "survey/questionnaire.hpp"

namespace survey {

// Limits on a definition file, checked before it is parsed (bytes, lines, nesting) or as it is
// read (counts, wording), so a damaged or hostile file is refused quickly with its line instead
// of exhausting memory. Documented in assets/questionnaires/README.md; the shipped files use a
// small part of each (the largest is 34 KB, its longest line 187 bytes, its deepest indent 10).
struct YamlLimits {
    std::size_t file_bytes = 1024 * 1024;
    std::size_t line_bytes = 8 * 1024;
    std::size_t indent_columns = 32;      // leading spaces and '- ' of one line
    std::size_t flow_depth = 8;           // nested [ ] and { }
    std::size_t wording_characters = 1000;
    std::size_t questions = 200;
    std::size_t options = 50;             // in one question's list or one scale
    std::size_t scales = 50;
};
inline constexpr YamlLimits kYamlLimits{};

// Locales every respondent-facing text must have for a file to load. English is always required.
struct LoadOptions {
    std::vector<std::string> required_locales = {"en"};
};

// Loads one questionnaire file, resolving `scale:` names against the scales file
// (assets/questionnaires/scales.yaml). Throws ValidationError listing every problem
// (file, line, field); a file that fails validation never loads.
Questionnaire loadQuestionnaire(const std::filesystem::path& file,
                                const std::filesystem::path& scales_file,
                                const LoadOptions& options = {});

// Loads every questionnaire in a directory (its *.yaml except scales.yaml), sorted by id.
// Problems from all files are gathered into one ValidationError.
std::vector<Questionnaire> loadQuestionnaires(const std::filesystem::path& directory,
                                              const LoadOptions& options = {});

// Why a wording from a definition file cannot be shown, in words ("the wording contains a
// control character ...", "the wording is 1200 characters long; ..."), or nullopt when it can.
// Escapes in quoted YAML ("\\e", "\\0") can make control characters the raw-bytes check missed.
std::optional<std::string> wordingFault(std::string_view wording);

// Reads another definition file kept beside the questionnaires (the kiosk's wording,
// assets/kiosk/strings.yaml) under the same limits, before parsing: file size, line length,
// nesting, valid UTF-8, no control characters; and it must close with `end: <end_marker>`, so a
// file cut short is refused instead of loading with texts lost. Throws ValidationError naming
// the file and line of every problem.
YAML::Node readDefinitionFile(const std::filesystem::path& file, const std::string& end_marker);

// The directory holding the shipped questionnaires: $PERSPECTIVE_ASSETS/questionnaires when set,
// else <prefix>/share/perspective/questionnaires beside an installed program (<prefix>/bin),
// else the source tree's assets (compiled in) for a program run from its build tree.
std::filesystem::path defaultQuestionnaireDirectory();

}  // namespace survey
