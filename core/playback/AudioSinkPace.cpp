#include "core/playback/AudioSinkPace.h"

#include "core/playback/ElementAddedHook.h"

// GStreamer only, no Qt header: GLib's headers and Qt's keywords do not mix.
#include <gst/audio/gstaudiobasesink.h>
#include <gst/gst.h>

#include <mutex>

namespace soundalike {

namespace {

// Called for every element added to any bin: autoaudiosink adds the real sink as its child when it starts,
// and Qt adds the sink of a chosen device to its output bin itself.
gboolean onElementAdded(GSignalInvocationHint*, guint count, const GValue* values, gpointer)
{
    if (count >= 2) {
        GObject* element = static_cast<GObject*>(g_value_get_object(&values[1]));
        if (element && GST_IS_AUDIO_BASE_SINK(element))
            g_object_set(element, "slave-method", GST_AUDIO_BASE_SINK_SLAVE_NONE, nullptr);
    }
    return TRUE; // stays installed
}

} // namespace

AudioSinkPace::AudioSinkPace()
{
    static std::once_flag once;
    std::call_once(once, [] { addElementAddedHook(onElementAdded); });
}

} // namespace soundalike
