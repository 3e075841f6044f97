#include "ProfileDialog.h"

#include "db/Database.h"
#include "db/SettingsRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ttcs::ui {

ProfileDialog::ProfileDialog(db::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Organisation profile"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    struct Field
    {
        const char *key;
        const char *label;
        const char *tip;
        bool multiLine;
    };
    const Field fields[] = {
        {"province", QT_TR_NOOP("&Province:"),
         QT_TR_NOOP("The province the plan is for, e.g. Bắc Kạn"), false},
        {"place", QT_TR_NOOP("P&lace in the date line:"),
         QT_TR_NOOP("\"Bắc Kạn\" in \"Bắc Kạn, ngày 05 tháng 01 năm 2024\""), false},
        {"parent_body", QT_TR_NOOP("P&arent body:"),
         QT_TR_NOOP("First line of the header block, upper case; one line per row"), true},
        {"issuing_body", QT_TR_NOOP("&Issuing body:"),
         QT_TR_NOOP("Second line of the header block, upper case; one line per row"), true},
        {"issuing_body_name", QT_TR_NOOP("Issuing body in &text:"),
         QT_TR_NOOP("How running text names it, e.g. Sở Thông tin và Truyền thông"), false},
        {"plan_symbol", QT_TR_NOOP("Plan s&ymbol:"),
         QT_TR_NOOP("After the number of a plan, e.g. KH-STTTT"), false},
        {"report_symbol", QT_TR_NOOP("Report sy&mbol:"),
         QT_TR_NOOP("After the number of a report, e.g. BC-STTTT"), false},
        {"signer_authority", QT_TR_NOOP("Signing &authority:"),
         QT_TR_NOOP("e.g. KT. GIÁM ĐỐC (KT., TM., Q., TL., TUQ.)"), false},
        {"signer_title", QT_TR_NOOP("Signer's &title:"), QT_TR_NOOP("e.g. PHÓ GIÁM ĐỐC"), false},
        {"signer_name", QT_TR_NOOP("Signer's &name:"), QT_TR_NOOP("Without academic titles"),
         false},
        {"drafting_unit", QT_TR_NOOP("&Drafting unit:"),
         QT_TR_NOOP("After \"Lưu: VT,\" at the end of the recipients"), false},
        {"report_recipient", QT_TR_NOOP("&Report goes to:"),
         QT_TR_NOOP("The body named under \"Kính gửi\" in the annual report"), false},
        {"press_authority", QT_TR_NOOP("&Press authority:"),
         QT_TR_NOOP("The body the spokesperson list is sent to"), false},
        {"recipients", QT_TR_NOOP("Re&cipients:"), QT_TR_NOOP("\"Nơi nhận\", one per line"), true},
    };
    auto profile = db::SettingsRepository(m_db).profile();
    const OrgProfile current = profile ? profile.value() : OrgProfile{};
    for (const Field &f : fields) {
        const QString key = QLatin1String(f.key);
        QWidget *editor = nullptr;
        if (f.multiLine) {
            auto *edit = new QPlainTextEdit(current.value(key), this);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() *
                                     (key == QLatin1String("recipients") ? 6 : 3) +
                                 12);
            m_texts.insert(key, edit);
            editor = edit;
        } else {
            auto *edit = new QLineEdit(current.value(key), this);
            m_lines.insert(key, edit);
            editor = edit;
        }
        editor->setObjectName(key);
        editor->setToolTip(tr(f.tip));
        editor->setEnabled(!m_db.isReadOnly());
        form->addRow(tr(f.label), editor);
    }

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    if (!profile)
        m_error->setText(profile.error());
    else if (m_db.isReadOnly())
        m_error->setText(tr("The database is read-only (%1); the profile cannot be changed.")
                             .arg(m_db.readOnlyReason()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_db.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

OrgProfile ProfileDialog::profile() const
{
    OrgProfile p;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        p.setValue(it.key(), it.value()->text().trimmed());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        p.setValue(it.key(), it.value()->toPlainText().trimmed());
    return p;
}

void ProfileDialog::accept()
{
    const OrgProfile p = profile();
    if (p.issuingBody.isEmpty() || p.place.isEmpty()) {
        m_error->setText(tr("The issuing body and the place are needed in every document."));
        return;
    }
    const Status st = db::SettingsRepository(m_db).saveProfile(p);
    if (!st.ok()) {
        m_error->setText(st.error());
        return;
    }
    QDialog::accept();
}

} // namespace ttcs::ui
