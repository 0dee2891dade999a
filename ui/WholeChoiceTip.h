#pragma once

class QComboBox;

namespace soundalike {

// A combo box kept narrower than its longest entry (so that a long translation does not widen the window)
// cuts the chosen entry short ("Путь от первого образца к"): its tooltip then says the whole of it.
void tipWholeChoice(QComboBox& box);

} // namespace soundalike
