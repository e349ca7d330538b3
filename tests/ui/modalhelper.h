#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Sspr::Test {

// Acts on the next modal dialog of type T once it is shown, without blocking: a timer polls for it, so a
// dialog opened after another one closes (a chain of modals) is found too. Whatever the action leaves open is
// rejected, so a failing check never leaves a modal dialog (and the test) hanging. `seen` tells whether the
// dialog appeared within `timeoutMs`.
template<typename T>
void onNextModal(QObject *context, const std::function<void(T *)> &act, bool *seen = nullptr, int timeoutMs = 10000)
{
    if (seen)
        *seen = false;
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, context, [timer, act, seen, clock, timeoutMs] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!modal) {
            if (clock->elapsed() > timeoutMs) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (seen)
            *seen = true;
        QPointer<T> guard(modal);
        act(modal);
        if (guard && guard->isVisible())
            guard->reject();
    });
    timer->start();
}

} // namespace Sspr::Test
