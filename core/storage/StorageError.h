#pragma once

#include <stdexcept>
#include <string>

namespace soundalike {

// Thrown for anything the store cannot do; what() is a one-line message fit for a user.
class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace soundalike
