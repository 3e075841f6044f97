// Length units shared by the document model and its writers: millimetres and
// points in the model, twips (1/20 pt) in DOCX, dots (1/1200 in) in the page
// layout.
#pragma once

#include <cmath>

namespace ttcs::document::units {

inline constexpr double kMmPerInch = 25.4;
inline constexpr double kPointsPerInch = 72.0;
inline constexpr double kDotsPerInch = 1200.0;

constexpr double mmToPoints(double mm)
{
    return mm / kMmPerInch * kPointsPerInch;
}
constexpr double pointsToMm(double pt)
{
    return pt / kPointsPerInch * kMmPerInch;
}
constexpr double mmToDots(double mm)
{
    return mm / kMmPerInch * kDotsPerInch;
}
constexpr double pointsToDots(double pt)
{
    return pt / kPointsPerInch * kDotsPerInch;
}
constexpr double dotsToPoints(double dots)
{
    return dots / kDotsPerInch * kPointsPerInch;
}
constexpr double dotsToMm(double dots)
{
    return dots / kDotsPerInch * kMmPerInch;
}

inline int mmToTwips(double mm)
{
    return int(std::lround(mmToPoints(mm) * 20.0));
}
inline int pointsToTwips(double pt)
{
    return int(std::lround(pt * 20.0));
}
// Font sizes in DOCX are in half-points.
inline int pointsToHalfPoints(double pt)
{
    return int(std::lround(pt * 2.0));
}

} // namespace ttcs::document::units
