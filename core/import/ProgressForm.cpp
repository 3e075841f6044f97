#include "import/ProgressForm.h"

#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ttcs::import {

namespace {

// Four hex digits of a hash of the key's numbers: enough to catch a key
// typed or edited by hand (1 in 65,536 passes), not a secret.
QString checkValue(int year, qint64 taskId, qint64 unitId)
{
    const QByteArray text = QStringLiteral("ttcs-progress-form|%1|%2|%3")
                                .arg(year)
                                .arg(taskId)
                                .arg(unitId)
                                .toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).left(2).toHex().toUpper());
}

// The Vietnamese names of the figures as column headers.
QString figureHeader(const QString &key)
{
    static const QHash<QString, QString> headers = {
        {QStringLiteral("articles"), QStringLiteral("Số tin, bài đăng tải")},
        {QStringLiteral("press_conferences"), QStringLiteral("Số cuộc họp báo")},
        {QStringLiteral("people_trained"), QStringLiteral("Số lượt người được tập huấn")},
        {QStringLiteral("broadcasts"), QStringLiteral("Số chương trình phát thanh, truyền hình")},
        {QStringLiteral("conferences"), QStringLiteral("Số hội nghị, hội thảo")},
        {QStringLiteral("documents"), QStringLiteral("Số văn bản chỉ đạo, hướng dẫn")},
        {QStringLiteral("portal_posts"), QStringLiteral("Số tin, bài trên cổng thông tin điện tử")},
    };
    return headers.value(key, key);
}

QString roleText(TaskRoleKind role)
{
    switch (role) {
    case TaskRoleKind::Lead:
        return QStringLiteral("Chủ trì");
    case TaskRoleKind::Coordinate:
        return QStringLiteral("Phối hợp");
    case TaskRoleKind::Implement:
        return QStringLiteral("Thực hiện");
    }
    return {};
}

QString figureText(const std::optional<Progress> &p, const QString &key)
{
    if (!p || !p->figures.contains(key))
        return {};
    return QString::number(p->figures.value(key));
}

} // namespace

QString progressFormKeyText(const ProgressFormKey &key)
{
    return QStringLiteral("TTCS:%1:%2:%3:%4")
        .arg(key.year)
        .arg(key.taskId)
        .arg(key.unitId)
        .arg(checkValue(key.year, key.taskId, key.unitId));
}

KeyCheck parseProgressFormKey(const QString &text, ProgressFormKey *key)
{
    static const QRegularExpression pattern(
        QStringLiteral("^TTCS:([0-9]{4}):([0-9]{1,15}):([0-9]{1,15}):([0-9A-F]{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return KeyCheck::NotAKey;
    const ProgressFormKey k{m.captured(1).toInt(), m.captured(2).toLongLong(),
                            m.captured(3).toLongLong()};
    if (checkValue(k.year, k.taskId, k.unitId) != m.captured(4).toUpper())
        return KeyCheck::Altered;
    if (key)
        *key = k;
    return KeyCheck::Valid;
}

namespace formcolumn {
int completedOn()
{
    return FirstFigure + int(progressFigureKeys().size());
}
int key()
{
    return completedOn() + 1;
}
int count()
{
    return key() + 1;
}
} // namespace formcolumn

const QStringList &progressFormHeader()
{
    static const QStringList header = [] {
        QStringList h = {QStringLiteral("STT"),
                         QStringLiteral("Nhiệm vụ"),
                         QStringLiteral("Vai trò"),
                         QStringLiteral("Thời hạn"),
                         QStringLiteral("Tình trạng"),
                         QStringLiteral("Kết quả thực hiện")};
        for (const QString &key : progressFigureKeys())
            h << figureHeader(key);
        h << QStringLiteral("Ngày hoàn thành") << QStringLiteral("Mã dòng (không sửa)");
        return h;
    }();
    return header;
}

QString progressFormStatusText(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::NotStarted:
        return QStringLiteral("chưa thực hiện");
    case ProgressStatus::InProgress:
        return QStringLiteral("đang thực hiện");
    case ProgressStatus::Done:
        return QStringLiteral("hoàn thành");
    case ProgressStatus::NotApplicable:
        return QStringLiteral("không phát sinh");
    }
    return {};
}

const QStringList &progressFormStatusTexts()
{
    static const QStringList texts = [] {
        QStringList t;
        for (ProgressStatus s : allProgressStatuses())
            t << progressFormStatusText(s);
        return t;
    }();
    return texts;
}

std::optional<ProgressStatus> progressStatusFromFormText(const QString &text)
{
    const QString folded = text::fold(text).simplified();
    if (folded.isEmpty())
        return std::nullopt;
    for (ProgressStatus s : allProgressStatuses()) {
        if (folded == text::fold(progressFormStatusText(s)) ||
            folded == text::fold(progressStatusLabel(s)) || folded == progressStatusKey(s) ||
            folded == progressStatusKey(s).replace(QLatin1Char('_'), QLatin1Char(' ')))
            return s;
    }
    // "Đã hoàn thành" is what many units write.
    if (folded == QLatin1String("da hoan thanh"))
        return ProgressStatus::Done;
    return std::nullopt;
}

Result<sheet::Table> buildProgressForm(const QList<ProgressLine> &yearLines, int year,
                                       qint64 unitId)
{
    QList<const ProgressLine *> lines;
    for (const ProgressLine &l : yearLines) {
        if (l.unitId == unitId)
            lines << &l;
    }
    if (lines.isEmpty())
        return Error{QCoreApplication::translate("ttcs::Import",
                                                 "The unit has no task in %1; there is no form "
                                                 "to send it.")
                         .arg(year)};
    const QString unitName = lines.first()->unitName;

    sheet::Table table;
    table.sheetName = QStringLiteral("Tiến độ %1").arg(year);
    table.title =
        QStringLiteral("PHIẾU BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ TRUYỀN THÔNG CHÍNH SÁCH NĂM %1")
            .arg(year);
    table.subtitle
        << QStringLiteral("Đơn vị: %1").arg(unitName)
        << QStringLiteral("Hướng dẫn: chọn tình trạng trong danh sách (%1); ghi kết quả thực hiện "
                          "và số liệu; ngày hoàn thành ghi dạng ngày/tháng/năm. Có thể sắp xếp lại "
                          "các dòng; không xóa, không sửa cột mã dòng.")
               .arg(progressFormStatusTexts().join(QStringLiteral(", ")));
    table.header = progressFormHeader();

    QList<double> widths = {5, 48, 11, 11, 16, 48};
    QList<sheet::ColumnKind> kinds(formcolumn::count(), sheet::ColumnKind::Text);
    for (int i = 0; i < progressFigureKeys().size(); ++i) {
        widths << 13;
        kinds[formcolumn::FirstFigure + i] = sheet::ColumnKind::Number;
    }
    widths << 14 << 24;
    kinds[formcolumn::Deadline] = sheet::ColumnKind::Date;
    kinds[formcolumn::completedOn()] = sheet::ColumnKind::Date;
    table.columnWidths = widths;
    table.columnKinds = kinds;
    table.hiddenColumns = {formcolumn::key()};
    table.fitToWidth = true;
    table.validations << sheet::ListValidation{
        formcolumn::Status, progressFormStatusTexts(),
        QStringLiteral("Chọn một tình trạng trong danh sách."),
        QStringLiteral("Tình trạng phải là một trong: %1.")
            .arg(progressFormStatusTexts().join(QStringLiteral(", ")))};

    int n = 0;
    for (const ProgressLine *l : std::as_const(lines)) {
        QStringList roles;
        for (TaskRoleKind r : l->roles)
            roles << roleText(r);
        QStringList cells;
        cells << QString::number(++n) << l->taskNumber + QStringLiteral(". ") + l->taskTitle
              << roles.join(QStringLiteral(", "))
              << (l->deadline.isValid() ? l->deadline.toString(Qt::ISODate) : QString());
        const std::optional<Progress> &p = l->progress;
        cells << (p ? progressFormStatusText(p->status) : QString()) << (p ? p->result : QString());
        for (const QString &key : progressFigureKeys())
            cells << figureText(p, key);
        cells << (p && p->completedOn.isValid() ? p->completedOn.toString(Qt::ISODate) : QString());
        cells << progressFormKeyText({year, l->taskId, unitId});
        table.addRow(cells);
    }
    return table;
}

Status exportProgressForm(db::Database &db, int year, qint64 unitId, const QString &path)
{
    auto lines = db::ProgressRepository(db).lines(year);
    if (!lines)
        return Error{lines.error()};
    auto table = buildProgressForm(lines.value(), year, unitId);
    if (!table)
        return Error{table.error()};
    return sheet::writeXlsx(table.value(), path);
}

QString progressFormFileName(int year, const QString &unitName)
{
    QString plain = text::fold(unitName);
    // fold() lowers the case; keep the first letter of each word upper for
    // reading.
    const QStringList words = plain.split(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                          Qt::SkipEmptyParts);
    const QStringList original = text::clean(unitName).split(QLatin1Char(' '));
    QStringList parts;
    for (int i = 0; i < words.size(); ++i) {
        QString w = words.at(i);
        if (i < original.size() && !original.at(i).isEmpty() && original.at(i).at(0).isUpper())
            w[0] = w.at(0).toUpper();
        parts << w;
    }
    QString name = parts.join(QLatin1Char('-'));
    if (name.size() > 80)
        name.truncate(80);
    if (name.isEmpty())
        name = QStringLiteral("don-vi");
    return QStringLiteral("Phieu-tien-do-%1-%2.xlsx").arg(year).arg(name);
}

QList<FormUnit> progressFormUnits(const QList<ProgressLine> &yearLines)
{
    QList<FormUnit> units;
    QHash<qint64, int> index;
    for (const ProgressLine &l : yearLines) {
        auto it = index.find(l.unitId);
        if (it == index.end()) {
            index.insert(l.unitId, int(units.size()));
            units << FormUnit{l.unitId, l.unitName, 1};
        } else {
            ++units[*it].tasks;
        }
    }
    std::sort(units.begin(), units.end(), [](const FormUnit &a, const FormUnit &b) {
        return text::collationKey(a.name) < text::collationKey(b.name);
    });
    return units;
}

} // namespace ttcs::import
