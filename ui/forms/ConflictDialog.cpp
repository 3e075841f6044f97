#include "forms/ConflictDialog.h"

#include "forms/ConflictModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ttcs::ui {

ConflictDialog::ConflictDialog(const QList<import::ProgressFormFile> &files, QWidget *parent)
    : QDialog(parent)
    , m_model(new ConflictModel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Forms that change what is on record"));
    m_model->setFiles(files);

    auto *intro = new QLabel(
        tr("These rows of the forms differ from what is already on record. Tick the rows "
           "whose values from the form should replace it; the others stay as they are."),
        this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("conflictTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(ConflictModel::TaskColumn, 240);
    m_view->horizontalHeader()->resizeSection(ConflictModel::UnitColumn, 140);
    m_view->horizontalHeader()->resizeSection(ConflictModel::OldColumn, 220);
    m_view->horizontalHeader()->resizeSection(ConflictModel::NewColumn, 220);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *keepAll = new QPushButton(tr("&Keep all on record"), this);
    keepAll->setObjectName(QStringLiteral("keepAll"));
    auto *takeAll = new QPushButton(tr("&Take all from the forms"), this);
    takeAll->setObjectName(QStringLiteral("takeAll"));
    connect(keepAll, &QPushButton::clicked, this, [this] { m_model->setAll(false); });
    connect(takeAll, &QPushButton::clicked, this, [this] { m_model->setAll(true); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConflictDialog::updateCount);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *choices = new QHBoxLayout;
    choices->addWidget(keepAll);
    choices->addWidget(takeAll);
    choices->addStretch(1);
    choices->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(choices);
    layout->addWidget(buttons);
    resize(1000, 560);
    updateCount();
}

QList<import::ProgressFormFile> ConflictDialog::files() const
{
    return m_model->files();
}

void ConflictDialog::updateCount()
{
    m_count->setText(tr("%1 of %2 rows taken from the forms")
                         .arg(m_model->takenCount())
                         .arg(m_model->rowCount()));
}

} // namespace ttcs::ui
