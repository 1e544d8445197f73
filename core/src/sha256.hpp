// SHA-256 with libsodium, fed in pieces as a file streams past, for the
// .cpack manifest.
#pragma once

#include <sodium.h>

#include <string>
#include <string_view>

namespace cradle {

class Sha256 {
 public:
  // Initialises libsodium on first use (sodium_init() is safe to call from
  // any thread, any number of times); throws std::runtime_error if it cannot.
  Sha256();

  void update(std::string_view bytes);
  // The digest as 64 lowercase hex digits. Call once.
  std::string hex();

 private:
  crypto_hash_sha256_state state_;
};

}  // namespace cradle
