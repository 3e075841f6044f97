#include "TestSupport.h"

namespace ttcs::test {

QString fixturePath(const QString &name)
{
    return QStringLiteral(TTCS_TEST_FIXTURES "/") + name;
}

} // namespace ttcs::test
