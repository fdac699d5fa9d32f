// khaldun code: documents in, CAMEO events out.
#include <algorithm>
#include <atomic>
#include <ctime>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/input_options.h"
#include "cli/progress.h"
#include "code/coder.h"
#include "ingest/document_reader.h"
#include "out/event_writer.h"
#include "store/background_writer.h"
#include "store/event_store.h"

namespace khaldun::cli {
namespace {

constexpr char kUsage[] =
    "usage: khaldun code [OPTIONS] FILE...\n"
    "\n"
    "Codes every sentence of the documents into CAMEO events and writes one event\n"
    "a line: document, sentence number, date, source, target, code, code name.\n"
    "\n"
    "  --format F             tsv (default), jsonl (every field, with provenance), csv,\n"
    "                         gdelt (GDELT 2.0 event export) or plover (docs/output-formats.md)\n"
    "  --date YYYY-MM-DD      date for documents without one (metadata and dateline first)\n"
    "  --threads N            code with N threads (default 1); output order is kept\n"
    "  --no-header            no TSV/CSV header line\n"
    "  --db PATH|URL          also store documents and events (replacing earlier codings of the\n"
    "                         same documents): a SQLite file, or postgresql://... (docs/storage.md)\n"
    "  --quiet                no events on stdout (use with --db)\n";

// Documents coded together between two writes: bounds memory, keeps order.
constexpr size_t kBatchPerThread = 64;
// Coded batches waiting for the database writer before coding waits for it.
constexpr size_t kQueuedStoreBatches = 4;
// Store failures shown one by one; past this only their number, at the end.
constexpr uint64_t kShownStoreFailures = 20;

}  // namespace

std::string EventCodesPath() { return DefaultDictionaryDir() + "/cameo/event-codes.tsv"; }

int RunCode(const Args& args) {
  InputOptions input;
  DictionaryOptions dictionaries;
  CoderOptions coder_options;
  out::EventFormat format = out::EventFormat::kTsv;
  int threads = 1;
  bool header = true;
  std::string db_target;
  bool quiet = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string error;
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("%s%s%s", kUsage, kDictionaryFlagsHelp, kInputFlagsHelp);
      return 0;
    } else if ((arg == "--format" || arg == "--date" || arg == "--threads") && i + 1 < args.size()) {
      const std::string& value = args[++i];
      if (arg == "--format") {
        std::optional<out::EventFormat> parsed = out::ParseEventFormat(value);
        if (parsed) format = *parsed;
        else error = "unknown --format '" + value + "' (want " + std::string(out::EventFormatNames()) + ")";
      } else if (arg == "--date") {
        coder_options.default_date = ParseDate(value);
        if (!coder_options.default_date) error = "--date wants YYYY-MM-DD, not '" + value + "'";
      } else {
        threads = std::atoi(value.c_str());
        if (threads < 1 || threads > 256) error = "--threads wants a number from 1 to 256";
      }
    } else if (arg == "--db" && i + 1 < args.size()) {
      db_target = args[++i];
    } else if (arg == "--quiet") {
      quiet = true;
    } else if (arg == "--no-header") {
      header = false;
    } else if (ConsumeDictionaryArg(args, &i, &dictionaries, &error) || ConsumeInputArg(args, &i, &input, &error)) {
      // handled
    } else {
      std::fprintf(stderr, "khaldun code: unknown option '%s'\n\n%s", arg.c_str(), kUsage);
      return 2;
    }
    if (!error.empty()) {
      std::fprintf(stderr, "khaldun code: %s\n", error.c_str());
      return 2;
    }
  }
  if (input.paths.empty()) {
    std::fprintf(stderr, "%s", kUsage);
    return 2;
  }
  Result<dict::Dictionary> dictionary = LoadDictionariesForCli(dictionaries, "code");
  if (!dictionary.ok()) {
    std::fprintf(stderr, "khaldun code: %s\n", dictionary.status().message().c_str());
    return 2;
  }
  // (TSV, CSV and GDELT write no provenance: the coder spares its strings.)
  coder_options.provenance = format == out::EventFormat::kJsonl || format == out::EventFormat::kPlover ||
                             !db_target.empty();
  Result<Coder> coder = Coder::Create(std::move(dictionary).value(), coder_options);
  if (!coder.ok()) {
    std::fprintf(stderr, "khaldun code: %s\n", coder.status().message().c_str());
    return 2;
  }
  Diagnostics quiet_codes;
  Result<dict::EventCodeTable> codes = dict::EventCodeTable::Load(EventCodesPath(), &quiet_codes);
  std::unique_ptr<store::EventStore> store;
  if (!db_target.empty()) {
    auto opened = store::OpenEventStore(db_target, codes.ok() ? &codes.value() : nullptr);
    if (!opened.ok()) {
      std::fprintf(stderr, "khaldun code: %s\n", opened.status().message().c_str());
      return 2;
    }
    store = std::move(opened).value();
  }
  out::WriterOptions writer_options;
  writer_options.codes = codes.ok() ? &codes.value() : nullptr;
  writer_options.header = header;
  writer_options.date_added = out::UtcTimestamp(std::time(nullptr));
  std::unique_ptr<out::EventWriter> writer = out::MakeEventWriter(format, writer_options, stdout);
  if (!quiet) writer->Begin();

  uint64_t total_bytes = 0;
  for (const std::string& path : input.paths) total_bytes += DocumentReader::InputBytes(path);
  Progress progress(total_bytes, true);
  Diagnostics diagnostics([](const Diagnostic& d) { std::fprintf(stderr, "%s\n", d.ToString().c_str()); });
  DocumentReader reader(input.reader, &diagnostics);
  Counts counts;
  std::vector<CoderWorkspace> workspaces(static_cast<size_t>(threads));
  std::vector<Document> batch;
  std::vector<std::vector<Event>> batch_events;
  std::vector<uint32_t> batch_sentences;
  // Stores documents on a thread of its own while the next batch is coded;
  // each batch is one transaction, and a document that fails does not stop
  // the others (docs/storage.md).
  std::unique_ptr<store::BackgroundWriter> store_writer;
  if (store != nullptr) store_writer = std::make_unique<store::BackgroundWriter>(*store, kQueuedStoreBatches);
  uint64_t store_failures_shown = 0;
  auto report_store_failures = [&]() {
    for (const Status& failure : store_writer->TakeFailures()) {
      if (store_failures_shown++ < kShownStoreFailures) {
        std::fprintf(stderr, "khaldun code: not stored: %s\n", failure.message().c_str());
      }
    }
  };

  auto flush = [&]() {
    batch_events.assign(batch.size(), {});
    batch_sentences.assign(batch.size(), 0);
    std::atomic<size_t> next{0};
    auto work = [&](size_t worker) {
      for (size_t d = next++; d < batch.size(); d = next++) {
        batch_sentences[d] = coder.value().CodeDocument(batch[d], &workspaces[worker], &batch_events[d]);
      }
    };
    if (threads == 1 || batch.size() == 1) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      for (int t = 1; t < threads; ++t) pool.emplace_back(work, static_cast<size_t>(t));
      work(0);
      for (std::thread& thread : pool) thread.join();
    }
    for (size_t d = 0; d < batch.size(); ++d) {
      counts.sentences += batch_sentences[d];
      counts.events += batch_events[d].size();
      if (!quiet) for (const Event& event : batch_events[d]) writer->Write(event);
    }
    counts.documents += batch.size();
    if (store_writer != nullptr) {
      store_writer->Submit({std::move(batch), std::move(batch_events), std::move(batch_sentences)});
      report_store_failures();
    }
    batch.clear();
    progress.Update(counts, reader.stats().bytes);
  };
  for (const std::string& path : input.paths) {
    reader.Read(path, [&](Document& document) {
      batch.push_back(std::move(document));
      if (batch.size() >= kBatchPerThread * static_cast<size_t>(threads)) flush();
    });
  }
  if (!batch.empty()) flush();
  uint64_t not_stored = 0;
  if (store_writer != nullptr) {
    store_writer->Finish();  // the run's time includes storing
    report_store_failures();
    not_stored = store_writer->failed();
    if (not_stored > 0) {
      std::fprintf(stderr, "khaldun code: %s of %s documents were not stored (the first %s named above)\n",
                   WithCommas(not_stored).c_str(), WithCommas(counts.documents).c_str(),
                   WithCommas(std::min(not_stored, kShownStoreFailures)).c_str());
    }
  }
  counts.skipped = reader.stats().skipped;
  if (!quiet) writer->End();
  std::fflush(stdout);
  progress.Finish(counts, "coded", true);
  if (not_stored > 0) return 2;  // every document stored is complete; the others can be coded again
  return counts.skipped > 0 ? 1 : 0;
}

}  // namespace khaldun::cli
