// sspr-console start to first paint, and resident memory while browsing, on a large store.
//   QT_QPA_PLATFORM=offscreen bench_startup STORE.sqlite      (or under Xvfb with DISPLAY set)
// Times what app/main.cpp does before the event loop: QApplication, StoreLocator::open, MainWindow construction,
// show(), up to the first paint event of the window (and, from /proc, since the process was started). Then browses
// the way a person does: the Users page, 50 more pages of the list (fetchMore), 50 searches typed into the search
// field (each waiting for its count), the Groups page with its first search; VmRSS after each step.
// Issue 4's bars: start to first paint <= 1 s; resident memory while browsing <= 250 MB.
#include "groupspage.h"
#include "mainwindow.h"
#include "storelocator.h"
#include "userlistmodel.h"
#include "userspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The first paint of any widget of the window: the moment something is on screen.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    { }
    bool seen() const { return m_seen; }
    qint64 at = 0;
    const QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            at = clock->nsecsElapsed();
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

// kB of a /proc/self/status field (VmRSS, VmHWM).
long statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Milliseconds since the kernel started this process (/proc/self/stat field 22 against /proc/uptime).
double msSinceExec()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall; 3 is the first after ")"
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(::sysconf(_SC_CLK_TCK))) * 1000.0;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup STORE.sqlite\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ssprconsole-bench"_s);
    const qint64 tApp = clock.nsecsElapsed();

    Sspr::Services::StoreLocator::Options options;
    options.dbPath = QString::fromLocal8Bit(argv[1]);
    auto db = Sspr::Services::StoreLocator::open(options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const qint64 tOpen = clock.nsecsElapsed();

    Sspr::Gui::MainWindow window(*db.value());
    const qint64 tConstruct = clock.nsecsElapsed();
    FirstPaint firstPaint(&window);
    firstPaint.clock = &clock;
    app.installEventFilter(&firstPaint);
    window.show();
    const qint64 tShow = clock.nsecsElapsed();
    waitUntil([&] { return firstPaint.seen(); }, 10000);
    const double execToPaint = msSinceExec();
    app.removeEventFilter(&firstPaint);
    QTest::qWaitForWindowExposed(&window);
    const long rssStart = statusKb("VmRSS");

    QTextStream out(stdout);
    out << "store: " << options.dbPath << "\n";
    out << QString::asprintf("QApplication           %8.1f ms\n", ms(tApp));
    out << QString::asprintf("StoreLocator::open     %8.1f ms\n", ms(tOpen - tApp));
    out << QString::asprintf("MainWindow constructed %8.1f ms\n", ms(tConstruct - tOpen));
    out << QString::asprintf("show()                 %8.1f ms\n", ms(tShow - tConstruct));
    out << QString::asprintf("first paint            %8.1f ms after main() (%s)\n", ms(firstPaint.at),
        firstPaint.seen() ? "seen" : "NOT SEEN");
    out << QString::asprintf("first paint            %8.1f ms after exec (from /proc, 10 ms ticks)\n", execToPaint);
    out << QString::asprintf("VmRSS at first paint   %8.1f MB\n", double(rssStart) / 1024.0);
    out.flush();

    // Browse: the Users page and 50 more pages of it.
    QElapsedTimer t;
    t.start();
    window.showPage(Sspr::Gui::MainWindow::Page::Users);
    auto *users = qobject_cast<Sspr::Gui::UsersPage *>(window.pageWidget(Sspr::Gui::MainWindow::Page::Users));
    if (!users) {
        std::fprintf(stderr, "no Users page\n");
        return 1;
    }
    waitUntil([&] { return users->model()->rowCount() > 0; }, 10000);
    const double usersShown = double(t.elapsed());
    auto *total = users->findChild<QLabel *>(u"userTotalLabel"_s);
    waitUntil([&] { return total && !total->text().startsWith(u"Count"_s); }, 20000);
    t.restart();
    for (int i = 0; i < 50 && users->model()->canFetchMore({}); ++i)
        users->model()->fetchMore({});
    const double pagesMs = double(t.elapsed());
    QCoreApplication::processEvents();
    const int rowsBrowsed = users->model()->rowCount();
    const long rssPages = statusKb("VmRSS");

    // 50 searches typed into the search field; each waits for its first page and its total.
    const QStringList words = {u"a"_s, u"jo"_s, u"maria"_s, u"smith"_s, u"li"_s, u"garcia"_s, u"kim"_s, u"5550"_s,
        u"+44 20"_s, u"nguyen"_s, u"ann"_s, u"müller"_s, u"zzzz"_s, u"o'brien"_s, u"chen"_s, u"sales"_s, u"7946"_s,
        u"patel"_s, u"da"_s, u"schmidt"_s, u"lee"_s, u"an"_s, u"rossi"_s, u"mar"_s, u"1234"_s};
    auto *search = users->findChild<QLineEdit *>(u"userSearchEdit"_s);
    t.restart();
    int searches = 0;
    for (int round = 0; round < 2; ++round) {
        for (const QString &word : words) {
            const QString text = round == 0 ? word : word + u" e"_s;
            search->setText(text);
            waitUntil([&] { return users->model()->filter().text == text; }, 5000);
            waitUntil([&] { return !total->text().startsWith(u"Count"_s); }, 20000);
            ++searches;
        }
    }
    const double searchMs = double(t.elapsed());
    const long rssSearches = statusKb("VmRSS");

    // The Groups page and its first search (counts of every listed group).
    t.restart();
    window.showPage(Sspr::Gui::MainWindow::Page::Groups);
    auto *groups = qobject_cast<Sspr::Gui::GroupsPage *>(window.pageWidget(Sspr::Gui::MainWindow::Page::Groups));
    if (groups)
        waitUntil([&] { return groups->selectedGroup() > 0; }, 30000);
    const double groupsMs = double(t.elapsed());
    const long rssGroups = statusKb("VmRSS");

    out << QString::asprintf("Users page first rows  %8.1f ms\n", usersShown);
    out << QString::asprintf("50 x fetchMore         %8.1f ms (%d rows in the model)\n", pagesMs, rowsBrowsed);
    out << QString::asprintf("VmRSS after paging     %8.1f MB\n", double(rssPages) / 1024.0);
    out << QString::asprintf(
        "%d searches            %8.1f ms (typed, first page and total each)\n", searches, searchMs);
    out << QString::asprintf("VmRSS after searches   %8.1f MB\n", double(rssSearches) / 1024.0);
    out << QString::asprintf("Groups page listed     %8.1f ms\n", groupsMs);
    out << QString::asprintf("VmRSS after groups     %8.1f MB\n", double(rssGroups) / 1024.0);
    out << QString::asprintf("VmHWM (peak RSS)       %8.1f MB\n", double(statusKb("VmHWM")) / 1024.0);
    return 0;
}
