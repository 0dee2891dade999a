#pragma once

#include <QObject>

class QAbstractItemView;

namespace soundalike {

// Shows the current row's tooltip when the keyboard moves to the row, where a mouse user would hover over it:
// a playlist song's why-sentence was out of reach without a mouse.
class KeyboardTooltip : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardTooltip(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showForCurrentRow();

    QAbstractItemView* m_view;
};

} // namespace soundalike
