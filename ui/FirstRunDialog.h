#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace soundalike {

// Asked once, when the library has no folders yet: where the music is. Defaults to the XDG Music folder.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget* parent = nullptr);

    QString folder() const;
    void setFolder(const QString& folder);

private:
    void browse();
    // Scanning waits for a folder that exists: the XDG Music folder is offered even where there is none.
    void checkFolder();

    QLineEdit* m_folder;
    QLabel* m_missing;
    QDialogButtonBox* m_buttons;
};

} // namespace soundalike
