// Accessibility of every page and dialog, as a screen reader and a keyboard user meet them:
// - every visible interactive control has an accessible name (QAccessible's, which falls back to the text of a
//   button and to the buddy label of a field);
// - Tab, pressed from the navigation, enters the page, reaches every control that takes Tab focus, and comes back
//   (no page out of reach, no control left out, no keyboard trap).
// Each page or dialog is one data row, and its failure lists all of its offenders at once.
#include "addmethoddialog.h"
#include "appsettings.h"
#include "database.h"
#include "demoseeder.h"
#include "enrollmentservice.h"
#include "mainwindow.h"
#include "tenantprofile.h"
#include "settingsdialog.h"
#include "userdialog.h"
#include "userdirectory.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;
using Sspr::Gui::MainWindow;

namespace {

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false; // parts of the scroll area or view they belong to
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w);
}

// A control inside another control (a spin box's line edit, a table's corner button) is named by its owner.
bool isPartOfAnotherControl(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (isInteractive(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w, const QWidget *root)
{
    QStringList path;
    for (const QWidget *p = w; p && p != root; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    }
    QString text = u"%1 %2"_s.arg(
        QString::fromLatin1(w->metaObject()->className()), path.isEmpty() ? u"(unnamed object)"_s : path.join(u'/'));
    if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && !button->toolTip().isEmpty())
        text += u" [tooltip: %1]"_s.arg(button->toolTip());
    return text;
}

// Visible interactive controls under root that a screen reader would announce without a name.
QStringList unnamedControls(QWidget *root)
{
    QStringList offenders;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isInteractive(w) || isPartOfAnotherControl(w, root))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            offenders << u"  no accessible name: "_s + describe(w, root);
    }
    return offenders;
}

bool takesTabFocus(const QWidget *w)
{
    if (!w->isVisible() || !w->isEnabled() || (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || w->focusProxy())
        return false;
    // In a group of exclusive radio buttons only the checked one is a Tab stop; arrows move within the group.
    if (const auto *radio = qobject_cast<const QRadioButton *>(w); radio && radio->autoExclusive())
        return radio->isChecked();
    return true;
}

bool isInside(const QWidget *w, const QWidget *container)
{
    return w && (w == container || container->isAncestorOf(w));
}

// Presses Tab from start until focus comes back to it; reports a page Tab never enters, controls it never
// reaches, and a control that keeps the focus (a trap).
QStringList tabOrderProblems(QWidget *window, QWidget *start, QWidget *page)
{
    QStringList problems;
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start) {
        problems << u"  cannot put the focus on "_s + describe(start, window);
        return problems;
    }
    QList<QWidget *> visited;
    QWidget *previous = start;
    int sameInARow = 0;
    constexpr int kMaxPresses = 300;
    for (int i = 0; i < kMaxPresses; ++i) {
        QWidget *current = QApplication::focusWidget();
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (next == start)
            break;
        if (!next) {
            problems << u"  Tab from %1 leaves no widget with the focus"_s.arg(describe(current, window));
            break;
        }
        if (next == previous) {
            if (++sameInARow >= 20) {
                problems << u"  Tab is trapped in "_s + describe(next, window);
                break;
            }
        } else {
            sameInARow = 0;
        }
        previous = next;
        if (!visited.contains(next))
            visited << next;
        if (i == kMaxPresses - 1)
            problems
                << u"  Tab did not come back to %1 after %2 presses"_s.arg(describe(start, window)).arg(kMaxPresses);
    }
    if (page) {
        const bool entered
            = std::any_of(visited.cbegin(), visited.cend(), [page](QWidget *w) { return isInside(w, page); });
        if (!entered)
            problems << u"  Tab from the navigation never enters the page (nothing in it takes the focus)"_s;
    }
    QWidget *scope = page ? page : window;
    const auto widgets = scope->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (takesTabFocus(w) && w->window() == window && !isPartOfAnotherControl(w, scope) && !visited.contains(w)
            && w != start)
            problems << u"  not reached by Tab: "_s + describe(w, scope);
    }
    return problems;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sspr::Store::Database> m_db;
    std::unique_ptr<Sspr::Store::Database> m_graphDb; // a Graph profile (never reachable): the Outbox page
    qint64 m_uid = 0; // a user with several methods

    void checkDialog(QDialog *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QStringList problems = unnamedControls(dialog);
        QWidget *start = QApplication::focusWidget();
        QVERIFY2(start, "the dialog opens with nothing focused");
        problems += tabOrderProblems(dialog, start, nullptr);
        // QFAIL, unlike QVERIFY2, does not cut its message at 1024 characters: every offender is listed.
        if (!problems.isEmpty())
            QFAIL(qPrintable(
                u"%1: %2 problem(s):\n%3"_s.arg(dialog->objectName()).arg(problems.size()).arg(problems.join(u'\n'))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Sspr::Store::Database::open(
            m_dir.filePath(u"a11y.sqlite"_s), Sspr::Store::Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(Sspr::Services::seedDemoTenant(*db.value(), 200, 7));
        m_db = std::move(db).value();
        {
            auto graph = Sspr::Store::Database::open(
                m_dir.filePath(u"a11y-graph.sqlite"_s), Sspr::Store::Database::OpenMode::CreateIfMissing);
            QVERIFY(graph);
            Sspr::Services::TenantProfile profile;
            profile.name = u"a11y-graph"_s;
            profile.tenant = u"contoso.onmicrosoft.com"_s;
            profile.displayName = u"Contoso"_s;
            profile.clientId = u"3f0e4d1a-9a7b-4c55-8f1e-2b6d0c9e7a11"_s;
            profile.signIn = Sspr::Services::TenantProfile::SignIn::ClientSecret;
            profile.authorityUrl = QUrl(u"http://127.0.0.1:9"_s);
            profile.graphUrl = QUrl(u"http://127.0.0.1:9"_s);
            QVERIFY(profile.save(*graph.value()));
            m_graphDb = std::move(graph).value();
        }
        Sspr::Store::UserFilter filter;
        auto rows = Sspr::Store::UserDirectory(*m_db).page(filter, {}, 200);
        QVERIFY(rows);
        for (const auto &row : rows.value()) {
            if (std::popcount(quint32(row.methodMask)) >= 3) {
                m_uid = row.uid;
                break;
            }
        }
        QVERIFY(m_uid != 0);
    }

    // The detectors themselves: an unnamed field and a Tab trap are reported.
    void detectorsFindProblems()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *named = new QLineEdit(&window);
        named->setAccessibleName(u"Named"_s);
        auto *unnamed = new QLineEdit(&window);
        unnamed->setObjectName(u"unnamedEdit"_s);
        auto *table = new QTableWidget(20, 20, &window);
        table->setObjectName(u"trapTable"_s);
        table->setAccessibleName(u"Cells"_s);
        table->setTabKeyNavigation(true);
        for (QWidget *w : std::initializer_list<QWidget *> {named, unnamed, table})
            layout->addWidget(w);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QStringList unnamedFound = unnamedControls(&window);
        QCOMPARE(unnamedFound.size(), 1);
        QVERIFY(unnamedFound.constFirst().contains(u"unnamedEdit"_s));
        const QString problems = tabOrderProblems(&window, named, nullptr).join(u'\n');
        QVERIFY2(problems.contains(u"trapped in QTableWidget trapTable"_s), qPrintable(problems));
    }

    void page_data()
    {
        QTest::addColumn<int>("page");
        const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
        for (int i = 0; i < pages.keyCount(); ++i)
            QTest::newRow(pages.key(i)) << pages.value(i);
    }

    void page()
    {
        QFETCH(int, page);
        MainWindow window(page == int(MainWindow::Page::Outbox) ? *m_graphDb : *m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(static_cast<MainWindow::Page>(page));
        QWidget *pageWidget = window.pageWidget(static_cast<MainWindow::Page>(page));
        QVERIFY(pageWidget && pageWidget->isVisible());
        QTest::qWait(0);

        QStringList problems = unnamedControls(pageWidget);
        auto *navigation = window.findChild<QTreeWidget *>(u"navigationTree"_s);
        QVERIFY(navigation);
        problems += tabOrderProblems(&window, navigation, pageWidget);
        if (!problems.isEmpty())
            QFAIL(qPrintable(u"page %1: %2 problem(s):\n%3"_s.arg(pageWidget->objectName())
                                 .arg(problems.size())
                                 .arg(problems.join(u'\n'))));
    }

    // What is around the pages: header, navigation, menus' owner.
    void shell()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *stack = window.findChild<QWidget *>(u"pageStack"_s);
        QVERIFY(stack);
        QStringList problems;
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (isInside(w, stack) || !w->isVisible() || !isInteractive(w) || isPartOfAnotherControl(w, &window))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                problems << u"  no accessible name: "_s + describe(w, &window);
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(problems.join(u'\n')));
    }

    void settingsDialog()
    {
        Sspr::Services::AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        Sspr::Gui::SettingsDialog dialog(settings);
        checkDialog(&dialog);
    }

    void userDialog()
    {
        Sspr::Gui::UserDialog dialog(*m_db, m_uid);
        checkDialog(&dialog);
    }

    void addMethodDialog()
    {
        auto user = Sspr::Store::UserDirectory(*m_db).user(m_uid);
        QVERIFY(user);
        Sspr::Services::EnrollmentService service(*m_db, u"test"_s, u"console"_s);
        Sspr::Gui::AddMethodDialog dialog(service, m_uid, user.value());
        checkDialog(&dialog);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
