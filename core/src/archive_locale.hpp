// Names in .cpack archives are UTF-8, whatever the caller's locale.
#pragma once

#include <locale.h>

namespace cradle::cpack {

// libarchive converts entry names between the thread's locale and the UTF-8
// of pax headers. Under the C locale (a service, a test run) every
// non-ASCII name fails to convert, and other locales would store other
// bytes. Linux names are bytes, almost always UTF-8, so for as long as this
// lives the calling thread's character set is UTF-8: the same archive from
// the same folder anywhere, and "café.jpg" survives the round trip. Only
// this thread is touched (uselocale), never the process.
class Utf8Names {
 public:
  Utf8Names() : utf8_(newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{})) {
    if (utf8_) previous_ = uselocale(utf8_);
  }
  ~Utf8Names() {
    if (!utf8_) return;
    uselocale(previous_);
    freelocale(utf8_);
  }
  Utf8Names(const Utf8Names&) = delete;
  Utf8Names& operator=(const Utf8Names&) = delete;

 private:
  locale_t utf8_;
  locale_t previous_ = LC_GLOBAL_LOCALE;
};

}  // namespace cradle::cpack
