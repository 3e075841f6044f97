// A page whose work is still to come: it says what it will hold and what
// the database has for it so far.
#pragma once

#include "Page.h"

class QLabel;

namespace ttcs::ui {

class PlaceholderPage final : public Page
{
    Q_OBJECT
public:
    enum Kind
    {
        Training,
        Media
    };
    explicit PlaceholderPage(Kind kind, QWidget *parent = nullptr);
    QString title() const override;
    QString iconName() const override;

protected:
    void reload() override;

private:
    Kind m_kind;
    QLabel *m_text;
};

} // namespace ttcs::ui
