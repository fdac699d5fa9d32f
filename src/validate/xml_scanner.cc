#include "validate/xml_scanner.h"

#include <algorithm>
#include <cstdint>

namespace khaldun::validate {
namespace {

bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':'; }
// '.' is left out on purpose: prose such as "<EventCoding...>" is not a name.
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

const std::string* XmlTag::Find(std::string_view attribute) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute) return &value;
  }
  return nullptr;
}

std::string DecodeXmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    const size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += text[i++];
      continue;
    }
    std::string_view name = text.substr(i + 1, semi - i - 1);
    if (name == "amp") {
      out += '&';
    } else if (name == "lt") {
      out += '<';
    } else if (name == "gt") {
      out += '>';
    } else if (name == "quot") {
      out += '"';
    } else if (name == "apos") {
      out += '\'';
    } else if (name.size() > 1 && name[0] == '#') {
      uint32_t cp = 0;
      bool hex = name[1] == 'x' || name[1] == 'X';
      bool valid = name.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; k < name.size() && valid; ++k) {
        char c = name[k];
        int digit = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
        if (digit < 0 || cp > 0x10FFFF) valid = false;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      }
      if (!valid || cp == 0 || cp > 0x10FFFF) {
        out += text.substr(i, semi - i + 1);
      } else {
        AppendUtf8(cp, &out);
      }
    } else {
      out += text.substr(i, semi - i + 1);
    }
    i = semi + 1;
  }
  return out;
}

void XmlScanner::Advance(size_t to) {
  to = std::min(to, text_.size());
  line_ += static_cast<uint64_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                            text_.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
  pos_ = to;
}

void XmlScanner::SkipComment() {
  // Balanced reading first: "<!--" nests, "-->" closes one level.
  size_t scan = pos_ + 4;
  int depth = 1;
  while (depth > 0) {
    size_t open = text_.find("<!--", scan);
    size_t close = text_.find("-->", scan);
    if (close == std::string_view::npos) break;
    if (open != std::string_view::npos && open < close) {
      ++depth;
      scan = open + 4;
    } else {
      --depth;
      scan = close + 3;
    }
  }
  if (depth == 0) {
    Advance(scan);
    return;
  }
  // Unbalanced: an ordinary comment, ending at its first "-->" (or the end).
  size_t close = text_.find("-->", pos_ + 4);
  Advance(close == std::string_view::npos ? text_.size() : close + 3);
}

bool XmlScanner::Next(XmlTag* tag) {
  while (true) {
    size_t lt = text_.find('<', pos_);
    if (lt == std::string_view::npos) {
      Advance(text_.size());
      return false;
    }
    Advance(lt);
    std::string_view rest = text_.substr(pos_);
    if (rest.substr(0, 4) == "<!--") {
      SkipComment();
      continue;
    }
    if (rest.size() > 1 && (rest[1] == '?' || rest[1] == '!')) {
      size_t gt = text_.find('>', pos_);
      Advance(gt == std::string_view::npos ? text_.size() : gt + 1);
      continue;
    }
    size_t i = pos_ + 1;
    bool closing = false;
    if (i < text_.size() && text_[i] == '/') {
      closing = true;
      ++i;
    }
    if (i >= text_.size() || !IsNameStart(text_[i])) {
      Advance(pos_ + 1);  // a stray '<' in prose
      continue;
    }
    *tag = XmlTag();
    tag->line = line_;
    tag->closing = closing;
    size_t name_end = i;
    while (name_end < text_.size() && IsNameChar(text_[name_end])) ++name_end;
    tag->name = std::string(text_.substr(i, name_end - i));
    i = name_end;
    // Attributes, up to the closing '>' (quotes may hide '>').
    while (i < text_.size() && text_[i] != '>') {
      char c = text_[i];
      if (IsSpace(c)) {
        ++i;
        continue;
      }
      if (c == '/' && i + 1 < text_.size() && text_[i + 1] == '>') {
        tag->self_closing = true;
        ++i;
        continue;
      }
      if (!IsNameStart(c)) {
        ++i;  // junk ("<EventCoding...>"): skip it
        continue;
      }
      size_t key_end = i;
      while (key_end < text_.size() && IsNameChar(text_[key_end])) ++key_end;
      std::string key(text_.substr(i, key_end - i));
      i = key_end;
      while (i < text_.size() && IsSpace(text_[i])) ++i;
      std::string value;
      if (i < text_.size() && text_[i] == '=') {
        ++i;
        while (i < text_.size() && IsSpace(text_[i])) ++i;
        if (i < text_.size() && (text_[i] == '"' || text_[i] == '\'')) {
          char quote = text_[i];
          size_t end = text_.find(quote, i + 1);
          if (end == std::string_view::npos) end = text_.size();
          value = DecodeXmlEntities(text_.substr(i + 1, end - i - 1));
          i = std::min(end + 1, text_.size());
        } else {
          size_t end = i;
          while (end < text_.size() && !IsSpace(text_[end]) && text_[end] != '>' &&
                 !(text_[end] == '/' && end + 1 < text_.size() && text_[end + 1] == '>')) {
            ++end;
          }
          value = DecodeXmlEntities(text_.substr(i, end - i));
          i = end;
        }
      }
      tag->attributes.emplace_back(std::move(key), std::move(value));
    }
    Advance(i < text_.size() ? i + 1 : text_.size());
    return true;
  }
}

std::string XmlScanner::ReadUntil(std::string_view end_tag, std::string_view give_up_at) {
  size_t end = text_.find(end_tag, pos_);
  if (!give_up_at.empty()) {
    size_t stop = text_.find(give_up_at, pos_);
    if (stop != std::string_view::npos && (end == std::string_view::npos || stop < end)) {
      std::string content = DecodeXmlEntities(text_.substr(pos_, stop - pos_));
      Advance(stop);
      return content;
    }
  }
  if (end == std::string_view::npos) {
    std::string content = DecodeXmlEntities(text_.substr(pos_));
    Advance(text_.size());
    return content;
  }
  std::string content = DecodeXmlEntities(text_.substr(pos_, end - pos_));
  Advance(end + end_tag.size());
  return content;
}

}  // namespace khaldun::validate
