#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

namespace soundalike {

Transaction::Transaction(Database& db) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy database waits here rather than failing mid-batch.
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // The connection is already in error; SQLite rolls back on its own when it closes.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace soundalike
