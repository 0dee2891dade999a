#pragma once

#include <QLabel>

namespace soundalike {

// A one-line label that ends its text in "…" when there is not room for all of it, and shows the whole text
// as its tooltip then. A plain QLabel would cut the text off mid-letter.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    const QString& fullText() const { return m_text; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_text;
};

} // namespace soundalike
