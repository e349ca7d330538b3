#pragma once

#include "ssprpolicy.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Sspr::Gui {

// "+ Predefined": tick questions of the predefined list that are not in the pool yet, at most `room` of them.
class PredefinedQuestionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredefinedQuestionsDialog)

public:
    PredefinedQuestionsDialog(const QList<Core::SecurityQuestion> &available, int room, QWidget *parent = nullptr);

    QList<Core::SecurityQuestion> chosen() const;

private:
    void updateState();

    QList<Core::SecurityQuestion> m_available;
    int m_room;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Sspr::Gui
