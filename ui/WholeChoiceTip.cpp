#include "ui/WholeChoiceTip.h"

#include <QComboBox>

namespace soundalike {

void tipWholeChoice(QComboBox& box)
{
    const auto follow = [&box] { box.setToolTip(box.currentText()); };
    QObject::connect(&box, &QComboBox::currentTextChanged, &box, follow);
    follow();
}

} // namespace soundalike
