// The inspectorate's key pair, its two files, fingerprints, and locked memory for secrets.
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <utility>
#include <sstream>

#include <fmt/format.h>

#include "survey/sealing.hpp"

namespace survey::sealing {
namespace {

static_assert(std::tuple_size_v<PublicKey> == crypto_box_PUBLICKEYBYTES);
static_assert(crypto_box_SECRETKEYBYTES == 32);

constexpr std::string_view kPublicHeader = "perspective public key 1";
constexpr std::string_view kSecretHeader = "perspective secret key 1";

void initialise() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string hexOf(const unsigned char* bytes, std::size_t size) {
    std::string hex(2 * size + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

// The lines of a small key file, each "name value"; errors name the file and line.
class KeyFileReader {
public:
    explicit KeyFileReader(const std::filesystem::path& file) : file_(file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) fail(0, "cannot be read");
        std::string line;
        while (lines_.size() < 16 && std::getline(in, line)) lines_.push_back(line);
    }

    void expectHeader(std::string_view header) const {
        if (lines_.empty() || lines_[0] != header) {
            fail(1, fmt::format("is not a Perspective key file of this kind (expected '{}')", header));
        }
    }

    // The value of line `number` (1-based), which must be "name value".
    std::string value(std::size_t number, std::string_view name) const {
        if (number > lines_.size()) fail(number, fmt::format("'{}' is missing (the file is cut short)", name));
        const std::string& line = lines_[number - 1];
        if (!line.starts_with(std::string(name) + " ")) fail(number, fmt::format("expected '{}'", name));
        return line.substr(name.size() + 1);
    }

    template <std::size_t N>
    std::array<unsigned char, N> hex(std::size_t number, std::string_view name) const {
        const std::string text = value(number, name);
        std::array<unsigned char, N> bytes{};
        std::size_t length = 0;
        if (text.size() != 2 * N ||
            sodium_hex2bin(bytes.data(), N, text.data(), text.size(), nullptr, &length, nullptr) != 0 || length != N) {
            fail(number, fmt::format("'{}' is not {} bytes of hex", name, N));
        }
        return bytes;
    }

    std::string hexBytes(std::size_t number, std::string_view name, std::size_t max) const {
        const std::string text = value(number, name);
        std::string bytes(text.size() / 2, '\0');
        std::size_t length = 0;
        if (text.size() % 2 != 0 || bytes.size() > max ||
            sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(), text.size(),
                           nullptr, &length, nullptr) != 0 ||
            length != bytes.size()) {
            fail(number, fmt::format("'{}' is not hex", name));
        }
        return bytes;
    }

    unsigned long long number(std::size_t line, std::string_view name, unsigned long long low,
                              unsigned long long high) const {
        const std::string text = value(line, name);
        if (text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string::npos ||
            std::stoull(text) < low || std::stoull(text) > high) {
            fail(line, fmt::format("'{}' is not a number from {} to {}", name, low, high));
        }
        return std::stoull(text);
    }

    [[noreturn]] void fail(std::size_t line, std::string_view why) const {
        if (line == 0) throw KeyFileError(fmt::format("{}: {}", file_.string(), why));
        throw KeyFileError(fmt::format("{}:{}: {}", file_.string(), line, why));
    }

    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
    std::vector<std::string> lines_;
};

// Writes `text` to a new file (never replacing one) with `mode`, and fsyncs it.
void writeNewFile(const std::filesystem::path& file, const std::string& text, mode_t mode) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        throw KeyFileError(fmt::format("{}: cannot create it ({}); an existing key file is never replaced",
                                       file.string(), std::strerror(errno)));
    }
    std::size_t written = 0;
    bool ok = true;
    while (ok && written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        ok = n > 0;
        if (ok) written += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(file.c_str());  // never leave half a key file looking like a key file
        throw KeyFileError(fmt::format("{}: cannot write it ({})", file.string(), std::strerror(saved)));
    }
}

// The passphrase's key, derived with Argon2id at the cost recorded in the file.
SecretBytes derive(std::string_view passphrase, const std::array<unsigned char, crypto_pwhash_SALTBYTES>& salt,
                   unsigned long long opslimit, std::size_t memlimit) {
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), salt.data(), opslimit, memlimit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("not enough memory to derive the key from the passphrase");
    }
    return key;
}

}  // namespace

// SecretBytes ---------------------------------------------------------------------------------

SecretBytes::SecretBytes(std::size_t size) : size_(size) {
    initialise();
    data_ = static_cast<unsigned char*>(sodium_malloc(size));  // guard pages, mlock'ed, wiped on free
    if (data_ == nullptr) throw std::bad_alloc();
    sodium_memzero(data_, size);
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        sodium_free(data_);
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes() { sodium_free(data_); }

// Fingerprints ---------------------------------------------------------------------------------

std::string toHex(std::string_view bytes) {
    return hexOf(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string fingerprintOf(std::string_view public_key_bytes) {
    initialise();
    std::array<unsigned char, 10> digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(public_key_bytes.data()),
                       public_key_bytes.size(), nullptr, 0);
    const std::string hex = hexOf(digest.data(), digest.size());
    std::string grouped;
    for (std::size_t i = 0; i < hex.size(); i += 4) grouped += (i == 0 ? "" : "-") + hex.substr(i, 4);
    return grouped;
}

std::string fingerprint(const PublicKey& key) {
    return fingerprintOf(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
}

// Key pair and files ------------------------------------------------------------------------------

KeyPair makeKeyPair() {
    initialise();
    KeyPair pair;
    crypto_box_keypair(pair.public_key.data(), pair.secret_key.data());
    return pair;
}

void writePublicKeyFile(const std::filesystem::path& file, const PublicKey& key) {
    writeNewFile(file,
                 fmt::format("{}\nfingerprint {}\npublic {}\n", kPublicHeader, fingerprint(key),
                             hexOf(key.data(), key.size())),
                 0644);
}

PublicKey readPublicKeyFile(const std::filesystem::path& file) {
    initialise();
    const KeyFileReader in(file);
    in.expectHeader(kPublicHeader);
    const std::string written = in.value(2, "fingerprint");
    const auto key = in.hex<32>(3, "public");
    if (fingerprint(key) != written) {
        in.fail(2, fmt::format("the fingerprint {} does not match the key (it is {}): the file was changed", written,
                               fingerprint(key)));
    }
    return key;
}

void writeSecretKeyFile(const std::filesystem::path& file, const KeyPair& pair, std::string_view passphrase) {
    initialise();
    if (passphrase.size() < kMinPassphraseLength) {
        throw KeyFileError(fmt::format("the passphrase must be at least {} characters", kMinPassphraseLength));
    }
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    // Interactive cost (64 MiB, a fraction of a second): the inspectorate opens the key often;
    // the file's 0600 mode and a long passphrase carry the rest (docs/security.md).
    const unsigned long long opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    const SecretBytes box_key = derive(passphrase, salt, opslimit, memlimit);
    std::array<unsigned char, crypto_secretbox_NONCEBYTES> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    std::array<unsigned char, crypto_secretbox_MACBYTES + 32> box{};
    crypto_secretbox_easy(box.data(), pair.secret_key.data(), pair.secret_key.size(), nonce.data(), box_key.data());
    writeNewFile(file,
                 fmt::format("{}\nfingerprint {}\npublic {}\nsalt {}\nopslimit {}\nmemlimit {}\nnonce {}\nbox {}\n",
                             kSecretHeader, pair.fingerprint(), hexOf(pair.public_key.data(), 32),
                             hexOf(salt.data(), salt.size()), opslimit, memlimit, hexOf(nonce.data(), nonce.size()),
                             hexOf(box.data(), box.size())),
                 0600);
}

KeyPair readSecretKeyFile(const std::filesystem::path& file, std::string_view passphrase) {
    initialise();
    const KeyFileReader in(file);
    in.expectHeader(kSecretHeader);
    const std::string written = in.value(2, "fingerprint");
    KeyPair pair;
    pair.public_key = in.hex<32>(3, "public");
    if (fingerprint(pair.public_key) != written) {
        in.fail(2, fmt::format("the fingerprint {} does not match the key: the file was changed", written));
    }
    const auto salt = in.hex<crypto_pwhash_SALTBYTES>(4, "salt");
    // Bounded so a damaged file cannot ask for hours of work or all the memory.
    const auto opslimit = in.number(5, "opslimit", crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_OPSLIMIT_SENSITIVE);
    const auto memlimit = in.number(6, "memlimit", crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_MEMLIMIT_SENSITIVE);
    const auto nonce = in.hex<crypto_secretbox_NONCEBYTES>(7, "nonce");
    const auto box = in.hex<crypto_secretbox_MACBYTES + 32>(8, "box");
    const SecretBytes box_key = derive(passphrase, salt, opslimit, static_cast<std::size_t>(memlimit));
    if (crypto_secretbox_open_easy(pair.secret_key.data(), box.data(), box.size(), nonce.data(), box_key.data()) != 0) {
        throw WrongPassphrase(fmt::format(
            "{}: the passphrase does not open this key (check for a typo; if it is right, the file is damaged)",
            file.string()));
    }
    PublicKey derived{};
    crypto_scalarmult_base(derived.data(), pair.secret_key.data());
    if (derived != pair.public_key) {
        in.fail(3, "the public key does not belong to the secret key: the file was changed");
    }
    return pair;
}

// Keyring -----------------------------------------------------------------------------------------

void Keyring::add(KeyPair pair) {
    if (find(pair.fingerprint()) == nullptr) pairs_.push_back(std::move(pair));
}

const KeyPair* Keyring::find(std::string_view wanted) const {
    for (const KeyPair& pair : pairs_) {
        if (pair.fingerprint() == wanted) return &pair;
    }
    return nullptr;
}

std::vector<std::string> Keyring::fingerprints() const {
    std::vector<std::string> out;
    for (const KeyPair& pair : pairs_) out.push_back(pair.fingerprint());
    return out;
}

}  // namespace survey::sealing
