#include "SettingsDialog.h"

#include "Translations.h"
#include "db/Backup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ttcs::ui {

namespace {
const QString kKeepKey = QStringLiteral("backups/keep");
const QString kFolderKey = QStringLiteral("backups/folder");
constexpr int kDefaultKeep = 10;
} // namespace

int SettingsDialog::backupsKept()
{
    const int keep = QSettings().value(kKeepKey, kDefaultKeep).toInt();
    return keep > 0 ? keep : kDefaultKeep;
}

QString SettingsDialog::backupFolder(const db::Database &db)
{
    const QString folder = QSettings().value(kFolderKey).toString();
    return folder.isEmpty() ? db::backupFolder(db) : folder;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_keep(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Language names in their own language, as a user looks for them.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (%1)")
                            .arg(QLocale::system().language() == QLocale::Vietnamese
                                     ? QStringLiteral("Tiếng Việt")
                                     : QStringLiteral("English")),
                        QString());
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageAtStart = preferredLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_languageAtStart)));

    m_keep->setObjectName(QStringLiteral("backupsKept"));
    m_keep->setRange(1, 365);
    m_keep->setValue(backupsKept());
    m_keep->setToolTip(tr("The copy made on the first start of each day; older ones are deleted"));

    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setText(QDir::toNativeSeparators(QSettings().value(kFolderKey).toString()));
    m_folder->setPlaceholderText(tr("The \"backups\" folder next to the database"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setToolTip(tr("Another disk or a network folder keeps the copies safe when this "
                            "computer fails; empty: next to the database"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies the next time TTCS starts."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    form->addRow(tr("Daily &backups kept:"), m_keep);
    auto *folderLabel = new QLabel(tr("Backup &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::browse()
{
    const QString start = m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        QMessageBox::warning(this, tr("Settings"),
                             tr("The folder %1 cannot be created. Choose another one.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QSettings settings;
    settings.setValue(kKeepKey, m_keep->value());
    if (folder.isEmpty())
        settings.remove(kFolderKey);
    else
        settings.setValue(kFolderKey, QDir(folder).absolutePath());
    const QString language = m_language->currentData().toString();
    if (language != m_languageAtStart)
        setPreferredLanguage(language);
    QDialog::accept();
}

} // namespace ttcs::ui
