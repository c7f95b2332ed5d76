// Keys and sealing: key files round-trip, a passphrase typo or a damaged file is refused by name,
// a sealed blob opens only with its key and its own response's uid.
#include "survey/sealing.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using namespace survey::sealing;

namespace {

class KeyFiles : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("perspective-keys-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    static std::string read(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }
    static void write(const fs::path& file, const std::string& text) {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    }

    fs::path dir_;
    const std::string passphrase_ = "correct horse battery";
};

TEST_F(KeyFiles, FingerprintIsFiveGroupsAPersonCanReadOut) {
    const KeyPair pair = makeKeyPair();
    EXPECT_TRUE(std::regex_match(pair.fingerprint(), std::regex("[0-9a-f]{4}(-[0-9a-f]{4}){4}"))) << pair.fingerprint();
    EXPECT_NE(pair.fingerprint(), makeKeyPair().fingerprint());
}

TEST_F(KeyFiles, PublicAndSecretFilesRoundTrip) {
    const KeyPair pair = makeKeyPair();
    writePublicKeyFile(dir_ / "inspectorate.pub", pair.public_key);
    writeSecretKeyFile(dir_ / "inspectorate.key", pair, passphrase_);
    EXPECT_EQ(readPublicKeyFile(dir_ / "inspectorate.pub"), pair.public_key);
    const KeyPair back = readSecretKeyFile(dir_ / "inspectorate.key", passphrase_);
    EXPECT_EQ(back.public_key, pair.public_key);
    EXPECT_EQ(0, std::memcmp(back.secret_key.data(), pair.secret_key.data(), 32));
    EXPECT_EQ(fs::status(dir_ / "inspectorate.key").permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    // The secret key is not in the file in the clear.
    EXPECT_EQ(read(dir_ / "inspectorate.key").find(toHex({reinterpret_cast<const char*>(pair.secret_key.data()), 32})),
              std::string::npos);
}

TEST_F(KeyFiles, ExistingKeyFileIsNeverReplaced) {
    const KeyPair pair = makeKeyPair();
    writeSecretKeyFile(dir_ / "k.key", pair, passphrase_);
    const std::string before = read(dir_ / "k.key");
    EXPECT_THROW(writeSecretKeyFile(dir_ / "k.key", makeKeyPair(), passphrase_), KeyFileError);
    EXPECT_EQ(read(dir_ / "k.key"), before);
}

TEST_F(KeyFiles, ShortPassphraseIsRefused) {
    EXPECT_THROW(writeSecretKeyFile(dir_ / "k.key", makeKeyPair(), "short"), KeyFileError);
    EXPECT_FALSE(fs::exists(dir_ / "k.key"));
}

TEST_F(KeyFiles, PassphraseTypoIsRefusedAsWrongPassphrase) {
    writeSecretKeyFile(dir_ / "k.key", makeKeyPair(), passphrase_);
    try {
        readSecretKeyFile(dir_ / "k.key", "correct horse batery");
        FAIL() << "a typo opened the key";
    } catch (const WrongPassphrase& error) {
        EXPECT_NE(std::string(error.what()).find("k.key"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("passphrase"), std::string::npos) << error.what();
    }
}

TEST_F(KeyFiles, DamagedSecretKeyFileIsRefusedWithItsLine) {
    writeSecretKeyFile(dir_ / "k.key", makeKeyPair(), passphrase_);
    const std::string good = read(dir_ / "k.key");
    // A flipped hex digit in the box: the passphrase no longer opens it.
    std::string flipped = good;
    const auto box = flipped.find("box ") + 10;
    flipped[box] = flipped[box] == '0' ? '1' : '0';
    write(dir_ / "k.key", flipped);
    EXPECT_THROW(readSecretKeyFile(dir_ / "k.key", passphrase_), WrongPassphrase);
    // Cut short: names the missing field and its line.
    write(dir_ / "k.key", good.substr(0, good.find("nonce ")));
    try {
        readSecretKeyFile(dir_ / "k.key", passphrase_);
        FAIL() << "a truncated key file was read";
    } catch (const KeyFileError& error) {
        EXPECT_NE(std::string(error.what()).find("k.key:7"), std::string::npos) << error.what();
    }
    // A changed public key no longer matches its fingerprint.
    std::string swapped = good;
    const auto pub = swapped.find("public ") + 7;
    swapped[pub] = swapped[pub] == 'a' ? 'b' : 'a';
    write(dir_ / "k.key", swapped);
    EXPECT_THROW(readSecretKeyFile(dir_ / "k.key", passphrase_), KeyFileError);
    // Not a key file at all.
    write(dir_ / "k.key", "hello\n");
    EXPECT_THROW(readSecretKeyFile(dir_ / "k.key", passphrase_), KeyFileError);
}

TEST_F(KeyFiles, DamagedPublicKeyFileIsRefused) {
    const KeyPair pair = makeKeyPair();
    writePublicKeyFile(dir_ / "k.pub", pair.public_key);
    std::string text = read(dir_ / "k.pub");
    const auto pub = text.find("public ") + 9;
    text[pub] = text[pub] == 'a' ? 'b' : 'a';
    write(dir_ / "k.pub", text);
    EXPECT_THROW(readPublicKeyFile(dir_ / "k.pub"), KeyFileError);
    EXPECT_THROW(readPublicKeyFile(dir_ / "absent.pub"), KeyFileError);
}

TEST(SealedAnswers, OpenOnlyWithTheirKeyAndTheirResponse) {
    const KeyPair recipient = makeKeyPair();
    const SecretBytes batch = makeBatchKey();
    const std::string sealed_key = sealBatchKey(batch, recipient.public_key);
    const auto opened_key = openBatchKey(sealed_key, recipient);
    ASSERT_TRUE(opened_key);
    EXPECT_FALSE(openBatchKey(sealed_key, makeKeyPair()));  // another recipient

    const std::string blob = sealAnswers(batch, "uid-1", "I felt listened to");
    EXPECT_EQ(blob.find("listened"), std::string::npos);
    EXPECT_EQ(openAnswers(*opened_key, "uid-1", blob), "I felt listened to");
    EXPECT_FALSE(openAnswers(*opened_key, "uid-2", blob));  // moved onto another response
    EXPECT_FALSE(openAnswers(makeBatchKey(), "uid-1", blob));
    for (std::size_t i = 0; i < blob.size(); ++i) {
        std::string tampered = blob;
        tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
        EXPECT_FALSE(openAnswers(*opened_key, "uid-1", tampered)) << "byte " << i;
    }
    EXPECT_FALSE(openAnswers(*opened_key, "uid-1", blob.substr(0, blob.size() - 1)));
}

}  // namespace
