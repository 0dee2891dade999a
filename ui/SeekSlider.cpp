#include "ui/SeekSlider.h"

#include <QWheelEvent>

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

// The wheel moves the slider as a drag does, but there is nothing to release: it seeks at once.
void SeekSlider::wheelEvent(QWheelEvent* event)
{
    const int before = sliderPosition();
    JumpSlider::wheelEvent(event);
    if (sliderPosition() != before)
        emit seekRequested(sliderPosition());
}

} // namespace soundalike
