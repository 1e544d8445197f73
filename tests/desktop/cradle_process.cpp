#include "cradle_process.hpp"

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

}  // namespace cradle::test
