#pragma once

namespace soundalike {

// Makes GStreamer open AIFF files with FFmpeg's demuxer (gst-libav's avdemux_aiff) rather than its own
// aiffparse. GStreamer 1.22's aiffparse, when Qt's player moves to an AIFF from another track, often reports
// "not-linked" and leaves the track loading for good (LoadWatch reopens it; in the sanitizer build it stalls
// every time). Measured in tst_formatplayback's AIFF-between-formats case under load: 9 stalls in 64 AIFF
// loads with aiffparse, none in 64 with avdemux_aiff. GStreamer reads its ranks once, when Qt first starts
// it, so this must run before any Qt Multimedia object exists; Player.cpp calls it while the program starts.
// A rank the user set for that demuxer in GST_PLUGIN_FEATURE_RANK is kept.
void preferReliableDemuxers();

} // namespace soundalike
