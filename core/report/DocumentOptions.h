// What each export may override: the number and date of the document (or
// neither, for a draft), and the date the data were taken.
#pragma once

#include "domain/OrgProfile.h"
#include "domain/Plan.h"

#include <QDate>
#include <QStringList>

namespace ttcs::report {

struct DocumentOptions
{
    int year = 0;
    int number = 0;   // 0: a draft, the number left blank
    QDate date;       // invalid: a draft, the day and month left blank
    QDate dataCutOff; // thời điểm lấy số liệu (reports)
};

// The recipients of the profile with "- …;" stripped, as bare names.
QStringList recipientNames(const OrgProfile &profile);

// "Lưu: VT, <drafting unit>."
QString archiveLine(const OrgProfile &profile);

// "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" split for the header block's narrow
// column: lines as the profile gives them ("\n" or " / " separated).
QStringList headerLines(const QString &text);

// The authority lines of the signature: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC".
QStringList authorityLines(const OrgProfile &profile);

// The issuing body as running text names it: "Sở Thông tin và Truyền thông".
QString bodyName(const OrgProfile &profile);

// "Kế hoạch số 05/KH-UBND ngày 05/01/2024 của UBND tỉnh Bắc Kạn" (the number
// left blank when the plan has none).
QString planReference(const Plan &plan);

} // namespace ttcs::report
