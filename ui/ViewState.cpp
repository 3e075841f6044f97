#include "ViewState.h"

#include <QHeaderView>
#include <QSettings>

namespace ttcs::ui {

void rememberHeaderState(QHeaderView *header, const QString &key)
{
    const QString settingsKey = QStringLiteral("views/") + key;
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    auto save = [header, settingsKey] {
        QSettings().setValue(settingsKey, header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
}

} // namespace ttcs::ui
