#pragma once

#include <QObject>

#include <vector>

class QHeaderView;

namespace soundalike {

// Sensible column widths in any language and any pane width: each text column gets its share of the room left
// by the columns sized to their content (year, time), so the title is never the narrowest and no column is
// pushed out of sight by a longer header (Russian). Once the listener drags a column's edge, their widths
// stand. The header's context menu chooses which columns show.
class ColumnLayout : public QObject
{
    Q_OBJECT

public:
    struct Share
    {
        int column;
        int weight; // of the room the fitted columns leave
    };

    // `fitted`: columns sized to their content and header.
    ColumnLayout(QHeaderView* header, std::vector<Share> shares, std::vector<int> fitted);

    // Lays the columns out again now (after a model reset, say).
    void apply();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMenu(const QPoint& pos);
    // The text columns' widths in `room`, in the order of m_shares.
    std::vector<int> shares(int room, bool fitHeaders) const;

    QHeaderView* m_header;
    std::vector<Share> m_shares;
    std::vector<int> m_fitted;
    bool m_applying = false;
    bool m_userSized = false;
};

} // namespace soundalike
