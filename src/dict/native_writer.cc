#include <cstdio>

#include "dict/native_format.h"

namespace khaldun::dict {

namespace {

void Note(const std::string& note, std::string_view indent, std::string* out) {
  if (note.empty()) return;
  *out += indent;
  *out += "note ";
  *out += note;
  *out += '\n';
}

void WriteActor(const Actor& actor, std::string* out) {
  *out += "actor " + actor.name.phrase.ToString() + "\n";
  Note(actor.name.note, "  ", out);
  if (actor.stems) *out += "  stems\n";
  for (const ActorName& synonym : actor.synonyms) {
    *out += "  alias " + synonym.phrase.ToString() + "\n";
    Note(synonym.note, "    ", out);
  }
  for (const DatedCode& code : actor.codes) {
    *out += "  code " + code.code;
    if (code.when.kind != DateRestriction::Kind::kAlways) *out += " " + code.when.ToString();
    *out += '\n';
  }
}

void WriteAgent(const Agent& agent, std::string* out) {
  *out += "agent " + agent.CodeNotation() + " " + agent.phrase.ToString() + "\n";
  Note(agent.note, "  ", out);
  if (agent.plural_rule == PluralRule::kNone) *out += "  no-plural\n";
  if (agent.plural_rule == PluralRule::kExplicit) {
    for (const Phrase& plural : agent.plurals) *out += "  plural " + plural.ToString() + "\n";
  }
}

void WriteSynset(const Synset& synset, std::string* out) {
  *out += "synset " + synset.name + " " + PatternSyntaxName(synset.syntax);
  if (synset.no_plural) *out += " no-plural";
  *out += '\n';
  for (const SynsetMember& member : synset.members) *out += "  member " + member.phrase.ToString() + "\n";
}

void WriteFamily(const VerbFamily& family, std::string* out) {
  *out += "verbs " + family.name + " [" + family.code + "] " + PatternSyntaxName(family.syntax) + "\n";
  Note(family.note, "  ", out);
  if (!family.section.empty()) *out += "  section " + family.section + "\n";
  for (const Verb& verb : family.verbs) {
    *out += "  verb " + verb.text;
    if (verb.irregular) {
      *out += " {";
      for (size_t i = 0; i < verb.forms.size(); ++i) {
        if (i > 0) *out += ' ';
        *out += verb.forms[i];
      }
      *out += '}';
    }
    if (!verb.code.empty()) *out += " [" + verb.code + "]";
    *out += '\n';
    Note(verb.note, "    ", out);
  }
  for (const VerbPattern& pattern : family.patterns) {
    *out += "  pattern [" + pattern.code.ToString() + "] " + RenderPatternBody(pattern, family.syntax) + "\n";
    Note(pattern.note, "    ", out);
  }
}

}  // namespace

std::string WriteNative(const Dictionary& dict) {
  std::string out;
  out += kNativeMagic;
  out += "\n# Khaldun dictionary: see docs/dictionary-format.md\n";
  if (!dict.options.empty()) out += "\n";
  for (const OptionLine& option : dict.options) out += "option " + option.command + ": " + option.value + "\n";
  for (const WordList& list : dict.word_lists) {
    out += "\n";
    for (const WordListEntry& entry : list.entries) {
      out += "word " + list.name + " " + entry.phrase.ToString() + "\n";
      Note(entry.note, "  ", &out);
    }
  }
  if (!dict.actors.empty()) out += "\n";
  for (const Actor& actor : dict.actors) WriteActor(actor, &out);
  if (!dict.agents.empty()) out += "\n";
  for (const Agent& agent : dict.agents) WriteAgent(agent, &out);
  if (!dict.synsets.empty()) out += "\n";
  for (const Synset& synset : dict.synsets) WriteSynset(synset, &out);
  if (!dict.verb_families.empty()) out += "\n";
  for (const VerbFamily& family : dict.verb_families) WriteFamily(family, &out);
  if (!dict.transformations.empty()) out += "\n";
  for (const Transformation& transformation : dict.transformations) {
    out += "transformation " + transformation.pattern + " = " + transformation.result + "\n";
    Note(transformation.note, "  ", &out);
  }
  if (!dict.discards.empty()) out += "\n";
  for (const Discard& discard : dict.discards) {
    out += (discard.story ? "discard-story " : "discard ") + discard.phrase.ToString() + "\n";
    Note(discard.note, "  ", &out);
  }
  if (!dict.issues.empty()) out += "\n";
  std::string category;
  for (size_t i = 0; i < dict.issues.size(); ++i) {
    const Issue& issue = dict.issues[i];
    if (i == 0 ? !issue.category.empty() : issue.category != category) {
      out += "issue-category";
      if (!issue.category.empty()) out += " " + issue.category;
      out += '\n';
      category = issue.category;
    }
    switch (issue.kind) {
      case Issue::Kind::kCode: out += "issue [" + issue.code + "] " + issue.text + "\n"; break;
      case Issue::Kind::kIgnoreSentence: out += "issue-ignore " + issue.text + "\n"; break;
      case Issue::Kind::kIgnoreStory: out += "issue-ignore-story " + issue.text + "\n"; break;
    }
    Note(issue.note, "  ", &out);
  }
  return out;
}

Status WriteNativeFile(const Dictionary& dict, const std::string& path) {
  const std::string text = WriteNative(dict);
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return Status::Error(path + ": cannot write");
  const bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const bool closed = std::fclose(file) == 0;
  if (!ok || !closed) return Status::Error(path + ": write failed");
  return Status::Ok();
}

}  // namespace khaldun::dict
