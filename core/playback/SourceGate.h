#pragma once

#include <vector>

namespace soundalike {

// Keeps a new medium's file data back until QMediaPlayer has finished opening it. Qt 6.4's GStreamer backend
// deadlocks now and then inside QMediaPlayer::setSource: setMedia starts the pipeline and at once sends a
// flushing seek, which waits for the streaming thread, while that thread, having found the decoded stream
// (decoderPadAdded), waits to set the state of the audio output it has just added, a lock the seek holds;
// the GUI thread stays blocked for good (1 freeze in 600-3,000 track changes on a loaded machine; Qt 6.7
// waits for the preroll before that seek). With no data, no stream can be found, so no pad is added while Qt
// seeks or changes state: every file source a uridecodebin creates while the gate is held gets a blocking
// probe on its output, and the end of the Hold takes the probes away, after setSource and play returned.
// The source is created on the thread that opens the medium, during setSource, which is how the gate tells
// its own sources from those of other players.
class SourceGate
{
public:
    SourceGate();
    ~SourceGate();
    SourceGate(const SourceGate&) = delete;
    SourceGate& operator=(const SourceGate&) = delete;

    // Holds the gate for a scope: open the medium (and play it) inside it.
    class Hold
    {
    public:
        explicit Hold(SourceGate& gate);
        ~Hold();
        Hold(const Hold&) = delete;
        Hold& operator=(const Hold&) = delete;

    private:
        SourceGate& m_gate;
    };

    // How many sources the gate has held back since it was made, for the tests.
    [[nodiscard]] int heldSources() const { return m_heldSources; }

    struct Held; // a probe on a source's pad

private:
    void hold();
    void release();

    std::vector<Held> m_held;
    int m_heldSources = 0;
    int m_depth = 0;
};

} // namespace soundalike
