// Batch keys (sealed to the recipient with crypto_box_seal) and the AEAD that seals one
// response's answers under a batch key, bound to the response's uid.
#include <sodium.h>

#include "survey/sealing.hpp"

namespace survey::sealing {
namespace {

const unsigned char* bytes(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

}  // namespace

SecretBytes makeBatchKey() {
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    return key;
}

std::string sealBatchKey(const SecretBytes& batch_key, const PublicKey& recipient) {
    std::string sealed(crypto_box_SEALBYTES + batch_key.size(), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), batch_key.data(), batch_key.size(),
                    recipient.data());
    return sealed;
}

std::optional<SecretBytes> openBatchKey(std::string_view sealed, const KeyPair& recipient) {
    if (sealed.size() != crypto_box_SEALBYTES + crypto_aead_xchacha20poly1305_ietf_KEYBYTES) return std::nullopt;
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_box_seal_open(key.data(), bytes(sealed), sealed.size(), recipient.public_key.data(),
                             recipient.secret_key.data()) != 0) {
        return std::nullopt;
    }
    return key;
}

std::string sealAnswers(const SecretBytes& batch_key, std::string_view response_uid, std::string_view plaintext) {
    constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    std::string blob(kNonce + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    auto* out = reinterpret_cast<unsigned char*>(blob.data());
    randombytes_buf(out, kNonce);  // 192-bit random nonces: no counter to keep, no reuse to fear
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonce, &length, bytes(plaintext), plaintext.size(),
                                               bytes(response_uid), response_uid.size(), nullptr, out,
                                               batch_key.data());
    blob.resize(kNonce + static_cast<std::size_t>(length));
    return blob;
}

std::optional<std::string> openAnswers(const SecretBytes& batch_key, std::string_view response_uid,
                                       std::string_view blob) {
    constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (blob.size() < kNonce + crypto_aead_xchacha20poly1305_ietf_ABYTES) return std::nullopt;
    std::string plaintext(blob.size() - kNonce - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plaintext.data()), &length,
                                                   nullptr, bytes(blob) + kNonce, blob.size() - kNonce,
                                                   bytes(response_uid), response_uid.size(), bytes(blob),
                                                   batch_key.data()) != 0) {
        return std::nullopt;
    }
    plaintext.resize(static_cast<std::size_t>(length));
    return plaintext;
}

}  // namespace survey::sealing
