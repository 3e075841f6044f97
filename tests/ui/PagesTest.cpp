// The training, media-monitoring and overview pages, driven through the
// real main window offscreen, and their item models under the model tester.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "Page.h"
#include "SortFilterProxy.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/MediaRepository.h"
#include "db/OverviewRepository.h"
#include "db/ProgressRepository.h"
#include "db/TrainingRepository.h"
#include "models/MediaTableModel.h"
#include "models/ProgressTableModel.h"
#include "models/TrainingModels.h"
#include "pages/MediaPage.h"
#include "pages/OverviewPage.h"
#include "pages/ProgressPage.h"
#include "pages/SpokespersonsPage.h"
#include "pages/TrainingPage.h"
#include "sheet/TableWriter.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

// Runs `act` on the next modal dialog once it is shown (the page opens it
// with exec(), which only returns when the dialog is closed).
void onNextDialog(const std::function<void(QDialog *)> &act, int triesLeft = 200)
{
    QTimer::singleShot(10, [act, triesLeft] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            act(dialog);
            return;
        }
        if (triesLeft > 0)
            onNextDialog(act, triesLeft - 1);
    });
}

void save(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *ok = nullptr;
    for (QAbstractButton *b : buttons->buttons()) {
        if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            ok = qobject_cast<QPushButton *>(b);
    }
    REQUIRE(ok);
    ok->click();
}

template <typename T> T *show(MainWindow &w)
{
    T *page = shownPage<T>(w);
    QCoreApplication::processEvents();
    return page;
}

// The overview, shown, once its figures are read (on a thread of their own).
OverviewPage *showOverview(MainWindow &w)
{
    auto *overview = show<OverviewPage>(w);
    REQUIRE(QTest::qWaitFor([overview] { return !overview->isLoading(); }, 20000));
    return overview;
}

MediaItem mediaItem(const QDate &date, const char *outlet, const char *title, Sentiment s)
{
    MediaItem m;
    m.date = date;
    m.outlet = QString::fromUtf8(outlet);
    m.title = QString::fromUtf8(title);
    m.topic = QStringLiteral("Chuyển đổi số");
    m.sentiment = s;
    return m;
}

// A year with classes, trainees, media items and some progress, as the
// office would have it by autumn.
void seedYear(db::Database &db, int year)
{
    db::TrainingRepository training(db);
    const struct
    {
        const char *title;
        int month;
        const char *place;
        int planned;
    } classes[] = {
        {"Bồi dưỡng kỹ năng phát ngôn và cung cấp thông tin cho báo chí", 4, "Hội trường Sở TT&TT",
         80},
        {"Tập huấn nghiệp vụ thông tin cơ sở cho cán bộ cấp xã", 6, "Trung tâm hội nghị tỉnh", 120},
        {"Kỹ năng xử lý tin giả, tin xấu độc trên mạng xã hội", 9, "Huyện Ba Bể", 60},
    };
    const char *names[] = {"Nguyễn Văn An",   "Trần Thị Bình", "Lê Văn Cường", "Hoàng Thị Dung",
                           "Phạm Văn Đức",    "Ma Thị Hà",     "Nông Văn Hải", "Lường Thị Hoa",
                           "Đinh Văn Khánh",  "Triệu Thị Lan", "Bế Văn Minh",  "Hà Thị Ngọc"};
    int k = 0;
    for (const auto &c : classes) {
        TrainingClass tc;
        tc.year = year;
        tc.title = QString::fromUtf8(c.title);
        tc.startDate = QDate(year, c.month, 10);
        tc.endDate = QDate(year, c.month, 12);
        tc.place = QString::fromUtf8(c.place);
        tc.plannedSize = c.planned;
        auto id = training.addClass(tc);
        REQUIRE(id.ok());
        for (int i = 0; i < 8; ++i, ++k) {
            Trainee t;
            t.classId = id.value();
            t.name = QString::fromUtf8(names[k % 12]);
            t.unitText = QStringLiteral("Sở Tư pháp");
            t.category = allTraineeCategories().at(k % allTraineeCategories().size());
            t.completed = k % 3 != 0;
            REQUIRE(training.addTrainee(t).ok());
        }
    }
    db::MediaRepository media(db);
    const char *outlets[] = {"Báo Bắc Kạn", "Báo Nhân Dân điện tử", "VnExpress",
                             "Trang Facebook Bắc Kạn 24h", "Đài PT-TH Bắc Kạn"};
    const char *titles[] = {"Bắc Kạn đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
                            "Du lịch hồ Ba Bể thu hút du khách dịp hè",
                            "Phản ánh chậm giải phóng mặt bằng dự án đường tránh",
                            "Tin sai sự thật về dịch bệnh trên đàn lợn",
                            "Hội nghị xúc tiến đầu tư vào tỉnh Bắc Kạn"};
    for (int i = 0; i < 40; ++i) {
        const Sentiment s = i % 5 == 2 || i % 5 == 3 ? Sentiment::Negative
                            : i % 2               ? Sentiment::Positive
                                                  : Sentiment::Neutral;
        REQUIRE(media
                    .add(mediaItem(QDate(year, 1 + (i * 7) % 10, 1 + i % 27), outlets[i % 5],
                                   titles[i % 5], s))
                    .ok());
    }
}

} // namespace

TEST_CASE("the training and media models pass the model tester")
{
    QTemporaryDir dir;
    db::OpenOptions o;
    o.create = true;
    auto opened = db::Database::open(dir.filePath(QStringLiteral("models.sqlite")), o);
    REQUIRE(opened.ok());
    db::Database &db = *opened.value();
    seedYear(db, 2024);
    db::TrainingRepository training(db);

    TrainingClassModel classes;
    QAbstractItemModelTester t1(&classes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto list = training.classes(2024);
    REQUIRE(list.ok());
    QHash<qint64, int> counts;
    for (const TrainingClass &c : list.value())
        counts.insert(c.id, int(training.trainees(c.id)->size()));
    classes.setClasses(list.value(), counts);
    REQUIRE(classes.rowCount() == 3);
    CHECK(classes.index(0, TrainingClassModel::TraineesColumn).data().toString() ==
          QStringLiteral("8"));
    CHECK(classes.index(0, TrainingClassModel::DatesColumn).data().toString() ==
          QStringLiteral("10/04 – 12/04/2024"));

    TraineeTableModel trainees;
    QAbstractItemModelTester t2(&trainees, QAbstractItemModelTester::FailureReportingMode::Fatal);
    trainees.setTrainees(training.trainees(list->first().id).value());
    REQUIRE(trainees.rowCount() == 8);
    SortFilterProxy traineeProxy;
    traineeProxy.setSourceModel(&trainees);
    QAbstractItemModelTester t3(&traineeProxy,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    traineeProxy.setSearchText(QStringLiteral("nguyen van an"));
    CHECK(traineeProxy.rowCount() == 1);
    traineeProxy.setSearchText({});
    traineeProxy.setRoleFilter(TraineeTableModel::CategoryKeyRole, QStringLiteral("reporter"));
    CHECK(traineeProxy.rowCount() == 2);

    TraineeTotalsModel totals;
    QAbstractItemModelTester t4(&totals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    totals.setTotals(training.totals(2024).value());
    REQUIRE(totals.rowCount() == int(allTraineeCategories().size()) + 1);
    CHECK(totals.index(totals.rowCount() - 1, TraineeTotalsModel::TraineesColumn)
              .data()
              .toString() == QStringLiteral("24"));

    MediaTableModel media;
    QAbstractItemModelTester t5(&media, QAbstractItemModelTester::FailureReportingMode::Fatal);
    db::MediaQuery q;
    q.from = QDate(2024, 1, 1);
    q.to = QDate(2024, 12, 31);
    media.setItems(db::MediaRepository(db).search(q).value());
    REQUIRE(media.rowCount() == 40);
    SortFilterProxy mediaProxy;
    mediaProxy.setSourceModel(&media);
    QAbstractItemModelTester t6(&mediaProxy,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    mediaProxy.sort(MediaTableModel::DateColumn, Qt::DescendingOrder);
    mediaProxy.setSearchText(QStringLiteral("TIN SAI dich benh"));
    CHECK(mediaProxy.rowCount() == 8);
    CHECK(mediaProxy.index(0, MediaTableModel::DateColumn).data(SortKeyRole).toByteArray() >
          mediaProxy.index(7, MediaTableModel::DateColumn).data(SortKeyRole).toByteArray());
    mediaProxy.setSearchText(QStringLiteral("ho ba be"));
    CHECK(mediaProxy.rowCount() == 8);
    mediaProxy.setRoleFilter(MediaTableModel::SentimentKeyRole, QStringLiteral("negative"));
    CHECK(mediaProxy.rowCount() == 0);

    MonthSentimentModel months;
    QAbstractItemModelTester t7(&months, QAbstractItemModelTester::FailureReportingMode::Fatal);
    months.setCounts(db::MediaRepository(db).countsByMonth(2024).value());
    CHECK(months.rowCount() == 4);
    CHECK(months.columnCount() == 13);
    CHECK(months.index(3, 12).data().toString() == QStringLiteral("40"));
    CHECK(months.index(2, 12).data().toString() == QStringLiteral("16"));
    media.setItems({});
    months.setCounts({});
    CHECK(months.index(3, 12).data().toString() == QStringLiteral("–"));
}

TEST_CASE("the training page adds a class and a trainee, imports a list and undoes")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("training.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = show<TrainingPage>(w);
    REQUIRE(page->classModel()->rowCount() == 0);

    // A class through its dialog; an empty title is refused first.
    auto *add = page->findChild<QPushButton *>(QStringLiteral("addClassButton"));
    REQUIRE(add);
    bool refused = false;
    onNextDialog([&](QDialog *d) {
        save(d);
        auto *problem = d->findChild<QLabel *>(QStringLiteral("problemLabel"));
        refused = d->isVisible() && problem && !problem->text().isEmpty();
        d->findChild<QLineEdit *>(QStringLiteral("classTitle"))
            ->setText(QStringLiteral("Bồi dưỡng kỹ năng phát ngôn"));
        d->findChild<QDateEdit *>(QStringLiteral("classStart"))->setDate(QDate(2024, 5, 6));
        d->findChild<QDateEdit *>(QStringLiteral("classEnd"))->setDate(QDate(2024, 5, 7));
        d->findChild<QLineEdit *>(QStringLiteral("classPlace"))
            ->setText(QStringLiteral("Hội trường Sở TT&TT"));
        d->findChild<QSpinBox *>(QStringLiteral("classPlanned"))->setValue(50);
        save(d);
    });
    add->click();
    CHECK(refused);
    REQUIRE(page->classModel()->rowCount() == 1);
    const TrainingClass created = *page->classModel()->classAt(0);
    CHECK(created.title == QStringLiteral("Bồi dưỡng kỹ năng phát ngôn"));
    CHECK(created.startDate == QDate(2024, 5, 6));
    CHECK(created.plannedSize == 50);
    CHECK(page->classView()->currentIndex().isValid());

    // A trainee through its dialog.
    onNextDialog([](QDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("traineeName"))
            ->setText(QStringLiteral("Hoàng Thị Dung"));
        d->findChild<QComboBox *>(QStringLiteral("traineeUnit"))
            ->setEditText(QStringLiteral("Sở Tư pháp"));
        auto *category = d->findChild<QComboBox *>(QStringLiteral("traineeCategory"));
        category->setCurrentIndex(category->findData(int(TraineeCategory::PortalEditor)));
        d->findChild<QCheckBox *>(QStringLiteral("traineeCompleted"))->setChecked(true);
        save(d);
    });
    page->findChild<QPushButton *>(QStringLiteral("addTraineeButton"))->click();
    REQUIRE(page->traineeModel()->rowCount() == 1);
    const Trainee dung = *page->traineeModel()->traineeAt(0);
    CHECK(dung.unitId > 0); // the unit of the list, not only its text
    CHECK(dung.category == TraineeCategory::PortalEditor);
    CHECK(dung.completed);

    // A list from a spreadsheet, confirmed in its summary.
    const QString sheetPath = dir.filePath(QStringLiteral("danh-sach-hoc-vien.xlsx"));
    sheet::Table table;
    table.title = QStringLiteral("DANH SÁCH HỌC VIÊN");
    table.header = {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Đơn vị"),
                    QStringLiteral("Đối tượng"), QStringLiteral("Hoàn thành")};
    table.addRow({QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"),
                  QStringLiteral("Báo Bắc Kạn"), QStringLiteral("Phóng viên"), QStringLiteral("x")});
    table.addRow({QStringLiteral("2"), QStringLiteral("Trần Thị Bình"),
                  QStringLiteral("Sở Tư pháp"), QStringLiteral("Biên tập viên"), QString()});
    table.addRow({QStringLiteral("3"), QString(), QStringLiteral("Sở Tư pháp"),
                  QStringLiteral("Phóng viên"), QString()});
    table.addRow({QStringLiteral("4"), QStringLiteral("Hoàng Thị Dung"),
                  QStringLiteral("Sở Tư pháp"), QStringLiteral("Biên tập viên cổng"),
                  QStringLiteral("x")});
    REQUIRE(sheet::writeTable(table, sheetPath).ok());
    QString details;
    onNextDialog([&](QDialog *d) {
        CHECK(d->objectName() == QStringLiteral("traineeImportDialog"));
        details = d->findChild<QPlainTextEdit *>(QStringLiteral("importDetails"))->toPlainText();
        save(d);
    });
    const QString summary = page->importTrainees(sheetPath);
    CHECK(summary.contains(QStringLiteral("danh-sach-hoc-vien.xlsx")));
    CHECK(details.contains(QStringLiteral("6:"))); // row 6 has no name
    REQUIRE(page->traineeModel()->rowCount() == 3); // Dung was there already
    auto totals = db::TrainingRepository(*w.database()).totals(2024);
    REQUIRE(totals.ok());
    CHECK(totals->trainees() == 3);
    CHECK(page->totalsModel()
              ->index(page->totalsModel()->rowCount() - 1, TraineeTotalsModel::TraineesColumn)
              .data()
              .toString() == QStringLiteral("3"));

    // The category filter, as the overview sets it.
    page->setCategoryFilter(TraineeCategory::Reporter);
    CHECK(page->traineeView()->model()->rowCount() == 1);
    page->setCategoryFilter(std::nullopt);
    CHECK(page->traineeView()->model()->rowCount() == 3);

    // Removing the class takes its trainees; undo puts everything back.
    onNextDialog([](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        REQUIRE(box);
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    page->findChild<QPushButton *>(QStringLiteral("removeClassButton"))->click();
    CHECK(page->classModel()->rowCount() == 0);
    w.undoStack()->undo();
    REQUIRE(page->classModel()->rowCount() == 1);
    CHECK(page->classModel()->classAt(0)->id == created.id);
    CHECK(db::TrainingRepository(*w.database()).trainees(created.id)->size() == 3);
    // Back to before the class: the trainee typed in goes, then the class.
    w.undoStack()->undo(); // the class removal was undone; this takes the trainee
    w.undoStack()->undo(); // and this the class
    CHECK(page->classModel()->rowCount() == 0);
    w.undoStack()->redo();
    CHECK(page->classModel()->rowCount() == 1);
}

TEST_CASE("the media page takes items from the keyboard, imports a CSV and filters")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("media.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = show<MediaPage>(w);
    REQUIRE(page->model()->rowCount() == 0);

    auto *date = page->findChild<QDateEdit *>(QStringLiteral("mediaDate"));
    auto *outlet = page->findChild<QComboBox *>(QStringLiteral("mediaOutlet"));
    auto *title = page->findChild<QLineEdit *>(QStringLiteral("mediaTitle"));
    auto *sentiment = page->findChild<QComboBox *>(QStringLiteral("mediaSentiment"));
    REQUIRE(date);
    REQUIRE(outlet);
    REQUIRE(title);
    REQUIRE(sentiment);
    CHECK(date->date().year() == 2024);
    CHECK(sentiment->currentData().toString() == QStringLiteral("neutral"));

    // Enter without a title saves nothing and says why.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(page->model()->rowCount() == 0);
    CHECK_FALSE(page->findChild<QLabel *>(QStringLiteral("formProblem"))->text().isEmpty());

    date->setDate(QDate(2024, 3, 14));
    outlet->setEditText(QStringLiteral("Báo Bắc Kạn"));
    sentiment->setCurrentIndex(sentiment->findData(QStringLiteral("negative")));
    title->insert(QStringLiteral("Phản ánh ô nhiễm suối Nặm Cắt"));
    QTest::keyClick(title, Qt::Key_Return);
    REQUIRE(page->model()->rowCount() == 1);
    // Ready for the next one: title empty and focused, the rest kept.
    CHECK(title->text().isEmpty());
    CHECK(date->date() == QDate(2024, 3, 14));
    CHECK(outlet->currentText() == QStringLiteral("Báo Bắc Kạn"));
    title->insert(QStringLiteral("Giải quyết phản ánh về suối Nặm Cắt"));
    QTest::keyClick(title, Qt::Key_Enter);
    REQUIRE(page->model()->rowCount() == 2);
    const MediaItem *first = page->model()->itemAt(page->model()->rowOf(
        db::MediaRepository(*w.database()).search(db::MediaQuery::matching(QStringLiteral("o nhiem")))
            ->first()
            .id));
    REQUIRE(first);
    CHECK(first->outlet == QStringLiteral("Báo Bắc Kạn"));
    CHECK(first->sentiment == Sentiment::Negative);
    w.undoStack()->undo();
    CHECK(page->model()->rowCount() == 1);
    w.undoStack()->redo();
    CHECK(page->model()->rowCount() == 2);

    // A CSV file with a header in Vietnamese without diacritics.
    const QString csv = dir.filePath(QStringLiteral("bao-chi.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Ngay,Bao,Tieu de,Duong dan,Chu de,Sac thai\n"
               "05/06/2024,VnExpress,Hồ Ba Bể vào mùa du lịch,https://vnexpress.net/a,Du lịch,Tích cực\n"
               "06/06/2024,Báo Bắc Kạn,Chuyển đổi số cấp xã,https://baobackan.vn/b,Chuyển đổi số,Trung lập\n"
               ",Báo Bắc Kạn,Không có ngày,,,\n");
    file.close();
    // Dropped on the window while the page is shown.
    onNextDialog([](QDialog *d) { save(d); });
    CHECK(w.openFiles({csv}).isEmpty());
    CHECK(page->findChild<QLabel *>(QStringLiteral("mediaSummary"))
              ->text()
              .contains(QStringLiteral("bao-chi.csv")));
    REQUIRE(page->model()->rowCount() == 4);
    w.undoStack()->undo();
    CHECK(page->model()->rowCount() == 2);
    w.undoStack()->redo();
    CHECK(page->model()->rowCount() == 4);

    // Search without diacritics, then by sentiment and month.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("mediaSearch"));
    search->setText(QStringLiteral("ho ba be"));
    CHECK(page->view()->model()->rowCount() == 1);
    page->setFilter(Sentiment::Negative, 3);
    CHECK(search->text().isEmpty());
    CHECK(page->view()->model()->rowCount() == 2);
    page->setFilter(std::nullopt, 6);
    CHECK(page->view()->model()->rowCount() == 2);
    page->setFilter(std::nullopt, 0);
    CHECK(page->view()->model()->rowCount() == 4);
    CHECK(page->monthModel()->index(2, 2).data().toString() == QStringLiteral("2"));
}

TEST_CASE("the overview charts the year and a click opens the filtered list")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("overview.sqlite")), true).isEmpty());
    seedYear(*w.database(), 2024);
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *overview = showOverview(w);

    // Progress: every line of the year counted once.
    QChartView *progress = overview->chartView(OverviewPage::ProgressChart);
    REQUIRE(progress);
    REQUIRE(progress->chart()->series().size() == 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(progress->chart()->series().first());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 5);
    auto lines = db::ProgressRepository(*w.database()).lines(2024);
    REQUIRE(lines.ok());
    double charted = 0;
    for (QBarSet *set : bars->barSets())
        charted += set->sum();
    int withOutcome = 0;
    for (const ProgressLine &l : lines.value())
        withOutcome += ProgressTableModel::overviewOutcomeKey(l).isEmpty() ? 0 : 1;
    CHECK(int(charted) == withOutcome);
    // And each group's bar, part by part, holds that group's lines.
    QHash<QString, QHash<QString, int>> byGroup; // group -> outcome key -> lines
    for (const ProgressLine &l : lines.value()) {
        const QString key = ProgressTableModel::overviewOutcomeKey(l);
        if (!key.isEmpty())
            ++byGroup[ProgressTableModel::groupOf(l.taskNumber)][key];
    }
    auto *groupAxis = qobject_cast<QBarCategoryAxis *>(progress->chart()->axes(Qt::Vertical).first());
    REQUIRE(groupAxis);
    const QList<db::OverviewBar> kinds = db::allOverviewBars();
    for (int i = 0; i < groupAxis->count(); ++i) {
        const QString group = groupAxis->at(i).section(QLatin1Char('.'), 0, 0);
        for (int b = 0; b < kinds.size(); ++b)
            CHECK(int(bars->barSets().at(b)->at(i)) ==
                  byGroup.value(group).value(db::overviewBarKey(kinds.at(b))));
    }

    // A click on the "not reported" part of the first group's bar.
    QBarSet *notReported = bars->barSets().at(4);
    int index = -1;
    for (int i = 0; i < notReported->count(); ++i) {
        if (notReported->at(i) > 0)
            index = i;
    }
    REQUIRE(index >= 0);
    Q_EMIT notReported->clicked(index);
    QCoreApplication::processEvents();
    int progressIndex = -1;
    auto *progressPage = pageOf<ProgressPage>(w, &progressIndex);
    CHECK(w.currentPage() == progressIndex);
    CHECK(progressPage->view()->model()->rowCount() == int(notReported->at(index)));
    for (int r = 0; r < progressPage->view()->model()->rowCount(); ++r)
        CHECK(progressPage->view()->model()->index(r, 0).data(ProgressTableModel::StatusKeyRole) ==
              QStringLiteral("not_reported"));
    CHECK(progressPage->findChild<QWidget *>(QStringLiteral("overviewFilterBar"))->isVisible());

    // By unit as well.
    w.showPage(0);
    overview->setProgressByGroup(false);
    bars = qobject_cast<QAbstractBarSeries *>(progress->chart()->series().first());
    REQUIRE(bars);
    CHECK(bars->barSets().first()->count() > 0);

    // Media: a click on March's negative items.
    QChartView *media = overview->chartView(OverviewPage::MediaChart);
    auto *mediaBars = qobject_cast<QAbstractBarSeries *>(media->chart()->series().first());
    REQUIRE(mediaBars);
    QBarSet *negative = mediaBars->barSets().at(2);
    auto counts = db::MediaRepository(*w.database()).countsByMonth(2024);
    REQUIRE(counts.ok());
    for (int m = 0; m < 12; ++m)
        CHECK(int(negative->at(m)) == counts->at(m).negative);
    int month = -1;
    for (int m = 0; m < 12; ++m) {
        if (negative->at(m) > 0)
            month = m;
    }
    REQUIRE(month >= 0);
    Q_EMIT negative->clicked(month);
    QCoreApplication::processEvents();
    int mediaIndex = -1;
    auto *mediaPage = pageOf<MediaPage>(w, &mediaIndex);
    CHECK(w.currentPage() == mediaIndex);
    CHECK(mediaPage->view()->model()->rowCount() == int(negative->at(month)));

    // Trainees: a click on a category.
    w.showPage(0);
    QChartView *trainees = overview->chartView(OverviewPage::TraineeChart);
    auto *traineeBars = qobject_cast<QAbstractBarSeries *>(trainees->chart()->series().first());
    REQUIRE(traineeBars);
    QBarSet *perCategory = traineeBars->barSets().first();
    CHECK(int(perCategory->sum()) == 24);
    Q_EMIT perCategory->clicked(perCategory->count() - 1); // the first category, at the top
    QCoreApplication::processEvents();
    int trainingIndex = -1;
    auto *trainingPage = pageOf<TrainingPage>(w, &trainingIndex);
    CHECK(w.currentPage() == trainingIndex);
    auto *category = trainingPage->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    CHECK(category->currentData().toString() == QStringLiteral("reporter"));
    CHECK(trainingPage->traineeView()->model()->rowCount() > 0);

    // Saved as a picture.
    w.showPage(0);
    const QString png = dir.filePath(QStringLiteral("tien-do.png"));
    CHECK(overview->saveChart(OverviewPage::ProgressChart, png).isEmpty());
    QImage picture(png);
    CHECK(picture.width() >= 800);
    CHECK_FALSE(overview->saveChart(OverviewPage::MediaChart,
                                    dir.filePath(QStringLiteral("no/such/folder/x.png")))
                    .isEmpty());
}

TEST_CASE("the overview charts who has not reported, units without a spokesperson and trainees over the years")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("gaps.sqlite")), true).isEmpty());
    seedYear(*w.database(), 2023);
    seedYear(*w.database(), 2024);
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *overview = showOverview(w);
    db::OverviewRepository repository(*w.database());

    // Who has not reported: the largest gaps, each equal to the progress
    // lines of that unit left unreported.
    auto lines = db::ProgressRepository(*w.database()).lines(2024);
    REQUIRE(lines.ok());
    QHash<QString, int> missing;
    for (const ProgressLine &l : lines.value()) {
        if (l.status == TrackedStatus::NotReported)
            ++missing[l.unitName];
    }
    QChartView *gaps = overview->chartView(OverviewPage::NotReportedChart);
    REQUIRE(gaps->chart()->series().size() == 1);
    auto *gapBars = qobject_cast<QAbstractBarSeries *>(gaps->chart()->series().first());
    REQUIRE(gapBars);
    QBarSet *gapSet = gapBars->barSets().first();
    CHECK(gapSet->count() == std::min<int>(OverviewPage::NotReportedTop, int(missing.size())));
    QList<int> sorted = missing.values();
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    for (int i = 0; i < gapSet->count(); ++i)
        CHECK(int(gapSet->at(gapSet->count() - 1 - i)) == sorted.at(i));
    REQUIRE(gapSet->count() > 0);
    const int top = gapSet->count() - 1;
    Q_EMIT gapSet->clicked(top);
    QCoreApplication::processEvents();
    int progressIndex = -1;
    auto *progressPage = pageOf<ProgressPage>(w, &progressIndex);
    CHECK(w.currentPage() == progressIndex);
    QAbstractItemModel *rows = progressPage->view()->model();
    CHECK(rows->rowCount() == int(gapSet->at(top)));
    for (int r = 0; r < rows->rowCount(); ++r)
        CHECK(rows->index(r, 0).data(ProgressTableModel::StatusKeyRole) ==
              QStringLiteral("not_reported"));

    // Units without a spokesperson, by kind, equal direct SQL counts.
    w.showPage(0);
    const QString asOf = repository.asOf(2024).toString(Qt::ISODate);
    auto withoutPerson = [&](const char *kind) {
        QSqlQuery q(w.database()->connection());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM units u WHERE u.kind = ? "
            "AND (u.valid_from IS NULL OR u.valid_from <= ?) "
            "AND (u.valid_to IS NULL OR u.valid_to >= ?) "
            "AND NOT EXISTS (SELECT 1 FROM spokespersons s WHERE s.unit_id = u.id "
            "AND (s.serving_from IS NULL OR s.serving_from <= ?) "
            "AND (s.serving_to IS NULL OR s.serving_to >= ?))"));
        q.addBindValue(QString::fromLatin1(kind));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(asOf);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    QChartView *spokes = overview->chartView(OverviewPage::SpokespersonGapChart);
    auto *spokeBars = qobject_cast<QAbstractBarSeries *>(spokes->chart()->series().first());
    REQUIRE(spokeBars);
    QBarSet *spokeSet = spokeBars->barSets().first();
    REQUIRE(spokeSet->count() == 3);
    auto units = repository.unitsWithoutSpokesperson(2024);
    REQUIRE(units.ok());
    CHECK(int(spokeSet->sum()) == units->size());
    // Bars across, the departments at the top.
    CHECK(int(spokeSet->at(2)) == withoutPerson("department"));
    CHECK(int(spokeSet->at(1)) == withoutPerson("district"));
    CHECK(int(spokeSet->at(0)) == withoutPerson("commune"));
    Q_EMIT spokeSet->clicked(0);
    QCoreApplication::processEvents();
    int spokesIndex = -1;
    auto *spokesPage = pageOf<SpokespersonsPage>(w, &spokesIndex);
    CHECK(w.currentPage() == spokesIndex);
    CHECK(spokesPage->findChild<QComboBox *>(QStringLiteral("spokespersonKind"))
              ->currentData()
              .toString() == QStringLiteral("commune"));

    // Trainees over the years: one bar per year with classes, each year's
    // stack the trainees of that year.
    w.showPage(0);
    QChartView *years = overview->chartView(OverviewPage::TraineeYearsChart);
    auto *yearBars = qobject_cast<QAbstractBarSeries *>(years->chart()->series().first());
    REQUIRE(yearBars);
    REQUIRE(yearBars->barSets().size() == allTraineeCategories().size());
    for (int y = 0; y < 2; ++y) {
        double stack = 0;
        for (QBarSet *set : yearBars->barSets())
            stack += set->at(y);
        QSqlQuery q(w.database()->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM trainees t JOIN training_classes c "
                                 "ON c.id = t.class_id WHERE c.year = ?"));
        q.addBindValue(2023 + y);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(int(stack) == q.value(0).toInt());
    }

    for (int c = OverviewPage::NotReportedChart; c < OverviewPage::ChartCount; ++c) {
        const QString png = dir.filePath(QStringLiteral("chart%1.png").arg(c));
        CHECK(overview->saveChart(OverviewPage::Chart(c), png).isEmpty());
        CHECK_FALSE(QImage(png).isNull());
    }

    // A click on 2023's part of a category's bar: the Training page, and
    // the whole window, go to 2023, filtered by that category.
    int categoryIndex = -1;
    for (int c = 0; c < yearBars->barSets().size(); ++c) {
        if (yearBars->barSets().at(c)->at(0) > 0)
            categoryIndex = c;
    }
    REQUIRE(categoryIndex >= 0);
    const TraineeCategory clicked = allTraineeCategories().at(categoryIndex);
    Q_EMIT yearBars->barSets().at(categoryIndex)->clicked(0);
    QCoreApplication::processEvents();
    int trainingIndex = -1;
    auto *trainingPage = pageOf<TrainingPage>(w, &trainingIndex);
    CHECK(w.currentPage() == trainingIndex);
    CHECK(w.year() == 2023);
    CHECK(w.findChild<QComboBox *>(QStringLiteral("yearSelector"))->currentData().toInt() == 2023);
    CHECK(trainingPage->findChild<QComboBox *>(QStringLiteral("categoryFilter"))
              ->currentData()
              .toString() == traineeCategoryKey(clicked));
    auto classes2023 = db::TrainingRepository(*w.database()).classes(2023);
    REQUIRE(classes2023.ok());
    CHECK(trainingPage->classModel()->rowCount() == classes2023->size());
    for (int r = 0; r < trainingPage->classModel()->rowCount(); ++r)
        CHECK(trainingPage->classModel()->classAt(r)->year == 2023);
    CHECK(trainingPage->traineeView()->model()->rowCount() > 0);
    // The overview follows the window's year too.
    w.showPage(0);
    REQUIRE(QTest::qWaitFor([overview] { return !overview->isLoading(); }, 20000));
    auto *heading = overview->findChild<QLabel *>();
    CHECK(heading->text().contains(QStringLiteral("2023")));

    // A year the selector does not list (a class before the plan) is added.
    TrainingClass old;
    old.year = 2015;
    old.title = QStringLiteral("Lớp bồi dưỡng 2015");
    const qint64 oldId = db::TrainingRepository(*w.database()).addClass(old).value();
    Trainee t;
    t.classId = oldId;
    t.name = QStringLiteral("Nông Văn Ba");
    t.category = TraineeCategory::Reporter;
    REQUIRE(db::TrainingRepository(*w.database()).addTrainee(t).ok());
    w.setYear(2024);
    showOverview(w);
    yearBars = qobject_cast<QAbstractBarSeries *>(years->chart()->series().first());
    REQUIRE(yearBars);
    const auto reporter = allTraineeCategories().indexOf(TraineeCategory::Reporter);
    REQUIRE(int(yearBars->barSets().at(reporter)->at(0)) == 1); // 2015, the first bar
    Q_EMIT yearBars->barSets().at(reporter)->clicked(0);
    QCoreApplication::processEvents();
    CHECK(w.currentPage() == trainingIndex);
    CHECK(w.year() == 2015);
    REQUIRE(trainingPage->classModel()->rowCount() == 1);
    CHECK(trainingPage->classModel()->classAt(0)->id == oldId);
}

// Not a check: with TTCS_SCREENSHOTS=DIR set, the three pages with a year
// of data, and their dialogs, at the two common office screen sizes.
TEST_CASE("screenshots of the training, media and overview pages with data when asked")
{
    const QString out = ttcs::test::screenshotFolder();
    if (out.isEmpty())
        return;
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("shots.sqlite")), true).isEmpty());
    seedYear(*w.database(), 2024);
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)}) {
        w.resize(size);
        const QString suffix = QStringLiteral("%1x%2.png").arg(size.width()).arg(size.height());
        showOverview(w);
        QTest::qWait(80);
        w.grab().save(out + QStringLiteral("/data-overview-") + suffix);
        if (auto *scroll = pageOf<OverviewPage>(w)->findChild<QScrollArea *>()) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            QTest::qWait(50);
            w.grab().save(out + QStringLiteral("/data-overview-bottom-") + suffix);
            scroll->verticalScrollBar()->setValue(0);
        }
        show<TrainingPage>(w);
        QTest::qWait(50);
        w.grab().save(out + QStringLiteral("/data-training-") + suffix);
        show<MediaPage>(w);
        QTest::qWait(50);
        w.grab().save(out + QStringLiteral("/data-media-") + suffix);
    }
    auto *training = show<TrainingPage>(w);
    onNextDialog([&](QDialog *d) {
        QTest::qWait(30);
        d->grab().save(out + QStringLiteral("/dialog-class.png"));
        d->reject();
    });
    training->findChild<QPushButton *>(QStringLiteral("addClassButton"))->click();
    onNextDialog([&](QDialog *d) {
        QTest::qWait(30);
        d->grab().save(out + QStringLiteral("/dialog-trainee.png"));
        d->reject();
    });
    training->findChild<QPushButton *>(QStringLiteral("addTraineeButton"))->click();
}
