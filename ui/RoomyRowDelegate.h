#pragma once

#include <QStyledItemDelegate>

namespace soundalike {

// Rows a little taller than the style's minimum: lists of songs read more easily with air between rows. Every
// row is as tall as one with an icon, so that the playing row's ▶ does not make rows taller: a view of
// uniform rows takes its first row's height for all, and rows jumped by 4 pixels as the first song played.
class RoomyRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static constexpr int kExtraHeight = 8;
};

} // namespace soundalike
