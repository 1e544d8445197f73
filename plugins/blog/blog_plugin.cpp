// The blog content type: a folder of Markdown posts, one Item per post,
// newest first.
#include <algorithm>
#include <filesystem>
#include <map>

#include "cradle/plugin_api.hpp"
#include "cradle/source_file.hpp"
#include "post_parser.hpp"

namespace cradle::blog {
namespace {

namespace fs = std::filesystem;

// The folder's posts, sorted by name so diagnostics and duplicate-slug
// reports come out the same on every file system. Dot files are editor
// droppings (.#post.md, ._post.md), not posts.
std::vector<fs::path> post_files(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path& p = entry.path();
    if (entry.is_regular_file() && p.extension() == ".md" &&
        !p.filename().string().starts_with('.'))
      out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class BlogContentType final : public ContentType {
 public:
  SourceOutput load(const SourceRequest& request) noexcept override {
    try {
      return load_folder(request);
    } catch (const std::exception& e) {
      return source_error(request.source, std::string("could not be loaded: ") + e.what());
    } catch (...) {  // nothing may cross the module boundary
      return source_error(request.source, "could not be loaded: unknown error");
    }
  }

 private:
  static SourceOutput load_folder(const SourceRequest& request) {
    const fs::path dir = request.pack_dir / request.source;
    if (!fs::is_directory(dir))
      return source_error(request.source,
                          "must be a folder of posts, one Markdown (.md) file each");
    auto files = post_files(dir);
    if (files.empty())
      return source_error(request.source, "has no posts: add one Markdown (.md) file per post");

    SourceOutput out;
    std::vector<Post> posts;
    std::map<std::string, std::string> slug_files;  // slug -> the file that has it
    for (const auto& path : files) {
      // As the publisher knows it: relative to the pack folder, '/' separated.
      std::string file = (fs::path(request.source) / path.filename()).generic_string();
      auto text = read_source_file(path);
      if (!text) {
        out.diagnostics.push_back({Severity::error, file, 0, text.error().message});
        continue;
      }
      ParsedPost parsed = parse_post(text.value(), file, path.stem().string());
      auto& diags = out.diagnostics;
      diags.insert(diags.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
      if (!parsed.post) continue;
      // Drafts count for duplicates too: a pack that validates must also
      // install with --drafts.
      auto [it, fresh] = slug_files.emplace(parsed.post->item.slug, file);
      if (!fresh) {
        diags.push_back({Severity::error, file, parsed.post->slug_line,
                         "slug '" + it->first + "' is already used by " + it->second +
                             ": give one of them a distinct slug: in its front matter"});
        continue;
      }
      if (!parsed.post->draft || request.include_drafts) posts.push_back(std::move(*parsed.post));
    }

    // Newest first; the slug breaks ties so the order never depends on file names.
    std::sort(posts.begin(), posts.end(), [](const Post& a, const Post& b) {
      return a.date != b.date ? a.date > b.date : a.item.slug < b.item.slug;
    });
    for (auto& post : posts) out.items.push_back(std::move(post.item));
    return out;
  }
};

const PluginInfo kInfo{kPluginApiVersion, "blog", "content-type", "1.0.0",
                       "Blog posts: a folder of Markdown files with YAML front matter"};

}  // namespace
}  // namespace cradle::blog

CRADLE_PLUGIN(cradle::blog::kInfo, cradle::blog::BlogContentType)
