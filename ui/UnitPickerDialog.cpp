#include "UnitPickerDialog.h"

#include "db/Database.h"
#include "db/UnitRepository.h"
#include "text/VietnameseText.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ttcs::ui {

namespace {
enum { UnitIdRole = Qt::UserRole + 1, GroupIdRole, FoldedRole, NameRole };
}

UnitPickerDialog::UnitPickerDialog(db::Database &db, int year, const QString &title,
                                   QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("unitPicker"));
    setWindowTitle(title);
    m_search->setObjectName(QStringLiteral("unitPickerSearch"));
    m_search->setPlaceholderText(tr("Type part of a name (without diacritics is fine)"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("unitPickerList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);

    db::UnitRepository units(db);
    if (auto groups = units.groups()) {
        QFont bold = m_list->font();
        bold.setBold(true);
        for (const UnitGroup &g : groups.value()) {
            const auto members = units.expandGroup(g.id, year);
            const int count = members ? int(members->size()) : 0;
            auto *item = new QListWidgetItem(tr("%1 (group, %n units in %2)", nullptr, count)
                                                 .arg(g.name)
                                                 .arg(year),
                                             m_list);
            item->setFont(bold);
            item->setData(GroupIdRole, g.id);
            item->setData(NameRole, g.name);
            item->setData(FoldedRole, text::fold(g.name));
            item->setToolTip(tr("Every unit of the group that exists in the year"));
        }
    }
    if (auto existing = units.existingIn(year)) {
        QList<Unit> list = existing.value();
        std::sort(list.begin(), list.end(), [](const Unit &a, const Unit &b) {
            return text::collationKey(a.name) < text::collationKey(b.name);
        });
        for (const Unit &u : std::as_const(list)) {
            auto *item = new QListWidgetItem(u.name, m_list);
            item->setData(UnitIdRole, u.id);
            item->setData(NameRole, u.name);
            item->setData(FoldedRole, text::fold(u.name + QLatin1Char(' ') + u.shortName));
            item->setToolTip(unitKindLabel(u.kind));
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &UnitPickerDialog::filter);
    // Enter in the search field picks the only match or the first one.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int r = 0; r < m_list->count(); ++r) {
            if (!m_list->item(r)->isHidden()) {
                if (m_list->selectedItems().isEmpty())
                    m_list->item(r)->setSelected(true);
                accept();
                return;
            }
        }
    });
    auto *hint = new QLabel(tr("Ctrl+click or Shift+click chooses several."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 560);
}

void UnitPickerDialog::filter(const QString &text)
{
    const QStringList words = text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int r = 0; r < m_list->count(); ++r) {
        QListWidgetItem *item = m_list->item(r);
        const QString folded = item->data(FoldedRole).toString();
        const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return folded.contains(w);
        });
        item->setHidden(!match);
        if (!match)
            item->setSelected(false);
    }
}

QList<TaskRole> UnitPickerDialog::chosen(TaskRoleKind kind) const
{
    QList<TaskRole> out;
    for (int r = 0; r < m_list->count(); ++r) {
        const QListWidgetItem *item = m_list->item(r);
        if (!item->isSelected() || item->isHidden())
            continue;
        TaskRole role;
        role.role = kind;
        role.unitId = item->data(UnitIdRole).toLongLong();
        role.groupId = item->data(GroupIdRole).toLongLong();
        role.name = item->data(NameRole).toString();
        out << role;
    }
    return out;
}

} // namespace ttcs::ui
