// A write transaction that rolls back in its destructor unless committed (not copyable).
#pragma once

#include "connection.hpp"

namespace survey::sqlite {

class Transaction {
public:
    // BEGIN IMMEDIATE: take the write lock now, so a busy database fails here, not mid-way.
    explicit Transaction(Connection& connection);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    // Throws StoreError if already committed or if COMMIT fails (then the destructor rolls back).
    void commit();

private:
    Connection* connection_;
    bool done_ = false;
};

}  // namespace survey::sqlite
