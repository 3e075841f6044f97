// Small helpers shared by the tests: where fixtures live, and printing Qt
// strings in Catch2 failure messages.
#pragma once

#include <QString>
#include <ostream>

namespace ttcs::test {

// Absolute path of a file in tests/fixtures.
QString fixturePath(const QString &name);

} // namespace ttcs::test

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}
