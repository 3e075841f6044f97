// Remembers a view's column widths and sort order, and a window's geometry,
// across sessions (QSettings).
#pragma once

class QHeaderView;
class QString;
class QWidget;

namespace ttcs::ui {

// Restores the header's saved state now and saves it whenever it changes.
void rememberHeaderState(QHeaderView *header, const QString &key);

} // namespace ttcs::ui
