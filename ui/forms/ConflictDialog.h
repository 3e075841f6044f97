// Shows the rows of imported progress forms that would change what is on
// record, old and new side by side, and lets the user choose per row or for
// all of them; nothing in conflict is taken unless ticked.
#pragma once

#include "import/ProgressFormImporter.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace ttcs::ui {

class ConflictModel;

class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QList<import::ProgressFormFile> &files, QWidget *parent = nullptr);

    ConflictModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The files with the user's choices.
    QList<import::ProgressFormFile> files() const;

private:
    void updateCount();

    ConflictModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace ttcs::ui
