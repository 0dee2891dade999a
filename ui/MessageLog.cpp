#include "ui/MessageLog.h"

namespace soundalike {

void MessageLog::add(const QString& text)
{
    if (text.isEmpty())
        return;
    if (!m_entries.empty() && m_entries.back().text == text)
        m_entries.pop_back();
    m_entries.push_back({QDateTime::currentDateTime(), text});
    if (m_entries.size() > kKept)
        m_entries.pop_front();
    emit changed();
}

} // namespace soundalike
