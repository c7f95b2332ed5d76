// The store's side of sealing: which recipient a file is sealed to, today's batch key (in locked
// memory, stored only sealed), writing a response's whole answer snapshot as one sealed blob,
// opening blobs with a keyring, and sealing a plain file's answers when a recipient is set.
// Private to the survey library; ResponseStore owns one per open file.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sqlite/connection.hpp"
#include "survey/answers.hpp"
#include "survey/sealing.hpp"

namespace survey {

class SealedStore {
public:
    SealedStore(sqlite::Connection& db, std::string file);

    // The recipient's fingerprint, or nullopt for a plain file (answers as rows in `answer`).
    const std::optional<std::string>& recipientFingerprint() const { return fingerprint_; }
    bool sealing() const { return recipient_.has_value(); }

    // Records the recipient and seals every plain response (caller holds the transaction).
    // Returns how many responses were sealed.
    int setRecipient(const sealing::PublicKey& recipient);

    // Replaces response `id`'s sealed blob with `answers`, sealed under today's batch key.
    void write(std::int64_t id, std::string_view uid, const Answers& answers);

    // The answers of a response this program run began, kept so a change can re-seal the whole
    // snapshot without ever decrypting (the kiosk holds no secret key).
    Answers* snapshot(std::int64_t id);
    void remember(std::int64_t id, Answers answers) { snapshots_[id] = std::move(answers); }
    void forget(std::int64_t id) { snapshots_.erase(id); }

    // Reading (report --key): opens a blob; throws StoreError naming the file, the response and
    // the reason (no key given, another key, tampered or moved blob).
    void setKeyring(std::shared_ptr<const sealing::Keyring> keyring) { keyring_ = std::move(keyring); }
    Answers open(std::string_view uid, std::int64_t batch_id, std::string_view blob) const;

private:
    struct Batch {
        std::int64_t id = 0;
        std::string date;
        sealing::SecretBytes key;
    };
    const sealing::SecretBytes& batchKey(std::int64_t batch_id) const;
    const Batch& currentBatch();

    sqlite::Connection* db_;
    std::string file_;
    std::optional<sealing::PublicKey> recipient_;
    std::optional<std::string> fingerprint_;
    std::optional<Batch> batch_;  // made at the first sealed write of each program run and day
    std::map<std::int64_t, Answers> snapshots_;
    std::shared_ptr<const sealing::Keyring> keyring_;
    mutable std::map<std::int64_t, sealing::SecretBytes> opened_;  // batch keys opened for reading
};

}  // namespace survey
