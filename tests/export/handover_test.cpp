// The inspectorate's side, through the exporter's command line: keygen, set-recipient, bundle,
// verify, and report --key over handover files. A sealed handover gives the same figures as the
// plain path; a typo, a wrong key, a flipped byte anywhere, a cut file, an unexpected kiosk and a
// full drive are each refused by name.
#include "../../export/src/cli/cli.hpp"
#include "test_dir.hpp"

#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "survey/handover.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kCheshire = fs::path(PERSPECTIVE_SHARED_DIR) / "fixtures" / "cheshire-2011";
const std::string kPassphrase = "inspectorate test passphrase";

struct Result {
    int code;
    std::string out;
    std::string err;
};

Result run(std::vector<std::string> args, const std::string& stdin_text = "") {
    args.insert(args.begin(), "perspective-export");
    std::istringstream in(stdin_text);
    std::ostringstream out;
    std::ostringstream err;
    const int code = report::cli::run(args, in, out, err);
    return {code, out.str(), err.str()};
}

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write(const fs::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// A JSON report with every comment list sorted: comments follow the responses' random ids, so
// two files holding the same answers list them in different orders; the figures must be equal.
nlohmann::json figures(const std::string& text) {
    nlohmann::json report = nlohmann::json::parse(text);
    auto sortComments = [](auto& self, nlohmann::json& node) -> void {
        if (node.is_object()) {
            for (auto& [key, value] : node.items()) {
                if (key == "comments" && value.is_array()) std::sort(value.begin(), value.end());
                else self(self, value);
            }
        } else if (node.is_array()) {
            for (auto& item : node) self(self, item);
        }
    };
    sortComments(sortComments, report);
    return report;
}

class Handover : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = report::testing::freshTestDir("handover");
        const Result keygen = run({"keygen", "-o", (dir_ / "inspectorate").string()}, kPassphrase + "\n");
        ASSERT_EQ(keygen.code, 0) << keygen.err;
        std::smatch match;
        ASSERT_TRUE(std::regex_search(keygen.out, match, std::regex("Fingerprint: ([0-9a-f-]+)"))) << keygen.out;
        fingerprint_ = match[1];
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path key() const { return dir_ / "inspectorate.key"; }
    fs::path pub() const { return dir_ / "inspectorate.pub"; }

    // The Cheshire 2011 paper returns imported into `db` (sealed first when `sealed`).
    void importCheshire(const fs::path& db, bool sealed, const std::string& only = "") {
        if (sealed) {
            ASSERT_EQ(run({"set-recipient", "--db", db.string(), pub().string()}).code, 0);
        }
        for (const std::string id : {"offender", "victim", "sentencer"}) {
            if (!only.empty() && id != only) continue;
            const Result imported = run({"import", "--db", db.string(), "--questionnaire", id, "--questionnaires",
                                         kQuestionnaires.string(), "--date", "2011-03-01",
                                         (kCheshire / (id + ".csv")).string()});
            ASSERT_EQ(imported.code, 0) << imported.err;
            EXPECT_EQ(imported.out.find("plain text") == std::string::npos, sealed) << imported.out;
        }
    }

    fs::path bundle(const fs::path& db, const std::string& name) {
        const fs::path file = dir_ / name;
        const Result saved = run({"bundle", "--db", db.string(), "-o", file.string()});
        EXPECT_EQ(saved.code, 0) << saved.err;
        EXPECT_NE(saved.out.find("Saved "), std::string::npos) << saved.out;
        return file;
    }

    Result report(const std::vector<std::string>& dbs, std::vector<std::string> extra = {},
                  const std::string& passphrase = kPassphrase) {
        std::vector<std::string> args{"report", "--format", "json", "--questionnaires", kQuestionnaires.string()};
        for (const auto& db : dbs) args.insert(args.end(), {"--db", db});
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args, passphrase + "\n");
    }

    fs::path dir_;
    std::string fingerprint_;
};

TEST_F(Handover, SealedBundleReportsTheSameFiguresAsThePlainPath) {
    importCheshire(dir_ / "plain.db", false);
    importCheshire(dir_ / "kiosk.db", true);
    const fs::path file = bundle(dir_ / "kiosk.db", "handover.pspx");
    const Result plain = report({(dir_ / "plain.db").string()});
    ASSERT_EQ(plain.code, 0) << plain.err;
    const Result sealed = report({file.string()}, {"--key", key().string()});
    ASSERT_EQ(sealed.code, 0) << sealed.err;
    EXPECT_EQ(figures(sealed.out), figures(plain.out));

    const Result verified = run({"verify", file.string()});
    ASSERT_EQ(verified.code, 0) << verified.err;
    EXPECT_NE(verified.out.find("signature good"), std::string::npos);
    EXPECT_NE(verified.out.find("answers sealed to " + fingerprint_), std::string::npos) << verified.out;
    EXPECT_NE(verified.out.find("dates: 2011-03-01 to 2011-03-01"), std::string::npos) << verified.out;
}

TEST_F(Handover, HandoverFileHoldsNoSettingsNoSecretsNoPlainAnswers) {
    importCheshire(dir_ / "kiosk.db", true, "offender");
    {
        auto store = survey::ResponseStore::open(dir_ / "kiosk.db");
        store.setSetting("staff_pin_hash", "pin-hash-that-must-not-travel");
    }
    const std::string bytes = contents(bundle(dir_ / "kiosk.db", "h.pspx"));
    EXPECT_EQ(bytes.find("pin-hash-that-must-not-travel"), std::string::npos);
    EXPECT_EQ(bytes.find("signing_secret_key"), std::string::npos);
    // No option id the returns used is in the file (they are answers; the image holds none in clear).
    for (const std::string option : {"community_order", "partly", "fully"}) {
        ASSERT_NE(contents(kCheshire / "offender.csv").find(option), std::string::npos) << option;
        EXPECT_EQ(bytes.find(option), std::string::npos) << option;
    }
}

TEST_F(Handover, SealedFileWithoutAKeyNamesTheKey) {
    importCheshire(dir_ / "kiosk.db", true, "victim");
    const fs::path file = bundle(dir_ / "kiosk.db", "h.pspx");
    const Result refused = report({file.string()});
    EXPECT_NE(refused.code, 0);
    EXPECT_NE(refused.err.find(file.string() + ": sealed to key " + fingerprint_ + ": pass --key"), std::string::npos)
        << refused.err;
}

TEST_F(Handover, PassphraseTypoAndWrongKeyAreRefused) {
    importCheshire(dir_ / "kiosk.db", true, "victim");
    const fs::path file = bundle(dir_ / "kiosk.db", "h.pspx");
    const Result typo = report({file.string()}, {"--key", key().string()}, "inspectorate test passphrsae");
    EXPECT_EQ(typo.code, 1);
    EXPECT_NE(typo.err.find("passphrase does not open"), std::string::npos) << typo.err;

    ASSERT_EQ(run({"keygen", "-o", (dir_ / "other").string()}, kPassphrase + "\n").code, 0);
    const Result wrong = report({file.string()}, {"--key", (dir_ / "other.key").string()});
    EXPECT_EQ(wrong.code, 1);
    EXPECT_NE(wrong.err.find("sealed to key " + fingerprint_ + ", not to the key given"), std::string::npos)
        << wrong.err;
    EXPECT_NE(wrong.err.find(file.string()), std::string::npos) << wrong.err;
}

TEST_F(Handover, AFlippedByteAnywhereOrACutIsRefused) {
    importCheshire(dir_ / "kiosk.db", true, "sentencer");
    const fs::path file = bundle(dir_ / "kiosk.db", "h.pspx");
    const std::string good = contents(file);
    ASSERT_NO_THROW(survey::handover::open(file));
    const fs::path bad = dir_ / "bad.pspx";
    // Every byte of the header and signature, and every 1021st byte of the image between.
    for (std::size_t at = 0; at < good.size(); at += (at < 48 || at + 64 >= good.size()) ? 1U : 1021U) {
        std::string flipped = good;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x20);
        write(bad, flipped);
        EXPECT_THROW(survey::handover::open(bad), survey::handover::BundleError) << "byte " << at;
    }
    for (const std::size_t cut : {std::size_t{1}, std::size_t{64}, good.size() / 2, good.size() - 47}) {
        write(bad, good.substr(0, good.size() - cut));
        EXPECT_THROW(survey::handover::open(bad), survey::handover::BundleError) << "cut " << cut;
    }
    write(bad, good + "x");
    EXPECT_THROW(survey::handover::open(bad), survey::handover::BundleError);

    // Through the command line: the file and the reason.
    std::string flipped = good;
    flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x01);
    write(bad, flipped);
    const Result verified = run({"verify", bad.string()});
    EXPECT_EQ(verified.code, 1);
    EXPECT_NE(verified.err.find(bad.string() + ": refused: its signature does not match"), std::string::npos)
        << verified.err;
    write(bad, good.substr(0, good.size() - 10));
    const Result reported = report({bad.string()}, {"--key", key().string()});
    EXPECT_EQ(reported.code, 1);
    EXPECT_NE(reported.err.find(bad.string() + ": refused: truncated"), std::string::npos) << reported.err;
}

TEST_F(Handover, OnlyExpectedKiosksAndSignedFilesAreRead) {
    importCheshire(dir_ / "kiosk.db", true, "victim");
    const fs::path file = bundle(dir_ / "kiosk.db", "h.pspx");
    const std::string kiosk = [&] {
        auto store = survey::ResponseStore::open(dir_ / "kiosk.db");
        return survey::handover::kioskFingerprint(store);
    }();
    EXPECT_EQ(report({file.string()}, {"--key", key().string(), "--kiosk", kiosk}).code, 0);
    const Result unknown = report({file.string()}, {"--key", key().string(), "--kiosk", "0000-0000-0000-0000-0000"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_NE(unknown.err.find("signed by kiosk " + kiosk + ", which is not one of the expected kiosks"),
              std::string::npos)
        << unknown.err;

    // The kiosk's database itself is sealed but unsigned: refused unless asked for, and then said.
    const Result unsigned_db = report({(dir_ / "kiosk.db").string()}, {"--key", key().string()});
    EXPECT_EQ(unsigned_db.code, 1);
    EXPECT_NE(unsigned_db.err.find("not a signed handover file"), std::string::npos) << unsigned_db.err;
    const Result allowed = report({(dir_ / "kiosk.db").string()}, {"--key", key().string(), "--allow-unsigned"});
    EXPECT_EQ(allowed.code, 0) << allowed.err;
    // Said where the report's reader sees it (each questionnaire's warnings), not only on stderr.
    const auto said = nlohmann::json::parse(allowed.out);
    for (const auto& questionnaire : said.at("questionnaires")) {
        const auto warnings = questionnaire.at("warnings").dump();
        EXPECT_NE(warnings.find("kiosk.db is a sealed kiosk database, not a signed handover file"), std::string::npos)
            << questionnaire.at("id") << ": " << warnings;
    }
    EXPECT_NE(allowed.err.find("not a signed handover file"), std::string::npos) << allowed.err;
}

// Staff may save twice in one day (and a save killed after its file was finished is saved
// again): the second file is NAME-2.pspx beside the first, never a refusal.
TEST_F(Handover, ASecondSaveOnTheSameDayGetsItsOwnFileName) {
    importCheshire(dir_ / "kiosk.db", true, "offender");
    const fs::path folder = dir_ / "usb";
    fs::create_directories(folder);
    for (int save = 1; save <= 2; ++save) {
        const Result saved = run({"bundle", "--db", (dir_ / "kiosk.db").string(), "-o", folder.string()});
        ASSERT_EQ(saved.code, 0) << "save " << save << ": " << saved.err;
    }
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    ASSERT_EQ(names.size(), 2U);
    EXPECT_TRUE(names[0].ends_with("-2.pspx")) << names[0] << " " << names[1];
    EXPECT_EQ(names[0].substr(0, names[0].size() - 7) + ".pspx", names[1]);
}

TEST_F(Handover, ResponsesInTwoBundlesCountOnceAndOnlySavedOnesAreDeleted) {
    importCheshire(dir_ / "kiosk.db", true, "offender");
    const fs::path first = bundle(dir_ / "kiosk.db", "first.pspx");
    {
        auto store = survey::ResponseStore::open(dir_ / "kiosk.db");
        EXPECT_EQ(survey::handover::unsaved(store), 0);
    }
    ASSERT_EQ(run({"import", "--db", (dir_ / "kiosk.db").string(), "--questionnaire", "victim", "--questionnaires",
                   kQuestionnaires.string(), "--date", "2011-03-02", (kCheshire / "victim.csv").string()})
                  .code,
              0);
    const fs::path second = bundle(dir_ / "kiosk.db", "second.pspx");  // holds the offender returns again
    const Result both = report({first.string(), second.string()}, {"--key", key().string()});
    const Result one = report({second.string()}, {"--key", key().string()});
    ASSERT_EQ(both.code, 0) << both.err;
    EXPECT_EQ(figures(both.out), figures(one.out));

    auto store = survey::ResponseStore::open(dir_ / "kiosk.db");
    survey::ResponseInfo later;
    later.questionnaire_id = "victim";
    later.date = "2011-03-03";
    const auto begun = store.begin(later);
    store.submit(begun);  // answered after the last save
    EXPECT_EQ(survey::handover::unsaved(store), 1);
    const int deleted = survey::handover::deleteSaved(store);
    EXPECT_GT(deleted, 0);
    int left = 0;
    for (const auto& counts : store.statusCounts()) left += counts.submitted + counts.abandoned;
    EXPECT_EQ(left, 1) << "only the unsaved response stays";
}

TEST_F(Handover, KeygenNeverReplacesAKeyAndNeedsALongPassphrase) {
    const std::string before = contents(key());
    const Result again = run({"keygen", "-o", (dir_ / "inspectorate").string()}, kPassphrase + "\n");
    EXPECT_EQ(again.code, 1);
    EXPECT_NE(again.err.find("never replaced"), std::string::npos) << again.err;
    EXPECT_EQ(contents(key()), before);
    const Result short_one = run({"keygen", "-o", (dir_ / "short").string()}, "tiny\n");
    EXPECT_EQ(short_one.code, 1);
    EXPECT_FALSE(fs::exists(dir_ / "short.key"));
    EXPECT_FALSE(fs::exists(dir_ / "short.pub"));
}

// A full drive while writing the handover file: nothing is left that looks like a saved file,
// and the kiosk still holds every response as unsaved. Needs root to mount a tiny tmpfs.
TEST_F(Handover, FullDriveLeavesNothingHalfWritten) {
    importCheshire(dir_ / "kiosk.db", true);
    const fs::path drive = dir_ / "usb";
    fs::create_directories(drive);
    if (::mount("tmpfs", drive.c_str(), "tmpfs", 0, "size=64k") != 0) {
        GTEST_SKIP() << "cannot mount a small tmpfs here (" << std::strerror(errno) << ")";
    }
    const Result saved = run({"bundle", "--db", (dir_ / "kiosk.db").string(), "-o", (drive / "h.pspx").string()});
    const bool listed = !fs::is_empty(drive);
    ::umount2(drive.c_str(), MNT_DETACH);
    EXPECT_EQ(saved.code, 1);
    EXPECT_NE(saved.err.find("the drive is full"), std::string::npos) << saved.err;
    EXPECT_NE(saved.err.find("nothing was saved"), std::string::npos) << saved.err;
    EXPECT_FALSE(listed) << "a file was left on the full drive";
    auto store = survey::ResponseStore::open(dir_ / "kiosk.db");
    EXPECT_GT(survey::handover::unsaved(store), 0);
}

}  // namespace
