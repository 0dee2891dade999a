#include "ui/mpris/MprisRootAdaptor.h"

#include "core/common/AudioFileNames.h"
#include "core/common/DesktopId.h"
#include "ui/mpris/MprisService.h"

namespace soundalike {

MprisRootAdaptor::MprisRootAdaptor(MprisService& service) : QDBusAbstractAdaptor(&service), m_service(service)
{}

QString MprisRootAdaptor::identity() const
{
    return QStringLiteral("Soundalike");
}

QString MprisRootAdaptor::desktopEntry() const
{
    return desktopId();
}

QStringList MprisRootAdaptor::supportedMimeTypes() const
{
    // The same list as the desktop entry's MimeType: the audio formats, then the playlists it opens.
    return AudioFileNames::mimeTypes() +
           QStringList{QStringLiteral("audio/x-mpegurl"), QStringLiteral("audio/mpegurl")};
}

QStringList MprisRootAdaptor::supportedUriSchemes() const
{
    return {QStringLiteral("file")};
}

void MprisRootAdaptor::Raise()
{
    emit m_service.raiseRequested();
}

void MprisRootAdaptor::Quit()
{
    emit m_service.quitRequested();
}

} // namespace soundalike
