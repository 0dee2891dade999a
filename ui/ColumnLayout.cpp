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
    if (room <= 0)
        return;
    std::vector<int> widths = shares(room, true);
    // In a table too narrow for every header, the title stays the widest text column and headers are cut.
    const auto title = std::max_element(m_shares.begin(), m_shares.end(),
                                        [](const Share& a, const Share& b) { return a.weight < b.weight; }) -
                       m_shares.begin();
    if (std::any_of(widths.begin(), widths.end(), [&](int w) { return w > widths[std::size_t(title)]; }))
        widths = shares(room, false);
    m_applying = true;
    for (std::size_t i = 0; i < m_shares.size(); ++i) {
        if (!m_header->isSectionHidden(m_shares[i].column))
            m_header->resizeSection(m_shares[i].column, std::max(24, widths[i]));
    }
    m_applying = false;
}

std::vector<int> ColumnLayout::shares(int room, bool fitHeaders) const
{
    // Each text column's share, but with `fitHeaders` never narrower than its header's text ("Исполнитель"
    // cut to "Испол…" says nothing): a column held at that width leaves the rest to the others, by weight.
    std::vector<int> widths(m_shares.size(), 0);
    std::vector<bool> held(m_shares.size(), false);
    for (bool again = true; again;) {
        again = false;
        int free = room, weights = 0;
        for (std::size_t i = 0; i < m_shares.size(); ++i) {
            if (m_header->isSectionHidden(m_shares[i].column))
                continue;
            if (held[i])
                free -= widths[i];
            else
                weights += m_shares[i].weight;
        }
        if (weights == 0)
            break;
        free = std::max(0, free);
        int left = free, weightLeft = weights;
        for (std::size_t i = 0; i < m_shares.size(); ++i) {
            if (held[i] || m_header->isSectionHidden(m_shares[i].column))
                continue;
            weightLeft -= m_shares[i].weight;
            // The last text column takes what rounding left, so the columns end at the edge exactly.
            widths[i] = weightLeft == 0 ? left : free * m_shares[i].weight / weights;
            left -= widths[i];
            if (const int least = m_header->sectionSizeHint(m_shares[i].column);
                fitHeaders && widths[i] < least) {
                widths[i] = least;
                held[i] = true;
                again = true;
            }
        }
    }
    return widths;
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
