// The import of spokesperson lists, driven through the real main window
// offscreen: the wizard step by step, the rows in the database and on the
// Spokespersons page, the import history and its undo, files refused with
// nothing changed, dropped files, and a person edited through the undo stack.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "SortFilterProxy.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/ImportBatchRepository.h"
#include "db/SpokespersonRepository.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportModels.h"
#include "import/ImportWizard.h"
#include "import/SpokespersonDialog.h"
#include "models/SpokespersonTableModel.h"
#include "pages/SpokespersonsPage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <vector>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

using Testers = std::vector<std::unique_ptr<QAbstractItemModelTester>>;

// Every item model shown by `widget` watched by the model tester from now on.
void watchModels(QWidget *widget, Testers &testers)
{
    for (QTableView *view : widget->findChildren<QTableView *>()) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        if (auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model())) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        }
    }
}

SpokespersonsPage *spokespersonsPage(MainWindow &w)
{
    for (int i = 0; i < w.pages().size(); ++i) {
        if (auto *page = qobject_cast<SpokespersonsPage *>(w.pages().at(i))) {
            w.showPage(i);
            return page;
        }
    }
    return nullptr;
}

QString copyFixture(const QTemporaryDir &dir, const QString &fixture, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    REQUIRE(QFile::copy(test::fixturePath(fixture), target));
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

int peopleIn(db::Database &db)
{
    auto people = db::SpokespersonRepository(db).servingOn({});
    REQUIRE(people.ok());
    return int(people->size());
}

int batchesIn(db::Database &db)
{
    auto batches = db::ImportBatchRepository(db).all();
    REQUIRE(batches.ok());
    return int(batches->size());
}

// Runs `act` on the next modal dialog once it is open.
void whenModalOpens(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

// With TTCS_SCREENSHOTS and TTCS_LANGUAGE set, the wizard is shown in that
// language to be looked at; the checks of English wording are then skipped.
bool translated()
{
    static const bool installed = [] {
        if (qEnvironmentVariableIsEmpty("TTCS_SCREENSHOTS") ||
            qEnvironmentVariableIsEmpty("TTCS_LANGUAGE"))
            return false;
        ttcs::installTranslations(*QCoreApplication::instance());
        return true;
    }();
    return installed;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString out = qEnvironmentVariable("TTCS_SCREENSHOTS");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QTest::qWait(30);
    widget->grab().save(QStringLiteral("%1/%2.png").arg(out, name));
}

// A list whose units are section rows, with one unit written a little
// differently from its real name and one row without a name.
const QByteArray kSectionList =
    "DANH S\xc3\x81" "CH NG\xc6\xaf\xe1\xbb\x9c" "I PH\xc3\x81T NG\xc3\x94N\r\n"
    ";;;;\r\n"
    "STT;H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan;Ch\xe1\xbb\xa9" "c v\xe1\xbb\xa5;\xc4\x90i\xe1\xbb\x87n "
    "tho\xe1\xba\xa1i;Email\r\n"
    "I. C\xc3\x81" "C S\xe1\xbb\x9e, BAN, NG\xc3\x80NH;;;;\r\n"
    "1. S\xe1\xbb\x9f T\xc6\xb0 ph\xc3\xa1p;;;;\r\n"
    "1;Nguy\xe1\xbb\x85n V\xc4\x83n An;Gi\xc3\xa1m \xc4\x91\xe1\xbb\x91" "c;0912.345.678;"
    "an.nv@backan.gov.vn\r\n"
    "2. S\xe1\xbb\x9f V\xc4\x83n h\xc3\xb3" "a v\xc3\xa0 Th\xe1\xbb\x83 thao;;;;\r\n"
    "2;Tr\xe1\xba\xa7n Th\xe1\xbb\x8b B\xc3\xacnh;Ph\xc3\xb3 Gi\xc3\xa1m \xc4\x91\xe1\xbb\x91" "c;"
    "01682345678;binh@backan\r\n"
    "3;;Chuy\xc3\xaan vi\xc3\xaan;0987654321;x@backan.gov.vn\r\n"
    "II. UBND C\xc3\x81" "C HUY\xe1\xbb\x86N, TH\xc3\x80NH PH\xe1\xbb\x90;;;;\r\n"
    "1. UBND huy\xe1\xbb\x87n Ba B\xe1\xbb\x83;;;;\r\n"
    "4;Ho\xc3\xa0ng V\xc4\x83n C\xc6\xb0\xe1\xbb\x9dng;Ch\xe1\xbb\xa7 t\xe1\xbb\x8b" "ch;"
    "0209 3876 543;cuong@backan.gov.vn\r\n";

} // namespace

TEST_CASE("the import wizard imports a list, the page shows it, and the import is undone")
{
    useOwnSettings();
    ImportWizard::forgetRememberedMappings();
    translated();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("import.sqlite")), true).isEmpty());
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    SpokespersonsPage *page = spokespersonsPage(w);
    REQUIRE(page);
    Testers testers;
    watchModels(page, testers);
    const QString file = copyFixture(dir, QStringLiteral("spokespersons_1000.xlsx"),
                                     QStringLiteral("Danh sách người phát ngôn.xlsx"));

    // Ctrl+I (the File menu's action) opens the wizard from any page.
    w.showPage(0);
    QAction *importAction = page->importAction();
    REQUIRE(importAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    bool inFileMenu = false;
    for (QAction *menu : w.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(importAction))
            inFileMenu = true;
    }
    CHECK(inFileMenu);
    importAction->trigger();
    CHECK(w.pages().at(w.currentPage()) == page);
    auto *wizard = w.findChild<ImportWizard *>();
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    watchModels(wizard, testers);
    CHECK(wizard->currentId() == ImportWizard::FilesPageId);
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->addFiles({file, dir.filePath(QStringLiteral("notes.docx"))});
    CHECK(wizard->files() == QStringList{QFileInfo(file).absoluteFilePath()});
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    saveShot(wizard, QStringLiteral("wizard1-files"));

    // Sheet and columns, as found from the header.
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::LayoutPageId);
    const import::ImportPreview *p = wizard->preview();
    REQUIRE(p);
    CHECK(p->rows.size() == 1000);
    auto *columns = wizard->findChild<QTableView *>(QStringLiteral("columnMapping"));
    REQUIRE(columns);
    REQUIRE(columns->model()->rowCount() == 7);
    CHECK(columns->model()->index(1, ColumnMappingModel::FieldColumn).data().toString() ==
          import::fieldLabel(import::Field::Name));
    auto *sample = wizard->findChild<QTableView *>(QStringLiteral("sampleRows"));
    REQUIRE(sample);
    CHECK(sample->model()->rowCount() == 30);
    CHECK(sample->model()->index(3, 1).data(Qt::ToolTipRole).toString() ==
          QCoreApplication::translate("ttcs::ui::SampleRowsModel",
                                      "Header row: names the columns"));
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("layoutSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("4")));
    saveShot(wizard, QStringLiteral("wizard2-layout"));

    // The notes column is not wanted: the change is checked at once and
    // remembered for the next file of the same shape.
    const QModelIndex notes = columns->model()->index(6, ColumnMappingModel::FieldColumn);
    CHECK(notes.data(Qt::EditRole).toString() == import::fieldKey(import::Field::Note));
    CHECK(notes.data(ChoicesRole).toList().size() == import::allFields().size() + 1);
    REQUIRE(columns->model()->setData(notes, QString()));
    QTRY_VERIFY(!wizard->preview()->mapping.has(import::Field::Note));
    auto *remember = wizard->findChild<QCheckBox *>(QStringLiteral("rememberMapping"));
    REQUIRE(remember);
    CHECK(remember->isChecked());
    // Without a name column nothing can be imported: said, and Next waits.
    const QModelIndex names = columns->model()->index(1, ColumnMappingModel::FieldColumn);
    REQUIRE(columns->model()->setData(names, QString()));
    auto *layoutError = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("importError"));
    REQUIRE(layoutError);
    QTRY_VERIFY(!layoutError->text().isEmpty());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    REQUIRE(columns->model()->setData(columns->model()->index(1, ColumnMappingModel::FieldColumn),
                                      import::fieldKey(import::Field::Name)));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(wizard->preview()->rows.size() == 1000);

    // Two communes of the file are not units: listed with suggestions,
    // nothing chosen until the user says so.
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::UnitsPageId);
    auto *units = wizard->findChild<QTableView *>(QStringLiteral("unitChoices"));
    REQUIRE(units);
    REQUIRE(units->model()->rowCount() == 2);
    const QModelIndex choice = units->model()->index(0, UnitChoiceModel::ChoiceColumn);
    CHECK(choice.data(Qt::EditRole).toLongLong() == 0);
    CHECK(units->model()->index(0, UnitChoiceModel::TextColumn).data().toString() ==
          QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)"));
    const QVariantList choices = choice.data(ChoicesRole).toList();
    REQUIRE(choices.size() > 3);
    const QVariantList suggestion = choices.at(1).toList();
    CHECK(suggestion.at(0).toString().contains(QStringLiteral("UBND huyện Ba Bể")));
    saveShot(wizard, QStringLiteral("wizard3-units"));
    REQUIRE(units->model()->setData(choice, suggestion.at(1)));
    QTRY_COMPARE(wizard->preview()->unknownUnits.size(), 1);
    const qint64 baBe = suggestion.at(1).toLongLong();
    int underBaBe = 0;
    for (const import::CheckedRow &row : wizard->preview()->rows)
        underBaBe += row.unitText == QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)") &&
                     row.unitId == baBe;
    CHECK(underBaBe == 38);

    // The check: every warning, filterable.
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    auto *check = wizard->findChild<QTableView *>(QStringLiteral("checkRows"));
    REQUIRE(check);
    auto *filter = wizard->findChild<QComboBox *>(QStringLiteral("checkFilter"));
    REQUIRE(filter);
    CHECK(filter->currentData().toInt() == -1); // the doubtful rows first
    const int doubtful = check->model()->rowCount();
    CHECK(doubtful > 50);
    CHECK(doubtful < 1000);
    filter->setCurrentIndex(0);
    CHECK(check->model()->rowCount() == 1000);
    filter->setCurrentIndex(filter->findData(int(CheckRowsModel::PhoneProblem)));
    const int phones = check->model()->rowCount();
    CHECK(phones >= 47);
    for (int r = 0; r < phones; ++r)
        CHECK_FALSE(check->model()->index(r, CheckRowsModel::ProblemColumn).data().toString().isEmpty());
    filter->setCurrentIndex(filter->findData(int(CheckRowsModel::Rejected)));
    CHECK(check->model()->rowCount() == 0);
    filter->setCurrentIndex(filter->findData(int(CheckRowsModel::UnitProblem)));
    CHECK(check->model()->rowCount() == 41); // the commune left without a unit
    filter->setCurrentIndex(1);
    auto *search = wizard->findChild<QLineEdit *>(QStringLiteral("checkSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("nam mau"));
    CHECK(check->model()->rowCount() == 0); // its people now have a unit and no warning
    search->clear();
    saveShot(wizard, QStringLiteral("wizard4-check"));

    // The date of the list, then the import itself.
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPageId);
    auto *date = wizard->findChild<QDateEdit *>(QStringLiteral("listDate"));
    REQUIRE(date);
    date->setDate(QDate(2024, 3, 1));
    CHECK(wizard->preview()->listDate == QDate(2024, 3, 1));
    auto *plan = wizard->findChild<QLabel *>(QStringLiteral("importPlan"));
    REQUIRE(plan);
    CHECK(plan->text().contains(QLocale().toString(1000)));
    saveShot(wizard, QStringLiteral("wizard5-options"));
    CHECK(peopleIn(*w.database()) == 0); // nothing written before the commit
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::SummaryPageId);
    CHECK(wizard->outcome().inserted == 1000);
    CHECK(wizard->outcome().batchId > 0);
    auto *done = wizard->findChild<QLabel *>(QStringLiteral("importSummary"));
    REQUIRE(done);
    CHECK(done->text().contains(QLocale().toString(1000)));
    CHECK_FALSE(wizard->findChild<QPushButton *>(QStringLiteral("saveRejects"))->isEnabled());
    CHECK_FALSE(wizard->findChild<QPushButton *>(QStringLiteral("importNextFile"))->isVisible());
    saveShot(wizard, QStringLiteral("wizard6-summary"));
    CHECK(peopleIn(*w.database()) == 1000);
    CHECK(batchesIn(*w.database()) == 1);
    wizard->accept();
    QTRY_VERIFY(!w.findChild<ImportWizard *>());

    // The page shows them, searchable without diacritics, by district, as of a date.
    CHECK(page->model()->rowCount() == 1000);
    QAbstractItemModel *shown = page->view()->model();
    auto *searchPeople = page->findChild<QLineEdit *>(QStringLiteral("spokespersonSearch"));
    REQUIRE(searchPeople);
    searchPeople->setText(QStringLiteral("Nguyễn"));
    const int nguyen = shown->rowCount();
    CHECK(nguyen > 0);
    CHECK(nguyen < 1000);
    searchPeople->setText(QStringLiteral("NGUYEN"));
    CHECK(shown->rowCount() == nguyen);
    searchPeople->clear();
    auto *district = page->findChild<QComboBox *>(QStringLiteral("spokespersonDistrict"));
    REQUIRE(district);
    district->setCurrentIndex(district->findText(QStringLiteral("UBND huyện Ba Bể")));
    const int inBaBe = shown->rowCount();
    CHECK(inBaBe >= 38);
    CHECK(inBaBe < 1000);
    district->setCurrentIndex(0);
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("spokespersonKind"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("none")));
    CHECK(shown->rowCount() == 41);
    kind->setCurrentIndex(kind->findData(QStringLiteral("department")));
    CHECK(shown->rowCount() > 0);
    CHECK(shown->rowCount() < 1000 - inBaBe);
    kind->setCurrentIndex(0);
    CHECK(shown->rowCount() == 1000);
    page->setAsOf(QDate(2024, 2, 29));
    CHECK(page->model()->rowCount() == 0); // the list holds from 1 March
    page->setAsOf(QDate::currentDate());
    CHECK(page->model()->rowCount() == 1000);
    saveShot(&w, QStringLiteral("page-spokespersons"));

    // A second file of the same shape gets the remembered columns, and the
    // same content is recognised.
    const QString again = copyFixture(dir, QStringLiteral("spokespersons_1000.xlsx"),
                                      QStringLiteral("gửi lại.xlsx"));
    ImportWizard *second = page->startImport({again});
    REQUIRE(second);
    second->next();
    REQUIRE(second->currentId() == ImportWizard::LayoutPageId);
    CHECK(second->mappingRemembered());
    CHECK_FALSE(second->preview()->mapping.has(import::Field::Note));
    CHECK(second->preview()->earlierBatches.size() == 1);
    CHECK(second->preview()->toUpdate == 1000);
    second->reject();
    QTRY_VERIFY(!w.findChild<ImportWizard *>());
    CHECK(batchesIn(*w.database()) == 1);

    // The history lists the batch; undoing it (after the confirmation)
    // empties the page.
    ImportHistoryDialog *history = page->showHistory();
    REQUIRE(history);
    watchModels(history, testers);
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, ImportBatchModel::FileColumn).data().toString() ==
          QStringLiteral("Danh sách người phát ngôn.xlsx"));
    CHECK(history->model()->index(0, ImportBatchModel::AddedColumn).data().toString() ==
          QLocale().toString(1000));
    CHECK(history->model()->index(0, ImportBatchModel::ShaColumn).data().toString().size() == 12);
    saveShot(history, QStringLiteral("history"));
    auto *undo = history->findChild<QPushButton *>(QStringLiteral("undoImport"));
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    // Cancelled first: nothing happens.
    whenModalOpens([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Cancel)->click();
    });
    undo->click();
    CHECK(peopleIn(*w.database()) == 1000);
    whenModalOpens([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("Danh sách người phát ngôn.xlsx")));
        box->button(QMessageBox::Yes)->click();
    });
    undo->click();
    CHECK(peopleIn(*w.database()) == 0);
    CHECK(page->model()->rowCount() == 0);
    CHECK_FALSE(undo->isEnabled());
    CHECK(history->model()->index(0, ImportBatchModel::StateColumn).data().toString() !=
          ImportBatchModel::tr("Imported"));
    history->close();
}

TEST_CASE("files that cannot be read are refused in the wizard and nothing changes")
{
    useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("refuse.sqlite")), true).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    SpokespersonsPage *page = spokespersonsPage(w);
    REQUIRE(page);
    QFile fixture(test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray good = fixture.readAll();
    const QString truncated =
        writeFile(dir, QStringLiteral("cắt cụt.xlsx"), good.left(good.size() / 2));
    const QString html = writeFile(dir, QStringLiteral("trang web.xls"),
                                   "<html><body><table><tr><td>H\xe1\xbb\x8d v\xc3\xa0 "
                                   "t\xc3\xaan</td></tr></table></body></html>");
    const QString empty = writeFile(dir, QStringLiteral("rỗng.csv"), {});
    const QString sections = writeFile(dir, QStringLiteral("theo mục.csv"), kSectionList);

    ImportWizard *wizard = page->startImport({truncated, html, empty, sections});
    REQUIRE(wizard);
    Testers testers;
    watchModels(wizard, testers);
    auto *error = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("importError"));
    REQUIRE(error);
    for (const QString &bad : {truncated, html, empty}) {
        wizard->next();
        CHECK(wizard->currentId() == ImportWizard::FilesPageId);
        CHECK(error->isVisible());
        INFO(error->text().toStdString());
        CHECK(error->text().contains(QFileInfo(bad).fileName()));
        CHECK(batchesIn(*w.database()) == 0);
        CHECK(peopleIn(*w.database()) == 0);
        if (bad == html && !translated())
            CHECK(error->text().contains(QStringLiteral("web page"), Qt::CaseInsensitive));
        if (bad == empty && !translated())
            CHECK(error->text().contains(QStringLiteral("empty"), Qt::CaseInsensitive));
    }
    CHECK(wizard->fileError(0).size() > 0);
    saveShot(wizard, QStringLiteral("wizard1-refused"));

    // The next file: units from section rows; the unit written differently
    // is not taken silently; the row without a name is not imported.
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::LayoutPageId);
    const import::ImportPreview *p = wizard->preview();
    REQUIRE(p);
    CHECK(p->unitsFromSections);
    CHECK(p->rows.size() == 3);
    CHECK(p->rejected.size() == 1);
    auto *sample = wizard->findChild<QTableView *>(QStringLiteral("sampleRows"));
    REQUIRE(sample);
    auto *sampleModel = qobject_cast<SampleRowsModel *>(sample->model());
    REQUIRE(sampleModel);
    CHECK(sampleModel->kindOf(0) == SampleRowsModel::Kind::Title);
    CHECK(sampleModel->kindOf(2) == SampleRowsModel::Kind::Header);
    CHECK(sampleModel->kindOf(4) == SampleRowsModel::Kind::Section);
    CHECK(sampleModel->kindOf(5) == SampleRowsModel::Kind::Data);
    saveShot(wizard, QStringLiteral("wizard2-sections"));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::UnitsPageId);
    auto *units = wizard->findChild<QTableView *>(QStringLiteral("unitChoices"));
    REQUIRE(units->model()->rowCount() == 1);
    CHECK(units->model()->index(0, UnitChoiceModel::TextColumn).data().toString() ==
          QStringLiteral("Sở Văn hóa và Thể thao"));
    CHECK(units->model()->index(0, UnitChoiceModel::ChoiceColumn).data(Qt::EditRole).toLongLong() ==
          0);
    wizard->findChild<QPushButton *>(QStringLiteral("acceptSuggestions"))->click();
    QTRY_VERIFY(wizard->preview()->unknownUnits.isEmpty());
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    auto *filter = wizard->findChild<QComboBox *>(QStringLiteral("checkFilter"));
    filter->setCurrentIndex(filter->findData(int(CheckRowsModel::Rejected)));
    auto *check = wizard->findChild<QTableView *>(QStringLiteral("checkRows"));
    REQUIRE(check->model()->rowCount() == 1);
    CHECK(check->model()->index(0, CheckRowsModel::RowColumn).data().toInt() == 9);
    filter->setCurrentIndex(filter->findData(int(CheckRowsModel::PhoneProblem)));
    CHECK(check->model()->rowCount() == 1); // 0168… converted
    filter->setCurrentIndex(filter->findData(int(CheckRowsModel::EmailProblem)));
    CHECK(check->model()->rowCount() == 1);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::SummaryPageId);
    CHECK(wizard->outcome().inserted == 3);
    CHECK(wizard->outcome().rejected == 1);
    auto *save = wizard->findChild<QPushButton *>(QStringLiteral("saveRejects"));
    CHECK(save->isEnabled());
    const QString rejects = dir.filePath(QStringLiteral("trả lại.csv"));
    CHECK(wizard->saveRejects(rejects).isEmpty());
    QFile written(rejects);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(written.readAll()).contains(QStringLiteral("Chuyên viên")));
    CHECK(peopleIn(*w.database()) == 3);
    CHECK(batchesIn(*w.database()) == 1);
    wizard->accept();
    CHECK(page->model()->rowCount() == 3);
}

TEST_CASE("spreadsheets dropped on the main window open the import with them")
{
    useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("drop.sqlite")), true).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    SpokespersonsPage *page = spokespersonsPage(w);
    REQUIRE(page);
    const QString list = writeFile(dir, QStringLiteral("danh sách.csv"), kSectionList);
    const QString other = writeFile(dir, QStringLiteral("ghi chú.docx"), "x");
    // Anything but spreadsheets is refused, with the file named.
    CHECK_FALSE(page->openFiles({list, other}));
    CHECK(w.openFiles({other}).contains(QStringLiteral("ghi chú.docx")));
    CHECK_FALSE(w.findChild<ImportWizard *>());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(list)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    auto *wizard = w.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->files() == QStringList{QFileInfo(list).absoluteFilePath()});
    // A second drop goes to the wizard already open.
    const QString more = writeFile(dir, QStringLiteral("thêm.csv"), kSectionList);
    CHECK(page->openFiles({more}));
    CHECK(w.findChildren<ImportWizard *>().size() == 1);
    CHECK(wizard->files().size() == 2);
    wizard->reject();
}

TEST_CASE("a spokesperson is edited in a dialog and the edit is undone and redone")
{
    useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("edit.sqlite")), true).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    SpokespersonsPage *page = spokespersonsPage(w);
    REQUIRE(page);
    import::SpokespersonImporter importer(*w.database());
    import::ImportOptions options;
    options.listDate = QDate(2024, 1, 1);
    auto preview =
        importer.preview(writeFile(dir, QStringLiteral("ds.csv"), kSectionList), options);
    REQUIRE(preview.ok());
    REQUIRE(importer.commit(preview.value()).ok());
    page->setContext(w.database(), w.year()); // imported outside the page: read again
    REQUIRE(page->model()->rowCount() == 3);

    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    const qint64 id = page->view()->currentIndex().data(IdRole).toLongLong();
    const Spokesperson before = *page->model()->personAt(
        qobject_cast<QAbstractProxyModel *>(page->view()->model())
            ->mapToSource(page->view()->currentIndex())
            .row());
    // A bad phone is refused in the dialog; a good one is kept normalised.
    whenModalOpens([](QWidget *modal) {
        auto *dialog = qobject_cast<SpokespersonDialog *>(modal);
        REQUIRE(dialog);
        saveShot(dialog, QStringLiteral("person-dialog"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("personPhone"));
        phone->setText(QStringLiteral("12"));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->findChild<QLabel *>(QStringLiteral("personError"))->text().isEmpty());
        phone->setText(QStringLiteral("+84 912 000 111"));
        dialog->findChild<QLineEdit *>(QStringLiteral("personPosition"))
            ->setText(QStringLiteral("Chánh Văn phòng"));
        dialog->accept();
    });
    page->editSelected();
    auto after = db::SpokespersonRepository(*w.database()).record(id);
    REQUIRE(after.ok());
    CHECK(after->person.phone == QStringLiteral("0912000111"));
    CHECK(after->person.position == QStringLiteral("Chánh Văn phòng"));
    CHECK(after->person.name == before.name);
    REQUIRE(w.undoStack()->count() == 1);
    w.undoStack()->undo();
    auto undone = db::SpokespersonRepository(*w.database()).record(id);
    REQUIRE(undone.ok());
    CHECK(undone->person.phone == before.phone);
    CHECK(undone->person.position == before.position);
    w.undoStack()->redo();
    CHECK(db::SpokespersonRepository(*w.database()).record(id)->person.position ==
          QStringLiteral("Chánh Văn phòng"));
}

namespace {

// A list with a unit column: one row without a name, one phone that is not
// a phone, one unit that is not in the list of units.
const QByteArray kRowsToFix =
    "STT;H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan;Ch\xe1\xbb\xa9" "c v\xe1\xbb\xa5;C\xc6\xa1 quan;"
    "\xc4\x90i\xe1\xbb\x87n tho\xe1\xba\xa1i;Email\r\n"
    "1;Nguy\xe1\xbb\x85n V\xc4\x83n An;Gi\xc3\xa1m \xc4\x91\xe1\xbb\x91" "c;S\xe1\xbb\x9f T\xc6\xb0 "
    "ph\xc3\xa1p;0912345678;an@backan.gov.vn\r\n"
    "2;;Ph\xc3\xb3 Gi\xc3\xa1m \xc4\x91\xe1\xbb\x91" "c;S\xe1\xbb\x9f T\xc6\xb0 ph\xc3\xa1p;"
    "0987654321;pgd@backan.gov.vn\r\n"
    "3;Tr\xe1\xba\xa7n Th\xe1\xbb\x8b B\xc3\xacnh;Chuy\xc3\xaan vi\xc3\xaan;S\xe1\xbb\x9f T\xc6\xb0 "
    "ph\xc3\xa1p;12345;binh@backan.gov.vn\r\n"
    "4;L\xc3\xaa V\xc4\x83n C\xc6\xb0\xe1\xbb\x9dng;Ch\xc3\xa1nh V\xc4\x83n ph\xc3\xb2ng;"
    "Ph\xc3\xb2ng Qu\xe1\xba\xa3n tr\xe1\xbb\x8b XYZ;0209 3876 543;cuong@backan.gov.vn\r\n";

// The proxy index of sheet row `sheetRow`, column `column`, in the check view.
QModelIndex checkCell(QTableView *view, int sheetRow, int column)
{
    QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, column);
        if (i.data(CheckRowsModel::SheetRowRole).toInt() == sheetRow)
            return i;
    }
    return {};
}

const import::CheckedRow *keptRow(const import::ImportPreview *p, int sheetRow)
{
    for (const import::CheckedRow &r : p->rows) {
        if (r.row == sheetRow)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("rows fixed in place on the check page are checked again and imported fixed")
{
    useOwnSettings();
    ImportWizard::forgetRememberedMappings();
    const bool vietnamese = translated();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("fix.sqlite")), true).isEmpty());
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    SpokespersonsPage *page = spokespersonsPage(w);
    REQUIRE(page);
    const QString file = writeFile(dir, QStringLiteral("sửa tại chỗ.csv"), kRowsToFix);
    ImportWizard *wizard = page->startImport({file});
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    Testers testers;
    watchModels(wizard, testers);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::LayoutPageId);
    REQUIRE(wizard->preview()->rows.size() == 3);
    REQUIRE(wizard->preview()->rejected.size() == 1);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::UnitsPageId); // the unknown unit
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    auto *view = wizard->findChild<QTableView *>(QStringLiteral("checkRows"));
    REQUIRE(view);
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("checkSummary"));
    REQUIRE(summary);
    auto *undo = wizard->findChild<QPushButton *>(QStringLiteral("checkUndo"));
    auto *redo = wizard->findChild<QPushButton *>(QStringLiteral("checkRedo"));
    auto *revert = wizard->findChild<QPushButton *>(QStringLiteral("checkRevertRow"));
    REQUIRE(undo);
    REQUIRE(redo);
    REQUIRE(revert);
    CHECK_FALSE(undo->isEnabled());
    CHECK(view->model()->rowCount() == 3); // rows 3, 4 and 5 of the sheet: the doubtful ones
    const QString before = summary->text();
    CHECK(before.contains(QStringLiteral("1")));
    CHECK(checkCell(view, 3, CheckRowsModel::StatusColumn).data().toString() ==
          CheckRowsModel::tr("Not imported"));
    CHECK(checkCell(view, 3, CheckRowsModel::PositionColumn).data().toString() ==
          QStringLiteral("Phó Giám đốc"));
    CHECK(checkCell(view, 3, CheckRowsModel::NameColumn).flags() & Qt::ItemIsEditable);
    saveShot(wizard, QStringLiteral("wizard4-check-to-fix"));

    // The row without a name: F2 on its name, the name typed, Enter.
    QApplication::setActiveWindow(wizard);
    view->setFocus();
    view->setCurrentIndex(checkCell(view, 3, CheckRowsModel::NameColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    CHECK(editor->text().isEmpty());
    editor->setText(QStringLiteral("Phạm Văn Dũng"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn
    REQUIRE(QTest::qWaitFor([&] { return wizard->preview()->rejected.empty(); }));
    const import::CheckedRow *fixed = keptRow(wizard->preview(), 3);
    REQUIRE(fixed);
    CHECK(fixed->name == QStringLiteral("Phạm Văn Dũng"));
    CHECK(fixed->position == QStringLiteral("Phó Giám đốc"));
    CHECK(fixed->edited);
    CHECK(wizard->preview()->toInsert == 4);
    // Still in view, now kept; the summary counts it.
    REQUIRE(checkCell(view, 3, CheckRowsModel::StatusColumn).isValid());
    CHECK(checkCell(view, 3, CheckRowsModel::StatusColumn).data().toString() ==
          CheckRowsModel::tr("Corrected"));
    CHECK(summary->text() != before);
    CHECK(undo->isEnabled());
    CHECK(revert->isEnabled());

    // The bad phone: typing on the cell starts the edit, Enter keeps it;
    // the number is checked and normalised like the file's.
    const QModelIndex phone = checkCell(view, 4, CheckRowsModel::PhoneColumn);
    REQUIRE(phone.isValid());
    CHECK(phone.data(CheckRowsModel::ProblemRole).toInt() & CheckRowsModel::PhoneProblem);
    view->setCurrentIndex(phone);
    // First a number that is still wrong: the warning stays.
    QTest::keyClick(view, Qt::Key_0);
    editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("0"));
    QTest::keyClicks(editor, QStringLiteral("912"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return keptRow(wizard->preview(), 4)->phone != QStringLiteral("12345"); }));
    CHECK(keptRow(wizard->preview(), 4)->phone == QStringLiteral("0912"));
    CHECK(checkCell(view, 4, CheckRowsModel::PhoneColumn).data(CheckRowsModel::ProblemRole).toInt() &
          CheckRowsModel::PhoneProblem);
    view->setCurrentIndex(checkCell(view, 4, CheckRowsModel::PhoneColumn));
    QTest::keyClick(view, Qt::Key_F2);
    editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    editor->setText(QStringLiteral("0912 555 666"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return keptRow(wizard->preview(), 4)->phone == QStringLiteral("0912555666"); }));
    CHECK(keptRow(wizard->preview(), 4)->warnings.isEmpty());
    CHECK(checkCell(view, 4, CheckRowsModel::ProblemColumn).data().toString().isEmpty());
    CHECK(wizard->preview()->warningCount == 1); // only the unknown unit is left

    // Undo and redo within the page.
    undo->click();
    CHECK(keptRow(wizard->preview(), 4)->phone == QStringLiteral("0912"));
    CHECK(wizard->preview()->warningCount == 2);
    redo->click();
    CHECK(keptRow(wizard->preview(), 4)->phone == QStringLiteral("0912555666"));

    // The unknown unit: a unit of the list chosen for the row.
    const QModelIndex unit = checkCell(view, 5, CheckRowsModel::UnitColumn);
    REQUIRE(unit.isValid());
    CHECK(unit.data(Qt::EditRole).toLongLong() == 0);
    qint64 justice = 0;
    for (const QVariant &c : unit.data(ChoicesRole).toList()) {
        if (c.toList().value(0).toString() == QStringLiteral("Sở Tư pháp"))
            justice = c.toList().value(1).toLongLong();
    }
    REQUIRE(justice > 0);
    REQUIRE(view->model()->setData(unit, justice));
    CHECK(keptRow(wizard->preview(), 5)->unitId == justice);
    CHECK(wizard->preview()->warningCount == 0);
    CHECK(wizard->preview()->unknownUnits.isEmpty());
    // Given back its cells, and corrected again.
    view->setCurrentIndex(checkCell(view, 5, CheckRowsModel::NameColumn));
    REQUIRE(revert->isEnabled());
    revert->click();
    CHECK(keptRow(wizard->preview(), 5)->unitId == 0);
    CHECK(wizard->preview()->warningCount == 1);
    undo->click();
    CHECK(keptRow(wizard->preview(), 5)->unitId == justice);
    if (!vietnamese)
        CHECK(summary->text().contains(QStringLiteral("3 rows corrected")));
    saveShot(wizard, QStringLiteral("wizard4-check-fixed"));

    // Imported with the corrections.
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPageId);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::SummaryPageId);
    CHECK(wizard->outcome().inserted == 4);
    CHECK(wizard->outcome().rejected == 0);
    CHECK(wizard->outcome().warnings == 0);
    wizard->accept();
    QTRY_VERIFY(!w.findChild<ImportWizard *>());
    auto people = db::SpokespersonRepository(*w.database()).servingOn({});
    REQUIRE(people.ok());
    REQUIRE(people->size() == 4);
    QHash<QString, Spokesperson> byName;
    for (const Spokesperson &person : people.value())
        byName.insert(person.name, person);
    REQUIRE(byName.contains(QStringLiteral("Phạm Văn Dũng")));
    CHECK(byName.value(QStringLiteral("Phạm Văn Dũng")).position == QStringLiteral("Phó Giám đốc"));
    CHECK(byName.value(QStringLiteral("Phạm Văn Dũng")).phone == QStringLiteral("0987654321"));
    CHECK(byName.value(QStringLiteral("Phạm Văn Dũng")).unitId == justice);
    CHECK(byName.value(QStringLiteral("Trần Thị Bình")).phone == QStringLiteral("0912555666"));
    CHECK(byName.value(QStringLiteral("Lê Văn Cường")).unitId == justice);
    CHECK(byName.value(QStringLiteral("Nguyễn Văn An")).phone == QStringLiteral("0912345678"));
    auto batches = db::ImportBatchRepository(*w.database()).all();
    REQUIRE(batches.ok());
    REQUIRE(batches->size() == 1);
    CHECK(db::ImportBatchRepository(*w.database()).rejected(batches->front().id)->isEmpty());
}

TEST_CASE("the import models pass the model tester on their own")
{
    CheckRowsModel rows;
    QAbstractItemModelTester rowsTester(&rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CheckRowsFilter filter;
    filter.setSourceModel(&rows);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    import::ImportPreview p;
    import::CheckedRow a;
    a.row = 7;
    a.name = QStringLiteral("Nguyễn Văn An");
    a.warnings << import::RowWarning{import::WarningKind::PhoneConverted, QStringLiteral("x")};
    import::CheckedRow b;
    b.row = 5;
    b.name = QStringLiteral("Lê Thị Hoa");
    p.rows = {a, b};
    p.rejected = {import::RejectedRow{6, QStringLiteral("no name"), {QStringLiteral("3")}}};
    rows.setPreview(p);
    REQUIRE(rows.rowCount() == 3);
    CHECK(rows.index(0, CheckRowsModel::RowColumn).data().toInt() == 5);
    CHECK(rows.index(1, CheckRowsModel::RowColumn).data().toInt() == 6);
    filter.setProblem(-1);
    CHECK(filter.rowCount() == 2);
    filter.setProblem(CheckRowsModel::PhoneProblem);
    CHECK(filter.rowCount() == 1);
    filter.setProblem(0);
    filter.setSearchText(QStringLiteral("hoa"));
    CHECK(filter.rowCount() == 1);
    filter.setSearchText({});

    // The refused row fixed: updated in place, no reset, still shown by the
    // problem filter as a corrected row.
    QSignalSpy resets(&rows, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&rows, &QAbstractItemModel::dataChanged);
    filter.setProblem(CheckRowsModel::Rejected);
    CHECK(filter.rowCount() == 1);
    import::CheckedRow c;
    c.row = 6;
    c.name = QStringLiteral("Phạm Văn Dũng");
    c.edited = true;
    p.rows = {a, b, c};
    p.rejected.clear();
    rows.updatePreview(p);
    CHECK(resets.isEmpty());
    REQUIRE(changes.size() == 1);
    CHECK(changes.at(0).at(0).toModelIndex().row() == 1);
    CHECK(rows.index(1, CheckRowsModel::NameColumn).data().toString() == c.name);
    CHECK(rows.index(1, CheckRowsModel::StatusColumn).data().toString() ==
          CheckRowsModel::tr("Corrected"));
    CHECK(filter.rowCount() == 1);
    CHECK(rows.rowOfSheetRow(6) == 1);
    CHECK(rows.rowOfSheetRow(8) == -1);
    // Editing asks for the row to be checked again; the row is not changed
    // by itself.
    QSignalSpy asked(&rows, &CheckRowsModel::editRequested);
    CHECK(rows.setData(rows.index(2, CheckRowsModel::PhoneColumn), QStringLiteral("0912345678")));
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).at(0).toInt() == 7);
    CHECK(rows.index(2, CheckRowsModel::PhoneColumn).data().toString().isEmpty());
    CHECK_FALSE(rows.setData(rows.index(2, CheckRowsModel::StatusColumn), QStringLiteral("x")));
    filter.setProblem(0);

    ImportBatchModel batches;
    QAbstractItemModelTester batchTester(&batches,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    db::ImportBatch batch;
    batch.id = 3;
    batch.fileName = QStringLiteral("a.xlsx");
    batch.sha256 = QStringLiteral("0123456789abcdef0123");
    batch.importedAt = QDateTime::currentDateTimeUtc();
    batches.setBatches({batch});
    CHECK(batches.index(0, ImportBatchModel::ShaColumn).data().toString() ==
          QStringLiteral("0123456789ab"));
    CHECK(ColumnMappingModel::columnLetter(0) == QStringLiteral("A"));
    CHECK(ColumnMappingModel::columnLetter(26) == QStringLiteral("AA"));
}
