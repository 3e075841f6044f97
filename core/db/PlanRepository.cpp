#include "db/PlanRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>

namespace ttcs::db {

PlanRepository::PlanRepository(Database &db)
    : m_db(db)
{
}

Result<Plan> PlanRepository::forYear(int year) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, number, symbol, issued, year, issuer, title, legal_bases, preamble, "
                               "signer_authority, signer_title, signer_name, recipients FROM plans "
                               "ORDER BY (year <= ?) DESC, year DESC LIMIT 1"),
                {year}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{QCoreApplication::translate("ttcs::Database", "The database holds no plan.")};
    Plan p;
    p.id = q.id(0);
    p.number = q.string(1);
    p.symbol = q.string(2);
    p.issued = q.string(3);
    p.year = q.value(4).toInt();
    p.issuer = q.string(5);
    p.title = q.string(6);
    p.legalBases = q.string(7).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.preamble = q.string(8);
    p.signerAuthority = q.string(9);
    p.signerTitle = q.string(10);
    p.signerName = q.string(11);
    p.recipients = q.string(12).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    SqlQuery s(m_db.connection());
    if (!s.exec(QStringLiteral("SELECT key, heading, body FROM plan_sections WHERE plan_id = ? ORDER BY sort_order"),
                {p.id}))
        return Error{s.errorText()};
    while (s.next())
        p.sections << PlanSection{s.string(0), s.string(1), s.string(2)};

    SqlQuery r(m_db.connection());
    if (!r.exec(QStringLiteral("SELECT heading, body, unit_id FROM plan_responsibilities WHERE plan_id = ? "
                               "ORDER BY sort_order"),
                {p.id}))
        return Error{r.errorText()};
    while (r.next())
        p.responsibilities << PlanResponsibility{r.string(0), r.string(1), r.id(2)};
    return p;
}

} // namespace ttcs::db
