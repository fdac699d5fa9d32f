#include "dict/dictionary_set.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include "dict/actor_loader.h"
#include "dict/native_format.h"
#include "dict/petrarch1_loader.h"
#include "dict/petrarch2_loader.h"
#include "dict/tabari_loader.h"

namespace khaldun::dict {

namespace {

namespace fs = std::filesystem;

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

bool EndsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Head(const std::string& path) {
  std::string text;
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return text;
  text.resize(1 << 16);
  text.resize(std::fread(text.data(), 1, text.size(), file));
  std::fclose(file);
  return text;
}

// PETRARCH-2 patterns group words with (...) and {...}; PETRARCH-1 patterns
// use '_' and bare $ / + markers. Counts pattern lines of each style.
PatternSyntax GuessVerbSyntax(const std::string& head) {
  size_t p2 = 0;
  size_t p1 = 0;
  size_t pos = 0;
  while (pos < head.size()) {
    size_t end = head.find('\n', pos);
    if (end == std::string::npos) end = head.size();
    std::string_view line(head.data() + pos, end - pos);
    pos = end + 1;
    if (line.size() < 2 || line[0] != '-' || line[1] == '-') continue;
    line = line.substr(0, line.find('#'));
    if (line.find('(') != std::string_view::npos || line.find('{') != std::string_view::npos) ++p2;
    if (line.find('_') != std::string_view::npos || line.find(" $") != std::string_view::npos ||
        line.find(" + ") != std::string_view::npos) {
      ++p1;
    }
  }
  return p2 >= p1 && p2 > 0 ? PatternSyntax::kPetrarch2 : PatternSyntax::kPetrarch1;
}

}  // namespace

const char* FileKindName(FileKind kind) {
  switch (kind) {
    case FileKind::kUnknown: return "unknown";
    case FileKind::kNative: return "native";
    case FileKind::kTabariProject: return "project";
    case FileKind::kActors: return "actors";
    case FileKind::kAgents: return "agents";
    case FileKind::kVerbs: return "verbs";
    case FileKind::kDiscards: return "discards";
    case FileKind::kIssues: return "issues";
    case FileKind::kOptions: return "options";
  }
  return "?";
}

DetectedFile DetectFile(const std::string& path) {
  DetectedFile out;
  out.path = path;
  const std::string name = Lower(fs::path(path).filename().string());
  const std::string head = Head(path);
  if (LooksNative(head)) {
    out.kind = FileKind::kNative;
    return out;
  }
  if (EndsWith(name, ".project")) {
    out.kind = FileKind::kTabariProject;
    out.tabari = true;
  } else if (EndsWith(name, ".actors")) {
    out.kind = FileKind::kActors;
    out.tabari = true;
  } else if (EndsWith(name, ".agents")) {
    out.kind = FileKind::kAgents;
    out.tabari = true;
  } else if (EndsWith(name, ".verbs")) {
    out.kind = FileKind::kVerbs;
    out.verbs_syntax = PatternSyntax::kTabari;
    out.tabari = true;
  } else if (EndsWith(name, ".options")) {
    out.kind = FileKind::kOptions;
    out.tabari = true;
  } else if (EndsWith(name, ".xml") || EndsWith(name, ".text") || name == "license") {
    out.kind = FileKind::kUnknown;
  } else if (name.find("actors") != std::string::npos) {
    out.kind = FileKind::kActors;
  } else if (name.find("agents") != std::string::npos) {
    out.kind = FileKind::kAgents;
  } else if (name.find("discards") != std::string::npos) {
    out.kind = FileKind::kDiscards;
  } else if (name.find("issue") != std::string::npos) {
    out.kind = FileKind::kIssues;
  } else if (name.find("verb") != std::string::npos || head.find("####### VERB PATTERNS") != std::string::npos) {
    out.kind = FileKind::kVerbs;
    out.verbs_syntax = GuessVerbSyntax(head);
  }
  return out;
}

Status LoadDetectedFile(const DetectedFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  switch (file.kind) {
    case FileKind::kNative: return LoadNativeFile(file.path, dict, diagnostics);
    case FileKind::kTabariProject: return LoadTabariProject(file.path, dict, diagnostics);
    case FileKind::kActors: return LoadActorFile(file.path, dict, diagnostics);
    case FileKind::kAgents:
      return LoadAgentFile(file.path, dict, diagnostics);
    case FileKind::kVerbs:
      switch (file.verbs_syntax) {
        case PatternSyntax::kTabari: return LoadTabariVerbFile(file.path, dict, diagnostics);
        case PatternSyntax::kPetrarch1: return LoadPetrarch1Verbs(file.path, dict, diagnostics);
        case PatternSyntax::kPetrarch2: return LoadPetrarch2Verbs(file.path, dict, diagnostics);
      }
      break;
    case FileKind::kDiscards: return LoadDiscardFile(file.path, dict, diagnostics);
    case FileKind::kIssues: return LoadIssueFile(file.path, dict, diagnostics);
    case FileKind::kOptions: return LoadTabariOptionFile(file.path, dict, diagnostics);
    case FileKind::kUnknown: break;
  }
  return Status::Error(file.path + ": unknown dictionary format (use a recognised name or the native format)");
}

Result<Dictionary> LoadDictionaries(const std::vector<std::string>& paths, const LoadOptions& options,
                                    Diagnostics* diagnostics, LoadReport* report) {
  LoadReport local_report;
  if (report == nullptr) report = &local_report;
  std::vector<DetectedFile> plan;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> names;
      for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
        if (entry.is_regular_file(error)) names.push_back(entry.path().string());
      }
      std::sort(names.begin(), names.end());
      std::vector<DetectedFile> found;
      std::set<std::string> in_projects;
      for (const std::string& name : names) {
        DetectedFile file = DetectFile(name);
        if (file.kind == FileKind::kUnknown) {
          report->skipped.push_back(name + ": not a dictionary");
          continue;
        }
        if (file.kind == FileKind::kTabariProject) {
          Result<SourceFile> project = SourceFile::Read(name);
          if (project.ok()) {
            Diagnostics quiet;
            TabariProject members = ParseTabariProject(project.value(), &quiet);
            for (const auto* list : {&members.actors, &members.agents, &members.verbs, &members.options}) {
              for (const std::string& member : *list) in_projects.insert(fs::path(member).lexically_normal().string());
            }
          }
        }
        found.push_back(std::move(file));
      }
      std::set<PatternSyntax> syntaxes;
      for (const DetectedFile& file : found) {
        if (file.kind == FileKind::kVerbs && !in_projects.count(fs::path(file.path).lexically_normal().string())) {
          syntaxes.insert(file.verbs_syntax);
        }
      }
      PatternSyntax preferred = PatternSyntax::kPetrarch2;
      if (options.verbs_format) {
        preferred = *options.verbs_format;
      } else if (!syntaxes.count(PatternSyntax::kPetrarch2)) {
        preferred = syntaxes.count(PatternSyntax::kPetrarch1) ? PatternSyntax::kPetrarch1 : PatternSyntax::kTabari;
      }
      for (DetectedFile& file : found) {
        if (in_projects.count(fs::path(file.path).lexically_normal().string())) {
          report->skipped.push_back(file.path + ": loaded through the .project that names it");
          continue;
        }
        if (file.kind == FileKind::kVerbs && syntaxes.size() > 1 && file.verbs_syntax != preferred) {
          report->skipped.push_back(file.path + ": " + PatternSyntaxName(file.verbs_syntax) + " verbs; using the " +
                                    PatternSyntaxName(preferred) + " verbs (see --verbs-format)");
          continue;
        }
        plan.push_back(std::move(file));
      }
      continue;
    }
    if (!fs::exists(path, error)) return Status::Error(path + ": no such file or directory");
    DetectedFile file = DetectFile(path);
    if (file.kind == FileKind::kVerbs && options.verbs_format && !file.tabari) file.verbs_syntax = *options.verbs_format;
    if (file.kind == FileKind::kUnknown) {
      return Status::Error(path + ": unknown dictionary format (use a recognised name or the native format)");
    }
    plan.push_back(std::move(file));
  }
  Dictionary dict;
  for (const DetectedFile& file : plan) {
    Status status = LoadDetectedFile(file, &dict, diagnostics);
    if (!status.ok()) {
      diagnostics->Error(file.path, 0, status.message());
      continue;
    }
    report->loaded.push_back(file);
  }
  return dict;
}

}  // namespace khaldun::dict
