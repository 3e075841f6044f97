// The dialogs of the Units page: a unit as it always was (UnitDialog: new
// unit, or a correction of its name, kind and parent), and a change from a
// date (UnitChangeDialog: rename, merge into another unit, dissolve).
#pragma once

#include "domain/Unit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace ttcs::ui {

class UnitDialog final : public QDialog
{
    Q_OBJECT
public:
    // `unit` null: a new unit. `units`: the units that can be its parent.
    UnitDialog(const Unit *unit, const QList<Unit> &units, int year, QWidget *parent = nullptr);

    Unit unit() const;
    // For a new unit: starts with the kind and parent of a unit next to it.
    void startLike(const Unit &sibling);
    void accept() override;

private:
    Unit m_unit;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
};

class UnitChangeDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Change { Rename, Merge, Dissolve };
    // `others`: the units it can be merged into.
    UnitChangeDialog(Change change, const Unit &unit, const QList<Unit> &others, int year,
                     QWidget *parent = nullptr);

    QDate from() const;
    QString newName() const;
    QString newShortName() const;
    qint64 intoId() const;
    void accept() override;

private:
    Change m_change;
    Unit m_unit;
    QDateEdit *m_from;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_shortName = nullptr;
    QComboBox *m_into = nullptr;
};

} // namespace ttcs::ui
