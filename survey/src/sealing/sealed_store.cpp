#include "sealing/sealed_store.hpp"

#include <sodium.h>

#include <chrono>

#include <fmt/format.h>

#include "integrity.hpp"
#include "sqlite/statement.hpp"
#include "survey/canonical.hpp"
#include "survey/errors.hpp"
#include "survey/session.hpp"

namespace survey {
namespace {

std::optional<std::string> meta(const sqlite::Connection& db, std::string_view key) {
    sqlite::Statement query(db, "SELECT value FROM meta WHERE key = ?1");
    query.bind(1, key);
    if (query.step()) return query.text(0);
    return std::nullopt;
}

void setMeta(sqlite::Connection& db, std::string_view key, std::string_view value) {
    sqlite::Statement upsert(db, "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).run();
}

// A random positive 63-bit id, so ids say nothing about order.
std::int64_t randomId() {
    std::uint64_t bits = 0;
    randombytes_buf(&bits, sizeof bits);
    return static_cast<std::int64_t>(bits >> 1) | 1;
}

}  // namespace

SealedStore::SealedStore(sqlite::Connection& db, std::string file) : db_(&db), file_(std::move(file)) {
    const auto hex = meta(db, "recipient_public_key");
    if (!hex) return;
    sealing::PublicKey key{};
    std::size_t length = 0;
    if (hex->size() != 64 ||
        sodium_hex2bin(key.data(), key.size(), hex->data(), hex->size(), nullptr, &length, nullptr) != 0 ||
        length != key.size()) {
        throw StoreError(file_ + ": the recipient key in the file is damaged (meta recipient_public_key)");
    }
    recipient_ = key;
    fingerprint_ = sealing::fingerprint(key);
}

int SealedStore::setRecipient(const sealing::PublicKey& recipient) {
    setMeta(*db_, "recipient_public_key", sealing::toHex({reinterpret_cast<const char*>(recipient.data()), 32}));
    setMeta(*db_, "recipient_fingerprint", sealing::fingerprint(recipient));
    recipient_ = recipient;
    fingerprint_ = sealing::fingerprint(recipient);
    batch_.reset();  // a new recipient: a new batch key sealed to it

    // Seal every plain response: the whole snapshot as one blob, then its plain rows deleted
    // (secure_delete overwrites them; the caller empties the WAL after commit).
    sqlite::Statement plain(*db_, "SELECT id, uid FROM response WHERE batch_id IS NULL ORDER BY id");
    sqlite::Statement rows(*db_, "SELECT question_id, option_id, text FROM answer WHERE response_id = ?1 "
                                 "ORDER BY question_id, option_id");
    sqlite::Statement remove(*db_, "DELETE FROM answer WHERE response_id = ?1");
    int sealed = 0;
    while (plain.step()) {
        const std::int64_t id = plain.int64(0);
        Answers answers;
        rows.reset();
        rows.bind(1, id);
        while (rows.step()) {
            Answer& answer = answers[rows.text(0)];
            if (std::string option = rows.text(1); option.empty()) answer.text = rows.text(2);
            else answer.options.push_back(std::move(option));
        }
        write(id, plain.text(1), answers);
        remove.reset();
        remove.bind(1, id).run();
        ++sealed;
    }
    return sealed;
}

const SealedStore::Batch& SealedStore::currentBatch() {
    const std::string today = isoDate(std::chrono::system_clock::now());
    if (batch_ && batch_->date == today) {
        // A batch made inside a transaction that then rolled back is gone: make another.
        sqlite::Statement exists(*db_, "SELECT 1 FROM batch WHERE id = ?1");
        exists.bind(1, batch_->id);
        if (exists.step()) return *batch_;
    }
    Batch batch{randomId(), today, sealing::makeBatchKey()};
    sqlite::Statement insert(*db_, "INSERT INTO batch (id, recipient, sealed_key, date) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, batch.id)
        .bind(2, *fingerprint_)
        .bindBlob(3, sealing::sealBatchKey(batch.key, *recipient_))
        .bind(4, today)
        .run();
    batch_ = std::move(batch);
    return *batch_;
}

void SealedStore::write(std::int64_t id, std::string_view uid, const Answers& answers) {
    const Batch& batch = currentBatch();
    sqlite::Statement update(*db_, "UPDATE response SET batch_id = ?2, sealed_answers = ?3 WHERE id = ?1");
    update.bind(1, id)
        .bind(2, batch.id)
        .bindBlob(3, sealing::sealAnswers(batch.key, uid, canonical::encodeAnswers(answers)))
        .run();
    if (db_->changes() == 0) throw StoreError(fmt::format("{}: there is no response {}", file_, id));
    integrity::updateResponseChecksum(*db_, id);  // the one place a response's checksum is made
}

Answers* SealedStore::snapshot(std::int64_t id) {
    const auto found = snapshots_.find(id);
    return found == snapshots_.end() ? nullptr : &found->second;
}

const sealing::SecretBytes& SealedStore::batchKey(std::int64_t batch_id) const {
    if (const auto found = opened_.find(batch_id); found != opened_.end()) return found->second;
    if (batch_ && batch_->id == batch_id) return batch_->key;
    sqlite::Statement query(*db_, "SELECT recipient, sealed_key FROM batch WHERE id = ?1");
    query.bind(1, batch_id);
    if (!query.step()) throw StoreError(fmt::format("{}: batch {} is missing: the file is damaged", file_, batch_id));
    const std::string recipient = query.text(0);
    if (!keyring_ || keyring_->empty()) {
        throw StoreError(fmt::format("{}: answers are sealed to key {}: pass --key", file_, recipient));
    }
    const sealing::KeyPair* pair = keyring_->find(recipient);
    if (pair == nullptr) {
        throw StoreError(fmt::format("{}: answers are sealed to key {}, not to the key given ({})", file_, recipient,
                                     fmt::join(keyring_->fingerprints(), ", ")));
    }
    auto key = sealing::openBatchKey(query.blob(1), *pair);
    if (!key) {
        throw StoreError(fmt::format("{}: batch {} does not open with key {}: the file was damaged or tampered with",
                                     file_, batch_id, recipient));
    }
    return opened_.emplace(batch_id, std::move(*key)).first->second;
}

Answers SealedStore::open(std::string_view uid, std::int64_t batch_id, std::string_view blob) const {
    const auto plaintext = sealing::openAnswers(batchKey(batch_id), uid, blob);
    if (!plaintext) {
        throw StoreError(fmt::format("{}: response {}: its sealed answers do not open (tampered with, damaged, or "
                                     "moved from another response)",
                                     file_, uid));
    }
    return canonical::decodeAnswers(*plaintext);
}

}  // namespace survey
