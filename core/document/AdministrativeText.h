// The fixed wordings of an administrative document's header: the number
// line and the place-and-date line, with the leading zeros Nghị định
// 30/2020/NĐ-CP asks for (numbers below 10, days below 10, months 1 and 2).
#pragma once

#include <QDate>
#include <QString>

namespace ttcs::document {

// "05" for 5, "12" for 12: numbers below 10 get a leading zero.
QString paddedNumber(int number);

// "Số: 05/KH-UBND"; a number of 0 or less gives a draft's blank
// "Số:      /KH-UBND".
QString numberLine(int number, const QString &symbol);

// "ngày 05 tháng 01 năm 2024": days below 10 and months 1 and 2 get a
// leading zero (so "tháng 01", "tháng 02", but "tháng 3", "tháng 12").
QString dateText(const QDate &date);

// "Bắc Kạn, ngày 05 tháng 01 năm 2024". An invalid date gives a draft's
// blanks: "Bắc Kạn, ngày      tháng      năm 2024" with the year of `draftYear`
// (0: leave the year blank too).
QString dateLine(const QString &place, const QDate &date, int draftYear = 0);

} // namespace ttcs::document
