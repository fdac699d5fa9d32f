#include "dict/petrarch1_loader.h"
#include "dict/petrarch2_loader.h"
#include "dict/petrarch_verbs.h"

namespace khaldun::dict {

namespace {

Status LoadVerbs(const std::string& path, PatternSyntax syntax, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  LoadPetrarchVerbs(file.value(), syntax, dict, diagnostics);
  return Status::Ok();
}

// Value of attribute `name` in a tag line such as <ISSUE CATEGORY="EDUCATION">.
std::string Attribute(std::string_view tag, std::string_view name) {
  std::string key = std::string(name) + "=\"";
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  size_t start = at + key.size();
  size_t end = tag.find('"', start);
  return std::string(tag.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

}  // namespace

Status LoadPetrarch1Verbs(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  return LoadVerbs(path, PatternSyntax::kPetrarch1, dict, diagnostics);
}

Status LoadPetrarch2Verbs(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  return LoadVerbs(path, PatternSyntax::kPetrarch2, dict, diagnostics);
}

void LoadDiscards(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  const uint32_t file_index = dict->AddFile(file.path());
  for (const SourceLine& line : file.Lines(true)) {
    std::string note;
    std::string_view content = Trim(StripComment(line.text, "#", &note));
    if (content.empty()) continue;
    Discard discard;
    if (content[0] == '+') {
      discard.story = true;
      content = Trim(content.substr(1));
    }
    discard.phrase = ParsePhrase(content);
    if (discard.phrase.empty()) {
      diagnostics->Error(file.path(), line.number, "empty discard phrase; skipped");
      continue;
    }
    discard.note = std::move(note);
    discard.where = SourceRef{file_index, line.number};
    dict->discards.push_back(std::move(discard));
  }
}

Status LoadDiscardFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  LoadDiscards(file.value(), dict, diagnostics);
  return Status::Ok();
}

void LoadIssues(const SourceFile& file, Dictionary* dict, Diagnostics* diagnostics) {
  const uint32_t file_index = dict->AddFile(file.path());
  std::string category;
  for (const SourceLine& line : file.Lines(true)) {
    std::string note;
    std::string_view content = Trim(StripComment(line.text, "#", &note));
    if (content.empty()) continue;
    if (content.substr(0, 6) == "<ISSUE") {
      category = Attribute(content, "CATEGORY");
      continue;
    }
    if (content.substr(0, 7) == "</ISSUE") {
      category.clear();
      continue;
    }
    Issue issue;
    issue.category = category;
    issue.note = std::move(note);
    issue.where = SourceRef{file_index, line.number};
    if (content.substr(0, 2) == "~~") {
      issue.kind = Issue::Kind::kIgnoreStory;
      issue.text = UpperAscii(Trim(content.substr(2)));
    } else if (content[0] == '~') {
      issue.kind = Issue::Kind::kIgnoreSentence;
      issue.text = UpperAscii(Trim(content.substr(1)));
    } else {
      size_t open = content.find('[');
      size_t close = open == std::string_view::npos ? open : content.find(']', open);
      if (close == std::string_view::npos) {
        diagnostics->Error(file.path(), line.number, "issue '" + std::string(content) + "' has no [CODE]; skipped");
        continue;
      }
      issue.code = std::string(Trim(content.substr(open + 1, close - open - 1)));
      issue.text = UpperAscii(Trim(content.substr(0, open)));
      if (issue.code.empty() || issue.code.find_first_of(" \t") != std::string::npos) {
        diagnostics->Error(file.path(), line.number, "issue code '" + issue.code + "' is not one code; skipped");
        continue;
      }
    }
    issue.forms = ExpandIssueText(issue.text);
    if (issue.forms.empty()) {
      diagnostics->Error(file.path(), line.number, "empty issue phrase; skipped");
      continue;
    }
    dict->issues.push_back(std::move(issue));
  }
}

Status LoadIssueFile(const std::string& path, Dictionary* dict, Diagnostics* diagnostics) {
  Result<SourceFile> file = SourceFile::Read(path);
  if (!file.ok()) return file.status();
  LoadIssues(file.value(), dict, diagnostics);
  return Status::Ok();
}

}  // namespace khaldun::dict
