#pragma once

#include <QSlider>

namespace soundalike {

// A horizontal slider that a click on the groove moves right there: QSlider steps by a page towards the click
// (30 s on the seek bar, a tenth of the volume). The seek bar and the volume both are one.
class JumpSlider : public QSlider
{
    Q_OBJECT

public:
    explicit JumpSlider(QWidget* parent = nullptr);

signals:
    // A click on the groove moved the slider to `value`.
    void jumped(int value);

protected:
    void mousePressEvent(QMouseEvent* event) override;
};

} // namespace soundalike
