#pragma once

#include <QIODevice>

#include <cstdio>

namespace soundalike::cli {

// stdout or stderr, with every control character but line breaks and tabs shown as text ("\x1b", "\u009b"):
// file names and tags are data, and a name holding an escape sequence must not recolour, retitle or clear the
// terminal that lists it. JSON is unchanged: it escapes C0 controls itself, and "\u009b" inside a JSON string
// is the same C1 character.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(std::FILE* file);
    ~TerminalOutput() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::FILE* m_file;
    bool m_leadByte = false; // the last byte written was 0xC2, which may start a C1 control
};

} // namespace soundalike::cli
