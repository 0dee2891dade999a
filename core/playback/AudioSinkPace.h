#pragma once

namespace soundalike {

// Makes every GStreamer audio sink created from then on play at its device's own pace instead of slaving
// its clock to the pipeline's by skew correction. Qt 6.4 gives its pipelines the system clock, and GStreamer
// 1.22's skew correction then sometimes computed a skew of thousands of hours after a seek ("correct clock
// skew -2936:53:25"): the song went silent for good while its time ran on. Recorded on a PulseAudio sink:
// silent after about one seek in five while playing, the resume of a restored song included
// (tst_soundoutput); none since. A member of the player before its QMediaPlayer and QAudioOutput, since the
// latter creates its sink at once. Initialises GStreamer if Qt has not yet (after preferReliableDemuxers,
// which runs while the program starts). The first one installs the hook for the whole process.
class AudioSinkPace
{
public:
    AudioSinkPace();
};

} // namespace soundalike
