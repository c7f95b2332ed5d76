// `-o FILE` (cli/output_file.hpp): written under a temporary name, published in one step, never
// over a file that exists (even one that appears meanwhile) without --force, nothing left on failure.
#include "../../export/src/cli/output_file.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <thread>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;
using report::cli::CommandError;
using report::cli::Publish;
using report::cli::writeOutputFile;

namespace {

class OutputFile : public ::testing::TestWithParam<Publish> {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("perspective-output-" + std::to_string(getpid()) + "-" +
                                            std::to_string(static_cast<int>(GetParam())));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        file_ = dir_ / "report.md";
    }
    void TearDown() override { fs::remove_all(dir_); }

    static std::string read(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), {}};
    }
    static void put(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }
    // Every file in the folder: a temporary one left behind shows here.
    int files() const {
        return static_cast<int>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
    }
    // Runs writeOutputFile; the exit code it would give (0 when it published).
    int publish(bool replace, const std::function<void(const fs::path&)>& write) {
        try {
            writeOutputFile(file_, replace, write, GetParam());
            return 0;
        } catch (const CommandError& error) {
            message_ = error.what();
            return error.code();
        }
    }
    static void writes(const fs::path& temporary, const std::string& text) { put(temporary, text); }

    fs::path dir_;
    fs::path file_;
    std::string message_;
};

TEST_P(OutputFile, ANewFileIsPublishedReadableByItsOwnerOnly) {
    EXPECT_EQ(publish(false, [](const fs::path& t) { writes(t, "the report\n"); }), 0) << message_;
    EXPECT_EQ(read(file_), "the report\n");
    EXPECT_EQ(files(), 1);
    struct stat info {};
    ASSERT_EQ(::stat(file_.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U);
}

TEST_P(OutputFile, AnExistingFileIsUntouchedByARefusedRun) {
    put(file_, "precious\n");
    EXPECT_EQ(publish(false, [](const fs::path& t) { writes(t, "the report\n"); }), report::cli::kUsage);
    EXPECT_NE(message_.find("exists already; add --force"), std::string::npos) << message_;
    EXPECT_EQ(read(file_), "precious\n");
    EXPECT_EQ(files(), 1);
}

// The race the early check cannot close: FILE appears after it, while the report is written.
TEST_P(OutputFile, AFileThatAppearsWhileTheReportIsWrittenIsNotReplaced) {
    EXPECT_EQ(publish(false,
                      [&](const fs::path& t) {
                          put(file_, "someone else's\n");
                          writes(t, "the report\n");
                      }),
              report::cli::kUsage);
    EXPECT_EQ(read(file_), "someone else's\n");
    EXPECT_EQ(files(), 1);
}

TEST_P(OutputFile, AWriterThatFailsHalfWayLeavesNoFile) {
    const auto failing = [](const fs::path& t) {
        writes(t, "half a rep");
        throw std::runtime_error("the drive may be full");
    };
    EXPECT_EQ(publish(false, failing), report::cli::kFailure);
    EXPECT_NE(message_.find("the drive may be full; nothing was written"), std::string::npos) << message_;
    EXPECT_EQ(files(), 0);
    put(file_, "precious\n");
    EXPECT_EQ(publish(true, failing), report::cli::kFailure);
    EXPECT_EQ(read(file_), "precious\n");
    EXPECT_EQ(files(), 1);
}

TEST_P(OutputFile, ForceReplacesTheFileInOneStep) {
    put(file_, "precious\n");
    EXPECT_EQ(publish(true, [](const fs::path& t) { writes(t, "the report\n"); }), 0) << message_;
    EXPECT_EQ(read(file_), "the report\n");
    EXPECT_EQ(files(), 1);
}

// A report stopped while it writes: "a killed report leaves its hidden .FILE.partial-XXXXXX".
class StoppedReport : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("perspective-stopped-" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        file_ = dir_ / "report.md";
    }
    void TearDown() override { fs::remove_all(dir_); }

    // The hidden partial files beside report.md.
    std::vector<std::string> partials() const {
        std::vector<std::string> found;
        for (const auto& entry : fs::directory_iterator(dir_)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind(".report.md.partial-", 0) == 0) found.push_back(name);
        }
        return found;
    }
    // A child process that starts writing report.md and waits there; returns once its partial
    // file is in the folder.
    pid_t childWriting() const {
        const pid_t child = fork();
        if (child == 0) {
            try {
                writeOutputFile(file_, false, [](const fs::path& temporary) {
                    std::ofstream(temporary) << "half a rep";
                    for (;;) pause();
                });
            } catch (...) {
            }
            _exit(0);
        }
        for (int i = 0; i < 1000 && partials().empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (partials().empty()) ::kill(child, SIGKILL);  // never left running
        return child;
    }
    static int stoppedBy(pid_t child, int signal) {
        ::kill(child, signal);
        int status = 0;
        ::waitpid(child, &status, 0);
        return WIFSIGNALED(status) ? WTERMSIG(status) : -1;
    }

    fs::path dir_;
    fs::path file_;
};

TEST_F(StoppedReport, CtrlCOrATerminateSignalLeavesNoPartialFile) {
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        const pid_t child = childWriting();
        ASSERT_EQ(partials().size(), 1u) << "the child is writing";
        EXPECT_EQ(stoppedBy(child, signal), signal) << "it still stops as the signal says";
        EXPECT_TRUE(partials().empty()) << strsignal(signal);
        EXPECT_FALSE(fs::exists(file_));
    }
}

TEST_F(StoppedReport, APartialFileLeftByAKilledReportGoesAtTheNextRunButNotAnotherWritersOne) {
    const pid_t killed = childWriting();
    ASSERT_EQ(stoppedBy(killed, SIGKILL), SIGKILL);
    const std::vector<std::string> left = partials();
    ASSERT_EQ(left.size(), 1u) << "SIGKILL cannot be caught";
    // Another report still writing: its partial file, locked as a writer locks it.
    const fs::path live = dir_ / ".report.md.partial-Live00";
    const int writer = ::open(live.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
    ASSERT_GE(writer, 0);
    ASSERT_EQ(::flock(writer, LOCK_EX), 0);
    std::ofstream(dir_ / ".other.md.partial-abcdef") << "another file's";

    writeOutputFile(file_, true, [](const fs::path& t) { std::ofstream(t) << "the report\n"; });
    EXPECT_EQ(partials(), std::vector<std::string>{live.filename().string()})
        << "the killed report's is gone, the live writer's kept";
    EXPECT_TRUE(fs::exists(dir_ / ".other.md.partial-abcdef")) << "another file's is not this run's to judge";
    ::close(writer);
}

INSTANTIATE_TEST_SUITE_P(EveryWayOfPublishing, OutputFile,
                         ::testing::Values(Publish::RenameNoReplace, Publish::HardLink, Publish::ExclusiveCopy),
                         [](const ::testing::TestParamInfo<Publish>& param) { return std::string(survey::nameOf(param.param)); });

}  // namespace
