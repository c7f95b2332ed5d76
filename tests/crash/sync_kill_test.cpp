// The real programs killed at every sync point (issue 12, item 4), the way SQLite's own crash
// tests stop a program at each fsync: sync_kill_shim.c, preloaded, SIGKILLs the program at its Nth
// fsync/fdatasync (before or after the real call), for N = 1, 2, ... until the program finishes on
// its own. After each kill: the figures are those before the command or those after it, nothing is
// half-applied (sealing, a handover file), and the next normal run on the same file succeeds.
// The commands are a kiosk's life: --set-pin on a new file, paper returns imported, a handed-out
// count, --set-recipient (sealing the plain answers), a sealed import, a handover bundle.
#include "../../export/src/cli/cli.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "survey/store.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kBin = PERSPECTIVE_BIN_DIR;
const fs::path kShim = PERSPECTIVE_SYNC_KILL_SHIM;
const fs::path kDemo = fs::path(PERSPECTIVE_ASSETS_DIR) / "demo";
const fs::path kKeys = fs::path(PERSPECTIVE_TEST_FIXTURES) / "keys";
const std::string kPassphrase = "perspective test key, not secret";  // tests/fixtures/keys/README.md
constexpr int kMostSyncs = 400;  // a command with more sync points than this is a finding of its own

enum class KillWhen { Before, After };

struct Exit {
    bool killed = false;  // by the shim's SIGKILL
    int code = -1;
    std::string err;
};

// Runs a real program with `input` on its standard input; with kill_at > 0 the shim stops it there.
Exit runProgram(const std::vector<std::string>& argv, const std::string& input, const fs::path& err_file,
                long kill_at, KillWhen when) {
    int in_pipe[2];
    if (::pipe(in_pipe) != 0) throw std::runtime_error("pipe failed");
    std::cout.flush();
    std::fflush(nullptr);  // else the child's freopen writes the test's buffered output a second time
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(in_pipe[0], STDIN_FILENO);
        ::close(in_pipe[0]);
        ::close(in_pipe[1]);
        std::FILE* err = std::freopen(err_file.c_str(), "w", stderr);
        std::FILE* out = std::freopen("/dev/null", "w", stdout);
        if (err == nullptr || out == nullptr) ::_exit(126);
        if (kill_at > 0) {
            ::setenv("LD_PRELOAD", kShim.c_str(), 1);
            ::setenv("PERSPECTIVE_SYNC_KILL_AT", std::to_string(kill_at).c_str(), 1);
            ::setenv("PERSPECTIVE_SYNC_KILL_WHEN", when == KillWhen::After ? "after" : "before", 1);
        }
        std::vector<char*> args;
        for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(in_pipe[0]);
    const auto written = ::write(in_pipe[1], input.data(), input.size());  // a line or two: fits the pipe
    ::close(in_pipe[1]);
    int status = 0;
    ::waitpid(child, &status, 0);
    Exit result;
    result.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(err_file);
    result.err.assign(std::istreambuf_iterator<char>(err), {});
    if (written != static_cast<ssize_t>(input.size()) && !result.killed) result.err += " (standard input was cut short)";
    return result;
}

// The work folder: the database and its side files, and the folder handover files go to.
class Workspace {
public:
    explicit Workspace(fs::path root) : root_(std::move(root)) {
        fs::remove_all(root_);
        fs::create_directories(live());
    }
    ~Workspace() { fs::remove_all(root_); }
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    fs::path live() const { return root_ / "live"; }
    fs::path db() const { return live() / "kiosk.db"; }
    fs::path handovers() const { return live() / "handover"; }
    fs::path errors() const { return root_ / "stderr.txt"; }

    // Keeps (or brings back) the whole live folder, side files and handover files included.
    void save(const std::string& name) const {
        fs::remove_all(root_ / name);
        fs::copy(live(), root_ / name, fs::copy_options::recursive);
    }
    void restore(const std::string& name) const {
        fs::remove_all(live());
        fs::copy(root_ / name, live(), fs::copy_options::recursive);
    }

private:
    fs::path root_;
};

// The report's figures (json) with the test key: the same text before and after sealing.
std::string reportedFigures(const fs::path& db) {
    std::istringstream passphrase(kPassphrase + "\n");
    std::ostringstream out;
    std::ostringstream err;
    const int code = report::cli::run({"perspective-export", "report", "--db", db.string(), "--format", "json", "--key",
                                       (kKeys / "test-inspectorate.key").string(), "--allow-unsigned"},
                                      passphrase, out, err);
    if (code == report::cli::kNothingToReport) return "nothing to report";
    if (code != 0) return "report failed (" + std::to_string(code) + "): " + err.str();
    return out.str();
}

// A kill while the new file is made may leave a store with no PIN yet: that is still "before".
std::string staffPinState(const fs::path& db) {
    if (!fs::exists(db)) return "no PIN";
    auto store = survey::ResponseStore::open(db);
    return store.setting("staff_pin_hash") ? "PIN set" : "no PIN";
}

// Counts one thing with plain SQLite (the store is closed; a crash's -wal is recovered read-write).
long long count(const fs::path& db, const char* sql) {
    sqlite3* connection = nullptr;
    long long result = -1;
    if (sqlite3_open_v2(db.c_str(), &connection, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            result = sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(connection);
    return result;
}

// Sealing is all or nothing: with a recipient set, no answer is left in plain rows.
std::string sealingState(const fs::path& db) {
    const long long recipients = count(db.c_str(), "SELECT count(*) FROM meta WHERE key = 'recipient_public_key'");
    const long long plain = count(db.c_str(), "SELECT count(*) FROM answer");
    const long long sealed = count(db.c_str(), "SELECT count(*) FROM response WHERE batch_id IS NOT NULL");
    if (recipients == 1 && plain != 0) return "HALF SEALED: a recipient and " + std::to_string(plain) + " plain answers";
    if (recipients == 0 && sealed != 0) return "HALF SEALED: no recipient but sealed responses";
    return recipients == 1 ? "sealed" : "plain";
}

// Every file in the handover folder that looks finished (no dot name) is a whole, signed file.
std::string handoverState(const fs::path& folder) {
    std::string state;
    if (!fs::exists(folder)) return state;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(".")) continue;  // a partial file never has a finished file's name
        std::ostringstream out;
        std::ostringstream err;
        const int code = report::cli::run({"perspective-export", "verify", entry.path().string()}, out, err);
        state += name + (code == 0 ? ": verified\n" : ": LOOKS FINISHED BUT FAILS VERIFY: " + err.str());
    }
    return state.empty() ? "no handover file" : state;
}

struct Command {
    std::string name;
    std::vector<std::string> argv;
    std::string input;
    // The state a kill may leave only as it was before or as it is after (figures, sealing, ...).
    std::function<std::string(const Workspace&)> state;
    // Whether running it twice is harmless (an import is refused the second time; a count is not).
    bool repeatable = true;
};

std::string exporter() { return (kBin / "perspective-export").string(); }
std::string kiosk() { return (kBin / "perspective-kiosk").string(); }

std::vector<Command> kioskLife(const Workspace& work) {
    const std::string db = work.db().string();
    const auto figures = [](const Workspace& w) { return reportedFigures(w.db()); };
    const auto paper = [&](const char* questionnaire) {
        return std::vector<std::string>{exporter(), "import", "--db", db, "--questionnaire", questionnaire, "--date",
                                        "2011-03-01", (kDemo / (std::string(questionnaire) + ".csv")).string()};
    };
    return {
        {"kiosk --set-pin (new file)", {kiosk(), "--db", db, "--site", "Chester", "--set-pin"}, "864201\n",
         [](const Workspace& w) { return staffPinState(w.db()); }},
        {"export import (plain)", paper("offender"), "", figures},
        {"export distributed", {exporter(), "distributed", "--db", db, "--questionnaire", "offender", "--count", "90",
                                "--date", "2011-03-01"},
         "", figures, false},
        {"kiosk --set-recipient (seals the answers)",
         {kiosk(), "--db", db, "--set-recipient", (kKeys / "test-inspectorate.pub").string()}, "",
         [](const Workspace& w) { return sealingState(w.db()) + "\n" + reportedFigures(w.db()); }},
        {"export import (sealed)", paper("victim"), "", figures},
        {"export bundle", {exporter(), "bundle", "--db", db, "-o", work.handovers().string()}, "",
         // Killed after its file was finished but before the kiosk recorded the save, a second save
         // writes NAME-2.pspx: the state then names two files, so only a kill that left "before"
         // is run again.
         [](const Workspace& w) { return handoverState(w.handovers()) + "\n" + reportedFigures(w.db()); }, false},
    };
}

bool succeeded(const Exit& exit) { return !exit.killed && (exit.code == 0 || exit.code == report::cli::kAlreadyImported); }

TEST(SyncKill, EveryCommandKilledAtEverySyncPointLeavesTheFileWholeAndUsable) {
    if (!fs::exists(kiosk()) || !fs::exists(exporter())) GTEST_SKIP() << "the programs are not built";
    const Workspace work(fs::temp_directory_path() / ("perspective-sync-kill-" + std::to_string(::getpid())));
    fs::create_directories(work.handovers());
    const auto started = std::chrono::steady_clock::now();
    long kills = 0;
    for (const Command& command : kioskLife(work)) {
        SCOPED_TRACE(command.name);
        work.save("before");
        const std::string before = command.state(work);
        const Exit normal = runProgram(command.argv, command.input, work.errors(), 0, KillWhen::Before);
        ASSERT_TRUE(succeeded(normal)) << normal.err;
        const std::string after = command.state(work);
        ASSERT_NE(before, after) << "the command changed nothing the sweep can see";
        work.save("after");

        for (const KillWhen when : {KillWhen::Before, KillWhen::After}) {
            long at = 1;
            for (; at <= kMostSyncs; ++at) {
                work.restore("before");
                const Exit killed = runProgram(command.argv, command.input, work.errors(), at, when);
                const std::string where = std::string(when == KillWhen::Before ? "before" : "after") + " sync " +
                                          std::to_string(at);
                if (!killed.killed) {
                    // It finished before reaching sync `at`: the whole command ran under the shim.
                    EXPECT_TRUE(succeeded(killed)) << where << ": " << killed.err;
                    EXPECT_EQ(command.state(work), after) << where;
                    break;
                }
                ++kills;
                const std::string left = command.state(work);
                EXPECT_TRUE(left == before || left == after)
                    << "killed " << where << ", the state is neither before nor after:\n" << left;
                if (left == before || command.repeatable) {
                    const Exit again = runProgram(command.argv, command.input, work.errors(), 0, KillWhen::Before);
                    EXPECT_TRUE(succeeded(again)) << "killed " << where << ", the next run failed: " << again.err;
                    EXPECT_EQ(command.state(work), after) << "killed " << where << ", then run again";
                }
            }
            EXPECT_LE(at, kMostSyncs) << "never finished under the shim";
            std::cout << command.name << ", killed " << (when == KillWhen::Before ? "before" : "after")
                      << " each sync: " << at - 1 << " sync points\n";
        }
        work.restore("after");
    }
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - started;
    std::cout << "sync-kill sweep: " << kills << " kills in " << seconds.count() << " s\n";
    RecordProperty("kills", static_cast<int>(kills));
}

}  // namespace
