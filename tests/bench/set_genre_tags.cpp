// Writes the genre tag of mp3 files: reads lines "path<TAB>genre text" on stdin and sets each file's ID3v2
// genre to the text as given ("Rock; Pop", "(17)", "Thrash Metal"), or removes it when the text is empty.
// For tests/bench/noisy_genre_tags.py, which gives a copy of the evaluation set the genre tags a real
// library might have.
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

#include <cstdio>
#include <iostream>
#include <string>

int main()
{
    std::string line;
    int written = 0, failed = 0;
    while (std::getline(std::cin, line)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            continue;
        const std::string path = line.substr(0, tab);
        const TagLib::String genre(line.substr(tab + 1), TagLib::String::UTF8);
        TagLib::MPEG::File file(path.c_str(), false);
        if (!file.isValid()) {
            std::fprintf(stderr, "cannot open %s\n", path.c_str());
            ++failed;
            continue;
        }
        file.ID3v2Tag(true)->setGenre(genre);
        if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers)) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            ++failed;
            continue;
        }
        ++written;
    }
    std::printf("genre tags written: %d, failed: %d\n", written, failed);
    return failed == 0 ? 0 : 1;
}
