#pragma once

#include <QtGlobal>

namespace Sspr::Core {

// A small deterministic generator (splitmix64). Used where the same seed must give the same data on every
// machine and compiler (the demo tenant); std:: distributions are not portable, so the helpers below are ours.
// Never used for secrets: those come from QRandomGenerator::system().
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound); bound > 0. The modulo bias is irrelevant for demo data.
    quint32 below(quint32 bound) { return static_cast<quint32>(next() % bound); }
    // True with the given probability in per mille.
    bool chance(int perMille) { return below(1000) < static_cast<quint32>(perMille); }

private:
    quint64 m_state;
};

} // namespace Sspr::Core
