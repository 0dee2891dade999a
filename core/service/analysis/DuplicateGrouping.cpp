#include "core/service/analysis/DuplicateGrouping.h"

#include "core/analysis/FingerprintMatcher.h"
#include "core/storage/Database.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/Transaction.h"

#include "core/common/Logging.h"

#include <algorithm>

namespace soundalike {

namespace {

constexpr std::size_t kBatch = 256; // tracks per transaction

} // namespace

int DuplicateGrouping::run()
{
    FingerprintStore store(m_db);
    const std::vector<std::int64_t> waiting = store.ungrouped();
    int copies = 0;
    for (std::size_t first = 0; first < waiting.size(); first += kBatch) {
        Transaction transaction(m_db);
        for (std::size_t i = first; i < std::min(waiting.size(), first + kBatch); ++i) {
            const std::int64_t id = waiting[i];
            const std::optional<AudioFingerprint> fingerprint = store.get(id);
            const std::vector<std::uint32_t> keys =
                fingerprint ? FingerprintMatcher::keys(*fingerprint) : std::vector<std::uint32_t>{};
            bool copy = false;
            // Too few distinct items (silence, a held tone) to tell one recording from another.
            if (int(keys.size()) == FingerprintMatcher::kKeys) {
                for (const std::int64_t other : store.candidates(
                         id, FingerprintMatcher::distinctItems(*fingerprint), kMaxTracksPerKey)) {
                    const std::optional<AudioFingerprint> candidate = store.get(other);
                    if (candidate && FingerprintMatcher::sameRecording(*fingerprint, *candidate)) {
                        store.join(id, other);
                        copy = true;
                    }
                }
            }
            store.markGrouped(id);
            copies += copy ? 1 : 0;
        }
        transaction.commit();
    }
    if (!waiting.empty())
        qCDebug(lcAnalysis, "compared %zu new fingerprints: %d are copies of another track", waiting.size(),
                copies);
    return copies;
}

} // namespace soundalike
