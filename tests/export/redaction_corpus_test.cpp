// Redaction measured on a corpus of realistic comments (redaction_corpus/comments.txt) with every
// detail that must go marked [[kind:text]]: recall (marked details fully redacted) and false
// redactions (redactions touching no marked detail). The figures are printed and held to the
// thresholds documented in docs/redaction.md.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "report/redaction.hpp"

namespace report {
namespace {

// Recall at least 95%, at most two false redactions over the whole corpus (docs/redaction.md).
constexpr double kMinimumRecall = 0.95;
constexpr int kMaximumFalseRedactions = 2;
constexpr int kMinimumComments = 100;

struct Marked {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string kind;
};

struct CorpusComment {
    int line = 0;
    std::string text;  // markup removed
    std::vector<Marked> marked;
};

CorpusComment parseLine(const std::string& line, int number) {
    CorpusComment comment;
    comment.line = number;
    for (std::size_t i = 0; i < line.size();) {
        if (line.compare(i, 2, "[[") != 0) {
            comment.text += line[i++];
            continue;
        }
        const std::size_t colon = line.find(':', i);
        const std::size_t close = line.find("]]", i);
        if (colon == std::string::npos || close == std::string::npos || colon > close) {
            throw std::runtime_error("comments.txt:" + std::to_string(number) + ": unclosed [[kind:text]]");
        }
        Marked marked;
        marked.kind = line.substr(i + 2, colon - i - 2);
        marked.begin = comment.text.size();
        comment.text += line.substr(colon + 1, close - colon - 1);
        marked.end = comment.text.size();
        comment.marked.push_back(marked);
        i = close + 2;
    }
    return comment;
}

std::vector<CorpusComment> loadCorpus() {
    std::ifstream in(std::string(PERSPECTIVE_REDACTION_CORPUS) + "/comments.txt");
    if (!in) throw std::runtime_error("cannot read the redaction corpus");
    std::vector<CorpusComment> corpus;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.empty() || line.starts_with('#')) continue;
        corpus.push_back(parseLine(line, number));
    }
    return corpus;
}

bool covered(const Marked& marked, const std::vector<PersonalDetail>& found, const std::string& text) {
    for (std::size_t i = marked.begin; i < marked.end; ++i) {
        if (text[i] == ' ' || text[i] == ',' || text[i] == '-') continue;
        bool inside = false;
        for (const PersonalDetail& detail : found) inside = inside || (detail.begin <= i && i < detail.end);
        if (!inside) return false;
    }
    return true;
}

bool touchesMarked(const PersonalDetail& detail, const std::vector<Marked>& marked) {
    for (const Marked& m : marked) {
        if (detail.begin < m.end && m.begin < detail.end) return true;
    }
    return false;
}

TEST(RedactionCorpus, RecallAndFalseRedactionsWithinThresholds) {
    const std::vector<CorpusComment> corpus = loadCorpus();
    ASSERT_GE(static_cast<int>(corpus.size()), kMinimumComments);
    int marked_total = 0;
    int caught = 0;
    int false_redactions = 0;
    std::ostringstream detail_lines;
    for (const CorpusComment& comment : corpus) {
        const std::vector<PersonalDetail> found = findPersonalDetails(comment.text);
        for (const Marked& marked : comment.marked) {
            ++marked_total;
            if (covered(marked, found, comment.text)) {
                ++caught;
            } else {
                detail_lines << "  missed " << marked.kind << " \"" << comment.text.substr(marked.begin, marked.end - marked.begin)
                             << "\" (line " << comment.line << ")\n";
            }
        }
        for (const PersonalDetail& detail : found) {
            if (touchesMarked(detail, comment.marked)) continue;
            ++false_redactions;
            detail_lines << "  false redaction \"" << comment.text.substr(detail.begin, detail.end - detail.begin)
                         << "\" as " << placeholder(detail.kind) << " (line " << comment.line << ")\n";
        }
    }
    const double recall = marked_total == 0 ? 0.0 : static_cast<double>(caught) / marked_total;
    std::cout << "Redaction corpus: " << corpus.size() << " comments, " << marked_total << " marked details, "
              << caught << " redacted (recall " << static_cast<int>(recall * 1000.0 + 0.5) / 10.0 << "%), "
              << false_redactions << " false redactions\n"
              << detail_lines.str();
    EXPECT_GE(recall, kMinimumRecall);
    EXPECT_LE(false_redactions, kMaximumFalseRedactions);
}

// What each comment reads as once redacted, so a reader can check the corpus by eye:
// PERSPECTIVE_SHOW_REDACTED=1 export_tests --gtest_filter=RedactionCorpus.*
TEST(RedactionCorpus, EveryMarkedDetailLeavesTheQuote) {
    Redactor redactor;
    const bool show = std::getenv("PERSPECTIVE_SHOW_REDACTED") != nullptr;
    int leaked = 0;
    for (const CorpusComment& comment : loadCorpus()) {
        const std::string quoted = redactor.redact(comment.text);
        if (show) std::cout << quoted << "\n";
        for (const Marked& marked : comment.marked) {
            // A made-up name may equal another real one; only check details that are not names.
            if (marked.kind == "name") continue;
            if (quoted.find(comment.text.substr(marked.begin, marked.end - marked.begin)) != std::string::npos) ++leaked;
        }
    }
    EXPECT_LE(leaked, 1) << "contact details, dates and addresses left in the redacted quotes";
    EXPECT_TRUE(redactor.namesChanged());
}

}  // namespace
}  // namespace report
