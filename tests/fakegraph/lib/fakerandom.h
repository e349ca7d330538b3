#pragma once

#include <QString>

namespace Sspr::FakeGraph {

// splitmix64: tiny, fast and the same on every platform, so a seed always yields the same tenant.
class FakeRandom
{
public:
    explicit FakeRandom(quint64 seed = 1)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound); bound > 0. The modulo bias is irrelevant for test data.
    quint32 bounded(quint32 bound) { return quint32(next() % bound); }
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return probability > 0 && real() < probability; }
    QString digits(int count)
    {
        QString out;
        out.reserve(count);
        for (int i = 0; i < count; ++i)
            out.append(QChar(u'0' + int(bounded(10))));
        return out;
    }
    // A version-4 shaped GUID, lower case.
    QString guid()
    {
        static const char hex[] = "0123456789abcdef";
        const quint64 a = next();
        const quint64 b = next();
        char text[37];
        int pos = 0;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                text[pos++] = '-';
            const quint64 word = i < 16 ? a : b;
            int nibble = int((word >> ((i % 16) * 4)) & 0xf);
            if (i == 12)
                nibble = 4;
            else if (i == 16)
                nibble = 8 | (nibble & 3);
            text[pos++] = hex[nibble];
        }
        text[pos] = 0;
        return QString::fromLatin1(text, 36);
    }

private:
    quint64 m_state;
};

} // namespace Sspr::FakeGraph
