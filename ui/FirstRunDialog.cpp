#include "FirstRunDialog.h"

#include "db/Database.h"
#include "db/ProvinceSetup.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ttcs::ui {

namespace {

QPlainTextEdit *twoLineEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 2 + 14);
    return edit;
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString &path, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_demo(new QRadioButton(tr("The &demo data: the Bắc Kạn 2023 policy communication plan, "
                                 "its tasks and units, to try TTCS"),
                              this))
    , m_empty(new QRadioButton(tr("An &empty database for my province"), this))
    , m_form(new QWidget(this))
    , m_province(new QLineEdit(m_form))
    , m_parentBody(twoLineEdit(m_form))
    , m_issuingBody(twoLineEdit(m_form))
    , m_signerTitle(new QLineEdit(m_form))
    , m_signerName(new QLineEdit(m_form))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(purpose == FirstStart ? tr("Welcome to TTCS") : tr("New database"));

    auto *intro = new QLabel(purpose == FirstStart
                                 ? tr("<b>Welcome.</b> There is no TTCS database on this "
                                      "computer yet. What should it start with?")
                                 : tr("What should the new database start with? The database "
                                      "open now stays as it is."),
                             this);
    intro->setWordWrap(true);

    m_demo->setObjectName(QStringLiteral("demoChoice"));
    m_empty->setObjectName(QStringLiteral("emptyChoice"));
    m_demo->setChecked(true);

    m_province->setObjectName(QStringLiteral("province"));
    m_province->setPlaceholderText(tr("e.g. Thái Nguyên"));
    m_parentBody->setObjectName(QStringLiteral("parent_body"));
    m_parentBody->setToolTip(tr("First line of the header block of documents, upper case"));
    m_issuingBody->setObjectName(QStringLiteral("issuing_body"));
    m_issuingBody->setToolTip(
        tr("Second line of the header block, upper case; one line per row"));
    // Since 2025 the policy communication work sits in the Sở Khoa học và
    // Công nghệ of the province.
    m_issuingBody->setPlainText(QStringLiteral("SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"));
    m_signerTitle->setObjectName(QStringLiteral("signer_title"));
    m_signerTitle->setPlaceholderText(tr("e.g. PHÓ GIÁM ĐỐC"));
    m_signerName->setObjectName(QStringLiteral("signer_name"));
    m_signerName->setToolTip(tr("Without academic titles"));

    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("P&arent body:"), m_parentBody);
    form->addRow(tr("&Issuing body:"), m_issuingBody);
    form->addRow(tr("Signer's &title:"), m_signerTitle);
    form->addRow(tr("Signer's &name:"), m_signerName);
    auto *later = new QLabel(tr("The plan starts empty for %1, with its usual sections. Symbols, "
                                "recipients and the rest of the profile can be changed at any time "
                                "in Tools › Organisation profile.")
                                 .arg(QDate::currentDate().year()),
                             m_form);
    later->setWordWrap(true);
    form->addRow(later);

    auto *where = new QLabel(tr("The database will be saved as %1.")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (purpose == FirstStart) {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    } else {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    connect(m_empty, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    connect(m_province, &QLineEdit::textEdited, this, &FirstRunDialog::provinceEdited);
    connect(m_parentBody, &QPlainTextEdit::textChanged, this, [this] {
        if (m_parentBody->hasFocus())
            m_parentEdited = true;
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_demo);
    layout->addWidget(m_empty);
    layout->addWidget(m_form);
    layout->addWidget(where);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    updateEnabled();
    resize(640, sizeHint().height());
}

bool FirstRunDialog::emptyChosen() const
{
    return m_empty->isChecked();
}

void FirstRunDialog::setEmptyChosen(bool empty)
{
    (empty ? m_empty : m_demo)->setChecked(true);
}

OrgProfile FirstRunDialog::profile() const
{
    OrgProfile p;
    p.province = m_province->text().trimmed();
    p.parentBody = m_parentBody->toPlainText().trimmed();
    p.issuingBody = m_issuingBody->toPlainText().trimmed();
    p.signerTitle = m_signerTitle->text().trimmed();
    p.signerName = m_signerName->text().trimmed();
    return p;
}

void FirstRunDialog::provinceEdited(const QString &province)
{
    // The header's first line follows the province until it is typed by hand.
    if (!m_parentEdited) {
        const QSignalBlocker block(m_parentBody);
        m_parentBody->setPlainText(province.trimmed().isEmpty()
                                       ? QString()
                                       : QStringLiteral("UBND TỈNH ") + province.trimmed().toUpper());
    }
}

void FirstRunDialog::updateEnabled()
{
    m_form->setEnabled(m_empty->isChecked());
    m_error->clear();
}

void FirstRunDialog::accept()
{
    if (emptyChosen()) {
        const OrgProfile p = profile();
        if (p.province.isEmpty() || p.issuingBody.isEmpty()) {
            m_error->setText(tr("Enter the province and the issuing body: every document "
                                "starts with them."));
            (p.province.isEmpty() ? static_cast<QWidget *>(m_province) : m_issuingBody)->setFocus();
            return;
        }
        auto created = db::createForProvince(m_path, p, QDate::currentDate().year());
        if (!created) {
            m_error->setText(created.error());
            return;
        }
    } else {
        db::OpenOptions options;
        options.create = true;
        auto created = db::Database::open(m_path, options);
        if (!created) {
            m_error->setText(created.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace ttcs::ui
