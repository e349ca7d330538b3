#pragma once

#include <QWidget>

namespace Sspr::Gui {

// The frame of a page whose feature has not landed yet: its title and a plain statement, nothing that looks usable.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    explicit PlaceholderPage(const QString &title, QWidget *parent = nullptr);
};

} // namespace Sspr::Gui
