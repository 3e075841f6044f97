// The organisation profile: who issues the documents, who signs them, their
// symbols and recipients. Stored in the database.
#pragma once

#include "domain/OrgProfile.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(db::Database &db, QWidget *parent = nullptr);

    OrgProfile profile() const;
    void accept() override;

private:
    db::Database &m_db;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QPlainTextEdit *> m_texts;
    QLabel *m_error;
};

} // namespace ttcs::ui
