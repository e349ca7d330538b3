// CI check for the translation sources: the committed .ts files must hold every string the code asks for.
//
// It reruns update_translations' own lupdate (same source list, same options) into temporary copies of the .ts
// files and fails if lupdate had to add a message the committed file lacks. It compares messages (context, source,
// disambiguation, numerus), not bytes, so hand-edited formatting and translation work in progress do not matter.
// It also checks what lupdate cannot: file-local tr() helpers (invisible to lupdate) and translations whose %1/%n
// placeholders differ from their source.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one per numerus form, or one
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? u"\x1fn"_s : QString()); }
    QString describe() const
    {
        QString text = u"  [%1] \"%2\""_s.arg(context, source.left(100));
        if (!comment.isEmpty())
            text += u" (%1)"_s.arg(comment);
        return text;
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages; // vanished and obsolete ones left out: they are not "present"
    QString error;
};

// The text of the current element; lupdate writes control characters as <byte value="xd"/> elements.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == "byte"_L1) {
            const QString value = xml.attributes().value("value"_L1).toString();
            bool ok = false;
            const uint code = value.startsWith(u'x') ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok, 10);
            if (ok)
                text += QChar(char16_t(code));
            xml.skipCurrentElement();
        } else if (xml.isStartElement()) {
            xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            break;
        }
    }
    return text;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
            continue;
        }
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1) {
                context = readText(xml);
            } else if (xml.name() == "message"_L1) {
                Message m;
                m.context = context;
                m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                QString type;
                while (xml.readNextStartElement()) {
                    if (xml.name() == "source"_L1) {
                        m.source = readText(xml);
                    } else if (xml.name() == "comment"_L1) {
                        m.comment = readText(xml);
                    } else if (xml.name() == "translation"_L1) {
                        type = xml.attributes().value("type"_L1).toString();
                        if (m.numerus) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == "numerusform"_L1)
                                    m.translations << readText(xml);
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            m.translations << readText(xml);
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (type == "vanished"_L1 || type == "obsolete"_L1)
                    continue;
                m.finished = type.isEmpty();
                ts.messages << m;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// The placeholders a string uses: %1..%99 and %n (also as %L1, %Ln), each once.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s); // %L1 and %Ln are the localized forms of %1 and %n
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(u'%' + it.next().captured(1));
    return found;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line.trimmed());
    }
    return lines;
}

} // namespace

class TestTranslationsComplete final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(SSPR_LUPDATE)), SSPR_LUPDATE " is missing (package qt6-l10n-tools)");
        QVERIFY2(!readLines(QStringLiteral(SSPR_I18N_SOURCE_LIST)).isEmpty(), "the source list is empty");
    }

    void tsFilesListEveryString_data()
    {
        QTest::addColumn<QString>("tsFile");
        QTest::addColumn<bool>("pluralOnly");
        for (const QString &ts : QStringLiteral(SSPR_TS_FILES).split(u'|', Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts << false;
        const QString plurals = QStringLiteral(SSPR_TS_PLURALS_FILE);
        QTest::newRow(qPrintable(QFileInfo(plurals).fileName())) << plurals << true;
    }

    void tsFilesListEveryString()
    {
        QFETCH(QString, tsFile);
        QFETCH(bool, pluralOnly);
        const TsFile committed = readTs(tsFile);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        QStringList arguments = {u"@"_s + QStringLiteral(SSPR_I18N_SOURCE_LIST)};
        arguments += QStringLiteral(SSPR_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
        if (pluralOnly)
            arguments << u"-pluralonly"_s;
        arguments << u"-silent"_s << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SSPR_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SSPR_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish in two minutes");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
            qPrintable(u"lupdate failed:\n"_s + QString::fromLocal8Bit(lupdate.readAll())));

        const TsFile updated = readTs(copy);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QSet<QString> present;
        for (const Message &m : committed.messages)
            present.insert(m.key());
        QStringList missing;
        for (const Message &m : updated.messages) {
            if (!present.contains(m.key()))
                missing << m.describe();
        }
        const qsizetype total = missing.size();
        constexpr qsizetype kShown = 40;
        if (total > kShown) {
            missing = missing.mid(0, kShown);
            missing << u"  … and %1 more"_s.arg(total - kShown);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"%1 lacks %2 string(s) the code uses; run the update_translations target "
                       "(cmake --build BUILD --target update_translations) and translate them:\n%3"_s
                           .arg(QFileInfo(tsFile).fileName())
                           .arg(total)
                           .arg(missing.join(u'\n'))));
    }

    void translationsKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const QString &ts : QStringLiteral(SSPR_TS_FILES).split(u'|', Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
        QTest::newRow("sspr_en.ts") << QStringLiteral(SSPR_TS_PLURALS_FILE);
    }

    // A finished translation must use the same %1..%n placeholders as its source, or arg() fills the wrong slot.
    // The singular form of a plural may leave %n out ("one user" / "%n users"), so %n is optional there.
    void translationsKeepPlaceholders()
    {
        QFETCH(QString, tsFile);
        const TsFile ts = readTs(tsFile);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList wrong;
        for (const Message &m : ts.messages) {
            if (!m.finished)
                continue;
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &translation : m.translations) {
                QSet<QString> got = placeholders(translation);
                if (m.numerus && expected.contains(u"%n"_s))
                    got.insert(u"%n"_s);
                if (got != expected || translation.isEmpty())
                    wrong << m.describe() + u" -> \"%1\""_s.arg(translation.left(100));
            }
        }
        QVERIFY2(wrong.isEmpty(),
            qPrintable(u"%1: translations whose placeholders differ from the source:\n%2"_s.arg(
                QFileInfo(tsFile).fileName(), wrong.join(u'\n'))));
    }

    // lupdate sees tr() of Q_OBJECT classes and of Q_DECLARE_TR_FUNCTIONS, and translate() with literal arguments.
    // A file-local "QString tr(const char *text) { return translate("Ctx", text); }" hides every string from it.
    void noHiddenTrHelpers()
    {
        static const QRegularExpression helper(
            u"^\\s*(static\\s+)?(inline\\s+)?QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*"_s,
            QRegularExpression::MultilineOption);
        QStringList offenders;
        for (const QString &path : readLines(QStringLiteral(SSPR_I18N_SOURCE_LIST))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // removed since the last configure
            const QString text = QString::fromUtf8(file.readAll());
            const auto match = helper.match(text);
            if (match.hasMatch()) {
                const int line = int(text.left(match.capturedStart()).count(u'\n')) + 1;
                offenders << u"  %1:%2"_s.arg(QDir(QStringLiteral(SSPR_SOURCE_DIR)).relativeFilePath(path)).arg(line);
            }
        }
        QVERIFY2(offenders.isEmpty(),
            qPrintable(u"file-local tr() helpers hide their strings from lupdate; declare "
                       "'struct Tr { Q_DECLARE_TR_FUNCTIONS(Context) };' and call Tr::tr() instead:\n"_s
                + offenders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"
