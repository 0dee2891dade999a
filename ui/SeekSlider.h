#pragma once

#include "ui/JumpSlider.h"

namespace soundalike {

// The seek bar: a click on the groove jumps there; dragging the handle previews and seeks on release.
class SeekSlider : public JumpSlider
{
    Q_OBJECT

public:
    explicit SeekSlider(QWidget* parent = nullptr);

signals:
    // Where the listener asked to go, in the slider's units (milliseconds).
    void seekRequested(int position);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace soundalike
