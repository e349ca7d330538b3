#include "base32.h"
#include "otpauthuri.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sspr::Core;

namespace {

QByteArray secretOf(const QString &base32)
{
    return Base32::decode(base32).value();
}

const QString kGoogleSecret = u"HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"_s;

} // namespace

class TestOtpauthUri final : public QObject
{
    Q_OBJECT

private slots:
    // Exact text: percent-encoding of issuer and account, no padding, defaults left out.
    void build_exact_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<TotpParameters>("parameters");
        QTest::addColumn<QString>("expected");
        const QString s = kGoogleSecret;
        QTest::newRow("key uri example") << u"ACME Co"_s << u"john.doe@email.com"_s << TotpParameters {}
                                         << u"otpauth://totp/ACME%20Co:john.doe%40email.com?secret="_s + s
                + u"&issuer=ACME%20Co"_s;
        QTest::newRow("non-defaults") << u"Contoso"_s << u"kim@contoso.com"_s
                                      << TotpParameters {OtpAlgorithm::Sha256, 8, 60}
                                      << u"otpauth://totp/Contoso:kim%40contoso.com?secret="_s + s
                + u"&issuer=Contoso&algorithm=SHA256&digits=8&period=60"_s;
        QTest::newRow("non-ascii") << u"Müller & Söhne"_s << u"jürgen@müller.de"_s << TotpParameters {}
                                   << u"otpauth://totp/M%C3%BCller%20%26%20S%C3%B6hne:j%C3%BCrgen%40m%C3%BCller.de"
                                      "?secret="_s
                + s + u"&issuer=M%C3%BCller%20%26%20S%C3%B6hne"_s;
        QTest::newRow("colon in issuer") << u"Foo:Bar"_s << u"alice"_s << TotpParameters {}
                                         << u"otpauth://totp/Foo%3ABar:alice?secret="_s + s + u"&issuer=Foo%3ABar"_s;
        QTest::newRow("no issuer") << QString() << u"alice@x.com"_s << TotpParameters {}
                                   << u"otpauth://totp/alice%40x.com?secret="_s + s;
        QTest::newRow("no issuer, colon in account")
            << QString() << u"a:b"_s << TotpParameters {} << u"otpauth://totp/:a%3Ab?secret="_s + s;
        QTest::newRow("trimmed") << u"  Contoso "_s << u" kim "_s << TotpParameters {}
                                 << u"otpauth://totp/Contoso:kim?secret="_s + s + u"&issuer=Contoso"_s;
        QTest::newRow("reserved characters")
            << u"a+b/c?d#e"_s << u"x=y&z%"_s << TotpParameters {}
            << u"otpauth://totp/a%2Bb%2Fc%3Fd%23e:x%3Dy%26z%25?secret="_s + s + u"&issuer=a%2Bb%2Fc%3Fd%23e"_s;
    }
    void build_exact()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(TotpParameters, parameters);
        QFETCH(QString, expected);
        const auto uri = OtpauthUri::build({issuer, account, secretOf(kGoogleSecret), parameters});
        QVERIFY2(uri, qPrintable(uri.errorMessage()));
        QCOMPARE(uri.value(), expected);
    }

    void build_refused_data()
    {
        QTest::addColumn<TotpKey>("key");
        QTest::addColumn<QString>("messagePart");
        const QByteArray secret = secretOf(kGoogleSecret);
        QTest::newRow("no account") << TotpKey {u"Contoso"_s, QString(), secret, {}} << u"account name is empty"_s;
        QTest::newRow("blank account") << TotpKey {u"Contoso"_s, u"   "_s, secret, {}} << u"account name is empty"_s;
        QTest::newRow("control in account") << TotpKey {u"Contoso"_s, u"a\nb"_s, secret, {}} << u"control"_s;
        QTest::newRow("control in issuer") << TotpKey {u"Con\u0007toso"_s, u"a"_s, secret, {}} << u"control"_s;
        QTest::newRow("no secret") << TotpKey {u"Contoso"_s, u"a"_s, {}, {}} << u"secret is empty"_s;
        QTest::newRow("7 digits") << TotpKey {u"Contoso"_s, u"a"_s, secret, {OtpAlgorithm::Sha1, 7, 30}} << u"7"_s;
        QTest::newRow("45 s") << TotpKey {u"Contoso"_s, u"a"_s, secret, {OtpAlgorithm::Sha1, 6, 45}} << u"45"_s;
        // 500 × "ü" is 1000 UTF-8 bytes, 3000 characters once percent-encoded, twice in the URI.
        QTest::newRow("too long once encoded") << TotpKey {QString(500, u'ü'), u"a"_s, secret, {}} << u"too long"_s;
    }
    void build_refused()
    {
        QFETCH(TotpKey, key);
        QFETCH(QString, messagePart);
        const auto uri = OtpauthUri::build(key);
        QVERIFY(!uri);
        QVERIFY2(uri.errorMessage().contains(messagePart), qPrintable(uri.errorMessage()));
    }

    // Awkward issuers and accounts survive build and parse unchanged.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<TotpParameters>("parameters");
        QTest::addColumn<int>("secretBytes");
        QTest::newRow("plain") << u"Contoso"_s << u"alice@contoso.com"_s << TotpParameters {} << 20;
        QTest::newRow("spaces") << u"Contoso Ltd. IT Help Desk"_s << u"Mary Ann Smith"_s << TotpParameters {} << 20;
        QTest::newRow("ampersand and plus") << u"AT&T"_s << u"bob+tag@example.com"_s << TotpParameters {} << 20;
        QTest::newRow("percent and equals") << u"100% = Pure"_s << u"x%41y=z"_s << TotpParameters {} << 20;
        QTest::newRow("query characters") << u"a?b#c/d"_s << u"q&r=s?t#u"_s << TotpParameters {} << 20;
        QTest::newRow("colon in issuer") << u"Foo:Bar"_s << u"carol@x.org"_s << TotpParameters {} << 20;
        QTest::newRow("colon in account") << u"Contoso"_s << u"domain:user"_s << TotpParameters {} << 20;
        QTest::newRow("colons, no issuer") << QString() << u"a:b:c"_s << TotpParameters {} << 20;
        QTest::newRow("german") << u"Müller & Söhne GmbH"_s << u"jürgen.groß@müller.de"_s << TotpParameters {} << 20;
        QTest::newRow("japanese") << u"東京株式会社"_s << u"山田@例え.jp"_s << TotpParameters {} << 20;
        QTest::newRow("emoji") << u"🔐 Vault"_s << u"dave 😀"_s << TotpParameters {} << 20;
        QTest::newRow("right-to-left") << u"شركة"_s << u"مستخدم@مثال.com"_s << TotpParameters {} << 20;
        QTest::newRow("no issuer") << QString() << u"erin@example.com"_s << TotpParameters {} << 20;
        QTest::newRow("sha256 8 digits") << u"Contoso"_s << u"f@x"_s << TotpParameters {OtpAlgorithm::Sha256, 8, 30}
                                         << 32;
        QTest::newRow("sha512 60 s") << u"Contoso"_s << u"g@x"_s << TotpParameters {OtpAlgorithm::Sha512, 6, 60} << 64;
        QTest::newRow("80-bit secret") << u"Old"_s << u"h@x"_s << TotpParameters {} << 10;
        QTest::newRow("odd secret length") << u"Odd"_s << u"i@x"_s << TotpParameters {} << 17;
    }
    void roundTrip()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(TotpParameters, parameters);
        QFETCH(int, secretBytes);
        QByteArray secret(secretBytes, Qt::Uninitialized);
        for (int i = 0; i < secretBytes; ++i)
            secret[i] = char(i * 37 + 11);
        const TotpKey key {issuer, account, secret, parameters};
        const auto uri = OtpauthUri::build(key);
        QVERIFY2(uri, qPrintable(uri.errorMessage()));
        // Only unreserved ASCII, '%', and the structure characters are left in the text.
        for (const QChar c : uri.value())
            QVERIFY2(c.unicode() > 32 && c.unicode() < 127, qPrintable(uri.value()));
        QVERIFY(uri.value().contains(u"?secret="_s + Base32::encode(secret) + (issuer.isEmpty() ? u""_s : u"&"_s)));
        const auto parsed = OtpauthUri::parse(uri.value());
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.value().issuer, issuer);
        QCOMPARE(parsed.value().account, account);
        QCOMPARE(parsed.value().secret, secret);
        QCOMPARE(parsed.value().parameters, parameters);
        QVERIFY(parsed.value() == key);
    }

    // What apps and Microsoft write, including what our builder never does.
    void parse_accepted_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<TotpParameters>("parameters");
        const QByteArray google = secretOf(kGoogleSecret);
        QTest::newRow("key uri example")
            << u"otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co"
               "&algorithm=SHA1&digits=6&period=30"_s
            << u"ACME Co"_s << u"john.doe@email.com"_s << google << TotpParameters {};
        QTest::newRow("microsoft form") << u"otpauth://totp/Contoso%3Aalice%40contoso.com?secret="_s + kGoogleSecret
                + u"&issuer=Microsoft"_s << u"Microsoft"_s
                                        << u"alice@contoso.com"_s << google << TotpParameters {};
        QTest::newRow("spaces before account") << u"otpauth://totp/ACME%20Co:%20%20john?secret="_s + kGoogleSecret
                                               << u"ACME Co"_s << u"john"_s << google << TotpParameters {};
        QTest::newRow("plus in parameter") << u"otpauth://totp/ACME%20Co:john?issuer=ACME+Co&secret="_s + kGoogleSecret
                                           << u"ACME Co"_s << u"john"_s << google << TotpParameters {};
        QTest::newRow("plus in label") << u"otpauth://totp/a+b:c+d?secret=MZXW6YTBOI"_s << u"a+b"_s << u"c+d"_s
                                       << "foobar"_ba << TotpParameters {};
        QTest::newRow("lower-case padded secret") << u"otpauth://totp/x?secret=mzxw6ytboi%3D%3D%3D%3D%3D%3D"_s
                                                  << QString() << u"x"_s << "foobar"_ba << TotpParameters {};
        QTest::newRow("upper-case everything") << u"OTPAUTH://TOTP/X?SECRET=MZXW6YTBOI&DIGITS=8"_s << QString()
                                               << u"X"_s << "foobar"_ba << TotpParameters {OtpAlgorithm::Sha1, 8, 30};
        QTest::newRow("parameters first, any case")
            << u"otpauth://totp/I:a?period=60&digits=8&algorithm=sha512&secret=MZXW6YTBOI"_s << u"I"_s << u"a"_s
            << "foobar"_ba << TotpParameters {OtpAlgorithm::Sha512, 8, 60};
        QTest::newRow("unknown parameters and fragment")
            << u"otpauth://totp/I:a?secret=MZXW6YTBOI&image=https%3A%2F%2Fx%2Fy.png&color=red&&counter=3#frag"_s
            << u"I"_s << u"a"_s << "foobar"_ba << TotpParameters {};
        QTest::newRow("raw space and utf-8") << u"otpauth://totp/ACME Co:jürgen?secret=MZXW6YTBOI"_s << u"ACME Co"_s
                                             << u"jürgen"_s << "foobar"_ba << TotpParameters {};
        QTest::newRow("label issuer only") << u"otpauth://totp/Example:alice?secret=MZXW6YTBOI"_s << u"Example"_s
                                           << u"alice"_s << "foobar"_ba << TotpParameters {};
        QTest::newRow("issuer parameter only") << u"otpauth://totp/alice?secret=MZXW6YTBOI&issuer=Example"_s
                                               << u"Example"_s << u"alice"_s << "foobar"_ba << TotpParameters {};
        QTest::newRow("empty issuer parameter") << u"otpauth://totp/Example:alice?secret=MZXW6YTBOI&issuer="_s
                                                << u"Example"_s << u"alice"_s << "foobar"_ba << TotpParameters {};
        QTest::newRow("spaced secret") << u"otpauth://totp/a?secret=MZXW%206YTB%20OI"_s << QString() << u"a"_s
                                       << "foobar"_ba << TotpParameters {};
        QTest::newRow("surrounding white space")
            << u"  otpauth://totp/a?secret=MZXW6YTBOI\n"_s << QString() << u"a"_s << "foobar"_ba << TotpParameters {};
    }
    void parse_accepted()
    {
        QFETCH(QString, uri);
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(QByteArray, secret);
        QFETCH(TotpParameters, parameters);
        const auto parsed = OtpauthUri::parse(uri);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.value().issuer, issuer);
        QCOMPARE(parsed.value().account, account);
        QCOMPARE(parsed.value().secret, secret);
        QCOMPARE(parsed.value().parameters, parameters);
    }

    void parse_malformed_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("messagePart");
        const QString ok = u"secret=MZXW6YTBOI"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("white space") << u" \t "_s << u"empty"_s;
        QTest::newRow("web link") << u"https://example.com/?"_s + ok << u"otpauth://"_s;
        QTest::newRow("one slash") << u"otpauth:/totp/a?"_s + ok << u"otpauth://"_s;
        QTest::newRow("plain text") << u"hello"_s << u"otpauth://"_s;
        QTest::newRow("hotp") << u"otpauth://hotp/a?counter=1&"_s + ok << u"HOTP"_s;
        QTest::newRow("other type") << u"otpauth://push/a?"_s + ok << u"\"push\""_s;
        QTest::newRow("no type") << u"otpauth://"_s << u"\"\""_s;
        QTest::newRow("no label") << u"otpauth://totp"_s << u"no account"_s;
        QTest::newRow("empty label") << u"otpauth://totp/?"_s + ok << u"no account"_s;
        QTest::newRow("issuer only") << u"otpauth://totp/Issuer:?"_s + ok << u"no account"_s;
        QTest::newRow("blank account") << u"otpauth://totp/Issuer:%20%20?"_s + ok << u"no account"_s;
        QTest::newRow("no query") << u"otpauth://totp/alice"_s << u"no secret"_s;
        QTest::newRow("no secret") << u"otpauth://totp/alice?issuer=x"_s << u"no secret"_s;
        QTest::newRow("empty secret") << u"otpauth://totp/alice?secret="_s << u"no secret"_s;
        QTest::newRow("secret of spaces") << u"otpauth://totp/alice?secret=%20%20"_s << u"no secret"_s;
        QTest::newRow("secret of padding") << u"otpauth://totp/alice?secret=%3D%3D"_s << u"no secret"_s;
        QTest::newRow("bad secret") << u"otpauth://totp/alice?secret=MZXW1YTB"_s << u"\"1\" at position 5"_s;
        QTest::newRow("truncated secret") << u"otpauth://totp/alice?secret=MZX"_s << u"length of 3"_s;
        QTest::newRow("two secrets") << u"otpauth://totp/alice?"_s + ok + u"&"_s + ok << u"more than once"_s;
        QTest::newRow("two issuers") << u"otpauth://totp/alice?issuer=a&issuer=b&"_s + ok << u"more than once"_s;
        QTest::newRow("bad escape") << u"otpauth://totp/al%G1ce?"_s + ok << u"hexadecimal"_s;
        QTest::newRow("cut escape") << u"otpauth://totp/alice%4?"_s + ok << u"hexadecimal"_s;
        QTest::newRow("escape at end") << u"otpauth://totp/alice?"_s + ok + u"&issuer=%"_s << u"hexadecimal"_s;
        QTest::newRow("not utf-8") << u"otpauth://totp/alice?issuer=%FF&"_s + ok << u"UTF-8"_s;
        QTest::newRow("overlong utf-8") << u"otpauth://totp/%C0%AFalice?"_s + ok << u"UTF-8"_s;
        QTest::newRow("encoded surrogate") << u"otpauth://totp/%ED%A0%80?"_s + ok << u"UTF-8"_s;
        QTest::newRow("new line in label") << u"otpauth://totp/al%0Aice?"_s + ok << u"control"_s;
        QTest::newRow("nul in issuer") << u"otpauth://totp/alice?issuer=a%00b&"_s + ok << u"control"_s;
        QTest::newRow("nul in secret") << u"otpauth://totp/alice?secret=MZXW%00"_s << u"control"_s;
        QTest::newRow("md5") << u"otpauth://totp/a?algorithm=MD5&"_s + ok << u"\"MD5\""_s;
        QTest::newRow("7 digits") << u"otpauth://totp/a?digits=7&"_s + ok << u"\"7\""_s;
        QTest::newRow("no digits value") << u"otpauth://totp/a?digits&"_s + ok << u"\"\""_s;
        QTest::newRow("15 s") << u"otpauth://totp/a?period=15&"_s + ok << u"\"15\""_s;
        QTest::newRow("huge period") << u"otpauth://totp/a?period=99999999999999999999&"_s + ok << u"period"_s;
        QTest::newRow("too long") << u"otpauth://totp/a?secret="_s + QString(5000, u'A') << u"too long"_s;
    }
    void parse_malformed()
    {
        QFETCH(QString, uri);
        QFETCH(QString, messagePart);
        const auto parsed = OtpauthUri::parse(uri);
        QVERIFY2(!parsed, qPrintable(uri));
        QVERIFY2(parsed.errorMessage().contains(messagePart), qPrintable(parsed.errorMessage()));
    }

    // Found by fuzz_otpauthuri: raw non-ASCII names fit the parser's limit but not once percent-encoded; build()
    // refuses them with a message instead of making a URI that parse() would reject.
    void parse_rawNamesTooLongToRebuild()
    {
        const QString uri = u"otpauth://totp/"_s + QString(1000, u'ü') + u":a?secret=MZXW6YTBOI"_s;
        const auto parsed = OtpauthUri::parse(uri);
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.value().issuer.size(), 1000);
        const auto rebuilt = OtpauthUri::build(parsed.value());
        QVERIFY(!rebuilt);
        QVERIFY2(rebuilt.errorMessage().contains(u"too long"_s), qPrintable(rebuilt.errorMessage()));
    }

    // Random damage to a valid URI never crashes, and whatever parses builds and parses back to the same key.
    void parse_mutations_neverCrash()
    {
        const QString base = OtpauthUri::build(
            {u"Contoso Ü:x"_s, u"a b@c:d"_s, "12345678901234567890"_ba,
                {OtpAlgorithm::Sha256, 8,
                    60}}).value();
        const QString alphabet = u"%:/?&=#+ aZ27\u00fc\u0000\u00ff3AFG"_s;
        QRandomGenerator random(2024);
        int parsedCount = 0;
        for (int i = 0; i < 20000; ++i) {
            QString uri = base;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !uri.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(uri.size()));
                const QChar c = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    uri[at] = c;
                    break;
                case 1:
                    uri.insert(at, c);
                    break;
                default:
                    uri.remove(at, 1);
                    break;
                }
            }
            const auto parsed = OtpauthUri::parse(uri);
            if (!parsed) {
                QVERIFY(!parsed.errorMessage().isEmpty());
                continue;
            }
            ++parsedCount;
            const auto rebuilt = OtpauthUri::build(parsed.value());
            QVERIFY2(rebuilt, qPrintable(uri + u" -> "_s + rebuilt.errorMessage()));
            const auto again = OtpauthUri::parse(rebuilt.value());
            QVERIFY2(again, qPrintable(rebuilt.value()));
            QVERIFY2(again.value() == parsed.value(), qPrintable(uri));
        }
        QVERIFY(parsedCount > 100); // the damage left many URIs readable, so the property was exercised
    }

    void compatibilityWarnings_data()
    {
        QTest::addColumn<TotpKey>("key");
        QTest::addColumn<int>("count");
        const QByteArray secret(20, 'k');
        QTest::newRow("defaults") << TotpKey {u"Contoso"_s, u"a"_s, secret, {}} << 0;
        QTest::newRow("no issuer") << TotpKey {QString(), u"a"_s, secret, {}} << 1;
        QTest::newRow("colon in issuer") << TotpKey {u"A:B"_s, u"a"_s, secret, {}} << 1;
        QTest::newRow("short secret") << TotpKey {u"Contoso"_s, u"a"_s, QByteArray(10, 'k'), {}} << 1;
        QTest::newRow("8 digits 60 s") << TotpKey {u"Contoso"_s, u"a"_s, secret, {OtpAlgorithm::Sha1, 8, 60}} << 2;
    }
    void compatibilityWarnings()
    {
        QFETCH(TotpKey, key);
        QFETCH(int, count);
        QCOMPARE(OtpauthUri::compatibilityWarnings(key).size(), count);
    }
};

QTEST_GUILESS_MAIN(TestOtpauthUri)
#include "tst_otpauthuri.moc"
