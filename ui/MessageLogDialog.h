#pragma once

#include <QDialog>

class QListWidget;

namespace soundalike {

class MessageLog;

// Help ▸ Recent Messages: what the status bar said this session, newest first, each whole and with its time,
// following new ones while open. Not modal: a listener keeps it beside the window. Ctrl+C copies the rows
// selected, for a bug report.
class MessageLogDialog : public QDialog
{
    Q_OBJECT

public:
    MessageLogDialog(const MessageLog& log, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();
    void copySelection() const;

    const MessageLog& m_log;
    QListWidget* m_list;
};

} // namespace soundalike
