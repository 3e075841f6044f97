#include "UnitDialogs.h"

#include "text/VietnameseText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ttcs::ui {

namespace {

QList<Unit> byName(QList<Unit> units)
{
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) {
        return text::collationKey(a.name) < text::collationKey(b.name);
    });
    return units;
}

QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

QDialogButtonBox *buttonsFor(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(UnitDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

UnitDialog::UnitDialog(const Unit *unit, const QList<Unit> &units, int year, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit ? *unit : Unit{})
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_parent(new QComboBox(this))
    , m_hasStart(new QCheckBox(tr("&Exists from:"), this))
    , m_start(dateEdit(this, QDate(year, 1, 1)))
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(unit ? tr("Edit unit") : tr("New unit"));
    m_name->setObjectName(QStringLiteral("unitName"));
    m_name->setPlaceholderText(tr("e.g. Sở Tư pháp; UBND xã Nam Mẫu"));
    m_shortName->setObjectName(QStringLiteral("unitShortName"));
    m_kind->setObjectName(QStringLiteral("unitKind"));
    for (UnitKind k : allUnitKinds())
        m_kind->addItem(unitKindLabel(k), int(k));
    m_parent->setObjectName(QStringLiteral("unitParent"));
    m_parent->addItem(tr("(none)"), 0);
    for (const Unit &u : byName(units)) {
        if (unit && u.id == unit->id)
            continue;
        m_parent->addItem(u.name, u.id);
    }
    m_parent->setToolTip(tr("A commune's district, for example"));
    m_parent->setMaximumWidth(520);

    m_name->setText(m_unit.name);
    m_shortName->setText(m_unit.shortName);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(m_unit.kind))));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(m_unit.parentId)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Under:"), m_parent);
    if (!unit) {
        auto *startRow = new QHBoxLayout;
        startRow->addWidget(m_hasStart);
        startRow->addWidget(m_start);
        startRow->addStretch();
        m_start->setEnabled(false);
        connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
        form->addRow(startRow);
    } else {
        m_hasStart->hide();
        m_start->hide();
        auto *note = new QLabel(tr("This corrects the unit in every year. When the unit was "
                                   "renamed on a date, use Rename instead, so that earlier "
                                   "years keep the old name."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttonsFor(this, unit ? tr("&Save") : tr("&Add")));
    resize(600, sizeHint().height());
}

Unit UnitDialog::unit() const
{
    Unit u = m_unit;
    u.name = text::clean(m_name->text());
    u.shortName = text::clean(m_shortName->text());
    u.kind = UnitKind(m_kind->currentData().toInt());
    u.parentId = m_parent->currentData().toLongLong();
    if (m_unit.id == 0)
        u.validFrom = m_hasStart->isChecked() ? m_start->date() : QDate();
    return u;
}

void UnitDialog::startLike(const Unit &sibling)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(sibling.kind))));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(sibling.parentId)));
}

void UnitDialog::accept()
{
    if (text::clean(m_name->text()).isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A unit needs a name."));
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

UnitChangeDialog::UnitChangeDialog(Change change, const Unit &unit, const QList<Unit> &others,
                                   int year, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_unit(unit)
    , m_from(dateEdit(this, QDate(year, 1, 1)))
{
    setObjectName(QStringLiteral("unitChangeDialog"));
    m_from->setObjectName(QStringLiteral("changeFrom"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *what = new QLabel(QStringLiteral("<b>%1</b>").arg(unit.name.toHtmlEscaped()), this);
    what->setWordWrap(true);
    form->addRow(what);
    QString okText;
    QString note;
    switch (change) {
    case Rename:
        setWindowTitle(tr("Rename unit"));
        m_name = new QLineEdit(unit.name, this);
        m_name->setObjectName(QStringLiteral("newName"));
        m_shortName = new QLineEdit(unit.shortName, this);
        m_shortName->setObjectName(QStringLiteral("newShortName"));
        form->addRow(tr("&New name:"), m_name);
        form->addRow(tr("New &short name:"), m_shortName);
        form->addRow(tr("&From:"), m_from);
        okText = tr("&Rename");
        note = tr("Reports of the years before keep the old name.");
        break;
    case Merge:
        setWindowTitle(tr("Merge unit"));
        m_into = new QComboBox(this);
        m_into->setObjectName(QStringLiteral("mergeInto"));
        for (const Unit &u : byName(others)) {
            if (u.id != unit.id)
                m_into->addItem(u.name, u.id);
        }
        m_into->setMaximumWidth(520);
        form->addRow(tr("Merged &into:"), m_into);
        form->addRow(tr("&From:"), m_from);
        okText = tr("&Merge");
        note = tr("From that date on the unit is part of the other one; the years before keep "
                  "it as it was.");
        break;
    case Dissolve:
        setWindowTitle(tr("Dissolve unit"));
        form->addRow(tr("No longer exists &from:"), m_from);
        okText = tr("&Dissolve");
        note = tr("The years before keep the unit and what it reported.");
        break;
    }
    auto *noteLabel = new QLabel(note, this);
    noteLabel->setWordWrap(true);
    form->addRow(noteLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttonsFor(this, okText));
    resize(560, sizeHint().height());
}

QDate UnitChangeDialog::from() const
{
    return m_from->date();
}

QString UnitChangeDialog::newName() const
{
    return m_name ? text::clean(m_name->text()) : QString();
}

QString UnitChangeDialog::newShortName() const
{
    return m_shortName ? text::clean(m_shortName->text()) : QString();
}

qint64 UnitChangeDialog::intoId() const
{
    return m_into ? m_into->currentData().toLongLong() : 0;
}

void UnitChangeDialog::accept()
{
    if (m_change == Rename && (newName().isEmpty() || newName() == m_unit.name)) {
        QMessageBox::warning(this, windowTitle(), tr("Enter the unit's new name."));
        m_name->setFocus();
        return;
    }
    if (m_change == Merge && intoId() == 0) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the unit it is merged into."));
        return;
    }
    QDialog::accept();
}

} // namespace ttcs::ui
