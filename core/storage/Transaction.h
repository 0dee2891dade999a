#pragma once

namespace soundalike {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace soundalike
