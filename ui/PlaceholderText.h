#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QFont;
class QSize;

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

    // The hint's lines, word-wrapped to the area's width: as many as its height holds, the last one ending in
    // "…" when some did not fit, so a short pane shows whole lines rather than slices of them.
    [[nodiscard]] static QStringList fittingLines(const QString& text, const QFont& font, QSize area);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    QString m_text;
    bool m_painting = false;
};

} // namespace soundalike
