#include "ui/RoomyRowDelegate.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace soundalike {

QSize RoomyRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The width as the cell is; the height as if it had an icon.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.features |= QStyleOptionViewItem::HasDecoration;
    item.decorationSize = option.decorationSize;
    const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    const int height = style->sizeFromContents(QStyle::CT_ItemViewItem, &item, QSize(), item.widget).height();
    return {QStyledItemDelegate::sizeHint(option, index).width(),
            std::max(height, option.fontMetrics.height()) + kExtraHeight};
}

} // namespace soundalike
