// A quiz file, read as the quiz content type reads it: the instrument, the
// Item made of it (its Markdown checked too), and its stored data read back
// as respond() reads it.
#include "instrument.hpp"
#include "instrument_data.hpp"
#include "quiz_item.hpp"
#include "support.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cradle::quiz;
  ReadInstrument read = read_instrument(cradle::fuzz::as_text(data, size), "quiz.yaml", "quiz");
  if (!read.instrument) return 0;
  MadeItem made = make_item(*read.instrument);
  if (has_errors(read.diagnostics) || has_errors(made.diagnostics)) return 0;
  // The loader refuses text that is not UTF-8 (docs/FUZZING.md, finding 1).
  if (!cradle::web::is_utf8(cradle::fuzz::as_text(data, size))) return 0;
  // A quiz that loads without errors is stored, then read back to be scored.
  auto back = from_data(made.item.data);
  if (!back) __builtin_trap();  // what to_data writes, from_data must read
  return 0;
}
