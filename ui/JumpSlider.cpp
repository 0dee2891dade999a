#include "ui/JumpSlider.h"

#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>

namespace soundalike {

JumpSlider::JumpSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {}

void JumpSlider::mousePressEvent(QMouseEvent* event)
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
    emit jumped(position);
    event->accept();
}

} // namespace soundalike
