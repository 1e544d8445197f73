// Where installed packs' files live, and how they get there safely.
//
//   DATA_DIR/staging/cpack-PID-XXXXXX   a pack being checked (from an archive
//                                       or copied from a folder)
//   DATA_DIR/packs/ID-XXXXXX            an installed pack's files, named by
//                                       the catalog's store_dir for it
//
// The catalog is the truth: a folder under packs/ that no pack names is
// left from an install that died before its commit (or from a pack replaced
// since), and a staging folder whose process is gone was abandoned. Both
// are removed by sweep(), which runs under the data dir lock.
#pragma once

#include <filesystem>
#include <string>

#include "cradle/library.hpp"

namespace cradle::cli {

std::filesystem::path staging_root(const std::filesystem::path& data_dir);
std::filesystem::path store_root(const std::filesystem::path& data_dir);

// Copies the pack files of `folder` (as `cradle pack` would archive them)
// into a new staging folder and returns it. Throws UserError naming the
// file that cannot be copied (a symbolic link, say).
std::filesystem::path stage_folder(const std::filesystem::path& folder,
                                   const std::filesystem::path& staging_root);

// Moves a staged folder into the store with one rename and returns its
// store_dir name. Throws UserError if it cannot.
std::string move_into_store(const std::filesystem::path& staged,
                            const std::filesystem::path& data_dir, const std::string& id);

// Removes DATA_DIR/packs/`store_dir` and everything in it; quiet on failure
// (sweep() tries again later).
void remove_from_store(const std::filesystem::path& data_dir, const std::string& store_dir);

// Removes abandoned staging folders and store folders `installed` does not
// name. Only with the data dir lock held.
void sweep(const std::filesystem::path& data_dir, const Library& installed);

// Removes abandoned staging folders only: safe without the lock.
void sweep_staging(const std::filesystem::path& staging_root);

}  // namespace cradle::cli
