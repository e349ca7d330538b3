#pragma once

#include "result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Sspr::Store {
class Database;
}

namespace Sspr::Gui {

// Authenticator keys for every member of a group (nested groups included; guests left out, as Entra's OATH tokens
// are not for them): one PDF handout page per user and the Entra hardware-OATH CSV for the upload, written with a
// progress dialog that can cancel. The secrets exist only in these two files and in memory; the store records each
// token (serial, date, who issued it) through Services::TokenIssuer.
class GroupSheetsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSheetsDialog)

public:
    GroupSheetsDialog(Store::Database &db, const QString &issuer, QWidget *parent = nullptr);

    // Picks a group (as the list does); false when it is not in the store.
    bool selectGroup(qint64 gid);
    void setOutputPaths(const QString &pdfPath, const QString &csvPath);
    // Makes the keys, writes both files and records the tokens. On failure or cancel no file is left behind.
    Core::Status createSheets();
    // What was written, for the page to show after the dialog closes.
    QString summary() const { return m_summary; }

    void accept() override;

private:
    void searchGroups();
    void chooseCurrentGroup();
    void browse(QLineEdit *edit, const QString &title, const QString &filter, const QString &suffix);
    void updateState();

    Store::Database &m_db;
    qint64 m_gid = 0;
    QString m_groupName;
    QString m_summary;
    QString m_suggestedPdf; // the paths filled in for the chosen group, replaced when another group is chosen
    QString m_suggestedCsv;
    QLineEdit *m_search = nullptr;
    QListWidget *m_groups = nullptr;
    QLabel *m_members = nullptr;
    QLineEdit *m_issuer = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_pdfPath = nullptr;
    QLineEdit *m_csvPath = nullptr;
    QCheckBox *m_includeKey = nullptr;
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Sspr::Gui
