#include "ui/TrackItemDelegate.h"

#include "ui/CoverPlaceholder.h"

#include <QApplication>
#include <QPainter>

namespace soundalike {

namespace {

constexpr int kPadding = 4;
constexpr int kGap = 8;

} // namespace

TrackItemDelegate::TrackItemDelegate(int secondLineRole, int coverEdge, QObject* parent)
    : QStyledItemDelegate(parent), m_secondLineRole(secondLineRole), m_coverEdge(coverEdge)
{}

void TrackItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style paints selection and focus; the content is ours.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QRect coverRect(area.left(), area.top() + (area.height() - m_coverEdge) / 2, m_coverEdge,
                          m_coverEdge);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QPixmap>() && !decoration.value<QPixmap>().isNull()) {
        const QPixmap cover = decoration.value<QPixmap>();
        painter->drawPixmap(coverRect, cover);
    } else {
        paintCoverPlaceholder(*painter, coverRect, option.palette, 3);
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QRect text = area.adjusted(m_coverEdge + kGap, 0, 0, 0);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics lineMetrics(option.font);
    const int top = text.top() + (text.height() - titleMetrics.height() - lineMetrics.height()) / 2;
    painter->setFont(titleFont);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        QRect(text.left(), top, text.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(
        QRect(text.left(), top + titleMetrics.height(), text.width(), lineMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        lineMetrics.elidedText(index.data(m_secondLineRole).toString(), Qt::ElideRight, text.width()));
    painter->restore();
}

QSize TrackItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int textHeight = QFontMetrics(titleFont).height() + option.fontMetrics.height();
    return {200, std::max(m_coverEdge, textHeight) + 2 * kPadding};
}

} // namespace soundalike
