#include "ui/SeekSlider.h"

#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>

namespace soundalike {

SeekSlider::SeekSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    connect(this, &QSlider::sliderReleased, this, [this] { emit seekRequested(value()); });
    // Keys (arrows, Page Up/Down, Home/End) move the slider without a drag.
    connect(this, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            emit seekRequested(sliderPosition());
    });
}

void SeekSlider::mousePressEvent(QMouseEvent* event)
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    if (event->button() != Qt::LeftButton || handle.contains(event->position().toPoint()) ||
        maximum() <= minimum()) {
        QSlider::mousePressEvent(event);
        return;
    }
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const int span = groove.width() - handle.width();
    const int x = int(event->position().x()) - groove.x() - handle.width() / 2;
    const int position =
        QStyle::sliderValueFromPosition(minimum(), maximum(), std::clamp(x, 0, span), std::max(1, span));
    setValue(position);
    emit seekRequested(position);
    event->accept();
}

} // namespace soundalike
