#include "store/event_store.h"

#include "store/content_hash.h"
#include "store/sqlite_store.h"
#ifdef KHALDUN_HAVE_POSTGRES
#include "store/postgres_store.h"
#endif

namespace khaldun::store {

std::string DocumentKey(const Document& document) {
  return document.id.empty() ? DocumentKey(document, ContentHash(document.text)) : document.id;
}

std::string DocumentKey(const Document& document, std::string_view content_hash) {
  return document.id.empty() ? "sha256:" + std::string(content_hash) : document.id;
}

bool IsPostgresTarget(const std::string& target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://") ||
         target.find("dbname=") != std::string::npos || target.starts_with("host=");
}

Result<std::unique_ptr<EventStore>> OpenEventStore(const std::string& target, const dict::EventCodeTable* codes) {
  if (!IsPostgresTarget(target)) return OpenSqliteStore(target, codes);
#ifdef KHALDUN_HAVE_POSTGRES
  return OpenPostgresStore(target, codes);
#else
  return Status::Error("this khaldun was built without PostgreSQL support (libpq-dev was missing at configure time)");
#endif
}

}  // namespace khaldun::store
