#include "core/playback/ElementAddedHook.h"

namespace soundalike {

void addElementAddedHook(GSignalEmissionHook hook)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    g_signal_add_emission_hook(g_signal_lookup("element-added", GST_TYPE_BIN), 0, hook, nullptr, nullptr);
}

} // namespace soundalike
