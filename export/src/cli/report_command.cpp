// `perspective-export report`: the "Service users' perspective" figures and sentences from one
// or more kiosk databases, as json, md, html, csv or xlsx.
#include <CLI/CLI.hpp>

#include <fstream>
#include <memory>

#include <fmt/format.h>

#include "cli/cli.hpp"
#include "cli/output_file.hpp"
#include "cli/sealed_inputs.hpp"
#include "cli/what_inputs_hold.hpp"
#include "report/audience_headings.hpp"
#include "report/merge.hpp"
#include "report/small_numbers.hpp"
#include "report/writers.hpp"
#include "survey/questionnaire_file.hpp"

namespace report::cli {
namespace {

struct ReportOptions {
    std::vector<std::filesystem::path> dbs;
    std::string questionnaire;
    std::string site;
    std::string from;
    std::string to;
    std::string by;
    std::vector<std::string> headings;  // ID=TEXT renames of the audience headings
    int min_base = kDefaultMinBase;
    std::string lang = "en";
    std::string format;
    std::filesystem::path output;
    std::filesystem::path questionnaires;
    SealedInputOptions sealed;
    bool force = false;
};

// What was asked for, for the "nothing to report" message.
std::string selection(const ReportOptions& options) {
    std::string text;
    for (const auto& db : options.dbs) text += " --db " + db.string();
    if (!options.questionnaire.empty()) text += " --questionnaire " + options.questionnaire;
    if (!options.site.empty()) text += " --site '" + options.site + "'";
    if (!options.from.empty()) text += " --from " + options.from;
    if (!options.to.empty()) text += " --to " + options.to;
    return text;
}

std::optional<std::string> given(const std::string& value) {
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

void writeReport(const Report& report, Format format, const ReportOptions& options, Io& io);

// --format, or the format -o's file name says ("-o report.html"). A name that says another format
// than --format is refused: the file would not open as its name promises.
Format formatAskedFor(const ReportOptions& options) {
    const std::optional<Format> named = formatOfFileName(options.output);
    if (options.format.empty()) {
        if (named) return *named;
        if (options.output.empty()) {
            throw CommandError("--format is required when the report goes to the screen: json, md, html, csv or xlsx",
                               kUsage);
        }
        throw CommandError("--format is required: -o " + options.output.string() +
                               " does not end in .md, .html, .json, .csv or .xlsx",
                           kUsage);
    }
    const std::optional<Format> format = formatFrom(options.format);
    if (!format) throw CommandError("--format: expected json, md, html, csv or xlsx, got '" + options.format + "'", kUsage);
    if (named && *named != *format) {
        throw CommandError(fmt::format("-o {} ends in {} but --format is {}: give a name that ends as the format does, "
                                       "or leave out --format",
                                       options.output.string(), options.output.extension().string(), options.format),
                           kUsage);
    }
    return *format;
}

void runReport(const ReportOptions& options, Io& io) {
    const std::optional<Format> format = formatAskedFor(options);
    if (std::filesystem::is_directory(options.output)) {
        throw CommandError("-o " + options.output.string() + " is a folder: give a file name in it, such as " +
                               (options.output / "report.html").string(),
                           kUsage);
    }
    if (*format == Format::Xlsx && options.output.empty()) {
        throw CommandError("--format xlsx writes a binary file: name it with -o FILE", kUsage);
    }
    if (options.from.size() && options.to.size() && options.from > options.to) {
        throw CommandError(fmt::format("--from {} is after --to {}", options.from, options.to), kUsage);
    }
    for (const auto& db : options.dbs) {
        if (!std::filesystem::exists(db)) throw CommandError("--db: no such file: " + db.string(), kFailure);
    }
    const SealedInputs inputs = openSealedInputs(options.dbs, options.sealed, io);
    ReportQuery query;
    query.databases = inputs.databases();
    query.keyring = inputs.keyring();
    query.questionnaire_id = given(options.questionnaire);
    query.site = given(options.site);
    query.from_date = given(options.from);
    query.to_date = given(options.to);
    query.by_question = options.by;
    query.language = options.lang == "cy" ? Language::Cy : Language::En;

    const std::vector<survey::Questionnaire> definitions = survey::loadQuestionnaires(options.questionnaires);
    if (query.questionnaire_id) findQuestionnaire(options.questionnaires, *query.questionnaire_id);  // usage error if unknown
    if (!options.by.empty()) {
        const bool known = std::any_of(definitions.begin(), definitions.end(), [&](const survey::Questionnaire& q) {
            return (!query.questionnaire_id || q.id == *query.questionnaire_id) && q.question(options.by) != nullptr;
        });
        if (!known) throw CommandError("--by: no questionnaire has a question '" + options.by + "'", kUsage);
    }
    // Early, before the inputs are read; writeOutputFile refuses one that appears meanwhile.
    if (!options.output.empty() && std::filesystem::exists(options.output) && !options.force) {
        throw outputExists(options.output);
    }
    Report report = inputs.naming([&] { return buildReport(inputs.stores(), query, definitions); });
    withholdSmallNumbers(report, options.min_base);
    std::vector<std::string> known_ids;
    for (const survey::Questionnaire& q : definitions) known_ids.push_back(q.id);
    try {
        applyHeadings(report, options.headings, known_ids);
    } catch (const std::invalid_argument& error) {
        throw CommandError(error.what(), kUsage);
    }
    // A reader of the report, not only whoever ran it, must see that a file was not signed.
    for (const auto& file : inputs.unsignedFiles()) {
        for (QuestionnaireReport& r : report.questionnaires) {
            r.warnings.push_back(fmt::format("{} is a sealed kiosk database, not a signed handover file (read with "
                                             "--allow-unsigned): nothing shows that its answers are unchanged since "
                                             "the kiosk wrote them",
                                             file.filename().string()));
        }
    }
    for (const QuestionnaireReport& r : report.questionnaires) {
        for (const std::string& warning : r.warnings) io.err << "warning: " << r.id << ": " << warning << '\n';
    }
    writeReport(report, *format, options, io);
    if (report.empty()) {
        throw CommandError(fmt::format("nothing to report: no response (of any status) and no handed-out count "
                                       "matches{}\n{}",
                                       selection(options),
                                       inputs.naming([&] { return whatInputsHold(inputs.stores(), options.dbs); })),
                           kNothingToReport);
    }
}

void writeReport(const Report& report, Format format, const ReportOptions& options, Io& io) {
    if (format == Format::Xlsx) {
        writeOutputFile(options.output, options.force, [&](const std::filesystem::path& file) { writeXlsx(report, file); });
        return;
    }
    std::string text;
    switch (format) {
        case Format::Json: text = writeJson(report); break;
        case Format::Markdown: text = writeMarkdown(report); break;
        case Format::Html: text = writeHtml(report); break;
        case Format::Csv: text = writeCsv(report); break;
        case Format::Xlsx: break;
    }
    if (options.output.empty()) {
        io.out << text;
        return;
    }
    writeOutputFile(options.output, options.force, [&](const std::filesystem::path& file) {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) throw std::runtime_error("the drive may be full");
    });
}

}  // namespace

void addReportCommand(CLI::App& app, Io& io) {
    auto options = std::make_shared<ReportOptions>();
    CLI::App* command = app.add_subcommand(
        "report",
        "The service users' perspective figures and sentences. Exit code 3 (the report still written) when the "
        "selection holds nothing at all: no response of any status and no handed-out count");
    command->add_option("--db", options->dbs, "Perspective database (repeat for several kiosks)")->required();
    command->add_option("--questionnaire", options->questionnaire, "Only this questionnaire (offender, victim, sentencer)");
    command->add_option("--site", options->site, "Only responses from this site");
    command->add_option("--from", options->from, "First date, YYYY-MM-DD (inclusive)")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_option("--to", options->to, "Last date, YYYY-MM-DD (inclusive)")
        ->check(CLI::Validator(checkDate, "YYYY-MM-DD"));
    command->add_option("--by", options->by, "Repeat every figure per option of this question (e.g. setting)");
    command->add_option("--heading", options->headings,
                        "Rename an audience heading, QUESTIONNAIRE=TEXT (default offender=Offenders, "
                        "victim=Victims, sentencer=Courts); repeat for each");
    command->add_option("--min-base", options->min_base,
                        "Show no percentage for a question fewer than N answered (default 10); --by groups of "
                        "fewer than 5 are never shown apart")
        ->check(CLI::Range(0, 1000000));
    command->add_option("--lang", options->lang, "Language of sentences and headings")
        ->check(CLI::IsMember({"en", "cy"}))
        ->capture_default_str();
    command->add_option("--format", options->format,
                        "json, md, html, csv or xlsx; with -o, the file name's ending (.html) says it if left out")
        ->check(CLI::IsMember({"json", "md", "html", "csv", "xlsx"}));
    command->add_option("-o,--output", options->output,
                        "Write to this file (default: standard output), readable by you only (0600); an existing file is kept "
                        "unless --force");
    command->add_flag("--force", options->force, "Let -o replace an existing file");
    addQuestionnaireDirectoryOption(*command, options->questionnaires);
    addSealedInputOptions(*command, options->sealed);
    command->callback([options, &io] { runReport(*options, io); });
}

}  // namespace report::cli
