#include "import/SpokespersonDialog.h"

#include "db/Database.h"
#include "db/UnitRepository.h"
#include "text/EmailAddress.h"
#include "text/PhoneNumber.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ttcs::ui {

namespace {

// A date edit that can also hold "no date", shown as `none`.
QDateEdit *optionalDate(QWidget *parent, const QDate &date, const QString &none)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(QDate(1990, 1, 1));
    edit->setSpecialValueText(none);
    edit->setDate(date.isValid() ? date : edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

SpokespersonDialog::SpokespersonDialog(db::Database &db, const db::SpokespersonRecord &record,
                                       QWidget *parent)
    : QDialog(parent)
    , m_record(record)
    , m_name(new QLineEdit(record.person.name, this))
    , m_position(new QLineEdit(record.person.position, this))
    , m_unit(new QComboBox(this))
    , m_phone(new QLineEdit(record.person.phone, this))
    , m_email(new QLineEdit(record.person.email, this))
    , m_decision(new QLineEdit(record.person.decision, this))
    , m_from(optionalDate(this, record.person.servingFrom, tr("not known")))
    , m_to(optionalDate(this, record.person.servingTo, tr("still serving")))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("spokespersonDialog"));
    setWindowTitle(tr("Spokesperson"));
    m_name->setObjectName(QStringLiteral("personName"));
    m_position->setObjectName(QStringLiteral("personPosition"));
    m_unit->setObjectName(QStringLiteral("personUnit"));
    m_phone->setObjectName(QStringLiteral("personPhone"));
    m_email->setObjectName(QStringLiteral("personEmail"));
    m_from->setObjectName(QStringLiteral("personFrom"));
    m_to->setObjectName(QStringLiteral("personTo"));
    m_phone->setToolTip(tr("Spaces, dots and +84 are fine; several numbers separated by “;”"));
    m_from->setToolTip(tr("The first day of service; the lowest date means not known"));
    m_to->setToolTip(tr("The last day of service; the lowest date means still serving"));

    // The units to choose from; the file's own text when none matched.
    QList<QPair<QString, qint64>> units;
    if (auto all = db::UnitRepository(db).all()) {
        for (const Unit &u : all.value()) {
            if (!u.validTo.isValid() || u.id == record.person.unitId)
                units << qMakePair(u.name, u.id);
        }
    }
    std::sort(units.begin(), units.end(), [](const auto &a, const auto &b) {
        return text::collationKey(a.first) < text::collationKey(b.first);
    });
    m_unit->addItem(record.unitText.isEmpty()
                        ? tr("(no unit)")
                        : tr("(no unit: “%1” as in the file)").arg(record.unitText),
                    qint64(0));
    for (const auto &u : units)
        m_unit->addItem(u.first, u.second);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(record.person.unitId)));
    m_unit->setEditable(true); // typing finds a unit among many
    m_unit->setInsertPolicy(QComboBox::NoInsert);

    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("Appointing &decision:"), m_decision);
    form->addRow(tr("Serving &from:"), m_from);
    form->addRow(tr("Serving &until:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SpokespersonDialog::accept()
{
    const auto refuse = [this](const QString &message, QWidget *focus) {
        m_error->setText(message);
        m_error->show();
        focus->setFocus();
    };
    const QString name = text::clean(m_name->text());
    if (name.isEmpty())
        return refuse(tr("The name cannot be empty."), m_name);
    const text::PhoneCheck phone = text::checkPhoneNumber(m_phone->text());
    if (!phone.ok)
        return refuse(tr("The phone number is not valid: %1").arg(phone.note), m_phone);
    const text::EmailCheck email = text::checkEmailAddress(m_email->text());
    if (!email.ok)
        return refuse(tr("The email address is not valid: %1").arg(email.note), m_email);
    const QDate from = dateOf(m_from);
    const QDate to = dateOf(m_to);
    if (from.isValid() && to.isValid() && to < from)
        return refuse(tr("The last day of service comes before the first."), m_to);
    // A unit typed but not found is refused rather than guessed.
    const int unitIndex = m_unit->findText(m_unit->currentText(), Qt::MatchFixedString);
    if (unitIndex < 0)
        return refuse(tr("No unit is called “%1”.").arg(m_unit->currentText()), m_unit);

    m_record.person.name = name;
    m_record.person.position = text::clean(m_position->text());
    m_record.person.unitId = m_unit->itemData(unitIndex).toLongLong();
    m_record.person.unitName = m_record.person.unitId > 0 ? m_unit->itemText(unitIndex)
                                                          : m_record.unitText;
    m_record.person.phone = phone.normalised;
    m_record.person.email = email.normalised;
    m_record.person.decision = text::clean(m_decision->text());
    m_record.person.servingFrom = from;
    m_record.person.servingTo = to;
    QDialog::accept();
}

SpokespersonEditCommand::SpokespersonEditCommand(db::Database &db, db::SpokespersonRecord before,
                                                 db::SpokespersonRecord after,
                                                 std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("ttcs::ui::SpokespersonDialog",
                                               "Edit spokesperson %1")
                       .arg(after.person.name))
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{}

void SpokespersonEditCommand::apply(const db::SpokespersonRecord &record)
{
    const Status st = m_db.transaction(
        [&] { return db::SpokespersonRepository(m_db).updateRecords({record}); });
    m_error = st.ok() ? QString() : st.error();
    if (!st.ok())
        setObsolete(true);
    if (m_changed)
        m_changed(m_error);
}

void SpokespersonEditCommand::redo()
{
    apply(m_after);
}

void SpokespersonEditCommand::undo()
{
    apply(m_before);
}

} // namespace ttcs::ui
