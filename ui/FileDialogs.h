#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace soundalike {

// Every file dialog of the window. None reads a listed file's contents: Qt's dialog guesses a file's type
// from its first bytes, in a thread of this process, and closing that file drops every POSIX lock the process
// holds on it. Listing the folder of the library's database then released SQLite's locks, and the next
// `soundalike-cli` to close the database deleted the write-ahead log the window was still writing to (SQLite,
// "How To Corrupt An SQLite Database File", 2.2). Types and icons come from the name alone. A platform's own
// dialog (GTK's, in this process) guesses the same way, so the dialog is always Qt's.
class FileDialogs
{
public:
    static void neverReadContents(QFileDialog& dialog);

    [[nodiscard]] static QString existingFolder(QWidget* parent, const QString& title,
                                                const QString& folder = QString());
    [[nodiscard]] static QString openFile(QWidget* parent, const QString& title, const QString& filter,
                                          const QString& folder = {});
    [[nodiscard]] static QStringList openFiles(QWidget* parent, const QString& title, const QString& filter);
    // A name to offer for a file from a title ("Мой микс: лучшее?"), that any disk takes: none of what FAT,
    // exFAT and NTFS refuse (a phone's or a car's memory stick), no path separator, no dot or blank at the
    // end.
    [[nodiscard]] static QString portableFileName(QString title);
};

} // namespace soundalike
