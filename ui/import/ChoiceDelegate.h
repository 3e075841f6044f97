// Edits a cell by choosing from the choices its model gives under
// ChoicesRole, in a combo box that can be typed into to find one.
#pragma once

#include <QStyledItemDelegate>

namespace ttcs::ui {

class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChoiceDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace ttcs::ui
