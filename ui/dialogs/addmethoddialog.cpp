#include "addmethoddialog.h"

#include "appsettings.h"
#include "enrollmentservice.h"
#include "methodrules.h"
#include "phonenumber.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sspr::Gui {

using Core::MethodType;
using namespace Qt::StringLiterals;

AddMethodDialog::AddMethodDialog(Services::EnrollmentService &service, qint64 uid, const Core::UserRecord &user,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_uid(uid)
    , m_user(user)
{
    setObjectName(u"addMethodDialog"_s);
    setWindowTitle(tr("Add authentication method — %1").arg(user.displayName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"methodKindCombo"_s);
    m_kind->setAccessibleName(tr("Method"));
    m_kind->addItem(tr("Phone number — mobile"), int(MethodType::MobilePhone));
    m_kind->addItem(tr("Phone number — alternate mobile"), int(MethodType::AlternateMobilePhone));
    m_kind->addItem(tr("Phone number — office"), int(MethodType::OfficePhone));
    m_kind->addItem(tr("Email address"), int(MethodType::Email));
    form->addRow(tr("&Method:"), m_kind);

    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionCombo"_s);
    m_region->setAccessibleName(tr("Country or region for numbers without a country code"));
    struct Region
    {
        QString code;
        QString name;
    };
    QList<Region> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && Core::PhoneNumber::isKnownRegion(code))
            regions.append({code, QLocale::territoryToString(territory)});
    }
    std::sort(regions.begin(), regions.end(),
              [](const Region &a, const Region &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Region &r : std::as_const(regions))
        m_region->addItem(tr("%1 (%2)").arg(r.name, r.code), r.code);
    const QString defaultRegion
        = Core::PhoneNumber::defaultRegionFor(user.usageLocation, Services::AppSettings().defaultPhoneRegion());
    m_region->setCurrentIndex(std::max(0, m_region->findData(defaultRegion)));
    m_regionLabel = new QLabel(tr("&Country or region:"), this);
    m_regionLabel->setBuddy(m_region);
    form->addRow(m_regionLabel, m_region);

    m_value = new QLineEdit(this);
    m_value->setObjectName(u"methodValueEdit"_s);
    m_value->setMaxLength(Core::PhoneNumber::kMaxInputLength * 4);
    m_valueLabel = new QLabel(this);
    m_valueLabel->setBuddy(m_value);
    form->addRow(m_valueLabel, m_value);
    layout->addLayout(form);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(u"methodFeedbackLabel"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 3);
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_feedback);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"methodButtons"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddMethodDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddMethodDialog::updateForm);
    connect(m_region, &QComboBox::currentIndexChanged, this, &AddMethodDialog::validate);
    connect(m_value, &QLineEdit::textChanged, this, &AddMethodDialog::validate);

    // Start on the first phone type the user can still add.
    for (int i = 0; i < m_kind->count(); ++i) {
        const auto type = static_cast<MethodType>(m_kind->itemData(i).toInt());
        if (Core::MethodRules::canAddMethodType(user.methods, type)) {
            m_kind->setCurrentIndex(i);
            break;
        }
    }
    updateForm();
    setMinimumWidth(480);
    m_value->setFocus();
}

void AddMethodDialog::setKind(MethodType type)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(type))));
}

void AddMethodDialog::setEditing(const Core::AuthMethod &method)
{
    m_editingId = method.id;
    setWindowTitle(tr("Edit %1 — %2").arg(Core::methodTypeDisplayName(method.type), m_user.displayName));
    setKind(method.type);
    m_kind->setEnabled(false);
    m_kind->setToolTip(tr("The kind of a phone method cannot change: add the new kind, then delete the old one."));
    m_value->setText(method.value);
    m_value->selectAll();
    updateForm();
}

bool AddMethodDialog::isPhone() const
{
    return Core::isPhoneType(selectedType());
}

MethodType AddMethodDialog::selectedType() const
{
    return static_cast<MethodType>(m_kind->currentData().toInt());
}

QString AddMethodDialog::selectedRegion() const
{
    return m_region->currentData().toString();
}

void AddMethodDialog::updateForm()
{
    const bool phone = isPhone();
    m_region->setVisible(phone);
    m_regionLabel->setVisible(phone);
    m_valueLabel->setText(phone ? tr("&Phone number:") : tr("&Email address:"));
    m_value->setAccessibleName(phone ? tr("Phone number") : tr("Email address"));
    m_value->setPlaceholderText(phone ? tr("e.g. +49 170 1234567, (425) 555-0100, 0170 1234567")
                                      : tr("e.g. kim@example.com"));
    validate();
}

void AddMethodDialog::validate()
{
    const MethodType type = selectedType();
    QString message;
    bool ok = false;
    Core::Status rule = m_editingId.isEmpty() ? Core::MethodRules::canAddMethodType(m_user.methods, type)
                                              : Core::Status();
    if (!rule) {
        message = rule.errorMessage();
    } else if (m_value->text().trimmed().isEmpty()) {
        message = isPhone() ? tr("Type the number with its country code (+CC), or in the national format of the "
                                 "country chosen above.")
                            : tr("Type the address the user will receive reset codes at.");
    } else if (isPhone()) {
        const Core::PhoneNumber number = Core::PhoneNumber::parse(m_value->text(), selectedRegion());
        if (!number.isValid()) {
            message = number.errorMessage();
        } else {
            const Core::Status s = m_editingId.isEmpty()
                ? Core::MethodRules::canAddPhone(m_user.methods, type, number)
                : Core::MethodRules::canUpdatePhone(m_user.methods, m_editingId, type, number);
            if (!s) {
                message = s.errorMessage();
            } else {
                ok = true;
                message = tr("Will be saved as %1 — %2.")
                              .arg(number.graphForm(),
                                   Core::PhoneNumber::describeRegion(number.regionCode(), number.countryCode()));
                auto shared = m_service.sharedWith(m_uid, number.graphForm());
                if (shared && !shared->isEmpty())
                    message += u'\n'
                        + tr("Note: this number is already registered for %n other account(s): %1", nullptr,
                             int(shared->size()))
                              .arg(shared->mid(0, 3).join(u", "_s));
            }
        }
    } else {
        const Core::Status s = Core::MethodRules::canAddEmail(m_user.methods, m_value->text().trimmed());
        ok = bool(s);
        message = ok ? tr("Will be saved as %1.").arg(m_value->text().trimmed()) : s.errorMessage();
    }
    m_valid = ok;
    m_feedback->setText(message);
    // Problems in red that reads on both light and dark palettes; guidance in the normal text colour.
    const bool problem = !ok && !m_value->text().trimmed().isEmpty();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette feedbackPalette = palette();
    if (problem)
        feedbackPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    m_feedback->setPalette(feedbackPalette);
    m_feedback->setAccessibleName(message);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

void AddMethodDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    Core::Status status;
    if (!m_editingId.isEmpty()) {
        auto r = m_service.updatePhone(m_uid, m_editingId, m_value->text(), selectedRegion());
        status = r ? Core::Status() : Core::Status(r.error());
    } else if (isPhone()) {
        auto r = m_service.addPhone(m_uid, selectedType(), m_value->text(), selectedRegion());
        status = r ? Core::Status() : Core::Status(r.error());
    } else {
        auto r = m_service.addEmail(m_uid, m_value->text());
        status = r ? Core::Status() : Core::Status(r.error());
    }
    if (!status) {
        m_feedback->setText(tr("Not saved: %1").arg(status.errorMessage()));
        return;
    }
    QDialog::accept();
}

} // namespace Sspr::Gui
