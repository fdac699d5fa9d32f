// ContentHash: the fingerprint under which a document's text is stored, so
// a document without an id is still recognised when it is coded again.
#ifndef KHALDUN_STORE_CONTENT_HASH_H_
#define KHALDUN_STORE_CONTENT_HASH_H_

#include <string>
#include <string_view>

namespace khaldun::store {

// The SHA-256 of `text` as 64 lower-case hex digits.
std::string ContentHash(std::string_view text);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_CONTENT_HASH_H_
