#include "cli/input_options.h"

#include <cstdlib>

namespace khaldun::cli {

const char kInputFlagsHelp[] =
    "  FILE...                files, directories (read recursively) or - for stdin;\n"
    "                         .jsonl/.ndjson = one JSON document a line, .html = a web page,\n"
    "                         anything else is sniffed (JSON, HTML, else plain text)\n"
    "  --input-format F       force the input format: plain, jsonl or html\n"
    "  --max-doc-mb N         skip documents larger than N MB (default 16)\n";

bool ConsumeInputArg(const Args& args, size_t* i, InputOptions* options, std::string* error) {
  const std::string& arg = args[*i];
  auto value = [&]() -> const std::string* {
    if (*i + 1 >= args.size()) {
      *error = arg + " needs a value";
      return nullptr;
    }
    return &args[++*i];
  };
  if (arg == "--input-format") {
    const std::string* format = value();
    if (format == nullptr) return true;
    if (*format == "plain" || *format == "text") options->reader.format = DocumentFormat::kPlain;
    else if (*format == "jsonl") options->reader.format = DocumentFormat::kJsonl;
    else if (*format == "html") options->reader.format = DocumentFormat::kHtml;
    else *error = "unknown input format '" + *format + "' (want plain, jsonl or html)";
    return true;
  }
  if (arg == "--max-doc-mb") {
    const std::string* megabytes = value();
    if (megabytes == nullptr) return true;
    char* end = nullptr;
    double mb = std::strtod(megabytes->c_str(), &end);
    if (end == megabytes->c_str() || *end != '\0' || mb <= 0) {
      *error = "--max-doc-mb wants a positive number, not '" + *megabytes + "'";
    } else {
      options->reader.max_document_bytes = static_cast<size_t>(mb * (1 << 20));
    }
    return true;
  }
  if (arg == "-" || arg.empty() || arg[0] != '-') {
    options->paths.push_back(arg);
    return true;
  }
  return false;
}

}  // namespace khaldun::cli
