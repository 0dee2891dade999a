#include "ui/StateAutosave.h"

#include "core/service/Settings.h"

namespace soundalike {

StateAutosave::StateAutosave(QString settingsFile, Capture capture, QObject* parent)
    : QObject(parent), m_file(std::move(settingsFile)), m_capture(std::move(capture))
{
    // One thread: the writes land in the order they were taken.
    m_writer.setMaxThreadCount(1);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &StateAutosave::save);
    m_playing.setInterval(kPlayingMs);
    connect(&m_playing, &QTimer::timeout, this, &StateAutosave::save);
}

StateAutosave::~StateAutosave()
{
    finish();
}

void StateAutosave::changed()
{
    if (!m_finished)
        m_settle.start();
}

void StateAutosave::setPlaying(bool playing)
{
    if (playing && !m_finished)
        m_playing.start();
    else
        m_playing.stop();
}

void StateAutosave::finish()
{
    m_finished = true;
    m_settle.stop();
    m_playing.stop();
    m_writer.waitForDone();
}

void StateAutosave::save()
{
    if (m_finished)
        return;
    // Another Settings on the same file: QSettings keeps two of them (like two processes) consistent, and
    // the window's own writes only the keys it sets.
    m_writer.start([this, file = m_file, write = m_capture()] {
        Settings settings(file);
        write(settings);
        settings.sync();
        QMetaObject::invokeMethod(this, &StateAutosave::written, Qt::QueuedConnection);
    });
}

} // namespace soundalike
