#include "test_host.hpp"

#include <QProcess>
#include <QStringList>

namespace cradle::test {

int run_cradle_in(const std::filesystem::path& data_dir, const std::vector<std::string>& args,
                  std::string* output) {
  QStringList list{"--data-dir", QString::fromStdString(data_dir.string())};
  for (const auto& a : args) list << QString::fromStdString(a);
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(CRADLE_BIN, list);
  if (!p.waitForFinished(60000)) return -1;
  if (output) *output += p.readAll().toStdString();
  return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

Result<std::string> TestHost::install(const std::filesystem::path& path) noexcept {
  std::string out;
  if (run_cradle_in(data_dir_, {"install", path.string()}, &out) != 0) return Error{out};
  catalog_.refresh();
  auto space = out.find(' ', out.find("Installed "));
  return out.substr(space + 1, out.find(' ', space + 1) - space - 1);
}

Result<void> TestHost::remove(const std::string& pack_id) noexcept {
  std::string out;
  if (run_cradle_in(data_dir_, {"remove", pack_id}, &out) != 0) return Error{out};
  catalog_.refresh();
  return {};
}

Result<History*> TestHost::history() {
  if (!history_) {
    auto h = History::open(data_dir_);
    if (!h) return h.error();
    history_ = std::move(h.value());
  }
  return history_.get();
}

Result<std::vector<KeptResult>> TestHost::kept_results() noexcept {
  auto h = history();
  if (!h) return h.error();
  return h.value()->list();
}
Result<std::int64_t> TestHost::keep_result(const KeptResult& result) noexcept {
  auto h = history();
  if (!h) return h.error();
  return h.value()->keep(result);
}
Result<void> TestHost::forget_result(std::int64_t id) noexcept {
  auto h = history();
  if (!h) return h.error();
  return h.value()->forget(id);
}
Result<void> TestHost::forget_all_results() noexcept {
  auto h = history();
  if (!h) return h.error();
  return h.value()->forget_all();
}

}  // namespace cradle::test
