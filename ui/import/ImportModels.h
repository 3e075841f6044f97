// The item models of the import wizard and the import history: the columns
// of the file and what each is imported as, the first rows of the sheet as
// read, the unit texts that matched no unit with the user's choice, every
// checked row with its warnings or refusal, and the import batches.
#pragma once

#include "db/ImportBatchRepository.h"
#include "import/SpokespersonImporter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace ttcs::ui {

// Editable cells offer their choices under this role: a QVariantList of
// QVariantList{label, value}; ChoiceDelegate shows them in a combo box.
inline constexpr int ChoicesRole = Qt::UserRole + 200;

// One row per column of the file: its letter, its header, an example and
// the field it is imported as (editable).
class ColumnMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LetterColumn, HeaderColumn, ExampleColumn, FieldColumn, ColumnCount };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    void setPreview(const import::ImportPreview &preview);
    const import::ColumnMapping &mapping() const { return m_mapping; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "A", "B", … "AA" as spreadsheet programs name columns.
    static QString columnLetter(int column);

Q_SIGNALS:
    // The user set another field for a column.
    void mappingEdited();

private:
    import::ColumnMapping m_mapping;
    QStringList m_headers;
    QStringList m_examples;
};

// The first rows of the sheet as read, with the title, the header and the
// section rows told apart, and the imported field above each column.
class SampleRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Title, Header, Section, Data };

    explicit SampleRowsModel(QObject *parent = nullptr);

    void setPreview(const import::ImportPreview &preview);
    Kind kindOf(int row) const { return m_kinds.value(row, Kind::Data); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_rows;
    QList<Kind> m_kinds;
    QStringList m_sectionUnits; // for section rows: the unit text they give
    import::ColumnMapping m_mapping;
    int m_columns = 0;
};

// The unit texts of the file that matched no unit (or several): the user
// confirms a suggestion, picks any unit, or keeps the text without a unit.
class UnitChoiceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, RowsColumn, ChoiceColumn, ColumnCount };

    explicit UnitChoiceModel(QObject *parent = nullptr);

    // `units`: every unit the user may pick, as (name, id), sorted.
    void setUnknownUnits(const QList<import::UnknownUnit> &unknown,
                         const QList<QPair<QString, qint64>> &units,
                         const QHash<QString, qint64> &choices);
    // Text -> unit id for the rows where a unit was chosen.
    QHash<QString, qint64> choices() const;
    // Chooses the best suggestion of each text still without a choice.
    void acceptSuggestions();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void choicesChanged();

private:
    QString unitName(qint64 id) const;

    QList<import::UnknownUnit> m_unknown;
    QList<qint64> m_chosen; // 0: no unit
    QList<QPair<QString, qint64>> m_units;
    QHash<qint64, QString> m_unitNames;
};

// Every row of the sheet that holds a person or was refused, in row order,
// with what is doubtful about it. The name, position, unit, phone and
// e-mail can be typed over: setData() does not change the row itself but
// asks for it (editRequested), and the row comes back checked again with
// updatePreview().
class CheckRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        StatusColumn,
        ProblemColumn,
        NameColumn,
        PositionColumn,
        UnitColumn,
        PhoneColumn,
        EmailColumn,
        ColumnCount
    };
    // What a row is, for filtering.
    enum Problem
    {
        NoProblem = 0,
        PhoneProblem = 1,
        EmailProblem = 2,
        UnitProblem = 4,
        SameNameProblem = 8,
        Rejected = 16
    };
    static constexpr int ProblemRole = Qt::UserRole + 210; // int mask of Problem
    static constexpr int SearchRole = Qt::UserRole + 211;  // folded text of the row
    static constexpr int EditedRole = Qt::UserRole + 212;  // bool: typed over by the user
    static constexpr int SheetRowRole = Qt::UserRole + 213; // int: the row of the sheet

    explicit CheckRowsModel(QObject *parent = nullptr);

    // `units`: every unit that may be chosen, as (name, id), sorted.
    void setPreview(const import::ImportPreview &preview,
                    const QList<QPair<QString, qint64>> &units = {});
    // The same rows checked again: changed rows are updated in place (a
    // reset only when the rows themselves differ).
    void updatePreview(const import::ImportPreview &preview);
    // The model row of a sheet row, -1 when it is not listed.
    int rowOfSheetRow(int sheetRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user typed `value` into `column` of sheet row `sheetRow` (for the
    // unit column: the id of the unit chosen, 0 for the file's text).
    void editRequested(int sheetRow, int column, const QVariant &value);

private:
    struct Entry
    {
        int row = 0;
        int problems = NoProblem;
        QString name, position, unit, unitText, phone, email, problem, search, cells;
        qint64 unitId = 0;
        bool unitMatched = true;
        bool edited = false;
        QList<import::UnitSuggestion> suggestions;

        bool operator==(const Entry &o) const;
    };
    QList<Entry> entriesOf(const import::ImportPreview &preview) const;

    QList<Entry> m_entries;
    QList<QPair<QString, qint64>> m_units;
};

// Rows of a CheckRowsModel with a given problem (0: all; -1: any problem)
// and containing every word searched for.
class CheckRowsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CheckRowsFilter(QObject *parent = nullptr);
    void setProblem(int problemMask);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_problem = 0;
    QStringList m_words;
};

// The import batches, newest first.
class ImportBatchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ImportedColumn,
        FileColumn,
        SheetColumn,
        ListDateColumn,
        AddedColumn,
        UpdatedColumn,
        ClosedColumn,
        RejectedColumn,
        ShaColumn,
        StateColumn,
        ColumnCount
    };

    explicit ImportBatchModel(QObject *parent = nullptr);

    void setBatches(const QList<db::ImportBatch> &batches);
    const db::ImportBatch *batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<db::ImportBatch> m_batches;
};

} // namespace ttcs::ui
