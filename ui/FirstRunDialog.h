// The choice a new database starts with: the demo data (the Bắc Kạn 2023
// plan) to try the program, or an empty database set up for one's own
// province. Shown on the first start, when there is no database yet, and
// for File › New. Accepting creates the database file.
#pragma once

#include "domain/OrgProfile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QWidget;

namespace ttcs::ui {

class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Purpose
    {
        FirstStart,  // no database yet: cancelling quits
        NewDatabase, // File › New: cancelling leaves the open database as it is
    };

    // `path`: where the new database goes; it must not exist yet.
    explicit FirstRunDialog(const QString &path, QWidget *parent = nullptr)
        : FirstRunDialog(path, FirstStart, parent)
    {}
    FirstRunDialog(const QString &path, Purpose purpose, QWidget *parent = nullptr);

    bool emptyChosen() const;
    void setEmptyChosen(bool empty);
    // The profile as entered (the rest is completed when the file is made).
    OrgProfile profile() const;

    // Creates the database; on failure says why and stays open.
    void accept() override;

private:
    void provinceEdited(const QString &province);
    void updateEnabled();

    QString m_path;
    QRadioButton *m_demo;
    QRadioButton *m_empty;
    QWidget *m_form;
    QLineEdit *m_province;
    QPlainTextEdit *m_parentBody;
    QPlainTextEdit *m_issuingBody;
    QLineEdit *m_signerTitle;
    QLineEdit *m_signerName;
    QLabel *m_error;
    bool m_parentEdited = false;
};

} // namespace ttcs::ui
