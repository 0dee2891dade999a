#include "core/common/NestedQuotes.h"

#include <algorithm>
#include <vector>

namespace soundalike {

namespace {

constexpr QChar kGuillemetOpen(0x00AB);  // «
constexpr QChar kGuillemetClose(0x00BB); // »
constexpr QChar kLowOpen(0x201E);        // „ (Russian inner open)
constexpr QChar kDoubleOpen(0x201C);     // “ (English open, Russian inner close)
constexpr QChar kDoubleClose(0x201D);    // ”
constexpr QChar kSingleOpen(0x2018);     // ‘
constexpr QChar kSingleClose(0x2019);    // ’

// A pair still open: the mark that closes it in the text, what is written for that mark, and its language.
struct OpenPair
{
    QChar closedBy;
    QChar writtenAs;
    bool russian;
};

} // namespace

// One pass with the open pairs on a stack: “ both opens an English pair and closes a Russian inner one, so
// the two kinds cannot be treated apart.
QString nestQuotes(const QString& text)
{
    QString out = text;
    std::vector<OpenPair> open;
    const auto inside = [&open](bool russian) {
        return std::any_of(open.begin(), open.end(),
                           [russian](const OpenPair& p) { return p.russian == russian; });
    };
    for (QChar& c : out) {
        if (c == kGuillemetOpen) {
            const bool inner = inside(true);
            open.push_back({kGuillemetClose, inner ? kDoubleOpen : kGuillemetClose, true});
            if (inner)
                c = kLowOpen;
        } else if (c == kLowOpen) {
            open.push_back({kDoubleOpen, kDoubleOpen, true});
        } else if (c == kDoubleOpen && !open.empty() && open.back().closedBy == kDoubleOpen) {
            open.pop_back();
        } else if (c == kDoubleOpen) {
            const bool inner = inside(false);
            open.push_back({kDoubleClose, inner ? kSingleClose : kDoubleClose, false});
            if (inner)
                c = kSingleOpen;
        } else if ((c == kGuillemetClose || c == kDoubleClose) && !open.empty() &&
                   open.back().closedBy == c) {
            c = open.back().writtenAs;
            open.pop_back();
        }
    }
    return out;
}

} // namespace soundalike
