// Training: the classes of the year, the trainees of the selected class
// (typed in or imported from a spreadsheet) and the year's trainees by
// category. Every edit can be undone.
#pragma once

#include "Page.h"
#include "domain/Training.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace ttcs::ui {

class SortFilterProxy;
class TrainingClassModel;
class TraineeTableModel;
class TraineeTotalsModel;

class TrainingPage final : public Page
{
    Q_OBJECT
public:
    TrainingPage(QUndoStack *undo, QWidget *parent = nullptr);
    QString title() const override { return tr("Training"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/training.png"); }

    // Shows only the trainees of `category` (none: every category).
    void setCategoryFilter(std::optional<TraineeCategory> category);
    // Selects the class with this id, if it is shown.
    void selectClass(qint64 id);

    TrainingClassModel *classModel() const { return m_classes; }
    TraineeTableModel *traineeModel() const { return m_trainees; }
    TraineeTotalsModel *totalsModel() const { return m_totals; }
    QTableView *classView() const { return m_classView; }
    QTableView *traineeView() const { return m_traineeView; }

    // Imports the trainees of `path` into the selected class after showing
    // what would happen (the user confirms). Returns the summary shown, or
    // the error.
    QString importTrainees(const QString &path);
    // A spreadsheet dropped on the window: its trainees go to the
    // selected class, as with Import list.
    bool openFiles(const QStringList &paths) override;

protected:
    void reload() override;

private:
    qint64 currentClassId() const;
    const Trainee *currentTrainee() const;
    void reloadTrainees();
    void applyTraineeFilter();
    void updateButtons();
    void addClass();
    void editClass();
    void removeClass();
    void addTrainee();
    void editTrainee();
    void removeTrainee();
    void importDialog();
    // The class dialog; false when cancelled.
    bool classDialog(TrainingClass &c, const QString &title);
    bool traineeDialog(Trainee &t, const QString &title);
    void run(class DbCommand *command);

    QUndoStack *m_undo;
    TrainingClassModel *m_classes;
    SortFilterProxy *m_classProxy;
    TraineeTableModel *m_trainees;
    SortFilterProxy *m_traineeProxy;
    TraineeTotalsModel *m_totals;
    QLabel *m_heading;
    QTableView *m_classView;
    QLabel *m_traineeHeading;
    QLineEdit *m_search;
    QComboBox *m_category;
    QTableView *m_traineeView;
    QTableView *m_totalsView;
    QLabel *m_totalsHeading;
    QLabel *m_status;
    QPushButton *m_editClass;
    QPushButton *m_removeClass;
    QPushButton *m_addTrainee;
    QPushButton *m_editTrainee;
    QPushButton *m_removeTrainee;
    QPushButton *m_import;
    qint64 m_pendingClass = 0; // to select after the next reload
};

} // namespace ttcs::ui
