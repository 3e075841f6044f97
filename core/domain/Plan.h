// The standing plan: its identity, legal bases and text sections.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ttcs {

struct PlanSection
{
    QString key; // "purposes", "tasks", "budget", "organisation", "closing"
    QString heading;
    QString body;
};

struct PlanResponsibility
{
    QString heading; // "3. Sở Thông tin và Truyền thông"
    QString body;
    qint64 unitId = 0;
};

struct Plan
{
    qint64 id = 0;
    QString number; // empty while a draft
    QString symbol; // "KH-UBND"
    QString issued; // "2023-07" or a full date
    int year = 0;
    QString issuer;
    QString title;
    QStringList legalBases;
    QString preamble;
    QString signerAuthority, signerTitle, signerName;
    QStringList recipients;
    QList<PlanSection> sections;
    QList<PlanResponsibility> responsibilities;
};

} // namespace ttcs
