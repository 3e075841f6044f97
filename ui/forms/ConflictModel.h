// The rows of imported progress forms that would change what is on record:
// task, unit, what is on record and what the form says, side by side, and
// whether to take the form's value (a check box the user ticks).
#pragma once

#include "import/ProgressFormImporter.h"

#include <QAbstractTableModel>

namespace ttcs::ui {

class ConflictModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TaskColumn,
        UnitColumn,
        OldColumn,
        NewColumn,
        TakeColumn,
        ColumnCount
    };

    explicit ConflictModel(QObject *parent = nullptr);

    // Every conflict of `files`, file by file.
    void setFiles(const QList<import::ProgressFormFile> &files);
    // The files with each conflict's takeNew as chosen.
    const QList<import::ProgressFormFile> &files() const { return m_files; }
    void setAll(bool takeNew);
    int takenCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A report as a few lines: status, result, figures, completion date.
    static QString describe(const std::optional<Progress> &p);

private:
    import::ProgressFormRow *rowAt(int row);
    const import::ProgressFormRow *rowAt(int row) const;

    QList<import::ProgressFormFile> m_files;
    QList<QPair<int, int>> m_rows; // (file, conflict)
};

} // namespace ttcs::ui
