#include "support/process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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

Outcome run_cradle_on_terminal(const std::vector<std::string>& args, const std::string& input,
                               const std::vector<std::string>& env) {
  TempDir tmp;
  std::string inner = "env";
  for (const auto& e : env) inner += " " + quote(e);
  inner += " " + quote(CRADLE_BIN);
  for (const auto& a : args) inner += " " + quote(a);
  std::ofstream(tmp.path() / "in") << input;
  // The input waits a moment, so it is typed after the question is asked.
  std::string cmd = "(sleep 0.5; cat " + quote((tmp.path() / "in").string()) + ") | script -qec " +
                    quote(inner) + " /dev/null >" + quote((tmp.path() / "out").string()) + " 2>&1";
  int status = std::system(cmd.c_str());
  Outcome o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.out = slurp(tmp.path() / "out");
  return o;
}

BackgroundCradle::BackgroundCradle(const std::vector<std::string>& args,
                                   const std::vector<std::string>& env) {
  static int counter = 0;
  std::string base = (std::filesystem::temp_directory_path() /
                      ("cradle-bg-" + std::to_string(getpid()) + "-" + std::to_string(++counter)))
                         .string();
  out_file_ = base + ".out";
  err_file_ = base + ".err";
  std::vector<std::string> argv_store{CRADLE_BIN};
  argv_store.insert(argv_store.end(), args.begin(), args.end());
  pid_ = fork();
  if (pid_ == 0) {
    for (const auto& e : env) putenv(const_cast<char*>(e.c_str()));
    int in = open("/dev/null", O_RDONLY);
    int out = open(out_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(err_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    std::vector<char*> argv;
    for (auto& a : argv_store) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(CRADLE_BIN, argv.data());
    _exit(127);
  }
}

BackgroundCradle::~BackgroundCradle() {
  if (pid_ > 0) kill_now();
  std::error_code ec;
  std::filesystem::remove(out_file_, ec);
  std::filesystem::remove(err_file_, ec);
}

void BackgroundCradle::kill_now() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

Outcome BackgroundCradle::wait() {
  Outcome o;
  if (pid_ > 0) {
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  o.out = slurp(out_file_);
  o.err = slurp(err_file_);
  return o;
}

}  // namespace cradle::test
