#include "cli/passphrase.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace report::cli {
namespace {

// Echo off on the terminal for as long as it lives (restored even when reading throws).
class NoEcho {
public:
    NoEcho() {
        if (::tcgetattr(STDIN_FILENO, &saved_) == 0) {
            termios quiet = saved_;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            active_ = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~NoEcho() {
        if (active_) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    termios saved_{};
    bool active_ = false;
};

std::string lineFrom(std::istream& in, std::string_view what) {
    std::string line;
    if (!std::getline(in, line)) throw CommandError(std::string(what) + ": no passphrase given on standard input", kUsage);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string fromTerminal(Io& io, std::string_view prompt) {
    io.err << prompt << ": " << std::flush;
    std::string line;
    {
        const NoEcho quiet;
        line = lineFrom(std::cin, prompt);
    }
    io.err << '\n';
    return line;
}

}  // namespace

std::string readPassphrase(Io& io, std::string_view prompt, bool confirm) {
    if (io.in != nullptr) return lineFrom(*io.in, prompt);
    if (::isatty(STDIN_FILENO) == 0) return lineFrom(std::cin, prompt);
    std::string passphrase = fromTerminal(io, prompt);
    if (confirm && fromTerminal(io, "Type it again") != passphrase) {
        throw CommandError("the two passphrases differ; nothing was written", kFailure);
    }
    return passphrase;
}

}  // namespace report::cli
