#include "core/playback/SourceGate.h"

#include "core/playback/ElementAddedHook.h"

// GStreamer only, no Qt header: GLib's headers and Qt's keywords do not mix.
#include <gst/base/gstbasesrc.h>
#include <gst/gst.h>

#include <cstring>
#include <mutex>

namespace soundalike {

struct SourceGate::Held
{
    GstPad* pad = nullptr;
    gulong probe = 0;
};

namespace {

// The gate held on this thread, if any: uridecodebin creates its source on the thread that sets its state.
thread_local std::vector<SourceGate::Held>* t_holding = nullptr;
thread_local int* t_counting = nullptr;

bool isUriDecodeBin(GstBin* bin)
{
    GstElementFactory* factory = gst_element_get_factory(GST_ELEMENT(bin));
    return factory &&
           std::strcmp(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(factory)), "uridecodebin") == 0;
}

// Blocks buffers pushed and ranges pulled (decodebin's typefinder pulls a file) until the probe is removed.
GstPadProbeReturn keepBack(GstPad*, GstPadProbeInfo*, gpointer)
{
    return GST_PAD_PROBE_OK;
}

gboolean onElementAdded(GSignalInvocationHint*, guint count, const GValue* values, gpointer)
{
    if (!t_holding || count < 2)
        return TRUE;
    GstBin* bin = GST_BIN(g_value_get_object(&values[0]));
    GstElement* element = GST_ELEMENT(g_value_get_object(&values[1]));
    if (!bin || !element || !GST_IS_BASE_SRC(element) || !isUriDecodeBin(bin))
        return TRUE;
    GstPad* pad = gst_element_get_static_pad(element, "src");
    if (!pad)
        return TRUE;
    const auto mask = GstPadProbeType(GST_PAD_PROBE_TYPE_BLOCK | GST_PAD_PROBE_TYPE_BUFFER |
                                      GST_PAD_PROBE_TYPE_BUFFER_LIST | GST_PAD_PROBE_TYPE_PULL);
    t_holding->push_back({pad, gst_pad_add_probe(pad, mask, keepBack, nullptr, nullptr)});
    ++*t_counting;
    return TRUE; // stays installed
}

} // namespace

SourceGate::SourceGate()
{
    static std::once_flag once;
    std::call_once(once, [] { addElementAddedHook(onElementAdded); });
}

SourceGate::~SourceGate()
{
    m_depth = 0;
    release();
}

void SourceGate::hold()
{
    // Nested holds (a track reopened inside another hold) end with the outer one.
    if (m_depth++ > 0)
        return;
    t_holding = &m_held;
    t_counting = &m_heldSources;
}

void SourceGate::release()
{
    if (m_depth > 0 && --m_depth > 0)
        return;
    if (t_holding == &m_held) {
        t_holding = nullptr;
        t_counting = nullptr;
    }
    for (const Held& held : m_held) {
        gst_pad_remove_probe(held.pad, held.probe);
        gst_object_unref(held.pad);
    }
    m_held.clear();
}

SourceGate::Hold::Hold(SourceGate& gate) : m_gate(gate)
{
    m_gate.hold();
}

SourceGate::Hold::~Hold()
{
    m_gate.release();
}

} // namespace soundalike
