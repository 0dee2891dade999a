#pragma once

#include "core/common/FilePath.h"
#include "core/common/Track.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

class QMenu;

namespace soundalike {

// "Show in File Manager": the desktop's file manager opens the songs' folders with the songs selected
// (org.freedesktop.FileManager1.ShowItems, which Nautilus, Dolphin, Nemo, Caja and Thunar answer); where none
// answers on the session bus, each folder is opened as the desktop opens folders (QDesktopServices). Both go
// by file:// URLs that keep a name's raw bytes (fileUrl). Asynchronous: the GUI thread waits neither for the
// bus nor for the file manager.
class FileManagerLink
{
    Q_DECLARE_TR_FUNCTIONS(FileManagerLink)

public:
    // The files of at most this many folders are shown: a whole album selected is one, a whole artist may be
    // dozens.
    static constexpr int kMaxFolders = 5;

    static void show(const std::vector<FilePath>& files);
    // "Show in File Manager" at the end of a context menu, for the songs `chosen` gives when it is triggered.
    static void addMenuAction(QMenu& menu, std::function<std::vector<Track>()> chosen);

private:
    static void openFolders(const std::vector<FilePath>& files);
};

} // namespace soundalike
