#include "app/cli/TerminalOutput.h"

#include <QByteArray>

namespace soundalike::cli {

namespace {

bool isControl(unsigned char byte)
{
    return (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t') || byte == 0x7f;
}

QByteArray hex(const char* prefix, unsigned char byte)
{
    return prefix + QByteArray::number(byte, 16).rightJustified(2, '0');
}

} // namespace

TerminalOutput::TerminalOutput(std::FILE* file) : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    if (m_leadByte)
        std::fputc(0xc2, m_file);
    std::fflush(m_file);
}

qint64 TerminalOutput::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char* data, qint64 size)
{
    QByteArray out;
    out.reserve(size + 8);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        // C1 controls (U+0080..U+009F) are 0xC2 0x80..0x9F in UTF-8; the pair may be split between two
        // writes.
        if (m_leadByte) {
            m_leadByte = false;
            if (byte >= 0x80 && byte <= 0x9f) {
                out += hex("\\u00", byte);
                continue;
            }
            out += char(0xc2);
        }
        if (byte == 0xc2)
            m_leadByte = true;
        else if (isControl(byte))
            out += hex("\\x", byte);
        else
            out += char(byte);
    }
    std::fwrite(out.constData(), 1, std::size_t(out.size()), m_file);
    std::fflush(m_file);
    return size;
}

} // namespace soundalike::cli
