// Sealed answers (docs/security.md): the inspectorate's key pair and its files, fingerprints a
// person can read over the phone, batch keys in locked memory, and the AEAD that seals a
// response's answers. libsodium does the cryptography; sodium.h stays out of this header.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace survey::sealing {

// A key file that cannot be used: names the file and, where it can, the line and what is wrong.
class KeyFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
// The secret key file's passphrase did not open it (a typo, or a damaged box).
class WrongPassphrase : public KeyFileError {
public:
    using KeyFileError::KeyFileError;
};

// The inspectorate's X25519 public key (crypto_box_seal needs nothing else).
using PublicKey = std::array<unsigned char, 32>;

// First 80 bits of BLAKE2b(public key) as five groups of four hex digits ("3f2a-91c0-...").
// Short enough to read over the phone, long enough that no one can make a key to match it.
std::string fingerprint(const PublicKey& key);
std::string fingerprintOf(std::string_view public_key_bytes);  // any 32-byte public key
std::string toHex(std::string_view bytes);

// Bytes in sodium_malloc'd, mlock'ed memory (never swapped out, guard pages around), wiped
// when freed. Holds secret keys and batch keys. Move-only.
class SecretBytes {
public:
    explicit SecretBytes(std::size_t size);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes();

    unsigned char* data() noexcept { return data_; }
    const unsigned char* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }

private:
    unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

// The inspectorate's key pair; the secret half lives in locked memory.
struct KeyPair {
    PublicKey public_key{};
    SecretBytes secret_key{32};
    std::string fingerprint() const { return sealing::fingerprint(public_key); }
};
KeyPair makeKeyPair();

// NAME.pub: three text lines (format line, fingerprint, public key in hex). Safe to copy.
void writePublicKeyFile(const std::filesystem::path& file, const PublicKey& key);
PublicKey readPublicKeyFile(const std::filesystem::path& file);

// NAME.key: the secret key under a passphrase (crypto_pwhash Argon2id + crypto_secretbox), mode
// 0600, never overwriting a file that exists. Reading throws WrongPassphrase or KeyFileError.
inline constexpr std::size_t kMinPassphraseLength = 10;
void writeSecretKeyFile(const std::filesystem::path& file, const KeyPair& pair, std::string_view passphrase);
KeyPair readSecretKeyFile(const std::filesystem::path& file, std::string_view passphrase);

// The secret keys a reader holds (report --key), found by fingerprint.
class Keyring {
public:
    void add(KeyPair pair);
    const KeyPair* find(std::string_view fingerprint) const;
    std::vector<std::string> fingerprints() const;
    bool empty() const noexcept { return pairs_.empty(); }

private:
    std::vector<KeyPair> pairs_;
};

// Batch keys: random XChaCha20-Poly1305 keys, stored only sealed to the recipient.
SecretBytes makeBatchKey();
std::string sealBatchKey(const SecretBytes& batch_key, const PublicKey& recipient);
std::optional<SecretBytes> openBatchKey(std::string_view sealed, const KeyPair& recipient);

// A response's answers: nonce (24 bytes) || XChaCha20-Poly1305(plaintext), associated data =
// the response uid, so a blob copied onto another response does not open.
std::string sealAnswers(const SecretBytes& batch_key, std::string_view response_uid, std::string_view plaintext);
// nullopt when the blob is damaged, tampered with, or belongs to another response or key.
std::optional<std::string> openAnswers(const SecretBytes& batch_key, std::string_view response_uid,
                                       std::string_view blob);

}  // namespace survey::sealing
