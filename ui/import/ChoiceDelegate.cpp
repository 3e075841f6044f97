#include "import/ChoiceDelegate.h"

#include "import/ImportModels.h"

#include <QComboBox>

namespace ttcs::ui {

ChoiceDelegate::ChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariant choices = index.data(ChoicesRole);
    if (!choices.isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (const QVariant &c : choices.toList()) {
        const QVariantList pair = c.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    combo->setMaxVisibleItems(20);
    // Commit as soon as a choice is made, so one click or Enter is enough.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QVariant value = index.data(Qt::EditRole);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i) == value) {
            combo->setCurrentIndex(i);
            return;
        }
    }
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace ttcs::ui
