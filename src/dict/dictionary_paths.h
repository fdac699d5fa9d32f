// Which files a list of --dict arguments stands for, before loading: the
// default dictionaries when none is given, "+DIR" for "the defaults plus
// DIR", and Khaldun-layout trees (a directory whose native dictionaries sit
// in sub-directories, such as Khaldun's own) expanded into their files.
#ifndef KHALDUN_DICT_DICTIONARY_PATHS_H_
#define KHALDUN_DICT_DICTIONARY_PATHS_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace khaldun::dict {

// The dictionary files under `dir`, recursively, in path order: regular
// files named *.txt (CMakeLists.txt excluded) whose kind DetectFile()
// recognises. Empty when `dir` cannot be read.
std::vector<std::string> ListDictionaryTree(const std::string& dir);

// Expands --dict arguments into the paths LoadDictionaries() should read:
//  - no argument: ListDictionaryTree(default_dir);
//  - when any argument starts with '+': ListDictionaryTree(default_dir)
//    first, then every argument in order with its '+' removed (so "+DIR"
//    means "the defaults plus DIR", and a later entry never hides an
//    earlier default: the first loaded phrase wins);
//  - a directory that has a sub-directory holding dictionary files is
//    replaced by ListDictionaryTree() of it (so `--dict "$(khaldun dict
//    path)"` or a copy of it loads every file); other paths are kept as
//    given (flat TABARI/PETRARCH/Phoenix directories, single files);
//  - a file reached twice is kept once, at its first place.
// Fails when the defaults are needed and `default_dir` holds no dictionary.
Result<std::vector<std::string>> ExpandDictionaryPaths(const std::vector<std::string>& arguments,
                                                        const std::string& default_dir);

}  // namespace khaldun::dict

#endif  // KHALDUN_DICT_DICTIONARY_PATHS_H_
