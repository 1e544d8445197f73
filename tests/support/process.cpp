#include "support/process.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "support/temp_dir.hpp"

namespace cradle::test {
namespace {

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

Outcome run_cradle(const std::vector<std::string>& args, const std::vector<std::string>& env) {
  TempDir tmp;
  std::string cmd = "env";
  for (const auto& e : env) cmd += " " + quote(e);
  cmd += " " + quote(CRADLE_BIN);
  for (const auto& a : args) cmd += " " + quote(a);
  cmd += " </dev/null >" + quote((tmp.path() / "out").string()) + " 2>" +
         quote((tmp.path() / "err").string());
  int status = std::system(cmd.c_str());
  Outcome o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.out = slurp(tmp.path() / "out");
  o.err = slurp(tmp.path() / "err");
  return o;
}

}  // namespace cradle::test
