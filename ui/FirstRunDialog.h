#pragma once

#include <QDialog>

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

    QLineEdit* m_folder;
};

} // namespace soundalike
