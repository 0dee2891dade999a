#include "ui/ColumnLayout.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>

namespace soundalike {

ColumnLayout::ColumnLayout(QHeaderView* header, std::vector<Share> shares, std::vector<int> fitted)
    : QObject(header), m_header(header), m_shares(std::move(shares)), m_fitted(std::move(fitted))
{
    m_header->setStretchLastSection(false);
    m_header->setTextElideMode(Qt::ElideRight);
    for (const Share& share : m_shares)
        m_header->setSectionResizeMode(share.column, QHeaderView::Interactive);
    for (const int column : m_fitted)
        m_header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A fitted column grows with what it shows (a longer time): the others make room, once Qt is done.
    connect(m_header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_applying)
            return;
        if (std::find(m_fitted.begin(), m_fitted.end(), column) != m_fitted.end())
            QMetaObject::invokeMethod(this, &ColumnLayout::apply, Qt::QueuedConnection);
        else
            m_userSized = true;
    });
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, &ColumnLayout::showMenu);
    // The view's viewport, not the view: a scroll bar appearing narrows the one, not the other.
    if (auto* view = qobject_cast<QAbstractItemView*>(m_header->parentWidget()))
        view->viewport()->installEventFilter(this);
}

bool ColumnLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

void ColumnLayout::apply()
{
    if (m_userSized)
        return;
    auto* view = qobject_cast<QAbstractItemView*>(m_header->parentWidget());
    int room = view ? view->viewport()->width() : m_header->width();
    for (const int column : m_fitted) {
        if (!m_header->isSectionHidden(column))
            room -= m_header->sectionSize(column);
    }
    int weights = 0;
    for (const Share& share : m_shares)
        weights += m_header->isSectionHidden(share.column) ? 0 : share.weight;
    if (weights == 0 || room <= 0)
        return;
    m_applying = true;
    int left = room;
    int weightLeft = weights;
    for (const Share& share : m_shares) {
        if (m_header->isSectionHidden(share.column))
            continue;
        weightLeft -= share.weight;
        // The last text column takes what rounding left, so the columns end at the edge exactly.
        const int width = weightLeft == 0 ? left : room * share.weight / weights;
        m_header->resizeSection(share.column, std::max(24, width));
        left -= width;
    }
    m_applying = false;
}

void ColumnLayout::showMenu(const QPoint& pos)
{
    QMenu menu(m_header);
    QAbstractItemModel* model = m_header->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action =
            menu.addAction(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        // The first text column (the title) always shows: a list of nothing is no list.
        action->setEnabled(m_shares.empty() || column != m_shares.front().column);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            apply();
        });
    }
    menu.exec(m_header->mapToGlobal(pos));
}

} // namespace soundalike
