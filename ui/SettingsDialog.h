// Tools › Settings: the language of the interface and where and how many
// automatic backups are kept. Stored per user (QSettings), not in the
// database: they belong to the computer, not to the data.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // How many daily backups are kept (10 unless set).
    static int backupsKept();
    // The folder of the backups of `db`: the one chosen here, else "backups"
    // next to the database file.
    static QString backupFolder(const db::Database &db);

    void accept() override;

private:
    void browse();

    QComboBox *m_language;
    QSpinBox *m_keep;
    QLineEdit *m_folder;
    QString m_languageAtStart;
};

} // namespace ttcs::ui
