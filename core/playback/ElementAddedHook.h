#pragma once

// GStreamer only, no Qt header: GLib's headers and Qt's keywords do not mix.
#include <gst/gst.h>

namespace soundalike {

// Calls `hook` for every element added to any bin in this process from now on (GLib's emission hook on
// GstBin::element-added: the values are the bin and the element), initialising GStreamer first if Qt has not
// yet. For what must reach elements Qt's backend creates and never shows: call once per hook.
void addElementAddedHook(GSignalEmissionHook hook);

} // namespace soundalike
