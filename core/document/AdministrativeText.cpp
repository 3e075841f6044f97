#include "AdministrativeText.h"

namespace ttcs::document {

namespace {
const QString kBlank = QStringLiteral("      ");
} // namespace

QString paddedNumber(int number)
{
    if (number >= 0 && number < 10)
        return QLatin1Char('0') + QString::number(number);
    return QString::number(number);
}

QString numberLine(int number, const QString &symbol)
{
    if (number <= 0)
        return QStringLiteral("Số:") % kBlank % QLatin1Char('/') % symbol;
    return QStringLiteral("Số: ") % paddedNumber(number) % QLatin1Char('/') % symbol;
}

QString dateText(const QDate &date)
{
    const int month = date.month();
    const QString monthText = month <= 2 ? paddedNumber(month) : QString::number(month);
    return QStringLiteral("ngày ") % paddedNumber(date.day()) % QStringLiteral(" tháng ") %
           monthText % QStringLiteral(" năm ") % QString::number(date.year());
}

QString dateLine(const QString &place, const QDate &date, int draftYear)
{
    const QString prefix = place.isEmpty() ? QString() : place + QStringLiteral(", ");
    if (date.isValid())
        return prefix + dateText(date);
    const QString year = draftYear > 0 ? QString::number(draftYear) : kBlank;
    return prefix % QStringLiteral("ngày") % kBlank % QStringLiteral("tháng") % kBlank %
           QStringLiteral("năm ") % year;
}

} // namespace ttcs::document
