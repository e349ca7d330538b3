#pragma once

#include <QWidget>

class QLabel;

namespace Sspr::Gui {

// A page's title line, as the portal shows it above each blade page, with an optional one-line description.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    void setDescription(const QString &text);

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace Sspr::Gui
