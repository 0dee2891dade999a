#include "ui/SeekSlider.h"

namespace soundalike {

SeekSlider::SeekSlider(QWidget* parent) : JumpSlider(parent)
{
    connect(this, &JumpSlider::jumped, this, &SeekSlider::seekRequested);
    connect(this, &QSlider::sliderReleased, this, [this] { emit seekRequested(value()); });
    // Keys (arrows, Page Up/Down, Home/End) move the slider without a drag.
    connect(this, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            emit seekRequested(sliderPosition());
    });
}

} // namespace soundalike
