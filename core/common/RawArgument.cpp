#include "core/common/RawArgument.h"

#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

namespace soundalike {

namespace {

// Linux keeps the process's original argv bytes, NUL-separated, in /proc/self/cmdline.
std::vector<std::string> originalArguments()
{
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> arguments;
    std::size_t start = 0;
    for (std::size_t end; (end = all.find('\0', start)) != std::string::npos; start = end + 1)
        arguments.push_back(all.substr(start, end - start));
    return arguments;
}

} // namespace

std::optional<FilePath> rawArgument(const QString& argument)
{
    if (!argument.contains(QChar::ReplacementCharacter))
        return toFilePath(argument);
    std::set<std::string> matches;
    for (const std::string& original : originalArguments()) {
        if (QString::fromLocal8Bit(original.data(), qsizetype(original.size())) == argument)
            matches.insert(original);
    }
    if (matches.size() != 1)
        return std::nullopt;
    return *matches.begin();
}

} // namespace soundalike
