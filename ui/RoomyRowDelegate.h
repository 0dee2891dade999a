#pragma once

#include <QStyledItemDelegate>

namespace soundalike {

// Rows a little taller than the style's minimum: lists of songs read more easily with air between rows.
class RoomyRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), std::max(size.height(), option.fontMetrics.height()) + kExtraHeight};
    }

private:
    static constexpr int kExtraHeight = 8;
};

} // namespace soundalike
