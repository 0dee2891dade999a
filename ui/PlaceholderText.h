#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace soundalike {

// Paints a hint in the middle of an item view while its model has no rows ("Drop songs here…"), so an
// empty pane says what it is for.
class PlaceholderText : public QObject
{
    Q_OBJECT

public:
    PlaceholderText(QAbstractItemView* view, QString text);

    void setText(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    QString m_text;
    bool m_painting = false;
};

} // namespace soundalike
