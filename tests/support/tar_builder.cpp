#include "support/tar_builder.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <stdexcept>

namespace cradle::test {

TarEntries read_tar(const std::filesystem::path& path) {
  TarEntries out;
  archive* a = archive_read_new();
  archive_read_support_filter_all(a);
  archive_read_support_format_tar(a);
  if (archive_read_open_filename(a, path.c_str(), 10240) != ARCHIVE_OK) {
    archive_read_free(a);
    throw std::runtime_error("cannot read " + path.string());
  }
  archive_entry* e = nullptr;
  while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
    TarEntry t{archive_entry_pathname(e), {}};
    std::string buf(4096, '\0');
    for (la_ssize_t n; (n = archive_read_data(a, buf.data(), buf.size())) > 0;)
      t.content.append(buf.data(), static_cast<std::size_t>(n));
    out.push_back(std::move(t));
  }
  archive_read_free(a);
  return out;
}

void write_tar(const std::filesystem::path& path, const TarEntries& entries, bool gzip) {
  archive* a = archive_write_new();
  if (gzip) {
    archive_write_add_filter_gzip(a);
    archive_write_set_filter_option(a, "gzip", "compression-level", "1");  // the 64 MiB tests
  }
  archive_write_set_format_pax(a);
  if (archive_write_open_filename(a, path.c_str()) != ARCHIVE_OK)
    throw std::runtime_error("cannot write " + path.string());
  for (const auto& t : entries) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, t.name.c_str());
    archive_entry_set_perm(e, 0644);
    switch (t.kind) {
      case TarEntry::Kind::file:
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_size(e, static_cast<la_int64_t>(t.content.size() + t.fill));
        break;
      case TarEntry::Kind::dir:
        archive_entry_set_filetype(e, AE_IFDIR);
        break;
      case TarEntry::Kind::symlink:
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_set_symlink(e, t.link.c_str());
        break;
      case TarEntry::Kind::hardlink:
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_hardlink(e, t.link.c_str());
        break;
      case TarEntry::Kind::fifo:
        archive_entry_set_filetype(e, AE_IFIFO);
        break;
      case TarEntry::Kind::chardev:
        archive_entry_set_filetype(e, AE_IFCHR);
        archive_entry_set_rdevmajor(e, 1);
        archive_entry_set_rdevminor(e, 3);
        break;
    }
    if (archive_write_header(a, e) < ARCHIVE_WARN) {
      std::string why = archive_error_string(a);
      archive_entry_free(e);
      archive_write_free(a);
      throw std::runtime_error("cannot add " + t.name + ": " + why);
    }
    if (!t.content.empty()) archive_write_data(a, t.content.data(), t.content.size());
    const std::string chunk(1 << 20, 'x');
    for (std::uint64_t left = t.fill; left > 0;) {
      std::size_t n = left < chunk.size() ? static_cast<std::size_t>(left) : chunk.size();
      archive_write_data(a, chunk.data(), n);
      left -= n;
    }
    archive_entry_free(e);
  }
  if (archive_write_close(a) != ARCHIVE_OK)
    throw std::runtime_error("cannot close " + path.string());
  archive_write_free(a);
}

TarEntries without(TarEntries entries, const std::string& name) {
  std::erase_if(entries, [&](const TarEntry& t) { return t.name == name; });
  return entries;
}

}  // namespace cradle::test
