#pragma once

// Key pairs and certificates made with the openssl command for the certificate-credential tests, in a scratch folder:
// PEM (plain and with an encrypted key), PKCS#12 with a password, an EC certificate, a key that does not match.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace Sspr::Test {

class TestCertificates
{
public:
    static QString openssl() { return QStandardPaths::findExecutable(QStringLiteral("openssl")); }

    // Runs openssl with space-separated arguments; its stdout lands in output, its stderr in error.
    bool run(const QString &arguments, const QByteArray &input = {})
    {
        return runList(arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts), input);
    }
    bool runList(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(openssl(), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(30000);
        output = process.readAllStandardOutput();
        error = QString::fromLocal8Bit(process.readAllStandardError());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    bool create()
    {
        return m_dir.isValid()
            && run(QStringLiteral("req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 "
                                  "-subj /CN=sspr-console-test"))
            && run(QStringLiteral("pkcs8 -topk8 -in key.pem -out key-encrypted.pem -passout pass:pem-password"))
            && run(QStringLiteral("pkcs12 -export -out cert.pfx -inkey key.pem -in cert.pem "
                                  "-passout pass:pfx-password"))
            && run(QStringLiteral("x509 -in cert.pem -outform DER -out cert.der"))
            && run(QStringLiteral("x509 -in cert.pem -pubkey -noout -out public.pem"))
            && run(QStringLiteral("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ec-key.pem "
                                  "-out ec-cert.pem -days 2 -subj /CN=sspr-console-test"))
            && run(QStringLiteral("genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out other-key.pem"))
            && concatenate({QStringLiteral("key.pem"), QStringLiteral("cert.pem")}, QStringLiteral("combined.pem"))
            && concatenate({QStringLiteral("cert.pem"), QStringLiteral("key-encrypted.pem")},
                QStringLiteral("combined-encrypted.pem"))
            && concatenate(
                {QStringLiteral("ec-key.pem"), QStringLiteral("ec-cert.pem")}, QStringLiteral("combined-ec.pem"))
            && concatenate(
                {QStringLiteral("other-key.pem"), QStringLiteral("cert.pem")}, QStringLiteral("combined-mismatch.pem"));
    }

    // RC2/3DES, as older Windows exports them; false when this openssl has no legacy provider.
    bool createLegacyPfx()
    {
        return run(QStringLiteral("pkcs12 -export -legacy -out legacy.pfx -inkey key.pem -in cert.pem "
                                  "-passout pass:pfx-password"));
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    bool writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray output;
    QString error;

private:
    bool concatenate(const QStringList &parts, const QString &target)
    {
        QByteArray all;
        for (const QString &part : parts) {
            QFile file(path(part));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            all += file.readAll();
        }
        QFile out(path(target));
        return out.open(QIODevice::WriteOnly) && out.write(all) == all.size();
    }

    QTemporaryDir m_dir;
};

} // namespace Sspr::Test
