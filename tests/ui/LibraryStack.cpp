#include "tests/ui/LibraryStack.h"

#include <QSignalSpy>

namespace soundalike::test {

bool LibraryStack::open()
{
    QSignalSpy opened(&m_library, &Library::opened);
    m_library.open();
    return opened.wait();
}

} // namespace soundalike::test
