#pragma once

#include <QSlider>

namespace soundalike {

// The seek bar: a click on the groove jumps there (QSlider would step by a page, 30 s, towards the click);
// dragging the handle previews and seeks on release.
class SeekSlider : public QSlider
{
    Q_OBJECT

public:
    explicit SeekSlider(QWidget* parent = nullptr);

signals:
    // Where the listener asked to go, in the slider's units (milliseconds).
    void seekRequested(int position);

protected:
    void mousePressEvent(QMouseEvent* event) override;
};

} // namespace soundalike
