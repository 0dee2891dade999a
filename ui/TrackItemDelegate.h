#pragma once

#include <QStyledItemDelegate>

namespace soundalike {

// Two-line rows with a cover: the title above, a second line (the artist) below in a quieter colour.
class TrackItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TrackItemDelegate(int secondLineRole, int coverEdge, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_secondLineRole;
    int m_coverEdge;
};

} // namespace soundalike
