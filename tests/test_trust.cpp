// Signed packs, through the real `cradle`: keygen, sign, trust add, list
// and remove, and what install does with a pack signed by a trusted key, an
// unknown key, no key, or a signature that does not hold.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "support/cradle_home.hpp"
#include "support/library_state.hpp"
#include "support/tar_builder.hpp"

namespace cradle {
namespace {
namespace fs = std::filesystem;
using test::line_count;

class Trust : public ::testing::Test, public test::CradleHome {
 protected:
  // A key pair for `name` in work(); returns BASE (BASE.key, BASE.pub).
  fs::path keygen(const std::string& name, const std::string& base) {
    fs::path at = work().path() / base;
    auto o = cradle({"keygen", name, "-o", at.string()});
    EXPECT_EQ(o.exit_code, 0) << o.err;
    return at;
  }
  static fs::path key(const fs::path& base) { return base.string() + ".key"; }
  static fs::path pub(const fs::path& base) { return base.string() + ".pub"; }
};

TEST_F(Trust, KeygenWritesAPrivateSecretAndAPublicKey) {
  fs::path base = work().path() / "sam";
  auto o = cradle({"keygen", "Sam Lee", "-o", base.string()});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("Made key 'Sam Lee' (id "), std::string::npos) << o.out;
  struct stat st {};
  ASSERT_EQ(stat(key(base).c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  std::ifstream in(pub(base));
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "cradle-public-key 1");
  // Never over an existing key.
  auto again = cradle({"keygen", "Sam Lee", "-o", base.string()});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already exists"), std::string::npos);
}

TEST_F(Trust, ATrustedSignatureInstallsQuietlyAndUnsignedWarns) {
  fs::path sam = keygen("Sam Lee", "sam");
  fs::path folder = faq_pack("sleep", "1.0.0");
  fs::path unsigned_pack = packed(folder, "sleep-unsigned.cpack");
  fs::path signed_pack = packed(folder, "sleep-signed.cpack", key(sam));

  // Signed, but by a key this library does not trust yet: installed, with a warning.
  auto unknown = cradle({"install", signed_pack.string()});
  EXPECT_EQ(unknown.exit_code, 0) << unknown.err;
  EXPECT_NE(unknown.err.find("cradle: warning: " + signed_pack.string() +
                             " is signed by a key you have not trusted (id "),
            std::string::npos)
      << unknown.err;

  auto added = cradle({"trust", "add", pub(sam).string()});
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.out.find("Trusted key 'Sam Lee'"), std::string::npos);
  EXPECT_NE(cradle({"trust", "list"}).out.find("Sam Lee"), std::string::npos);

  auto trusted = cradle({"install", "--force", signed_pack.string()});
  EXPECT_EQ(trusted.exit_code, 0) << trusted.err;
  EXPECT_EQ(trusted.err, "");  // quietly
  EXPECT_EQ(trusted.out, "Reinstalled sleep 1.0.0 (1 item, signed by Sam Lee)\n");
  EXPECT_NE(cradle({"list"}).out.find("trusted: Sam Lee"), std::string::npos);

  auto plain = cradle({"install", "--force", unsigned_pack.string()});
  EXPECT_EQ(plain.exit_code, 0);
  EXPECT_EQ(plain.err, "cradle: warning: " + unsigned_pack.string() +
                           " is not signed: install it only if you trust where it came from\n");
  EXPECT_NE(cradle({"list"}).out.find("unsigned"), std::string::npos);

  // `cradle sign` signs an archive packed without a key, in place.
  auto s = cradle({"sign", unsigned_pack.string(), "--key", key(sam).string()});
  EXPECT_EQ(s.exit_code, 0) << s.err;
  EXPECT_EQ(s.out.find("Signed " + unsigned_pack.string() + " with key 'Sam Lee'"), 0u) << s.out;
  auto now_signed = cradle({"install", "--force", unsigned_pack.string()});
  EXPECT_EQ(now_signed.err, "");
  EXPECT_NE(now_signed.out.find("signed by Sam Lee"), std::string::npos);

  auto removed = cradle({"trust", "remove", "Sam Lee"});
  EXPECT_EQ(removed.exit_code, 0) << removed.err;
  EXPECT_NE(cradle({"trust", "list"}).out.find("No trusted keys"), std::string::npos);
  EXPECT_EQ(cradle({"trust", "remove", "Sam Lee"}).exit_code, 1);
}

TEST_F(Trust, RequiringSignaturesRefusesUnsignedAndUntrustedPacks) {
  fs::path sam = keygen("Sam Lee", "sam"), jo = keygen("Jo Park", "jo");
  fs::path folder = faq_pack("sleep", "1.0.0");
  fs::path plain = packed(folder, "plain.cpack");
  fs::path by_jo = packed(folder, "jo.cpack", key(jo));
  fs::path by_sam = packed(folder, "sam.cpack", key(sam));
  ASSERT_EQ(cradle({"trust", "add", pub(sam).string()}).exit_code, 0);
  auto before = test::library_state(data());

  auto flag = cradle({"install", "--require-signature", plain.string()});
  EXPECT_EQ(flag.exit_code, 1);
  EXPECT_EQ(line_count(flag.err), 1u) << flag.err;
  EXPECT_NE(flag.err.find("cradle: error: " + plain.string() +
                          " is not signed, and this library installs only packs signed by a "
                          "trusted key"),
            std::string::npos)
      << flag.err;
  EXPECT_EQ(test::library_state(data()), before);

  auto policy = cradle({"trust", "policy", "require-signature"});
  EXPECT_EQ(policy.exit_code, 0) << policy.err;
  before = test::library_state(data());
  for (const auto& refused : {plain, by_jo, folder}) {
    auto o = cradle({"install", refused.string()});
    EXPECT_EQ(o.exit_code, 1) << refused;
    EXPECT_EQ(line_count(o.err), 1u) << o.err;
    EXPECT_NE(o.err.find(refused.string()), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("nothing was installed"), std::string::npos) << o.err;
    EXPECT_EQ(test::library_state(data()), before);
    EXPECT_EQ(test::staging_contents(data()), "");
  }
  EXPECT_EQ(cradle({"install", by_sam.string()}).exit_code, 0);
  EXPECT_NE(cradle({"trust", "list"}).out.find("refused"), std::string::npos);
}

TEST_F(Trust, ABadSignatureIsAlwaysRefusedNamingTheFile) {
  fs::path sam = keygen("Sam Lee", "sam"), mallory = keygen("Sam Lee", "mallory");
  ASSERT_EQ(cradle({"trust", "add", pub(sam).string()}).exit_code, 0);
  fs::path folder = faq_pack("sleep", "1.0.0");
  auto good = test::read_tar(packed(folder, "good.cpack", key(sam)));
  auto other =
      test::read_tar(packed(faq_pack("sleep", "1.0.0", "Other words."), "other.cpack", key(sam)));
  auto forged = test::read_tar(packed(folder, "forged.cpack", key(mallory)));
  ASSERT_EQ(good.back().name, "MANIFEST.sig");
  auto before = test::library_state(data());

  // Files and manifest changed together, the old signature kept.
  auto swapped = other;
  swapped.back() = good.back();
  // The signature line of a trusted key's id, the bytes of another key.
  auto lying = good;
  lying.back().content = good.back().content.substr(0, good.back().content.find("signature: ")) +
                         forged.back().content.substr(forged.back().content.find("signature: "));
  // A file changed after signing: caught by the manifest, named.
  auto edited = good;
  edited[0].content[edited[0].content.find("Gentle")] = 'g';
  auto garbled = good;
  garbled.back().content = "cradle-signature 1\nkey-id: nonsense\n";

  const std::vector<std::pair<test::TarEntries, std::string>> cases = {
      {swapped,
       "MANIFEST.sig is not a valid signature of MANIFEST.sha256 by the trusted key "
       "'Sam Lee'"},
      {lying, "MANIFEST.sig is not a valid signature of MANIFEST.sha256 by the trusted key"},
      {edited, "entry 'faq.md' does not match its SHA-256 in MANIFEST.sha256"},
      {garbled, "MANIFEST.sig needs a 'key-id:' and a 'signature:' line"},
  };
  for (const auto& [entries, expected] : cases) {
    SCOPED_TRACE(expected);
    fs::path bad = work().path() / "bad.cpack";
    test::write_tar(bad, entries);
    auto o = cradle({"install", bad.string()});
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_EQ(line_count(o.err), 1u) << o.err;
    EXPECT_NE(o.err.find("cradle: error: " + bad.string() + ": "), std::string::npos) << o.err;
    EXPECT_NE(o.err.find(expected), std::string::npos) << o.err;
    EXPECT_EQ(test::library_state(data()), before);
    EXPECT_EQ(test::staging_contents(data()), "");
  }
}

}  // namespace
}  // namespace cradle
