// File › New in the main window: the same choice as on the first start
// (demo data or one's own province), driven through the real menu action
// and its dialogs.
#include <catch2/catch.hpp>

#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/SettingsRepository.h"
#include "db/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

// Answers the file dialog of File › New with `path`, then the choice with
// `choose`.
void answerNew(const QString &path, std::function<void(FirstRunDialog *)> choose)
{
    whenShown<QFileDialog>([path, choose](QFileDialog *files) {
        files->selectFile(path);
        whenShown<FirstRunDialog>(choose);
        static_cast<QDialog *>(files)->accept(); // as the Save button does
    });
}

QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

} // namespace

TEST_CASE("File New offers the first-run choice and opens the new database on the overview")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    MainWindow w;
    REQUIRE(w.openDatabase(first, true).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPage(3);
    auto *newAction = w.findChild<QAction *>(QStringLiteral("newDatabaseAction"));
    REQUIRE(newAction);
    CHECK(newAction->shortcut() == QKeySequence(QKeySequence::New));

    // Cancelled at the choice: no file, the open database stays.
    const QString own = dir.filePath(QStringLiteral("lang-son.sqlite"));
    bool asked = false;
    answerNew(own, [&asked](FirstRunDialog *choice) {
        asked = true;
        CHECK(choice->windowTitle() == QStringLiteral("New database"));
        QPushButton *cancel = button(choice, QDialogButtonBox::Cancel);
        REQUIRE(cancel);
        cancel->click();
    });
    newAction->trigger();
    CHECK(asked);
    CHECK_FALSE(QFileInfo::exists(own));
    REQUIRE(w.database());
    CHECK(w.database()->path() == QFileInfo(first).absoluteFilePath());
    CHECK(w.currentPage() == 3);

    // An empty database for one's own province.
    asked = false;
    answerNew(own, [&asked](FirstRunDialog *choice) {
        asked = true;
        CHECK_FALSE(choice->emptyChosen());
        choice->setEmptyChosen(true);
        auto *province = choice->findChild<QLineEdit *>(QStringLiteral("province"));
        REQUIRE(province);
        province->setFocus();
        province->insert(QStringLiteral("Lạng Sơn"));
        choice->findChild<QLineEdit *>(QStringLiteral("signer_title"))
            ->setText(QStringLiteral("GIÁM ĐỐC"));
        choice->findChild<QLineEdit *>(QStringLiteral("signer_name"))
            ->setText(QStringLiteral("Hoàng Văn Minh"));
        QPushButton *create = button(choice, QDialogButtonBox::Ok);
        REQUIRE(create);
        create->click();
    });
    newAction->trigger();
    CHECK(asked);
    REQUIRE(QFileInfo::exists(own));
    REQUIRE(w.database());
    CHECK(w.database()->path() == QFileInfo(own).absoluteFilePath());
    CHECK_FALSE(w.database()->isReadOnly());
    CHECK(w.currentPage() == 0); // the overview
    const OrgProfile profile = db::SettingsRepository(*w.database()).profile().value();
    CHECK(profile.province == QStringLiteral("Lạng Sơn"));
    CHECK(profile.parentBody == QStringLiteral("UBND TỈNH LẠNG SƠN"));
    CHECK(profile.signerName == QStringLiteral("Hoàng Văn Minh"));
    CHECK(db::TaskRepository(*w.database()).all().value().isEmpty());

    // The demo data, chosen as the default.
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    w.showPage(2);
    answerNew(demo, [](FirstRunDialog *choice) {
        CHECK_FALSE(choice->emptyChosen());
        button(choice, QDialogButtonBox::Ok)->click();
    });
    newAction->trigger();
    REQUIRE(w.database());
    CHECK(w.database()->path() == QFileInfo(demo).absoluteFilePath());
    CHECK(w.currentPage() == 0);
    CHECK(db::TaskRepository(*w.database()).all().value().size() == 20);
    CHECK(db::SettingsRepository(*w.database()).profile().value().province ==
          QStringLiteral("Bắc Kạn"));

    // An existing file is never taken over: a warning, and nothing changes.
    whenShown<QFileDialog>([own](QFileDialog *files) {
        files->selectFile(own);
        whenShown<QMessageBox>([](QMessageBox *box) { box->accept(); });
        static_cast<QDialog *>(files)->accept(); // as the Save button does
    });
    const QFileInfo before(own);
    newAction->trigger();
    CHECK(w.database()->path() == QFileInfo(demo).absoluteFilePath());
    CHECK(QFileInfo(own).lastModified() == before.lastModified());
}
