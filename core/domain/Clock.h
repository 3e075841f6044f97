// "Today", for everything that depends on the date: a deadline passed, a
// spokesperson serving now. Passed in so that tests fix the date.
#pragma once

#include <QDate>

namespace ttcs {

class Clock final
{
public:
    // The computer's local date.
    static Clock system() { return Clock(QDate()); }
    // Always `today`.
    static Clock fixed(const QDate &today) { return Clock(today); }

    QDate today() const { return m_fixed.isValid() ? m_fixed : QDate::currentDate(); }
    bool isFixed() const { return m_fixed.isValid(); }

private:
    explicit Clock(const QDate &fixed)
        : m_fixed(fixed)
    {}
    QDate m_fixed; // null: the system clock
};

} // namespace ttcs
