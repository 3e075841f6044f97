// The organisation profile: who issues the documents. Everything about the
// province is a setting, nothing is hard-coded.
#pragma once

#include <QString>
#include <QStringList>

namespace ttcs {

struct OrgProfile
{
    QString province;
    QString place;            // "Bắc Kạn" in "Bắc Kạn, ngày … "
    QString parentBody;       // "UBND TỈNH BẮC KẠN"
    QString issuingBody;      // "SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG", as the header block shows it
    QString issuingBodyName;  // "Sở Thông tin và Truyền thông", as running text names it
    QString issuingBodyShort; // "STTTT"
    QString draftingUnit;     // in "Lưu: VT, …"
    QString planSymbol;       // "KH-STTTT"
    QString reportSymbol;     // "BC-STTTT"
    QString signerAuthority;  // "KT. GIÁM ĐỐC"
    QString signerTitle;      // "PHÓ GIÁM ĐỐC"
    QString signerName;
    QString reportRecipient;  // the body the annual report goes to
    QString pressAuthority;   // the body the spokesperson list goes to
    QStringList recipients;   // "Nơi nhận" lines

    // Stored as key/value pairs.
    static QStringList keys();
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
};

} // namespace ttcs
