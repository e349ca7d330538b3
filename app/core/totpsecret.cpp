#include "totpsecret.h"

#include <QList>
#include <QRandomGenerator>

namespace Sspr::Core::TotpSecret {

using namespace Qt::StringLiterals;

QByteArray generate(int bytes)
{
    bytes = qMax(bytes, kMinimumBytes);
    // fillRange works on whole 32-bit words; generate enough of them and cut.
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray secret(reinterpret_cast<const char *>(words.constData()), bytes);
    words.fill(0);
    return secret;
}

QString generateSerial()
{
    QString serial = u"SSPR"_s;
    for (int i = 0; i < 12; ++i)
        serial += QChar(u'0' + char16_t(QRandomGenerator::system()->bounded(10)));
    return serial;
}

} // namespace Sspr::Core::TotpSecret
